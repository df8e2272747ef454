"""Rows in, PDF out: every document in every language, read back as a person would read it
(the text with pdftotext, the pages rendered with pdftoppm) and as the gate's scanner would
(the QR code decoded with zbarimg)."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from projections.documents.emergency_report import render_emergency_report
from projections.documents.move_in_pack import fee_schedule, render_move_in_pack
from projections.documents.renewal_letter import render_renewal_letter, reply_by
from projections.documents.texts import load_texts
from projections.documents.visitor_pass import render_pass
from tests.documents.conftest import (
    NOW,
    PAYLOAD,
    decode_qr,
    fonts,
    page_sizes_mm,
    pdf_text,
    render_pages,
    squeezed,
)

LANGUAGES = ("zh_CN", "zh_TW", "en")
SIZES_MM = {"badge": (86.0, 54.0), "label62": (62.0, 110.0), "a4": (210.0, 297.0)}


def write(tmp_path: Path, name: str, render) -> Path:
    out = io.BytesIO()
    render(out)
    pdf = tmp_path / f"{name}.pdf"
    pdf.write_bytes(out.getvalue())
    assert out.getvalue().startswith(b"%PDF-")
    return pdf


def assert_font_embedded(pdf: Path) -> None:
    """Every font is the bundled one, embedded as a subset: Chinese renders anywhere."""
    rows = fonts(pdf)
    assert rows, "no fonts in the PDF"
    for row in rows:
        assert "WenQuanYiMicroHei" in row, row
        assert row.split()[-5:-3] == ["yes", "yes"], row  # embedded, subset


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", SIZES_MM)
def test_a_pass_of_each_size_reads_and_scans(tmp_path, pass_row, size, language) -> None:
    pdf = write(
        tmp_path,
        f"pass-{size}-{language}",
        lambda out: render_pass(
            pass_row,
            PAYLOAD,
            size,
            language,
            out,
            desk="desk-1",
            operator="李娜",
            community="阳光花园",
            printed_at=NOW,
        ),
    )
    assert page_sizes_mm(pdf) == [SIZES_MM[size]]
    text = squeezed(pdf_text(pdf))
    title = load_texts(language).section("pass")["title"]
    for needle in (
        "刘洋",
        "3-2-1502",
        "310***********1233",
        "10:30",
        "14:30",
        "阳光花园",
        "desk-1",
        "李娜",
        "HLWUSVGN",
        squeezed(title),
    ):
        assert needle in text, needle  # the pass code is printed "HLWU SVGN"
    assert "副本" not in text and "COPY" not in text
    [page] = render_pages(pdf, 300 if size != "a4" else 150)
    assert decode_qr(page) == [PAYLOAD]
    assert_font_embedded(pdf)


@pytest.mark.parametrize(
    ("language", "mark"), [("zh_CN", "副本2"), ("zh_TW", "副本2"), ("en", "COPY2")]
)
def test_a_reprint_says_it_is_a_copy_and_which(tmp_path, pass_row, language, mark) -> None:
    for size in SIZES_MM:
        pdf = write(
            tmp_path,
            f"copy-{size}-{language}",
            lambda out, size=size: render_pass(
                pass_row, PAYLOAD, size, language, out, copy_number=2
            ),
        )
        assert mark in squeezed(pdf_text(pdf)), size


def test_a_long_name_shrinks_to_fit_and_the_code_still_scans(tmp_path, pass_row) -> None:
    from dataclasses import replace

    long = replace(pass_row, name="欧阳娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜")
    pdf = write(tmp_path, "long", lambda out: render_pass(long, PAYLOAD, "badge", "zh_CN", out))
    assert "欧阳娜娜" in pdf_text(pdf)
    [page] = render_pages(pdf, 300)
    assert decode_qr(page) == [PAYLOAD]


def test_the_fee_is_area_times_rate_to_the_fen() -> None:
    assert fee_schedule(Decimal("89.50"), Decimal("2.80")) == (
        Decimal("250.60"),
        Decimal("3007.20"),
    )
    assert fee_schedule(Decimal("120.33"), Decimal("3.15")) == (
        Decimal("379.04"),
        Decimal("4548.48"),
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_move_in_pack(tmp_path, resident_file, contract, language) -> None:
    t = load_texts(language)
    pdf = write(
        tmp_path,
        f"pack-{language}",
        lambda out: render_move_in_pack(
            resident_file,
            [contract],
            Decimal("89.50"),
            language,
            out,
            community="阳光花园",
            printed_at=NOW,
        ),
    )
    pages = render_pages(pdf, 40)
    assert len(pages) == len(page_sizes_mm(pdf)) == 5
    text = squeezed(pdf_text(pdf))
    p = t.section("move_in_pack")
    for needle in (
        "张伟",
        "王芳",
        "3-2-1502",
        "阳光花园",
        "沪A12345",
        "310***********1233",  # masked, never the whole number
        "89.50",
        "2.80",
        "250.60",
        "3,007.20",  # area × rate = monthly, × 12 = yearly
        t.day(date(2026, 11, 27)),  # the follow-up, within 7 days of moving in
        t.day(date(2027, 2, 28)),  # the service contract's end
        p["welcome_title"],
        p["info_title"],
        p["rules_title"],
        p["contract_title"],
        p["fees_title"],
        p["contacts_title"],
        p["followup_title"],
        p["resident_signature"],
        *[rule["title"] for rule in p["rules"]],
        *[contact["phone"] for contact in p["contacts"]],
    ):
        assert squeezed(needle) in text, needle
    assert "张强" not in text  # no longer a member
    assert "{" not in text  # every placeholder filled
    assert_font_embedded(pdf)


def test_the_move_in_pack_without_a_contract_says_so_and_uses_the_given_rate(
    tmp_path, resident_file
) -> None:
    pdf = write(
        tmp_path,
        "pack-no-contract",
        lambda out: render_move_in_pack(
            resident_file, [], Decimal("100"), "zh_CN", out, rate=Decimal("3.50")
        ),
    )
    text = squeezed(pdf_text(pdf))
    assert "本户尚未签订物业服务合同" in text
    assert "350.00" in text and "4,200.00" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_emergency_report(tmp_path, emergencies, language) -> None:
    t = load_texts(language)
    pdf = write(
        tmp_path,
        f"emergencies-{language}",
        lambda out: render_emergency_report(
            emergencies,
            date(2026, 11, 1),
            date(2026, 11, 30),
            language,
            out,
            community="阳光花园",
            staff={"clerk1": "李娜", "manager1": "赵磊"},
            printed_at=NOW,
        ),
    )
    text = squeezed(pdf_text(pdf))
    r = t.section("emergency_report")
    for needle in (
        "E261120-001",
        t.term("category", "gas_leak"),
        "5号楼1单元",
        "李娜(clerk1)",
        "赵磊(manager1)",
        "关闭燃气总阀",  # who acted, and what they did
        t.duration(NOW - NOW.replace(hour=13, minute=50)),  # 40 minutes late
        "刘洋",
        "陈师傅",
        "310***********1233",  # the roll call at the moment of the report
        t.day(date(2026, 11, 1)),
        t.day(date(2026, 11, 30)),
        r["deadlines"],
        r["timeline_title"],
        r["prepared_by"],
    ):
        assert squeezed(needle) in text, needle
    assert len(render_pages(pdf, 40)) >= 1
    assert_font_embedded(pdf)


def test_an_empty_period_says_there_were_no_emergencies(tmp_path) -> None:
    pdf = write(
        tmp_path,
        "none",
        lambda out: render_emergency_report([], date(2026, 1, 1), date(2026, 1, 31), "zh_CN", out),
    )
    assert "本期间没有突发事件记录" in squeezed(pdf_text(pdf))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_renewal_letter(tmp_path, contract, language) -> None:
    t = load_texts(language)
    pdf = write(
        tmp_path,
        f"renewal-{language}",
        lambda out: render_renewal_letter(
            contract, ["张伟", "王芳"], language, out, community="阳光花园", printed_at=NOW
        ),
    )
    text = squeezed(pdf_text(pdf))
    r = t.section("renewal_letter")
    for needle in (
        "张伟",
        "3-2-1502",
        t.day(date(2027, 2, 28)),
        "250.60",
        t.day(reply_by(date(2027, 2, 28), NOW.date())),
        "021-66881200",
        r["title"],
        r["terms_title"],
        r["how_title"],
        *r["slip_options"],
    ):
        assert squeezed(needle) in text, needle
    assert len(render_pages(pdf, 40)) == 1
    assert_font_embedded(pdf)


def test_the_reply_date_leaves_time_to_answer() -> None:
    assert reply_by(date(2027, 2, 28), date(2026, 11, 22)) == date(2027, 1, 29)
    assert reply_by(date(2026, 12, 10), date(2026, 11, 22)) == date(2026, 12, 6)
    assert reply_by(date(2026, 11, 30), date(2026, 11, 22)) == date(2026, 11, 30)


def test_the_service_center_can_change_the_texts_without_code(
    tmp_path, monkeypatch, resident_file
) -> None:
    import json

    from projections.documents import texts

    bundled = json.loads(texts.resources.path("documents", "settings.json").read_text("utf-8"))
    bundled["service_center_phone"] = "021-1234 5678"
    (tmp_path / "settings.json").write_text(json.dumps(bundled), encoding="utf-8")
    monkeypatch.setenv(texts.OVERRIDE_ENV, str(tmp_path))
    assert "021-1234 5678" in json.dumps(load_texts("zh_CN").data, ensure_ascii=False)
    pdf = write(
        tmp_path,
        "edited",
        lambda out: render_move_in_pack(resident_file, [], Decimal("89.50"), "zh_CN", out),
    )
    assert "021-12345678" in squeezed(pdf_text(pdf))
