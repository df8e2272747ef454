"""Dashboard: each KPI as a tile beside its target, met in green or missed in red, and
charts of the chosen KPI by month, building and category."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from PySide6.QtCharts import QAbstractBarSeries, QBarCategoryAxis, QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from tests.qt.actions import dashboard_read
from tests.support import PASSWORD


@pytest.fixture
def answered(live: LiveDesk, qt_desk, clock) -> None:
    """A leaking pipe answered in 10 minutes and solved at once; a noise complaint in 40."""
    pipe = live.run(
        qt_desk.report_incident,
        "repair",
        "plumbing",
        "general",
        "3号楼2单元1502",
        "厨房水管漏水",
        "张伟",
        "phone",
        "3-2-1502",
    )
    clock.advance(timedelta(minutes=10))
    live.run(qt_desk.acknowledge, pipe)
    live.run(qt_desk.resolve, pipe, "更换水管接头", True)
    noise = live.run(
        qt_desk.report_incident,
        "complaint",
        "noise",
        "general",
        "3号楼",
        "夜间装修噪音",
        "张伟",
        "phone",
        "3-2-1502",
    )
    clock.advance(timedelta(minutes=40))
    live.run(qt_desk.acknowledge, noise)


def bars(chart) -> list[float]:
    series = [s for s in chart.series() if isinstance(s, QAbstractBarSeries)]
    return [
        bar_set.at(i) for s in series for bar_set in s.barSets() for i in range(bar_set.count())
    ]


def test_each_kpi_tile_shows_its_value_target_and_verdict(
    window: MainWindow, answered, qtbot
) -> None:
    page = dashboard_read(window, qtbot)
    assert page.selected_month() == "2026-03"
    frt = page.tiles["first_response_minutes"]
    assert frt.value.text() == "25.0 min"  # (10 + 40) / 2
    assert frt.target.text() == "target < 15 min"
    assert frt.verdict.text() == "✗ Missed   n = 2"
    assert frt.property("verdict") == "missed"
    fcr = page.tiles["first_contact_resolution"]
    assert (fcr.value.text(), fcr.target.text()) == ("100.0 %", "target > 90 %")
    assert fcr.verdict.text().startswith("✓ Met")
    complaints = page.tiles["complaint_rate"]
    assert (complaints.value.text(), complaints.verdict.text()) == (
        "100.0 %",
        "✗ Missed   n = 1",
    )  # one complaint from the one household living here
    assert page.tiles["csat"].value.text() == "—"


def test_the_charts_have_the_kpi_by_month_building_and_category(
    window: MainWindow, answered, qtbot
) -> None:
    page = dashboard_read(window, qtbot)
    charts = page.charts()
    by_month = charts["by_month"]
    assert by_month.title() == "First response time by month"
    assert bars(by_month) == [25.0]
    target = [s for s in by_month.series() if isinstance(s, QLineSeries)]
    assert [p.y() for p in target[0].points()] == [15.0, 15.0]
    assert target[0].name() == "target &lt; 15 min"  # legends read HTML
    building = charts["by_building"]
    axis = next(a for a in building.axes() if isinstance(a, QBarCategoryAxis))
    assert axis.categories() == ["Bldg 3"]
    category = charts["by_category"]
    axis = next(a for a in category.axes() if isinstance(a, QBarCategoryAxis))
    assert axis.categories() == ["Plumbing", "Noise"]  # bottom up: the worst on top

    qtbot.mouseClick(page.tiles["complaint_rate"], Qt.MouseButton.LeftButton)
    assert page.charts()["by_month"].title() == "Complaint rate by month"
    assert page.tiles["complaint_rate"].isChecked()


def test_an_auditor_reads_the_dashboard_and_changes_nothing(
    live: LiveDesk, qt_desk, settings, answered, qtbot
) -> None:
    qt_desk.sign_in("auditor1", PASSWORD)
    main = MainWindow(LiveDesk(qt_desk), settings)
    qtbot.addWidget(main)
    page = dashboard_read(main, qtbot)
    assert page.tiles["first_response_minutes"].value.text() == "25.0 min"
    # its only buttons are the tiles, which choose what the charts show, and the scorecard's
    # print (recorded as a report printed); rating staff is not for auditors
    others = [b for b in page.findChildren(QPushButton) if type(b) is not type(page.tiles["csat"])]
    page.show_tab("scorecards")
    qtbot.waitUntil(lambda: not page.reading)
    assert [b.objectName() for b in others if b.isVisibleTo(page)] == ["PrintScorecard"]
    main.live.stop()


def test_the_figures_are_read_off_the_gui_thread_and_only_for_the_months_charted(
    window: MainWindow, live: LiveDesk, qt_desk, clock, answered, qtbot, monkeypatch
) -> None:
    """Ten years of contacts take seconds to measure: the window goes on answering meanwhile,
    and only the months the chart shows (twelve at most) are measured; an older month is
    read when it is chosen."""
    kpis = live.models.kpis
    asked: list[tuple[str, str | None, str | None]] = []
    monthly = kpis.monthly

    def noted(db, month=None, since=None):  # type: ignore[no-untyped-def]
        asked.append((threading.current_thread().name, month, since))
        return monthly(db, month, since)

    monkeypatch.setattr(kpis, "monthly", noted)
    for _ in range(13):  # a case a month for thirteen months after 2026-03's
        clock.advance(timedelta(days=31))
        live.run(
            qt_desk.report_incident,
            "repair",
            "electrical",
            "general",
            "3号楼",
            "楼道灯不亮",
            "张伟",
            "phone",
            "3-2-1502",
        )

    page = dashboard_read(window, qtbot)

    months = [page.month.itemData(i) for i in range(page.month.count())]
    assert len(months) == 14 and months[0] == "2027-04" and months[-1] == "2026-03"
    assert asked == [("audit-job", "2027-04", months[11])]  # a worker's; the twelve charted
    assert {r.month for r in page.rows} == set(months[:12])
    assert bars(page.charts()["by_month"]) == [0.0] * 12  # none acknowledged yet
    page.month.setCurrentIndex(13)
    qtbot.waitUntil(lambda: not page.reading)
    assert asked[-1] == ("audit-job", "2026-03", "2026-03")
    assert page.selected_month() == "2026-03"
    assert page.tiles["first_response_minutes"].value.text() == "25.0 min"


def test_a_refresh_while_the_figures_are_read_reads_them_once_more_after(
    window: MainWindow, live: LiveDesk, qt_desk, answered, qtbot, monkeypatch
) -> None:
    page = dashboard_read(window, qtbot)
    kpis = live.models.kpis
    gate, calls = threading.Event(), []
    monthly = kpis.monthly

    def slow(db, month=None, since=None):  # type: ignore[no-untyped-def]
        calls.append(month)
        gate.wait(5)
        return monthly(db, month, since)

    monkeypatch.setattr(kpis, "monthly", slow)
    page.refresh()
    page.refresh()
    page.refresh()  # another desk recorded twice while the first reading ran
    assert page.reading
    assert page.note.text() == "Reading the figures…"
    gate.set()
    qtbot.waitUntil(lambda: not page.reading)
    assert len(calls) == 2  # the reading under way, and one more for what came meanwhile
    assert page.note.text().startswith("Targets from")
