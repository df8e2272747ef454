"""The Audit workspace's record timeline opens from what the reports show: a ticket number,
a pass code, a unit, typed into its field and Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.main_window import MainWindow
from domain import FrontDesk


def open_by_typing(window: MainWindow, qtbot, text: str):
    page = window.show_page("audit")
    page.show_view(page.timeline)
    field = page.timeline.record
    field.clear()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    return page.timeline


def test_a_ticket_number_opens_its_incidents_timeline(
    window: MainWindow, qt_desk: FrontDesk, qtbot
) -> None:
    leak = window.live.run(
        qt_desk.report_incident,
        "repair",
        "plumbing",
        "general",
        "3-2-1502 厨房",
        "水管漏水",
        "张伟",
        unit="3-2-1502",
    )
    ticket = qt_desk.get_incident(leak).ticket
    timeline = open_by_typing(window, qtbot, ticket)
    qtbot.waitUntil(lambda: bool(timeline.steps), timeout=5000)
    assert {s.row.aggregate_id for s in timeline.steps} == {leak}
    assert timeline.error.isHidden()


def test_a_pass_code_and_a_unit_open_theirs(window: MainWindow, qt_desk: FrontDesk, qtbot) -> None:
    run = window.live.run
    visit = run(
        qt_desk.register_visitor, "3-2-1502", "李雷", "passport", "E12345678", "13900139000", "探亲"
    )
    run(qt_desk.confirm_host, visit)
    run(qt_desk.issue_pass, visit)
    timeline = open_by_typing(window, qtbot, qt_desk.get_pass(visit).code)
    qtbot.waitUntil(lambda: bool(timeline.steps), timeout=5000)
    assert {s.row.aggregate_id for s in timeline.steps} == {visit}
    timeline = open_by_typing(window, qtbot, "3-2-1502")
    qtbot.waitUntil(
        lambda: bool(timeline.steps) and timeline.steps[0].row.aggregate == "Unit", timeout=5000
    )


def test_an_unknown_ticket_is_named_in_a_clear_message(window: MainWindow, qtbot) -> None:
    timeline = open_by_typing(window, qtbot, "R260302-999")
    assert not timeline.error.isHidden()
    assert "R260302-999" in timeline.error.text()
    assert timeline.steps == []
