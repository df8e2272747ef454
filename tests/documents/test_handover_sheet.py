"""The shift handover sheet as both shifts sign it: who handed over and when, the chain head
then, each open matter in words (pdftotext), the notes, who took it over, and lines for both
signatures; blank lines where nobody has acknowledged it yet; in each language."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from projections.documents.handover_sheet import render_handover_sheet
from projections.handover_log import HandoverRow
from tests.documents.conftest import (
    SHANGHAI,
    fonts,
    page_sizes_mm,
    pdf_text,
    render_pages,
    squeezed,
)

HANDED_OVER = datetime(2026, 3, 2, 17, 30, tzinfo=SHANGHAI)
DIGEST = "9f2c" * 16

ITEMS: tuple[dict[str, Any], ...] = (
    {
        "kind": "emergency",
        "ref": "i1",
        "unit": "5-1-0301",
        "detail": "E260302-001",
        "due": "2026-03-02T17:45:00+08:00",
    },
    {
        "kind": "incident_overdue",
        "ref": "i2",
        "unit": "3-2-1601",
        "detail": "R260301-004",
        "due": "2026-03-02T12:00:00+08:00",
    },
    {
        "kind": "visitor_on_site",
        "ref": "p1",
        "unit": "3-2-1502",
        "detail": "W3KYUBZK",
        "due": "2026-03-02T19:00:00+08:00",
    },
    {
        "kind": "parcel_waiting",
        "ref": "3-2-1502",
        "unit": "3-2-1502",
        "detail": "2 · B-03, C-01",
        "due": "2026-02-27T10:15:00+08:00",
    },
    {
        "kind": "item_out",
        "ref": "x1",
        "unit": "3-2-1601",
        "detail": "轮椅 1 号",
        "due": "2026-03-03T18:00:00+08:00",
    },
    {"kind": "callback_due", "ref": "h1", "unit": "3-2-1502", "detail": "", "due": "2026-03-02"},
    {
        "kind": "missed_call",
        "ref": "c1",
        "unit": "",
        "detail": "139****1111",
        "due": "2026-03-02T16:40:00+08:00",
    },
    {
        "kind": "queue_waiting",
        "ref": "A012",
        "unit": "",
        "detail": "A012",
        "due": "2026-03-02T17:20:00+08:00",
    },
    {"kind": "instruction", "ref": "n1", "unit": "3-2-1601", "detail": "away", "due": "2026-03-10"},
)


def handover(**changes: Any) -> HandoverRow:
    row = HandoverRow(
        handover_id="3bc712d0-9d2e-409a-9937-d6a59b7b5631",
        handed_over_by="clerk1",
        handed_over_at=HANDED_OVER,
        notes="5 号楼燃气已关阀，维修组 18:00 回来。",
        items=ITEMS,
        chain_position=1234,
        chain_head=DIGEST,
        checked=frozenset({0, 1}),
        acknowledged_by="clerk2",
        acknowledged_at=datetime(2026, 3, 2, 17, 42, tzinfo=SHANGHAI),
    )
    return replace(row, **changes)


def rendered(tmp_path: Path, name: str, row: HandoverRow, language: str = "zh_CN") -> Path:
    out = io.BytesIO()
    render_handover_sheet(
        row,
        language,
        out,
        handed_over_by_name="李娜",
        acknowledged_by_name="赵敏" if row.acknowledged_by else "",
        community="阳光花园",
        zone=SHANGHAI,
        printed_at=datetime(2026, 3, 2, 17, 45, tzinfo=SHANGHAI),
    )
    pdf = tmp_path / f"{name}.pdf"
    pdf.write_bytes(out.getvalue())
    return pdf


def test_the_sheet_lists_each_matter_in_words_and_who_took_it_over(tmp_path: Path) -> None:
    pdf = rendered(tmp_path, "sheet", handover())

    assert page_sizes_mm(pdf) == [(210.0, 297.0)]
    text = squeezed(pdf_text(pdf))
    for needle in (
        "交接班记录单",
        "阳光花园",
        "李娜（clerk1）",
        "2026年3月2日17:30",
        "第1234条",
        DIGEST,
        "待办事项（9项）",
        "工单已超时",
        "工单R260301-004",
        "3月2日12:00（已逾期）",
        "紧急",
        "工单E260302-001",
        "访客在场",
        "通行证W3KYUBZK",
        "至3月2日19:00",
        "快递待取",
        "2件，货架B-03,C-01",
        "自2月27日10:15",
        "物品借出未还",
        "轮椅1号",
        "待回访",
        "入住回访",
        "未接来电",
        "来电139****1111",
        "排队等候",
        "号码A012",
        "住户嘱托",
        "外出",
        "至2026年3月10日",
        "5号楼燃气已关阀，维修组18:00回来。",
        "赵敏已于2026年3月2日17:42确认接班。",
        "确认时未逐项核对的事项：3、4、5、6、7、8、9",
        "交班人签字",
        "接班人签字",
    ):
        assert needle in text, needle
    assert all("WenQuanYiMicroHei" in row for row in fonts(pdf))
    [png] = render_pages(pdf, 80)
    assert png.stat().st_size > 10000


def test_a_sheet_not_yet_taken_over_leaves_both_to_sign(tmp_path: Path) -> None:
    row = handover(acknowledged_by="", acknowledged_at=None, checked=frozenset(), notes="")
    text = squeezed(pdf_text(rendered(tmp_path, "open", row)))
    assert "尚未确认" in text and "已于" not in text
    assert "交班人签字" in text and "接班人签字" in text
    assert "交班说明（无）" in text


def test_a_handover_with_nothing_open_says_so(tmp_path: Path) -> None:
    text = squeezed(pdf_text(rendered(tmp_path, "empty", handover(items=(), checked=frozenset()))))
    assert "待办事项（0项）" in text and "交班时没有待办事项。" in text


@pytest.mark.parametrize(
    ("language", "needles"),
    [
        (
            "zh_TW",
            ("交接班記錄單", "包裹待取", "2件，貨架B-03,C-01", "住戶囑託", "接班人簽名"),
        ),
        (
            "en",
            (
                "Shift handover",
                "Parcels waiting",
                "2 Mar, 12:00 (overdue)",
                "2 on shelf B-03, C-01",
                "since 27 Feb, 10:15",
                "Item out on loan",
                "move-in callback",
                "赵敏 acknowledged the handover at 2 Mar 2026, 17:42.",
                "Outgoing staff",
                "Incoming staff",
            ),
        ),
    ],
)
def test_the_other_languages(tmp_path: Path, language: str, needles: tuple[str, ...]) -> None:
    text = pdf_text(rendered(tmp_path, language, handover(), language))
    for needle in needles:
        assert needle in text or squeezed(needle) in squeezed(text), needle
