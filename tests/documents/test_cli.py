"""Printing from the real `frontdesk` executable, and the gate's scanner: the QR code decoded
from the printed page is fed to `frontdesk check-pass`. The store's history ends about now
(see conftest), so the gate's real clock agrees with it about which passes are valid."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from tests.documents.conftest import (
    ROOT,
    Community,
    decode_qr,
    frontdesk,
    page_sizes_mm,
    pdf_text,
    render_pages,
    squeezed,
)

pytestmark = pytest.mark.slow


def print_pass(community: Community, who: str, out: Path, *more: str) -> str:
    """Prints the visitor's pass and returns what the QR code on the page says."""
    frontdesk(community.env, "print", "pass", community.passes[who], "--out", str(out), *more)
    [page] = render_pages(out, 300 if "a4" not in more else 150)
    [payload] = decode_qr(page)
    return payload


def check(community: Community, payload: str) -> tuple[int, dict]:
    result = frontdesk(community.env, "check-pass", payload, "--json", ok=False)
    return result.returncode, json.loads(result.stdout)


def history(community: Community, kind: str) -> list[dict]:
    out = frontdesk(community.env, "history", "--json", "--operator", "auditor1").stdout
    return [e for e in map(json.loads, out.splitlines()) if e["type"] == kind]


def test_a_printed_pass_scans_as_valid_at_the_gate(community, tmp_path) -> None:
    payload = print_pass(community, "陈静", tmp_path / "pass.pdf")
    code, answer = check(community, payload)
    assert code == 0
    assert answer["verdict"] == "valid" and answer["name"] == "陈静"
    assert answer["host_unit"] == "3-2-1502" and answer["valid_until"]
    plain = frontdesk(community.env, "check-pass", payload).stdout
    assert plain.startswith("valid") and "陈静" in plain and "until:" in plain


def test_every_size_prints_and_scans(community, tmp_path) -> None:
    sizes = {"badge": (86.0, 54.0), "label62": (62.0, 110.0), "a4": (210.0, 297.0)}
    for size, mm in sizes.items():
        pdf = tmp_path / f"{size}.pdf"
        payload = print_pass(community, "陈静", pdf, "--size", size, "--lang", "zh_CN")
        assert page_sizes_mm(pdf) == [mm]
        assert check(community, payload)[0] == 0, size
        assert "陈静" in pdf_text(pdf)


def test_a_reprint_is_marked_as_a_copy_and_recorded(community, tmp_path) -> None:
    first = tmp_path / "first.pdf"
    again = tmp_path / "again.pdf"
    print_pass(community, "王磊", first)
    print_pass(community, "王磊", again, "--lang", "zh_TW")
    assert "COPY" not in pdf_text(first) and "副本" not in pdf_text(first)
    assert "副本1" in squeezed(pdf_text(again))
    prints = [
        e
        for e in history(community, "PassPrinted")
        if e["aggregate_id"] == community.passes["王磊"]
    ]
    assert [(e["data"]["copy_number"], e["data"]["size"]) for e in prints] == [
        (0, "badge"),
        (1, "badge"),
    ]
    assert {e["operator"] for e in prints} == {"clerk1"} and prints[0]["desk"] == "gate-1"


def test_a_pass_printed_by_its_code_is_the_same_pass(community, tmp_path) -> None:
    desk = community.desk()
    code = desk.get_pass(community.passes["陈静"]).code
    desk.close()
    pdf = tmp_path / "by-code.pdf"
    frontdesk(community.env, "print", "pass", code.lower(), "--out", str(pdf))
    [payload] = decode_qr(render_pages(pdf, 300)[0])
    assert check(community, payload)[1]["pass_id"] == community.passes["陈静"]


def test_revoked_after_revoke_pass(community, tmp_path) -> None:
    payload = print_pass(community, "赵敏", tmp_path / "pass.pdf")
    assert check(community, payload)[0] == 0
    desk = community.desk("supervisor1")
    desk.revoke_pass(community.passes["赵敏"], "业主要求取消")
    desk.close()
    code, answer = check(community, payload)
    assert (code, answer["verdict"]) == (1, "revoked")
    refused = frontdesk(
        community.env,
        "print",
        "pass",
        community.passes["赵敏"],
        "--out",
        str(tmp_path / "again.pdf"),
        ok=False,
    )
    assert refused.returncode == 1 and "revoked" in refused.stderr
    assert not (tmp_path / "again.pdf").exists()


def test_expired_after_its_window_and_checked_out_after_leaving(community) -> None:
    desk = community.desk()
    expired = desk.pass_payload(community.passes["李雷"])  # valid for an hour, hours ago
    left = desk.pass_payload(community.passes["刘洋"])
    desk.close()
    assert check(community, expired)[1]["verdict"] == "expired"
    code, answer = check(community, left)
    assert (code, answer["verdict"]) == (1, "checked_out")


def test_forged_when_one_character_is_changed(community, tmp_path) -> None:
    payload = print_pass(community, "陈静", tmp_path / "pass.pdf")
    for i in (0, 5, 20, len(payload) - 1):
        swapped = "B" if payload[i] == "A" else "A"
        forged = payload[:i] + swapped + payload[i + 1 :]
        code, answer = check(community, forged)
        assert (code, answer["verdict"], answer["name"]) == (1, "forged", None), i
    assert "forged" in frontdesk(community.env, "check-pass", "hello", ok=False).stdout


def test_a_pass_never_issued_is_not_printed(community, tmp_path) -> None:
    out = tmp_path / "never.pdf"
    refused = frontdesk(
        community.env, "print", "pass", community.passes["周杰"], "--out", str(out), ok=False
    )
    assert refused.returncode == 1 and "No pass has been issued yet" in refused.stderr
    assert not out.exists()


def test_the_move_in_pack_from_the_command_line(community, tmp_path) -> None:
    out = tmp_path / "pack.pdf"
    frontdesk(
        community.env,
        "print",
        "move-in-pack",
        "3-2-1502",
        "--out",
        str(out),
        "--lang",
        "zh_CN",
        "--rate",
        "3.00",
    )
    text = squeezed(pdf_text(out))
    for needle in (
        "张伟",
        "王芳",
        "3-2-1502",
        "阳光花园",
        "沪A12345",
        "89.50",
        "3.00",
        "268.50",
        "3,222.00",
        "250.60",
    ):  # 89.50 × 3.00; the contract's own fee
        assert needle in text, needle
    assert len(render_pages(out, 30)) == 5
    [printed] = history(community, "MoveInPackPrinted")
    assert printed["aggregate_id"] == community.household
    assert printed["data"] == {"copy_number": 0}


def test_the_emergency_log_report_from_the_command_line(community, tmp_path) -> None:
    out = tmp_path / "emergencies.pdf"
    # The community's day starts eight hours before the test runs: after 22:00 Beijing time,
    # its emergency (an hour and more later) falls on the next day.
    day, next_day = community.today, community.today + timedelta(days=1)
    result = frontdesk(
        community.env,
        "print",
        "emergency-log",
        "--from",
        day.isoformat(),
        "--to",
        next_day.isoformat(),
        "--out",
        str(out),
        "--operator",
        "auditor1",
    )
    assert "1 emergencies" in result.stdout
    text = squeezed(pdf_text(out))
    for needle in (community.ticket, "Gasleak", "5号楼1单元", "李娜(clerk1)", "刘洋"):
        assert needle in text, needle
    # The record it read is sealed: its head digest is printed, and checks out later.
    sealed = re.search(r"uptoevent#(\d+),whoseintegritydigestis([0-9a-f]{64})", text)
    assert sealed is not None, text[-400:]
    desk = community.desk("auditor1")
    assert desk.recorder.digest_at(int(sealed[1])) == sealed[2]
    desk.close()
    # … and printing it is part of who looked at what.
    printed = history(community, "ReportPrinted")[-1]
    assert printed["operator"] == "auditor1" and printed["data"]["report"] == "emergency_log"
    assert printed["data"]["head_position"] == int(sealed[1])


def test_printing_a_renewal_letter_records_the_notice_as_sent(community, tmp_path) -> None:
    sent_before = len(history(community, "RenewalNoticeSent"))
    out = tmp_path / "renewal.pdf"
    frontdesk(
        community.env,
        "print",
        "renewal-notice",
        community.contract,
        "--out",
        str(out),
        "--lang",
        "zh_TW",
    )
    text = squeezed(pdf_text(out))
    assert "合約續約通知書" in text and "張偉" not in text and "张伟" in text
    [contract] = [
        json.loads(line)
        for line in frontdesk(
            community.env, "renewals", "--json", "--within", "365"
        ).stdout.splitlines()
    ]
    assert contract["notice_sent_at"] is not None and contract["notice_channel"] == "letter"
    sent = history(community, "RenewalNoticeSent")
    assert len(sent) == sent_before + 1
    assert sent[-1]["data"]["channel"] == "letter" and sent[-1]["operator"] == "clerk1"


def test_reprinting_a_renewal_letter_is_a_numbered_copy_not_a_second_notice(
    community, tmp_path
) -> None:
    letters = [tmp_path / f"letter-{n}.pdf" for n in range(3)]
    told = [
        frontdesk(
            community.env, "print", "renewal-notice", community.contract, "--out", str(out)
        ).stdout
        for out in letters
    ]
    notices = [e for e in history(community, "RenewalNoticeSent")]
    notices = [e for e in notices if e["aggregate_id"] == community.contract]
    copies = [
        e["data"]["copy_number"]
        for e in history(community, "RenewalLetterReprinted")
        if e["aggregate_id"] == community.contract
    ]
    assert len(notices) <= 1 and copies[-2:] == [copies[-1] - 1, copies[-1]]
    texts = [squeezed(pdf_text(out)) for out in letters]
    assert f"COPY{copies[-1]}" in texts[-1] and f"COPY{copies[-2]}" in texts[-2]
    assert "recorded as a reprint, not another notice" in told[-1]
    [contract] = [
        json.loads(line)
        for line in frontdesk(
            community.env, "renewals", "--json", "--within", "365"
        ).stdout.splitlines()
    ]
    assert contract["notices_sent"] == 1


def test_the_pdf_can_go_to_stdout(community) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop.cli",
            "print",
            "renewal-notice",
            community.contract,
            "--out",
            "-",
        ],
        env=community.env,
        capture_output=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.startswith(b"%PDF-") and result.stdout.rstrip().endswith(b"%%EOF")
    assert b"written to -" in result.stderr
