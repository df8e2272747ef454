"""The queue ticket as the walk-in holds it: a receipt 58 or 80 mm wide, the number large, the
people ahead and the wait in words they can read (pdftotext), and a page that renders
(pdftoppm) in each language."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest

from projections.documents.queue_ticket import render_queue_ticket
from projections.queue_board import TicketRow, WaitEstimate
from tests.documents.conftest import (
    SHANGHAI,
    fonts,
    page_sizes_mm,
    pdf_text,
    render_pages,
    squeezed,
)

TAKEN = datetime(2026, 3, 2, 9, 42, tzinfo=SHANGHAI)


def ticket(number: str = "A012", purpose: str = "payment_question") -> TicketRow:
    return TicketRow(
        day=TAKEN.date(),
        ticket=number,
        purpose=purpose,
        state="waiting",
        taken_at=TAKEN,
        ahead_when_taken=3,
        window=None,
        called_at=None,
        called_by="",
        out_of_turn=False,
        reason="",
        served_at=None,
        contact_id="",
        skipped_at=None,
    )


def rendered(tmp_path: Path, name: str, row: TicketRow, estimate: WaitEstimate, **kw) -> Path:
    out = io.BytesIO()
    render_queue_ticket(
        row,
        estimate,
        kw.get("community", "阳光花园"),
        kw.get("width", 58),
        out,
        kw.get("language", "zh_CN"),
    )
    pdf = tmp_path / f"{name}.pdf"
    pdf.write_bytes(out.getvalue())
    return pdf


@pytest.mark.parametrize("width", [58, 80])
def test_a_ticket_of_each_width_reads_in_chinese_and_renders(tmp_path: Path, width: int) -> None:
    pdf = rendered(tmp_path, f"ticket-{width}", ticket(), WaitEstimate(3, 15, 1, 5.0), width=width)

    [(page_w, page_h)] = page_sizes_mm(pdf)
    assert page_w == width
    assert 70 < page_h < 160  # a strip as long as its lines, not an A4 page
    text = squeezed(pdf_text(pdf))
    for needle in (
        "阳光花园",
        "A012",
        "缴费咨询",
        "前面还有3人",
        "预计等候约15分钟",
        "2026年3月2日09:42",
        "先来后到",
        "如需离开，请告知前台",
    ):
        assert needle in text, needle
    assert all("WenQuanYiMicroHei" in row for row in fonts(pdf))
    [png] = render_pages(pdf, 80)
    assert png.stat().st_size > 2000


@pytest.mark.parametrize(
    ("language", "needles"),
    [
        ("zh_TW", ("排隊取號", "前面還有1人", "預計等候約4分鐘", "如需離開，請告知櫃檯")),
        ("en", ("1 person ahead of you", "about 4 min", "If you must leave, please tell the desk")),
    ],
)
def test_the_other_languages(tmp_path: Path, language: str, needles: tuple[str, ...]) -> None:
    pdf = rendered(tmp_path, language, ticket(), WaitEstimate(1, 4, 2, 8.0), language=language)
    text = pdf_text(pdf)
    flat = squeezed(text)
    for needle in needles:
        assert needle in text or squeezed(needle) in flat, needle


def test_the_next_in_line_is_told_to_watch_for_the_number(tmp_path: Path) -> None:
    pdf = rendered(tmp_path, "next", ticket("C003", "parcel"), WaitEstimate(0, 0, 1, 5.0))
    text = squeezed(pdf_text(pdf))
    assert "C003" in text and "前面没有人等候" in text and "请留意叫号" in text
    assert "预计等候" not in text


def test_a_width_no_receipt_printer_takes_is_refused() -> None:
    with pytest.raises(ValueError, match="58, 80"):
        render_queue_ticket(ticket(), WaitEstimate(0, 0, 1, 5.0), "", 70, io.BytesIO(), "en")


def test_the_blank_community_prints_the_texts_own_name(tmp_path: Path) -> None:
    pdf = rendered(tmp_path, "blank", ticket(), WaitEstimate(2, 10, 1, 5.0), community="")
    assert "本小区" in squeezed(pdf_text(pdf))
