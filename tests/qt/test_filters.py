"""Filters at the counter apply once the typing pauses: no key waits for a list to be
filtered, and no typed character is lost (the visitors' recent list, the incident board)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from desktop.visitors.page import TABS


def test_the_recent_visitors_are_filtered_once_the_typing_pauses(
    window: MainWindow, live: LiveDesk, qt_desk, qtbot
) -> None:
    for name, passport in (
        ("Anna Li", "E1000001"),
        ("Bob Chan", "E1000002"),
        ("Carl Wu", "E1000003"),
    ):
        live.run(
            qt_desk.register_visitor, "3-2-1502", name, "passport", passport, "13900139000", "探亲"
        )
    page = window.show_page("visitors")
    page.tabs.setCurrentIndex(TABS.index("recent"))
    qtbot.waitUntil(lambda: page.table.proxy.rowCount() == 3)  # read off the GUI thread
    page.filter.setFocus()
    qtbot.keyClicks(page.filter, "bob ch")
    assert page.filter.text() == "bob ch"  # every key landed
    assert page.table.proxy.rowCount() == 3  # nothing filtered while the keys come
    qtbot.waitUntil(lambda: page.table.proxy.rowCount() == 1)
    assert page.table.proxy.index(0, 1).data() == "Bob Chan"
    qtbot.keyClick(page.filter, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.filter, Qt.Key.Key_Backspace)
    assert page.table.proxy.rowCount() == 3  # cleared: every row again at once


def test_the_incident_board_filter_waits_for_the_typing_too(
    window: MainWindow, live: LiveDesk, qt_desk, qtbot
) -> None:
    for place in ("Gate A", "Gate B"):
        live.run(
            qt_desk.report_incident, "repair", "plumbing", "general", place, "—", "张伟", "phone"
        )
    page = window.show_page("incidents")
    assert page.table.proxy.rowCount() == 2
    page.search.setFocus()
    qtbot.keyClicks(page.search, "gate b")
    assert page.table.proxy.rowCount() == 2
    qtbot.waitUntil(lambda: page.table.proxy.rowCount() == 1)


def test_a_filter_holds_as_the_list_is_read_again_and_never_spans_two_columns(
    window: MainWindow, live: LiveDesk, qt_desk, qtbot
) -> None:
    def register(name: str, passport: str) -> None:
        live.run(
            qt_desk.register_visitor, "3-2-1502", name, "passport", passport, "13900139000", "探亲"
        )

    register("Anna Li", "E1000001")
    register("Bob Chan", "E1000002")
    page = window.show_page("visitors")
    page.tabs.setCurrentIndex(TABS.index("recent"))
    qtbot.waitUntil(lambda: page.table.proxy.rowCount() == 2)
    page.filter.setText("CHAN")
    qtbot.waitUntil(lambda: page.table.proxy.rowCount() == 1)
    register("Dan Chan", "E1000003")  # the list is read again, the filter still applies
    qtbot.waitUntil(lambda: page.table.proxy.rowCount() == 2)
    names = {page.table.proxy.index(row, 1).data() for row in range(2)}
    assert names == {"Bob Chan", "Dan Chan"}
    page.filter.setText("chan 3-2")  # a name, then the next column's unit: no row says that
    qtbot.waitUntil(lambda: page.table.proxy.rowCount() == 0)
    page.filter.setText("09:00")  # as the list shows the time registered today
    qtbot.waitUntil(lambda: page.table.proxy.rowCount() == 3)
