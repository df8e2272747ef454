"""Columns come back as the person left them (their order, widths, the sorting), kept as
the window closes: never written to the settings file (saved and flushed to disk on the
window's thread) each time a list fits its columns to new rows."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from domain import FrontDesk


def columns_kept(settings: QSettings) -> list[str]:
    return [key for key in settings.allKeys() if key.startswith("columns/incidents/")]


def test_the_sorting_chosen_is_kept_as_the_window_closes_and_comes_back(
    qt_desk: FrontDesk, settings: QSettings, qtbot
) -> None:
    window = MainWindow(LiveDesk(qt_desk), settings)
    qtbot.addWidget(window)
    window.show()
    table = window.show_page("incidents").table
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # the receptionist sorts a column
    table.horizontalHeader().moveSection(3, 0)  # and moves another first
    window.page("incidents").refresh()  # the list read again, its columns fitted to it
    assert columns_kept(settings) == []  # nothing written while she works
    window.close()
    assert columns_kept(settings)

    again = MainWindow(LiveDesk(qt_desk), settings)
    qtbot.addWidget(again)
    again.show()
    header = again.show_page("incidents").table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        1,
        Qt.SortOrder.DescendingOrder,
    )
    assert header.visualIndex(3) == 0
    again.close()
