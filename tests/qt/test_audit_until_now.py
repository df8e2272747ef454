"""The audit log's "To" moment is now — when the auditor ticks it hours after the page was
made, what was recorded meanwhile is in — unless the auditor chose the moment: then it stays."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDateTime, Qt
from pytestqt.qtbot import QtBot

from desktop.audit.page import AuditPage
from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from domain import SimulatedClock
from tests.qt.test_audit import report_leak

MOMENT = "yyyy-MM-dd HH:mm:ss"


def audit(window: MainWindow, qtbot: QtBot) -> AuditPage:
    page = window.show_page("audit")
    assert isinstance(page, AuditPage)
    qtbot.waitUntil(lambda: not page.history.model.loading, timeout=5000)
    return page


def test_to_follows_now_until_the_auditor_sets_it(
    window: MainWindow, live: LiveDesk, clock: SimulatedClock, qtbot: QtBot
) -> None:
    history = audit(window, qtbot).history  # made at 09:00
    assert history.until.dateTime().toString(MOMENT) == "2026-03-02 09:00:00"
    assert history.since.dateTime().toString(MOMENT) == "2026-03-02 00:00:00"  # the desk's day
    window.show_page("today")
    clock.advance(timedelta(hours=5))  # 14:00
    report_leak(live)
    history = audit(window, qtbot).history
    assert history.until.dateTime().toString(MOMENT) == "2026-03-02 14:00:00"

    history.until_check.setFocus()
    qtbot.keyClick(history.until_check, Qt.Key.Key_Space)  # "To" ticked: up to now
    assert history.until_check.isChecked()
    qtbot.waitUntil(lambda: not history.model.loading, timeout=5000)
    assert history.until.dateTime().toString(MOMENT) == "2026-03-02 14:00:00"
    assert history.rows()[-1].type == "Reported"  # recorded after the page was made

    chosen = QDateTime.fromString("2026-03-02 12:00:00", MOMENT)
    history.until.setDateTime(chosen)  # the auditor's own moment
    window.show_page("today")
    clock.advance(timedelta(hours=1))
    history.until_check.setChecked(False)
    history = audit(window, qtbot).history
    history.until_check.setChecked(True)
    assert history.until.dateTime() == chosen  # stays as chosen

    qtbot.mouseClick(history.clear_button, Qt.MouseButton.LeftButton)  # and back to now
    assert history.until.dateTime().toString(MOMENT) == "2026-03-02 15:00:00"
    qtbot.waitUntil(lambda: not history.model.loading, timeout=5000)
