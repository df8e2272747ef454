"""The Counter workspace, driven from the keyboard: a walk-in from their number to an answered
contact in five actions, the customer display following another desk's call within a second,
the caller pop on 张伟, the out-of-turn call kept for supervisors, and no destructive action
ever where the focus goes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from desktop.counter.page import CounterPage
from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from domain import FrontDesk, SimulatedClock
from tests.conftest import open_desk
from tests.qt.actions import Actions, Printer, recorded
from tests.support import PASSWORD

CTRL = Qt.KeyboardModifier.ControlModifier


def publish_answers(live: LiveDesk, desk: FrontDesk) -> dict[str, str]:
    desk.sign_in("manager1", PASSWORD)
    ids = {
        "fee": live.run(
            desk.publish_answer,
            "为什么要交物业费？",
            "物业费用于公共区域的清洁、绿化、安保和设施维护，按建筑面积收取。",
            "fees",
            ["物业费", "收费"],
        ),
        "fund": live.run(
            desk.publish_answer,
            "公共维修基金怎么用？",
            "维修基金专用于共用部位和共用设施设备的维修，需业主大会表决。",
            "maintenance_fund",
            ["维修基金"],
        ),
    }
    desk.sign_in("clerk1", PASSWORD)
    live.signed_in_again()
    return ids


@pytest.fixture
def counter(window: MainWindow, qtbot) -> CounterPage:
    page = window.page("counter")
    assert isinstance(page, CounterPage)
    page.output = Printer()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return page


def test_the_counter_is_the_first_workspace(window: MainWindow, counter: CounterPage) -> None:
    assert window.nav.item(0).text() == "Counter  Ctrl+1"
    assert window.stack.currentWidget() is counter


def test_a_walk_in_is_answered_in_5_actions(
    window: MainWindow, counter: CounterPage, live: LiveDesk, qt_desk: FrontDesk, qtbot
) -> None:
    answers = publish_answers(live, qt_desk)
    window.nav.setFocus()  # the desk as the clerk finds it
    act = Actions(qtbot, window)
    before = qt_desk.event_count()
    act.key(Qt.Key.Key_F2)  # a number: what for?
    act.key(Qt.Key.Key_Return)  # an enquiry (the first purpose)
    qtbot.waitUntil(lambda: counter.output.sent == ["Queue number A001"])  # the receipt
    assert counter.queue.model.rowCount() == 1
    act.key(Qt.Key.Key_F3)  # called to window 1, and served at once
    assert counter.serving is not None and counter.serving.ticket == "A001"
    act.type("维修", into=counter.knowledge.search)
    qtbot.waitUntil(lambda: counter.knowledge.model.rowCount() == 1)
    act.type(" 物業 ", into=counter.knowledge.search)  # traditional: no answer holds both
    qtbot.waitUntil(lambda: counter.knowledge.model.rowCount() == 0)
    counter.knowledge.search.clear()
    act.type("物業", into=counter.knowledge.search)  # the fee's answer, in traditional
    qtbot.waitUntil(lambda: counter.knowledge.model.rowCount() >= 1)
    act.key(Qt.Key.Key_Down)  # picked (the first found is chosen; ↓ stays on the only one)
    assert counter.knowledge.selected().answer_id == answers["fee"]
    assert "公共区域" in counter.knowledge.answer.toPlainText()
    act.key(Qt.Key.Key_Return, CTRL)  # answered, with that answer
    act.within(5)
    assert counter.serving is None
    contact_id = counter.last_closed[0]
    contact = live.read(lambda db: live.models.contact_log.get(db, contact_id))
    assert (contact.outcome, contact.answer_id, contact.queue_ticket, contact.channel) == (
        "answered",
        answers["fee"],
        "A001",
        "counter",
    )
    assert recorded(qt_desk, before) == [
        "Opened",  # the day's queue, by its first number
        "TicketTaken",
        "TicketCalled",
        "TicketServed",  # the number called is served…
        "Opened",  # …by a contact opened at once
        "Closed",
    ]
    assert counter.caller.search.hasFocus()  # ready for the next person


def test_the_phone_is_one_key_and_the_caller_pops(
    counter: CounterPage, live: LiveDesk, qt_desk: FrontDesk, qtbot
) -> None:
    act = Actions(qtbot, counter.window())
    counter.caller.search.setFocus()
    act.type("13812345678", into=counter.caller.search)
    act.key(Qt.Key.Key_F4)
    assert counter.serving is not None and counter.serving.channel == "phone"
    contact = live.read(lambda db: live.models.contact_log.get(db, counter.serving.contact_id))
    assert contact.phone == "13812345678" and contact.unit == ""
    act.key(Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert counter.last_closed[1] == "referred"


@pytest.mark.parametrize("typed", ["13812345678", "3-2-1502", "张伟"])
def test_the_caller_pop_finds_zhang_wei_and_his_open_incident(
    counter: CounterPage, live: LiveDesk, qt_desk: FrontDesk, qtbot, typed: str
) -> None:
    live.run(
        qt_desk.report_incident,
        "repair", "plumbing", "general", "3-2-1502 厨房", "水管漏水", "张伟", "phone",
        unit="3-2-1502",
    )  # fmt: skip
    incident = live.read(lambda db: live.models.incident_board.open(db, live.now()))[0]
    live.run(qt_desk.receive_parcel, "3-2-1502", "顺丰", "SF1234567890", "A-3")
    counter.caller.search.setFocus()
    Actions(qtbot, counter.window()).type(typed, into=counter.caller.search)
    qtbot.waitUntil(lambda: counter.caller.pop is not None and counter.caller.pop.found)
    shown = counter.caller.card.text()
    assert "3-2-1502" in shown and "张伟" in shown
    assert incident.ticket in shown and "水管漏水" not in shown  # the ticket, not what was said
    assert "Plumbing" in shown and "due 03-03 09:00 (24:00 left)" in shown
    assert "顺丰 on shelf A-3 since 03-02 09:00" in shown  # and a parcel to take home


def test_another_desks_call_shows_on_the_display_within_a_second(
    counter: CounterPage, live: LiveDesk, clock: SimulatedClock, tmp_path: Path, qtbot
) -> None:
    other = open_desk(f"sqlite:///{tmp_path / 'desk.sqlite'}", clock, desk_name="window-2")
    other.sign_in("supervisor1", PASSWORD)
    other.take_queue_ticket("enquiry")
    other.take_queue_ticket("repair")
    live.follow()
    display = counter.show_display()
    qtbot.waitUntil(lambda: "当前等候 2 人" in display.waiting.text(), timeout=2000)
    assert display.number.text() == "—"
    other.call_next(2)
    qtbot.waitUntil(lambda: display.called_text() == "A001 请到 2 号窗口", timeout=1000)
    assert "当前等候 1 人" in display.waiting.text()  # in Chinese, the desk being in English
    other.take_queue_ticket("enquiry")
    other.call_ticket("A002", 3, "孕妇优先")
    qtbot.waitUntil(lambda: display.number.text() == "A002", timeout=1000)
    assert display.priority.isVisible() and "孕妇优先" in display.priority.text()
    assert display.earlier_rows[0][0].text() == "A001"
    other.close()


def test_a_clerk_does_not_get_the_out_of_turn_call(
    counter: CounterPage, qt_desk: FrontDesk, settings: QSettings, qtbot
) -> None:
    assert not counter.queue.out_of_turn_button.isVisibleTo(counter)
    qt_desk.sign_in("supervisor1", PASSWORD)
    supervisor = LiveDesk(qt_desk)
    main = MainWindow(supervisor, settings)
    qtbot.addWidget(main)
    page = main.page("counter")
    assert isinstance(page, CounterPage)
    assert page.queue.out_of_turn_button.isVisibleTo(page)
    supervisor.stop()


def test_destructive_actions_never_take_the_focus(
    window: MainWindow, counter: CounterPage, live: LiveDesk, qt_desk: FrontDesk, qtbot
) -> None:
    live.run(qt_desk.take_queue_ticket, "enquiry")
    live.run(qt_desk.take_queue_ticket, "parcel")
    counter.refresh()
    counter.queue.call_next()
    destructive = [counter.abandoned_button, counter.queue.skip_button]
    for button in destructive:
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus and not button.isDefault()
    assert counter.answered_button.isEnabled()  # serving: the endings are live
    seen = set()
    counter.caller.search.setFocus()
    for _ in range(40):  # Tab all the way round: never on a destructive action
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        seen.add(focus)
        assert not (isinstance(focus, QPushButton) and focus.property("destructive"))
    assert counter.abandoned_button not in seen and counter.queue.skip_button not in seen
    assert counter.knowledge.search.hasFocus() or counter.serving is not None


def test_a_supervisor_calls_out_of_turn_with_a_reason_and_serves_them(
    live: LiveDesk, qt_desk: FrontDesk, settings: QSettings, qtbot
) -> None:
    qt_desk.sign_in("supervisor1", PASSWORD)
    supervisor = LiveDesk(qt_desk)
    main = MainWindow(supervisor, settings)
    qtbot.addWidget(main)
    main.show()
    page = main.page("counter")
    assert isinstance(page, CounterPage)
    supervisor.run(qt_desk.take_queue_ticket, "enquiry")
    supervisor.run(qt_desk.take_queue_ticket, "enquiry")
    page.refresh()
    page.queue.table.selectRow(1)  # A002: an elderly resident
    qtbot.mouseClick(page.queue.out_of_turn_button, Qt.MouseButton.LeftButton)
    dialog = page.queue.reason_dialog
    dialog.activateWindow()  # as a window manager does
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.reason.lineEdit().hasFocus()
    act = Actions(qtbot, dialog)
    act.key(Qt.Key.Key_Down)  # the first reason the procedure names: an elderly resident
    act.key(Qt.Key.Key_Return)
    act.within(2)
    qtbot.waitUntil(lambda: page.serving is not None)
    assert page.serving is not None and page.serving.ticket == "A002"
    called = supervisor.read(lambda db: supervisor.models.queue_board.get(db, live.today(), "A002"))
    assert called.out_of_turn and called.state == "served"
    assert called.reason == "Elderly resident"  # what the display tells those waiting
    supervisor.stop()


def test_a_missed_call_is_logged_with_the_number_typed(
    counter: CounterPage, live: LiveDesk, qt_desk: FrontDesk, qtbot
) -> None:
    counter.caller.search.setFocus()
    act = Actions(qtbot, counter.window())
    act.type("13700001111", into=counter.caller.search)
    act.key(Qt.Key.Key_F7)
    dialog = counter.missed_dialog
    dialog.activateWindow()  # as a window manager does
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.text() == "13700001111"  # the number in the caller box, offered
    act.key(Qt.Key.Key_Return)
    act.within(2)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    missed = live.read(lambda db: live.models.contact_log.of_caller(db, phone="13700001111"))
    assert [c.outcome for c in missed] == ["missed_call"]
    assert counter.serving is None  # nobody was served


def test_a_call_ending_in_a_repair_links_the_incident_reported_from_here(
    counter: CounterPage, live: LiveDesk, qt_desk: FrontDesk, qtbot
) -> None:
    act = Actions(qtbot, counter.window())
    counter.caller.search.setFocus()
    act.type("3-2-1502", into=counter.caller.search)
    act.key(Qt.Key.Key_F4)  # the phone: who it is was typed first
    qtbot.waitUntil(lambda: counter.caller.pop is not None and counter.caller.pop.found)
    act.key(Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    dialog = counter.incident_dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    form = dialog.form
    assert (form.unit.text(), form.reporter.text(), form.channel.currentData()) == (
        "3-2-1502",
        "张伟",
        "phone",
    )  # the caller pop's household, on the channel they came by
    form.description.setFocus()
    act.type("厨房水管漏水", into=form.description)
    act.key(Qt.Key.Key_Return, CTRL)  # reported, and the contact ends linked to it
    qtbot.waitUntil(lambda: counter.serving is None)
    contact_id, outcome = counter.last_closed
    contact = live.read(lambda db: live.models.contact_log.get(db, contact_id))
    assert outcome == "incident" and contact.incident_id == form.last_id
    assert contact.unit == "3-2-1502" and contact.channel == "phone"


def test_the_person_being_served_is_still_served_after_the_desk_is_locked(
    window: MainWindow, counter: CounterPage, live: LiveDesk, qt_desk: FrontDesk, qtbot
) -> None:
    live.run(qt_desk.take_queue_ticket, "enquiry")
    counter.refresh()
    counter.queue.call_next()
    serving = counter.serving
    assert serving is not None
    again = CounterPage(live)  # the workspace made anew for whoever signs in next
    qtbot.addWidget(again)
    again.refresh()
    assert again.serving == serving
    assert "A001" in again.now_serving.text() and again.answered_button.isEnabled()


def test_the_knowledge_base_opens_from_beside_the_answers(
    counter: CounterPage, live: LiveDesk, qt_desk: FrontDesk, qtbot
) -> None:
    from PySide6.QtCore import QTimer

    from desktop.knowledge.manage import AnswersDialog

    publish_answers(live, qt_desk)
    opened: list[AnswersDialog] = []

    def look_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AnswersDialog)
        opened.append(dialog)
        assert not dialog.may_manage  # a clerk reads the knowledge base, and changes nothing
        dialog.reject()

    QTimer.singleShot(0, look_and_close)
    button = counter.knowledge.manage_button
    assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1


def test_the_receipt_is_drawn_off_the_window_s_thread_and_a_failed_one_is_said(
    window: MainWindow, counter: CounterPage, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Drawn while the window waited, a receipt froze the counter for every walk-in."""
    import threading

    from desktop.counter import receipt

    drawn_on: list[str] = []
    draw = receipt.queue_ticket_pdf

    def noted(live: LiveDesk, ticket: str) -> bytes | None:
        drawn_on.append(threading.current_thread().name)
        return draw(live, ticket)

    monkeypatch.setattr(receipt, "queue_ticket_pdf", noted)
    window.nav.setFocus()
    act = Actions(qtbot, window)
    act.key(Qt.Key.Key_F2)
    act.key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counter.output.sent == ["Queue number A001"])
    assert drawn_on == ["audit-job"]  # a worker's

    def broken(live: LiveDesk, ticket: str) -> bytes | None:
        raise OSError("no space left on device")

    monkeypatch.setattr(receipt, "queue_ticket_pdf", broken)
    act.key(Qt.Key.Key_F2)
    act.key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "A002" in counter.error.text())
    assert counter.error.text() == "The receipt for A002 could not be printed; the number stands."
    assert counter.queue.model.rowCount() == 2  # the number was taken all the same
    assert counter.output.sent == ["Queue number A001"]
