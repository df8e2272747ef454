"""Ctrl+L locks the desk behind the sign-in: the next person signs in and from then on every
event names them; a locked desk opens only to someone who signs in, or closes."""

from __future__ import annotations

import threading

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QLabel, QLineEdit

from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from desktop.sign_in import SignInDialog
from tests.qt.test_residents import find_household, type_text
from tests.support import PASSWORD, resident_id


def lock(window: MainWindow, qtbot) -> SignInDialog:
    window.activateWindow()  # as a window manager does when the last dialog closed
    qtbot.waitUntil(window.isActiveWindow)
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


def test_signing_in_opens_the_desk_off_the_gui_thread(qt_desk, settings, qtbot) -> None:
    """The read models are brought up to date on a worker thread while the sign-in dialog
    shows its progress: it never freezes."""
    from desktop.app import prepare

    qt_desk.sign_out()
    ran_on: list[threading.Thread] = []

    def opening(progress):
        ran_on.append(threading.current_thread())
        return prepare(qt_desk, progress)

    dialog = SignInDialog(qt_desk, settings, opening=opening)
    qtbot.addWidget(dialog)
    dialog.show()
    sign_in(dialog, "clerk1", qtbot)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10000)
    assert ran_on and ran_on[0] is not threading.main_thread()
    assert dialog.opened.behind() == 0  # the read models, up to date
    assert qt_desk.operator == "clerk1"


def test_a_desk_that_cannot_open_says_why_and_stays_at_the_sign_in(
    qt_desk, settings, qtbot
) -> None:
    from domain.errors import NotSignedInError

    qt_desk.sign_out()

    def opening(_progress):
        raise NotSignedInError()

    dialog = SignInDialog(qt_desk, settings, opening=opening)
    qtbot.addWidget(dialog)
    dialog.show()
    sign_in(dialog, "clerk1", qtbot)
    qtbot.waitUntil(lambda: dialog.sign_in_button.isEnabled(), timeout=5000)
    assert "could not be opened" in dialog.error.text()
    assert dialog.isVisible() and qt_desk.operator is None
    assert dialog.status.isHidden()  # "Opening the desk…" went with the attempt


def test_a_wrong_password_at_the_first_sign_in_is_said_beside_it_and_opens_nothing(
    qt_desk, settings, qtbot
) -> None:
    """The password is checked on the worker with the opening (scrypt is slow on purpose):
    refused, it is said beside the password, selected to type again, and nothing opens."""
    qt_desk.sign_out()
    opened: list[bool] = []
    dialog = SignInDialog(qt_desk, settings, opening=lambda _progress: opened.append(True))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("clerk1")
    qtbot.keyClicks(dialog.password, "not-the-password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.sign_in_button.isEnabled(), timeout=5000)
    assert "Wrong username or password" in dialog.error.text()
    assert dialog.password.selectedText() == "not-the-password"
    assert not opened and qt_desk.operator is None and dialog.isVisible()


def test_the_opening_is_told_as_news_not_as_a_refusal(qt_desk, settings, qtbot) -> None:
    """While the desk opens, its progress is said in the plain hint, never in the red line
    that says what was wrong."""
    qt_desk.sign_out()
    release = threading.Event()
    seen: list[tuple[str, str]] = []

    def opening(_progress):
        release.wait(5)
        return None

    dialog = SignInDialog(qt_desk, settings, opening=opening)
    qtbot.addWidget(dialog)
    dialog.show()
    sign_in(dialog, "clerk1", qtbot)
    qtbot.waitUntil(dialog.status.isVisible)
    seen.append((dialog.status.text(), dialog.error.text()))
    release.set()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10000)
    assert seen == [("Opening the desk…", "")]


def test_the_lock_screen_speaks_the_desks_language(window: MainWindow, settings, qtbot) -> None:
    from desktop import translations

    settings.setValue("language", "en")
    try:
        translations.install("zh_TW")
        window.retranslate()
        dialog = lock(window, qtbot)
        assert dialog.language.currentData() == "zh_TW"
        assert dialog.title.text() == "櫃檯已鎖定 — 請登入"
    finally:
        translations.install("en")


def texts_on_screen(window: MainWindow) -> str:
    """Every text the window shows: labels, buttons, fields and every cell of its tables."""
    seen = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
    seen += [w.text() for w in window.findChildren(QLineEdit) if w.isVisible()]
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisible():
            continue
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list (Qt's own models keep it private): one column
            columns = 1
        for row in range(model.rowCount(QModelIndex())):
            seen += [str(model.index(row, column).data()) for column in range(columns)]
    return "\n".join(seen)


def test_the_next_person_sees_nothing_the_last_one_was_shown(
    window: MainWindow, qt_desk, qtbot
) -> None:
    sign_in(lock(window, qtbot), "supervisor1", qtbot)
    page = window.show_page("residents")
    find_household(page, qtbot, "张伟")
    assert page.view.reveal_button.isVisible()
    qtbot.mouseClick(page.view.reveal_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, page.dialog.reason.lineEdit(), "签约核对身份")
    qtbot.mouseClick(page.dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: resident_id() in texts_on_screen(window))

    sign_in(lock(window, qtbot), "clerk1", qtbot)
    page = window.show_page("residents")
    assert resident_id() not in texts_on_screen(window)  # the full number went with them
    find_household(page, qtbot, "张伟")
    assert resident_id() not in texts_on_screen(window)
    assert not page.view.reveal_button.isVisibleTo(page)  # and a clerk has no button for it

    sign_in(lock(window, qtbot), "supervisor1", qtbot)
    page = window.show_page("residents")
    find_household(page, qtbot, "张伟")
    assert page.view.reveal_button.isVisible()  # what the role may do, for the new role


def test_the_audit_log_read_by_a_supervisor_is_masked_for_the_clerk_after(
    window: MainWindow, live: LiveDesk, qt_desk, qtbot
) -> None:
    live.run(
        qt_desk.register_visitor,
        "3-2-1502", "李四海", "passport", "E12345678", "13912340000", "探亲",
    )  # fmt: skip
    sign_in(lock(window, qtbot), "supervisor1", qtbot)
    window.start_work(list(window.pages).index("audit"))  # its Ctrl key
    qtbot.waitUntil(lambda: "李四海" in texts_on_screen(window))

    sign_in(lock(window, qtbot), "clerk1", qtbot)
    window.start_work(list(window.pages).index("dashboard"))
    qtbot.wait(300)  # the log read again, for the clerk
    shown = texts_on_screen(window)
    assert "李四海" not in shown and "13912340000" not in shown


def test_ctrl_l_locks_from_inside_a_dialog_and_closes_it(
    window: MainWindow, qt_desk, qtbot
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    dialog = QDialog(window)
    field = QLineEdit(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(field, "half a sentence")
    qtbot.keyClick(field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.locked)
    assert not dialog.isVisible()  # nothing left open for the next person
    assert qt_desk.operator is None
    assert window.lock_dialog is not None and window.lock_dialog.isVisible()
    sign_in(window.lock_dialog, "manager1", qtbot)
    assert qt_desk.operator == "manager1" and not window.locked
