"""The busiest flows at the counter, driven from the keyboard on the real widgets, held to an
action budget: each key chord and each click counts; typing the data does not (a scanner's
payload is typed by the scanner). Each flow also checks what it recorded."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.incidents.emergency import EmergencyDialog
from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from desktop.visitors.page import VisitorsPage
from domain import FrontDesk
from tests.qt.actions import Actions, Printer, recorded, workspace
from tests.support import resident_id

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def act(window: MainWindow, qtbot) -> Actions:
    """At the desk, the Counter showing, the keyboard on the main window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.nav.setFocus()
    return Actions(qtbot, window)


def on_site(live: LiveDesk, desk: FrontDesk) -> str:
    pass_id = live.run(
        desk.register_visitor, "3-2-1502", "刘洋", "passport", "E12345678", "13900139000", "探亲"
    )
    live.run(desk.confirm_host, pass_id, "phone")
    live.run(desk.issue_pass, pass_id, 4)
    live.run(desk.check_in, pass_id)
    return pass_id


def test_check_out_by_scanned_code_takes_2_actions(
    window: MainWindow, live: LiveDesk, qt_desk: FrontDesk, act: Actions, qtbot
) -> None:
    pass_id = on_site(live, qt_desk)
    payload = qt_desk.pass_payload(pass_id)
    before = qt_desk.event_count()
    act.key(workspace(window, "visitors"), CTRL)  # the cursor in the scan field
    page = window.page("visitors")
    assert isinstance(page, VisitorsPage)
    assert page.scanner.field.hasFocus()
    act.scan(payload)
    assert page.scanner.action == ("check_out", pass_id, "刘洋")
    act.key(Qt.Key.Key_Space)  # check out
    act.within(2)
    assert recorded(qt_desk, before) == ["CheckedOut"]
    assert qt_desk.get_pass(pass_id).checked_out_at is not None


def test_an_elevator_entrapment_is_reported_in_4_actions(
    window: MainWindow, qt_desk: FrontDesk, act: Actions, qtbot
) -> None:
    before = qt_desk.event_count()
    act.key(Qt.Key.Key_F12)
    dialog = window.page("incidents").emergency
    assert isinstance(dialog, EmergencyDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.location.hasFocus()
    act.key(Qt.Key.Key_2, ALT)  # 2 电梯困人 / Elevator entrapment
    qtbot.waitUntil(lambda: dialog.category() == "elevator_entrapment")
    act.type("3号楼2单元 2号电梯", into=dialog.location)
    act.key(Qt.Key.Key_Return)  # what happened is the category until said otherwise…
    act.type("王女士 13800138000", into=dialog.reporter)  # …so the caller is next
    act.key(Qt.Key.Key_Return)
    act.within(4)
    assert dialog.incident_id, dialog.error.text()
    incident = qt_desk.get_incident(dialog.incident_id)
    assert (incident.category, incident.location, incident.reporter, incident.channel) == (
        "elevator_entrapment",
        "3号楼2单元 2号电梯",
        "王女士 13800138000",
        "phone",
    )
    assert "Reported" in recorded(qt_desk, before)


def test_a_repair_reported_by_phone_takes_6_actions(
    window: MainWindow, qt_desk: FrontDesk, act: Actions, qtbot
) -> None:
    before = qt_desk.event_count()
    act.key(workspace(window, "incidents"), CTRL)  # a new report, on its category
    form = window.page("incidents").form
    assert form.category.hasFocus() and form.kind.currentData() == "repair"
    act.key(Qt.Key.Key_Down)  # plumbing → electrical
    assert form.category.currentData() == "electrical"
    act.key(Qt.Key.Key_Return)
    act.type("3号楼2单元1502 厨房", into=form.location)
    act.key(Qt.Key.Key_Return)
    act.type("厨房插座冒火花，已拉闸", into=form.description)
    act.key(Qt.Key.Key_Return)
    act.type("张伟 13812345678", into=form.reporter)
    act.key(Qt.Key.Key_Return)  # nothing missing: reported
    act.within(6)
    assert form.last_id, form.error.text()
    incident = qt_desk.get_incident(form.last_id)
    assert (incident.kind, incident.category, incident.channel, incident.location) == (
        "repair",
        "electrical",
        "phone",
        "3号楼2单元1502 厨房",
    )
    assert "Reported" in recorded(qt_desk, before)
    assert incident.ticket in form.confirmation_text()  # what to tell the caller


def test_a_new_visitor_gets_a_printed_pass_in_8_actions(
    window: MainWindow, qt_desk: FrontDesk, act: Actions, qtbot
) -> None:
    page = window.page("visitors")
    assert isinstance(page, VisitorsPage)
    printer = Printer()
    page.panel.output = printer  # type: ignore[assignment]
    before = qt_desk.event_count()
    act.key(workspace(window, "visitors"), CTRL)
    act.key(Qt.Key.Key_U, ALT)  # Host unit
    form = page.form
    act.type("3-2-1502", into=form.unit)
    act.key(Qt.Key.Key_Return)  # a guest (the kind the form starts with): on to the name
    act.type("刘洋", into=form.name)
    act.key(Qt.Key.Key_Return)  # a resident ID: on to its number
    act.type(resident_id(sequence="777"), into=form.id_number)
    act.key(Qt.Key.Key_Return)
    act.type("13900139000", into=form.phone)
    act.key(Qt.Key.Key_Return, CTRL)  # registered; the purpose the kind suggests
    panel = page.panel
    assert panel.row is not None and panel.row.state == "awaiting_host"
    assert panel.confirm_button.hasFocus()  # the host is asked next (by phone)
    act.key(Qt.Key.Key_Space)
    assert panel.row.state == "host_confirmed" and panel.issue_button.hasFocus()
    with qtbot.waitSignal(panel.printed):  # drawn on a worker, then sent
        act.key(Qt.Key.Key_Space)  # issued, and printed on this desk's printer
    act.within(8)
    assert panel.row.state == "issued"
    assert len(printer.sent) == 1 and panel.row.code in printer.sent[0]
    assert recorded(qt_desk, before) == [
        "Registered",
        "HostConfirmed",
        "PassIssued",
        "PassPrinted",
    ]


def test_a_returning_visitor_gets_a_printed_pass_in_4_actions(
    window: MainWindow, live: LiveDesk, qt_desk: FrontDesk, act: Actions, qtbot
) -> None:
    last = live.run(
        qt_desk.register_visitor,
        "3-2-1502",
        "周杰",
        "resident_id",
        resident_id(sequence="555"),
        "13900139000",
        "探亲",
    )
    live.run(qt_desk.confirm_host, last, "phone")
    live.run(qt_desk.issue_pass, last, 2)
    page = window.page("visitors")
    assert isinstance(page, VisitorsPage)
    printer = Printer()
    page.panel.output = printer  # type: ignore[assignment]
    before = qt_desk.event_count()
    act.key(workspace(window, "visitors"), CTRL)
    act.key(Qt.Key.Key_H, ALT)  # Phone
    act.type("13900139000", into=page.form.phone)
    qtbot.waitUntil(page.form.recall.isVisible)  # 周杰 came before: his last visit is offered
    act.key(Qt.Key.Key_F2)  # the form filled in from it
    assert page.form.name.text() == "周杰"
    # The receptionist rang the host while checking the details: F9 registers, records the
    # host's confirmation by phone, issues the pass and prints it.
    panel = page.panel
    with qtbot.waitSignal(panel.printed):
        act.key(Qt.Key.Key_F9)
    assert panel.row.state == "issued" and len(printer.sent) == 1
    assert recorded(qt_desk, before) == [
        "Registered",
        "HostConfirmed",
        "PassIssued",
        "PassPrinted",
    ]
    act.within(4)


def test_f9_with_a_problem_in_the_form_records_nothing(
    window: MainWindow, qt_desk: FrontDesk, act: Actions
) -> None:
    page = window.page("visitors")
    assert isinstance(page, VisitorsPage)
    before = qt_desk.event_count()
    act.key(workspace(window, "visitors"), CTRL)
    act.key(Qt.Key.Key_U, ALT)
    act.type("9-9-9999", into=page.form.unit)
    act.key(Qt.Key.Key_F9)
    assert qt_desk.event_count() == before
    assert page.form.unit_error.isVisible()
