"""Activities: plan one, register 张伟's household, record who came, see the turnout."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from desktop.activities.page import ActivitiesPage
from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from tests.support import PASSWORD

LEFT = Qt.MouseButton.LeftButton


def type_text(qtbot, widget, text: str) -> None:
    """Keys for ASCII; Chinese arrives as an input method's commit, as from a real IME."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def opened(page: ActivitiesPage, button, qtbot):
    qtbot.mouseClick(button, LEFT)
    dialog = page.dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def plan(page: ActivitiesPage, qtbot, title: str = "三八节插花沙龙") -> None:
    dialog = opened(page, page.plan_button, qtbot)
    type_text(qtbot, dialog.title_field, title)
    dialog.kind.setCurrentIndex(dialog.kind.findData("social"))
    type_text(qtbot, dialog.place.lineEdit(), "会所多功能厅")
    dialog.capacity.selectAll()
    type_text(qtbot, dialog.capacity, "30")
    qtbot.mouseClick(dialog.ok, LEFT)
    qtbot.waitUntil(lambda: page.detail is not None and page.view.heading.text() == title)


def pick(dialog, qtbot, search: str | None = None) -> None:
    if search is not None:
        type_text(qtbot, dialog.search, search)
        qtbot.waitUntil(lambda: not dialog.timer.isActive())
    assert dialog.model.rowCount() == 1
    assert dialog.chosen().members == "张伟"


def test_plan_register_and_record_attendance(
    window: MainWindow, live: LiveDesk, clock, qtbot
) -> None:
    page = window.show_page("activities")
    plan(page, qtbot)
    assert "2026-03-09 14:00–16:00 · 会所多功能厅 · Social" in page.view.facts.text()
    assert page.list_model.rowCount() == 1
    assert page.view.figures["left"].value.text() == "30"

    register = opened(page, page.view.register_button, qtbot)
    pick(register, qtbot, "张伟")
    register.headcount.setValue(2)
    qtbot.mouseClick(register.ok, LEFT)
    qtbot.waitUntil(lambda: page.view.roll_model.rowCount() == 1)
    row = page.view.roll_model.rows()[0]
    assert (row.unit, row.members, row.registered, row.attended) == ("3-2-1502", "张伟", 2, None)
    assert page.view.figures["registered"].value.text() == "1"
    assert page.view.figures["left"].value.text() == "28"

    too_early = opened(page, page.view.attendance_button, qtbot)
    pick(too_early, qtbot)  # the registered household is offered first
    qtbot.mouseClick(too_early.ok, LEFT)
    assert "attendance can be recorded once it has started" in too_early.error.text()
    too_early.reject()

    clock.advance(timedelta(days=7, hours=5, minutes=10))  # 2026-03-09 14:10
    page.refresh()
    came = opened(page, page.view.attendance_button, qtbot)
    pick(came, qtbot)
    assert came.headcount.value() == 2  # as registered
    qtbot.mouseClick(came.ok, LEFT)
    qtbot.waitUntil(lambda: page.view.roll_model.rows()[0].attended == 2)
    assert page.view.figures["came"].value.text() == "1"
    assert page.view.figures["turnout"].value.text() == "100.0 %"  # 张伟's is the only household
    assert "took part in an activity (target > 70 %): Met" in page.view.month_turnout.text()


def test_a_cancelled_activity_says_why_and_takes_no_more_registrations(
    window: MainWindow, qtbot
) -> None:
    page = window.show_page("activities")
    plan(page, qtbot, "学雷锋志愿服务")
    cancel = opened(page, page.view.cancel_activity_button, qtbot)
    type_text(qtbot, cancel.reason.lineEdit(), "天气原因")
    qtbot.mouseClick(cancel.ok, LEFT)
    box = cancel._confirmation  # cancelling is destructive: asked before it is done
    (go,) = [b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.DestructiveRole]
    qtbot.mouseClick(go, LEFT)
    qtbot.waitUntil(lambda: page.view.status.text() == "Cancelled: 天气原因")
    assert not page.view.register_button.isEnabled()
    page.scope.setCurrentIndex(page.scope.findData("all"))
    assert page.list_model.index(0, 2).data() == "cancelled"


def test_an_auditor_cannot_press_what_changes_activities(
    live: LiveDesk, qt_desk, settings, qtbot
) -> None:
    live.run(
        qt_desk.plan_activity,
        "中秋游园会",
        "festival",
        "2026-03-20T18:30:00+08:00",
        "2026-03-20T21:00:00+08:00",
        "中心花园",
        "200",
    )
    qt_desk.sign_in("auditor1", PASSWORD)
    main = MainWindow(LiveDesk(qt_desk), settings)
    qtbot.addWidget(main)
    page = main.show_page("activities")
    page.list.selectRow(0)
    assert page.view.heading.text() == "中秋游园会"
    for button in (
        page.plan_button,
        page.view.register_button,
        page.view.attendance_button,
        page.view.cancel_registration_button,
        page.view.cancel_activity_button,
    ):
        assert not button.isEnabled(), button.text()
    main.live.stop()
