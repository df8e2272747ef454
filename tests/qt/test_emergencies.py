"""Emergencies stand out: pinned first in red, counting down to the 30-minute response
deadline until acknowledged; a banner and a sound at every desk when one is reported at any
desk; F12 from anywhere — over an open dialog, and from a past moment (recorded live)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from domain import FrontDesk
from tests.conftest import open_desk
from tests.support import PASSWORD

RED = "#c53030"


def type_in(widget: QWidget, text: str) -> None:
    """What a Chinese input method sends when the receptionist picks the characters."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def report(desk: FrontDesk, category: str, location: str) -> str:
    kind, severity = ("emergency", "emergency") if category == "elevator_entrapment" else (
        "repair", "general"
    )  # fmt: skip
    return desk.report_incident(kind, category, severity, location, "—", "张伟", "phone")


@pytest.fixture
def beeps(monkeypatch) -> list[int]:
    """The alarm ends in QApplication.beep() where Qt Multimedia cannot play."""
    heard: list[int] = []
    monkeypatch.setattr("desktop.main_window.sound_alarm", lambda: heard.append(1))
    return heard


def test_an_unacknowledged_emergency_is_pinned_first_in_red_counting_to_its_response(
    window: MainWindow, live: LiveDesk, qt_desk, clock, qtbot
) -> None:
    leak = live.run(report, qt_desk, "plumbing", "3号楼2单元1502 厨房")
    clock.advance(timedelta(days=3))  # the leak is now late: least time left of all
    lift = live.run(report, qt_desk, "elevator_entrapment", "3号楼2单元 2号电梯")

    board = window.show_page("incidents").board
    assert [r.incident_id for r in board.rows()] == [lift, leak]
    assert board.index(0, 6).data() == "0:30"  # to respond, not the 2:00 to resolve
    assert board.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color().name() == RED
    assert board.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None  # a repair row
    assert "respond now" in board.index(0, 3).data()

    today = window.show_page("today").incidents
    assert today.index(0, 0).data() == board.index(0, 0).data()
    assert today.index(0, 2).data() == "0:30"
    assert today.index(0, 1).data().startswith("⚠")
    assert today.index(0, 1).data(Qt.ItemDataRole.BackgroundRole).color().name() == RED

    clock.advance(timedelta(minutes=12))
    today_page = window.page("today")
    qtbot.waitUntil(lambda: today.index(0, 2).data() == "0:18", timeout=3000)
    clock.advance(timedelta(minutes=3))
    live.run(qt_desk.acknowledge, lift)  # now the resolve deadline counts
    today_page.refresh()
    row = next(r for r in today.rows() if r.incident_id == lift)
    at = today.rows().index(row)
    assert today.index(at, 2).data() == "1:45"
    assert today.index(at, 0).data(Qt.ItemDataRole.BackgroundRole).color().name() != RED


def test_an_emergency_at_another_desk_raises_a_banner_and_the_alarm_here(
    window: MainWindow, live: LiveDesk, clock, qtbot, tmp_path, beeps
) -> None:
    gate = open_desk(f"sqlite:///{tmp_path / 'desk.sqlite'}", clock, desk_name="north-gate")
    gate.sign_in("manager1", PASSWORD)
    live.follow()
    lift = report(gate, "elevator_entrapment", "3号楼2单元 2号电梯")
    qtbot.waitUntil(lambda: window.alert.isVisible(), timeout=5000)
    assert beeps == [1]
    text = window.alert.text.text()
    assert "Elevator entrapment" in text and "3号楼2单元 2号电梯" in text and "09:00" in text
    assert "赵磊" in text  # who reported it, by name

    qtbot.mouseClick(window.alert.open_button, Qt.MouseButton.LeftButton)
    incidents = window.page("incidents")
    assert window.stack.currentWidget() is incidents
    assert incidents.panel.incident_id == lift
    assert not window.alert.isVisible()

    report(gate, "elevator_entrapment", "5号楼1单元 1号电梯")
    qtbot.waitUntil(lambda: window.alert.isVisible(), timeout=5000)
    assert beeps == [1, 1]
    second = window.alert.rows[-1].incident_id
    gate.acknowledge(second)  # the north gate answers it: the banner goes at every desk
    qtbot.waitUntil(lambda: not window.alert.isVisible(), timeout=5000)
    gate.close()


def test_f12_over_an_open_dialog_reports_the_emergency(
    window: MainWindow, live: LiveDesk, qt_desk, qtbot
) -> None:
    visitors = window.show_page("visitors")
    busy = QDialog(window)  # e.g. a visitor being registered
    busy.setWindowModality(Qt.WindowModality.ApplicationModal)
    busy.show()
    busy.activateWindow()  # what the window manager does with a new dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is busy)
    assert QApplication.activeModalWidget() is busy
    assert visitors is not None

    qtbot.keyClick(busy, Qt.Key.Key_F12)
    dialog = window.page("incidents").emergency
    assert dialog is not None and dialog.isVisible()
    assert dialog.parent() is busy  # on top of the dialog, not behind it
    dialog.choose("elevator_entrapment")
    type_in(dialog.location, "3号楼2单元 2号电梯")
    type_in(dialog.description, "两人被困")
    type_in(dialog.reporter, "张伟")
    qtbot.mouseClick(dialog.report, Qt.MouseButton.LeftButton)
    assert dialog.incident_id
    assert qt_desk.get_incident(dialog.incident_id).category == "elevator_entrapment"
    assert busy.isVisible()  # the registration is still there to finish


def test_f12_in_a_past_moment_returns_to_live_and_records_now(
    window: MainWindow, live: LiveDesk, qt_desk, clock, qtbot
) -> None:
    clock.advance(timedelta(hours=2))
    moment = live.desk.now() - timedelta(hours=1)
    window.as_of.go_to(moment)
    qtbot.waitUntil(lambda: live.as_of == moment, timeout=10000)
    assert window.emergency.isEnabled()
    # On a busy machine the moment's progress was shown: once it closes, a window manager
    # gives the activation back to the desk, where the offscreen platform leaves it to the
    # closed dialog (see tests/qt/actions.py).
    active = QApplication.activeWindow()
    if active is None or not active.isVisible():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)

    qtbot.keyClick(window, Qt.Key.Key_F12)
    assert live.as_of is None
    dialog = window.page("incidents").emergency
    assert dialog is not None and dialog.isVisible()
    dialog.choose("elevator_entrapment")
    type_in(dialog.location, "3号楼2单元 2号电梯")
    type_in(dialog.reporter, "张伟")
    qtbot.mouseClick(dialog.report, Qt.MouseButton.LeftButton)
    reported = live.read(
        lambda db: live.models.incident_board.get(db, dialog.incident_id, live.now())
    )
    assert reported.reported_at > moment  # now, not at the moment that was shown


def test_the_alarm_never_fails_without_an_audio_device(qapp) -> None:
    from desktop.alarm import sound_alarm

    sound_alarm()  # no sound card here, maybe no Qt Multimedia: it beeps or plays, silently
    sound_alarm()
