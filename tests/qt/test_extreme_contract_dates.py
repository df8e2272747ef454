"""The desk opens a contract dated at the end of the calendar (recorded by an older desk):
renewing it offers a date instead of crashing the dialog."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractItemView

from desktop import printer as printing_qt
from desktop.contracts.actions import RenewDialog
from desktop.contracts.sign import year_later
from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from domain import FrontDesk, SimulatedClock
from projections.catalogue import open_read_models
from tests.cli.test_extreme_history import END_OF_TIME, _bypassing_checks
from tests.qt.test_untranslated import walk


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_renewing_a_contract_ending_9999_12_31_opens(
    desk: FrontDesk, units: list[str], qtbot
) -> None:
    _bypassing_checks(desk)
    models = open_read_models(desk)
    with models.reading() as db:
        rows = models.renewal_calendar.all(db)  # type: ignore[attr-defined]
    assert {row.end.year for row in rows} == {1, 9999}

    for row in rows:
        dialog = RenewDialog(row, lambda *_: None, None)
        qtbot.addWidget(dialog)
        offered = dialog.new_end.date()
        assert 1 <= offered.year() <= 9999


def test_a_year_after_the_last_year_is_the_last_day() -> None:
    assert year_later(date(9999, 12, 30)) == date(9999, 12, 30)
    assert year_later(date(2026, 3, 2)) == date(2027, 3, 1)


@pytest.mark.slow
def test_every_workspace_opens_over_the_ends_of_the_calendar(
    qt_desk: FrontDesk,
    clock: SimulatedClock,
    settings: QSettings,
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A store an older desk let a 9999 move-in, a year-1 contract, activities in years 1
    and 9999 and a command stamped 9999-12-31T23:59:59Z into: every workspace shows, its
    first record chosen, without an exception (pytest-qt fails on one raised in a slot)."""
    _bypassing_checks(qt_desk, far="3-2-1501", early="3-2-1601")
    now = clock.now()
    clock.set(END_OF_TIME)
    qt_desk.report_incident("repair", "plumbing", "minor", "3号楼", "漏水", "张伟")
    clock.set(now)  # the desk's own clock is right again; the history keeps what it holds
    live = LiveDesk(qt_desk)
    try:
        window = MainWindow(live, settings)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        for key in list(window.pages):
            page = window.show_page(key)
            page.refresh()
            qtbot.wait(10)
            for view in page.findChildren(QAbstractItemView):
                if view.isVisible() and view.model() is not None and view.model().rowCount():
                    for row in range(min(view.model().rowCount(), 8)):
                        view.setCurrentIndex(view.model().index(row, 0))
                        qtbot.wait(5)
        monkeypatch.setenv(printing_qt.PRINT_TO_PDF_ENV, str(tmp_path / "printer.pdf"))
        _, opened = walk(window, qtbot)  # every button of every workspace, once
        assert len(opened) >= 10
    finally:
        live.stop()
