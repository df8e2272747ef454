"""The shift handover: Ctrl+H shows the open matters and records the handover with notes; the
next person is asked at sign-in and takes it over in at most three keys (item by item if they
tick them); the one who handed over is not asked; "Later" records nothing; the next shift's
Today opens on what was handed over."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.handover.hand_over import HandOverDialog
from desktop.handover.take_over import TakeOverDialog
from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from domain import FrontDesk
from tests.qt.actions import Actions, recorded
from tests.qt.test_action_budgets import Printer
from tests.qt.test_sign_out import lock
from tests.support import PASSWORD

CTRL = Qt.KeyboardModifier.ControlModifier


def a_visitor_on_site(live: LiveDesk, desk: FrontDesk) -> str:
    pass_id = live.run(desk.register_delivery, "3-2-1502", "顺丰", "8000", check_in=True)
    return desk.get_pass(pass_id).code


def hand_over_by_keys(window: MainWindow, qtbot, notes: str) -> HandOverDialog:
    """Ctrl+H, the notes typed, Ctrl+Enter: two actions beyond typing."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.nav.setFocus()
    act = Actions(qtbot, window)
    act.key(Qt.Key.Key_H, CTRL)
    dialog = window.handover_dialog
    assert isinstance(dialog, HandOverDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.notes.hasFocus()
    act.type(notes, into=dialog.notes)
    act.key(Qt.Key.Key_Return, CTRL)
    act.within(2)
    assert dialog.handover_id, dialog.error.text()
    return dialog


def sign_in_counted(window: MainWindow, username: str, act: Actions, qtbot) -> None:
    dialog = lock(window, qtbot)
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.username.setFocus()  # a person who did not sign in last starts at the username
    dialog.username.selectAll()
    act.type(username, into=dialog.username)
    act.key(Qt.Key.Key_Tab)
    act.type(PASSWORD, into=dialog.password)
    act.key(Qt.Key.Key_Return)


def test_a_handover_is_taken_over_at_sign_in_in_3_actions(
    window: MainWindow, live: LiveDesk, qt_desk: FrontDesk, qtbot
) -> None:
    code = a_visitor_on_site(live, qt_desk)
    handing = hand_over_by_keys(window, qtbot, "1502 waits for a plumber")
    assert any(code in handing.checklist.item(i).text() for i in range(handing.checklist.count()))
    printer = Printer()
    handing.output = printer
    assert handing.print_button.hasFocus()  # the sheet both sign, next
    printed_from = qt_desk.event_count()
    qtbot.keyClick(handing.print_button, Qt.Key.Key_Return)
    assert printer.sent == ["Handover sheet"]
    assert "ReportPrinted" in recorded(qt_desk, printed_from)  # who printed what, as a report
    handing.reject()
    handover_id = handing.handover_id
    act = Actions(qtbot, window)
    sign_in_counted(window, "manager1", act, qtbot)
    taking = window.handover_dialog
    assert isinstance(taking, TakeOverDialog)
    qtbot.waitUntil(taking.isVisible)
    assert "李娜" in taking.summary.text()  # clerk1 handed over
    assert "1502 waits for a plumber" in taking.notes.text()
    before = qt_desk.event_count()
    qtbot.waitUntil(taking.isActiveWindow)
    act.key(Qt.Key.Key_Return)  # take over all
    act.within(3)
    assert recorded(qt_desk, before) == ["Acknowledged"]
    handover = qt_desk.get_handover(handover_id)
    assert handover.acknowledged_by == "manager1"  # type: ignore[attr-defined]
    today = window.page("today")
    assert window.stack.currentWidget() is today  # Today opens on what was handed over
    card = today.handed_over  # type: ignore[attr-defined]
    assert card.isVisible()
    shown = [card.model.data(card.model.index(i, 0)) for i in range(card.model.rowCount())]
    assert any(code in text for text in shown)
    visitor = next(r for r in card.model.rows() if r["kind"] == "visitor_on_site")
    card.table.row_activated.emit(visitor)  # a row opens its record
    visitors = window.page("visitors")
    assert window.stack.currentWidget() is visitors
    assert visitors.panel.row.code == code  # type: ignore[attr-defined]


def test_items_ticked_one_by_one_are_recorded_and_later_records_nothing(
    window: MainWindow, live: LiveDesk, qt_desk: FrontDesk, qtbot
) -> None:
    a_visitor_on_site(live, qt_desk)
    handover_id = hand_over_by_keys(window, qtbot, "").handover_id
    window.handover_dialog.reject()  # type: ignore[union-attr]
    act = Actions(qtbot, window)
    sign_in_counted(window, "supervisor1", act, qtbot)
    taking = window.handover_dialog
    assert isinstance(taking, TakeOverDialog)
    before = qt_desk.event_count()
    taking.checklist.item(0).setCheckState(Qt.CheckState.Checked)
    assert recorded(qt_desk, before) == ["ItemChecked"]
    qtbot.waitUntil(taking.isActiveWindow)
    qtbot.keyClick(taking, Qt.Key.Key_Escape)  # later: not destructive
    assert not taking.isVisible()
    assert recorded(qt_desk, before) == ["ItemChecked"]
    log = live.models.handover_log
    row = live.read(lambda db: log.awaiting(db, "supervisor1"))
    assert row is not None and row.handover_id == handover_id and row.checked == {0}


def test_the_one_who_handed_over_is_not_asked(
    window: MainWindow, live: LiveDesk, qt_desk: FrontDesk, qtbot
) -> None:
    hand_over_by_keys(window, qtbot, "quiet day")
    window.handover_dialog.reject()  # type: ignore[union-attr]
    act = Actions(qtbot, window)
    sign_in_counted(window, "clerk1", act, qtbot)
    assert not isinstance(window.handover_dialog, TakeOverDialog)
    assert not window.page("today").handed_over.isVisible()  # type: ignore[attr-defined]
