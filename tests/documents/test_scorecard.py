"""The printed staff scorecard, read back as a person would: the Chinese names of the
components, their weights and scores, the weighted total, the manager's marks; and the same
scorecard printed from a real desk through its use case, recorded as a report printed."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.usecases import printing, scorecards
from desktop.usecases.front import Front
from domain import FrontDesk
from domain.history import HistoryFilter
from projections.catalogue import ALL_MODELS
from projections.documents.scorecard import render_scorecard
from projections.runner import ReadModels
from projections.staff_scores import Scorecard, ScoreLine
from tests.documents.conftest import page_sizes_mm, pdf_text, squeezed

CARD = Scorecard(
    username="clerk1",
    month="2026-03",
    lines=(
        ScoreLine("satisfaction", 30, 50.0, 2),
        ScoreLine("complaint_handling", 25, None, 0),
        ScoreLine("efficiency", 20, 100.0, 4),
        ScoreLine("teamwork", 15, 90.0, 1),
        ScoreLine("knowledge", 10, 70.0, 1),
    ),
    contacts=4,
    tickets_called=2,
    cases_taken=2,
    comment="耐心细致",
    rated_by="manager1",
    rated_at=datetime(2026, 3, 31, 2, 0, tzinfo=UTC),
)


def _render(tmp_path: Path, language: str) -> Path:
    out = tmp_path / f"scorecard-{language}.pdf"
    with out.open("wb") as pdf:
        render_scorecard(
            CARD,
            language,
            pdf,
            staff_name="李娜",
            role="clerk",
            rated_by_name="赵磊",
            community="阳光花园",
            printed_at=datetime(2026, 3, 31, 8, 0, tzinfo=UTC),
        )
    return out


def test_the_scorecard_names_each_component_and_the_weighted_total(tmp_path: Path) -> None:
    pdf = _render(tmp_path, "zh_CN")
    assert page_sizes_mm(pdf) == [(210.0, 297.0)]  # A4, one page
    text = squeezed(pdf_text(pdf))
    assert "员工月度绩效考核表" in text and "2026年3月" in text
    for name in ("满意度", "投诉处理", "工作效率", "团队协作", "业务知识"):
        assert name in text
    assert "满意度30%50" in text  # component, weight, score in one row
    assert "工作效率20%100" in text
    assert "综合得分：74分" in text  # (30·50 + 20·100 + 15·90 + 10·70) / 75
    assert "李娜" in text and "赵磊" in text and "耐心细致" in text
    assert "无可考核数据的项目不计入综合得分" in text  # complaint handling had none


@pytest.mark.parametrize(
    ("language", "words"),
    [("zh_TW", ("員工月度績效考核表", "滿意度", "綜合得分：74分")), ("en", ("Total:74points",))],
)
def test_the_scorecard_in_the_other_languages(
    tmp_path: Path, language: str, words: tuple[str, ...]
) -> None:
    text = squeezed(pdf_text(_render(tmp_path, language)))
    assert all(word in text for word in words), text


def test_the_desk_prints_a_scorecard_and_records_it(
    desk: FrontDesk, sign_in_as, tmp_path: Path
) -> None:
    sign_in_as("manager1")
    desk.rate_staff("clerk1", "2026-03", 90, 70, "耐心细致")
    models = ReadModels(desk, ALL_MODELS)
    models.catch_up()
    try:
        with models.reading() as db:
            front = Front.reading(desk, models, db, desk.now())
            document = scorecards.scorecard_document(front, "clerk1", "2026-03", "zh_CN")
            printed = printing.send_and_record(front, document, lambda pdf: True)
    finally:
        models.stop()
    out = tmp_path / "printed.pdf"
    out.write_bytes(document.pdf)
    text = squeezed(pdf_text(out))
    assert "李娜" in text and "团队协作15%90" in text
    assert "综合得分：82分" in text  # nothing else measured: (15·90 + 10·70) / 25
    assert printed == 0
    rows = list(desk.history(filters=HistoryFilter(event_type="AuditTrail.ReportPrinted")))
    assert len(rows) == 1 and rows[0].data["report"] == "scorecard"
    assert rows[0].data["period"] == "2026-03 clerk1"
