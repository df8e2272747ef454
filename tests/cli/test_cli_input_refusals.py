"""What the command line says to input it cannot use: a moment off the calendar, a period
that ends before it starts, a month that is no month, a negative count, a file that is not
there, a member without an ID type, a pass code typed instead of scanned. Each is a clear
refusal in the desk's language (exit 1, or 2 for the system's own), never a traceback nor
"something unexpected", and nothing is recorded."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main
from domain.messages import set_language
from tests.cli.command_line import Cli as CommandLine
from tests.cli.command_line import set_up_community, use_a_copy
from tests.support import PASSWORD, resident_id


@pytest.fixture(scope="module")
def set_up_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """阳光花园 today: 张伟 at 3-2-1502, his visitor 刘洋 with a pass issued for two hours."""
    folder = tmp_path_factory.mktemp("cli-input")
    desk = set_up_community(folder)
    desk.move_in(
        "3-2-1502",
        [
            {
                "name": "张伟",
                "relation": "self",
                "id_type": "resident_id",
                "id_number": resident_id(),
            }
        ],
        "owner",
        desk.now().date().isoformat(),
    )
    visitor = desk.register_visitor(
        "3-2-1502", "刘洋", "resident_id", resident_id(born="19900101"), "13900139000", "探亲"
    )
    desk.confirm_host(visitor, "intercom")
    (folder / "code").write_text(desk.issue_pass(visitor, 2))
    (folder / "payload").write_text(desk.pass_payload(visitor))
    desk.add_staff("auditor1", "陈静", "auditor", PASSWORD)
    desk.close()
    return folder


class Cli(CommandLine):
    """The command line, never saying "something unexpected" either."""

    def run(self, *argv: str) -> tuple[int, str, str]:
        code, out, err = super().run(*argv)
        assert "unexpected" not in out + err
        return code, out, err

    def refused(self, *argv: str, exit_code: int = 1) -> str:
        """The command is refused with one line on stderr, and nothing is recorded."""
        before = self.events()
        code, out, err = self.run(*argv)
        assert code == exit_code, (out, err)
        assert out == ""
        assert err.startswith("frontdesk: ") and err.count("\n") == 1, err
        assert self.events() == before
        return err


@pytest.fixture
def cli(
    set_up_store: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Iterator[Cli]:
    use_a_copy(set_up_store, tmp_path, monkeypatch, "code", "payload")
    monkeypatch.setenv("FRONTDESK_LANG", "en")
    yield Cli(tmp_path, capsys)


# --- 1. --as-of a moment off the calendar ----------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["incidents", "--as-of", "9999-12-31"],
        ["incidents", "--as-of", "9999-12-31T00:00:00+00:00"],
        ["residents", "--as-of", "0001-01-01"],
        ["visitors", "--as-of", "9999-12-31T23:59:59+14:00"],
        ["kpis", "--as-of", "9999-12-31"],
        ["emergency-log", "--as-of", "9999-12-31"],
    ],
)
def test_a_moment_off_the_calendar_is_refused_saying_the_accepted_range(
    cli: Cli, argv: list[str]
) -> None:
    said = cli.refused(*argv)
    assert "outside the accepted range" in said and argv[-1] in said


def test_a_moment_inside_the_range_still_answers(cli: Cli) -> None:
    code, _, err = cli.run("incidents", "--as-of", "9999-12-29T23:59:59+00:00")
    assert code == 0, err


# --- 2. a period that ends before it starts ----------------------------------------------------


def test_the_emergency_log_read_refuses_a_backwards_period_as_its_printed_report_does(
    cli: Cli, tmp_path: Path
) -> None:
    period = ("--from", "2026-09-30", "--to", "2026-07-01")
    read = cli.refused("emergency-log", *period)
    printed = cli.refused("print", "emergency-log", *period, "--out", str(tmp_path / "log.pdf"))
    assert read == printed
    assert "The end 2026-07-01 must come after the start 2026-09-30" in read
    assert not (tmp_path / "log.pdf").exists()


def test_a_one_day_period_is_read(cli: Cli) -> None:
    code, out, _ = cli.run("emergency-log", "--from", "2026-07-01", "--to", "2026-07-01")
    assert code == 0 and "(no emergencies)" in out


# --- 3. a month that is no month ----------------------------------------------------------------


@pytest.mark.parametrize("typed", ["2026-13", "99999-01", "2026-00", "0000-05", "March", "2026"])
def test_kpis_refuse_a_month_that_is_not_a_real_yyyy_mm(cli: Cli, typed: str) -> None:
    said = cli.refused("kpis", "--month", typed)
    assert f"The month '{typed}' is not a month; write it as YYYY-MM" in said


def test_kpis_refuse_a_bad_month_in_the_desks_language(cli: Cli) -> None:
    set_language("zh_CN")
    assert "月份“2026-13”不对，请写成 年-月" in cli.refused("kpis", "--month", "2026-13")


def test_kpis_of_a_month_written_without_its_zero_answer_for_that_month(cli: Cli) -> None:
    code, out, _ = cli.run("kpis", "--month", "2026-3", "--json")
    assert code == 0
    assert {json.loads(line)["month"] for line in out.splitlines()} == {"2026-03"}


# --- 4. a negative (or endless) count ------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "typed"),
    [
        (["renewals", "--within"], "-5"),
        (["history", "--limit"], "-1"),
        (["history", "--after"], "-5"),
        (["incidents", "--limit"], "99999999999999999999"),
        (["visitors", "--limit"], "many"),
        (["residents", "--limit"], "-3"),
        (["retention", "--visitors"], "abc"),
        (["retention", "--residents"], "-5"),
        (["demo", "--seed"], "x"),
    ],
)
def test_a_count_below_zero_or_past_any_use_is_refused_beside_its_option(
    cli: Cli, argv: list[str], typed: str
) -> None:
    before = cli.events()
    cli.capsys.readouterr()
    with pytest.raises(SystemExit) as stop:
        main([*argv, typed])
    out, err = cli.capsys.readouterr()
    assert stop.value.code == 2 and out == ""
    assert f"argument {argv[1]}: takes a whole number from 0 to 999999999, not '{typed}'" in err
    assert "Traceback" not in err
    assert cli.events() == before


def test_a_day_that_is_not_a_date_is_refused_beside_its_option(cli: Cli) -> None:
    cli.capsys.readouterr()
    with pytest.raises(SystemExit) as stop:
        main(["demo", "--until", "next week"])
    out, err = cli.capsys.readouterr()
    assert stop.value.code == 2 and out == ""
    assert "argument --until: YYYY-MM-DD 'next week' is not valid" in err
    assert "Traceback" not in err


def test_a_negative_count_is_refused_in_the_desks_language(cli: Cli) -> None:
    set_language("zh_TW")
    cli.capsys.readouterr()
    with pytest.raises(SystemExit):
        main(["renewals", "--within", "-5"])
    assert "應為 0 到 999999999 之間的整數，而不是「-5」" in cli.capsys.readouterr().err


def test_zero_and_a_plain_count_still_answer(cli: Cli) -> None:
    assert cli.run("renewals", "--within", "0")[0] == 0
    code, out, _ = cli.run("history", "--limit", "2", "--json")
    assert code == 0 and len(out.splitlines()) == 2


# --- 5. a file that is not there, or is a folder ----------------------------------------------


def test_a_batch_file_that_is_not_there_or_is_a_folder_is_named_in_the_desks_words(
    cli: Cli, tmp_path: Path
) -> None:
    missing = tmp_path / "no-such-batch.jsonl"
    said = cli.refused("apply", str(missing), exit_code=2)
    assert f"No such file or folder: {missing}" in said and "Errno" not in said
    said = cli.refused("apply", str(tmp_path), exit_code=2)
    assert f"{tmp_path} is a folder, not a file" in said and "Errno" not in said


def test_a_document_written_where_it_cannot_go_is_named_and_its_print_not_recorded(
    cli: Cli, tmp_path: Path
) -> None:
    nowhere = tmp_path / "no-such-folder" / "log.pdf"
    said = cli.refused("print", "emergency-log", "--out", str(nowhere), exit_code=2)
    assert f"No such file or folder: {nowhere}" in said
    said = cli.refused("print", "emergency-log", "--out", str(tmp_path), exit_code=2)
    assert f"{tmp_path} is a folder, not a file" in said
    said = cli.refused("renewals", "--ics", str(nowhere.with_suffix(".ics")), exit_code=2)
    assert "No such file or folder" in said


def test_a_file_refusal_speaks_the_desks_language(cli: Cli, tmp_path: Path) -> None:
    set_language("zh_CN")
    said = cli.refused("apply", str(tmp_path / "批次.jsonl"), exit_code=2)
    assert f"找不到文件或文件夹：{tmp_path / '批次.jsonl'}" in said
    set_language("zh_TW")
    assert f"{tmp_path} 是一個資料夾，不是檔案" in cli.refused("apply", str(tmp_path), exit_code=2)


# --- 6. a member without an ID type ---------------------------------------------------------------


def test_a_batch_member_without_an_id_type_is_asked_for_it_not_shown_none(
    cli: Cli, tmp_path: Path
) -> None:
    member = {"name": "王芳", "relation": "self", "id_number": resident_id(born="19880808")}
    moving_in = {
        "unit": "3-2-1601",
        "ownership": "owner",
        "move_in_date": "2026-03-01",
        "members": [member],
    }
    visiting = {
        "host_unit": "3-2-1502",
        "name": "赵敏",
        "id_type": None,
        "id_number": resident_id(born="19920202"),
        "phone": "13900139001",
        "purpose": "探亲",
    }
    batch = tmp_path / "batch.jsonl"
    for command, args in (
        ("move_in", moving_in),
        ("move_in", {**moving_in, "members": [{**member, "id_type": " "}]}),
        ("register_visitor", visiting),
    ):
        batch.write_text(json.dumps({"command": command, "args": args}, ensure_ascii=False))
        before = cli.events()
        code, out, _ = cli.run("apply", str(batch))
        [result] = [json.loads(line) for line in out.splitlines()]
        assert code == 1 and result["ok"] is False
        assert result["error"] == "Please fill in ID type"
        assert cli.events() == before
    set_language("zh_CN")
    _, out, _ = cli.run("apply", str(batch))
    assert json.loads(out)["error"] == "请填写证件类型"


# --- 7. the code printed on a pass, typed -------------------------------------------------------


def test_the_code_printed_on_a_pass_is_checked_as_its_scanned_qr_code_is(cli: Cli) -> None:
    code = (cli.folder / "code").read_text()
    before = cli.events()
    scanned_code, scanned, _ = cli.run("check-pass", (cli.folder / "payload").read_text(), "--json")
    assert scanned_code == 0 and json.loads(scanned)["verdict"] == "valid"
    for typed in (code, code.lower(), f"{code[:4]} {code[4:]}", f" {code.lower()[:4]}  {code[4:]}"):
        exit_code, out, _ = cli.run("check-pass", typed, "--json")
        assert (exit_code, json.loads(out)) == (0, json.loads(scanned)), typed
    exit_code, out, _ = cli.run("check-pass", code.lower())
    assert exit_code == 0 and out.splitlines()[0] == "valid" and "刘洋" in out
    assert f"pass:    {code}" in out
    assert cli.events() == before  # a check records nothing


def test_a_code_no_pass_has_is_unknown_and_a_bad_payload_still_forged(cli: Cli) -> None:
    code = (cli.folder / "code").read_text()
    other = "AAAAAAAA" if code != "AAAAAAAA" else "BBBBBBBB"
    exit_code, out, _ = cli.run("check-pass", other)
    assert exit_code == 1
    assert out == f"unknown (no pass has the code {other}: check the code, or scan the QR code)\n"
    exit_code, out, _ = cli.run("check-pass", other.lower(), "--json")
    assert exit_code == 1 and json.loads(out)["verdict"] == "unknown"
    assert json.loads(out)["name"] is None
    assert cli.run("check-pass", "hello")[:2] == (1, "forged (forged or unreadable)\n")
    set_language("zh_CN")
    _, out, _ = cli.run("check-pass", other)
    assert out == f"没有通行证的号码是 {other}：请核对号码，或扫描二维码（unknown）\n"


def test_a_typed_code_is_for_desk_staff_a_scanned_payload_for_anyone(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FRONTDESK_OPERATOR", "auditor1")
    said = cli.refused("check-pass", (cli.folder / "code").read_text())
    assert "is checked by desk staff: scan the QR code (its text) instead" in said
    assert cli.run("check-pass", (cli.folder / "payload").read_text())[0] == 0
