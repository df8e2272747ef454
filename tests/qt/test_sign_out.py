"""Ctrl+L locks the desk behind the sign-in: the next person signs in and from then on every
event names them; a locked desk opens only to someone who signs in, or closes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from desktop.sign_in import SignInDialog
from tests.support import PASSWORD


def lock(window: MainWindow, qtbot) -> SignInDialog:
    qtbot.keyClick(window.nav, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.lock_dialog
    assert isinstance(dialog, SignInDialog) and dialog.isVisible()
    return dialog


def sign_in(dialog: SignInDialog, username: str, qtbot) -> None:
    dialog.username.selectAll()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClick(dialog.username, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_switching_user_stamps_every_later_event_with_the_new_operator(
    window: MainWindow, live: LiveDesk, qt_desk, qtbot
) -> None:
    visitor = live.run(
        qt_desk.register_visitor,
        "3-2-1502", "刘洋", "passport", "E12345678", "13900139000", "探亲",
    )  # fmt: skip

    dialog = lock(window, qtbot)
    assert qt_desk.operator is None  # signed out: nothing can be recorded meanwhile
    assert not window.centralWidget().isVisible()  # nobody's data on show
    qtbot.keyClick(dialog.password, Qt.Key.Key_Escape)
    assert window.lock_dialog is dialog and dialog.isVisible()  # Esc does not unlock

    sign_in(dialog, "manager1", qtbot)
    assert window.lock_dialog is None and not window.locked
    assert window.centralWidget().isVisible()
    assert qt_desk.operator == "manager1"
    assert "赵磊" in window.operator.text()

    live.run(qt_desk.confirm_host, visitor, "phone")
    stamped = {row.type: row.operator for row in qt_desk.history(1) if row.aggregate_id == visitor}
    assert stamped == {"Registered": "clerk1", "HostConfirmed": "manager1"}


def test_a_wrong_password_keeps_the_desk_locked(window: MainWindow, qt_desk, qtbot) -> None:
    dialog = lock(window, qtbot)
    dialog.username.selectAll()
    qtbot.keyClicks(dialog.username, "manager1")
    qtbot.keyClicks(dialog.password, "not-the-password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and window.locked
    assert "Wrong username or password" in dialog.error.text()
    assert qt_desk.operator is None


def test_an_auditor_taking_over_gets_a_read_only_desk(
    window: MainWindow, live: LiveDesk, qt_desk, qtbot
) -> None:
    sign_in(lock(window, qtbot), "auditor1", qtbot)
    assert live.read_only
    assert window.banner.isVisible()  # "Read-only: an auditor's desk changes nothing."
    assert not window.emergency.isEnabled()
    sign_in(lock(window, qtbot), "clerk1", qtbot)
    assert not live.read_only and window.emergency.isEnabled()


def test_the_lock_screen_can_close_the_desk(window: MainWindow, qtbot) -> None:
    dialog = lock(window, qtbot)
    qtbot.mouseClick(dialog.close_desk, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert QApplication.activeModalWidget() is None
