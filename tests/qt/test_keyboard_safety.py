"""The desk's keyboard rule, and each trap the counter fell into before it: a typed pass code
that revoked a pass, Enter that changed an emergency's type, Enter that cancelled a form,
dates and fees typed into the wrong place, Esc that threw a form away."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

from desktop.audit.as_of_dialog import AsOfDialog
from desktop.contracts.sign import SignContractDialog
from desktop.incidents.emergency import EmergencyDialog
from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from desktop.visitors.page import VisitorsPage
from desktop.widgets import keyboard
from domain import FrontDesk
from projections.knowledge_base import AnswerRow
from tests.qt.actions import Actions, focused, recorded, type_text, workspace

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
LEFT = Qt.MouseButton.LeftButton


def shown(qtbot, dialog: QDialog) -> QDialog:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.wait(1)
    return dialog


def confirmation(dialog: QDialog) -> QMessageBox:
    box = getattr(dialog, "_confirmation", None)
    assert isinstance(box, QMessageBox), "no confirmation was asked"
    return box


def box_button(box: QMessageBox, role: QMessageBox.ButtonRole) -> QPushButton:
    (button,) = [b for b in box.buttons() if box.buttonRole(b) == role]
    assert isinstance(button, QPushButton)
    return button


# --- a typed pass code revoked a pass ----------------------------------------------------------


def on_site_by_the_panel(window: MainWindow, live: LiveDesk, desk: FrontDesk, qtbot):
    """刘洋 checked in with the panel's button, as the receptionist did before the trap."""
    page = window.show_page("visitors")
    assert isinstance(page, VisitorsPage)
    pass_id = live.run(
        desk.register_visitor, "3-2-1502", "刘洋", "passport", "E12345678", "13900139000", "探亲"
    )
    live.run(desk.confirm_host, pass_id, "phone")
    code = live.run(desk.issue_pass, pass_id, 4)
    page.select_pass(pass_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.mouseClick(page.panel.check_in_button, LEFT)
    assert page.panel.row.state == "on_site"
    return page, pass_id, code


def test_a_typed_pass_code_goes_into_the_scan_field_and_revokes_nothing(
    window: MainWindow, live: LiveDesk, qt_desk: FrontDesk, qtbot
) -> None:
    page, pass_id, code = on_site_by_the_panel(window, live, qt_desk, qtbot)
    before = qt_desk.event_count()
    act = Actions(qtbot, window)
    act.key(Qt.Key.Key_1, CTRL)
    act.key(Qt.Key.Key_4, CTRL)
    assert page.scanner.field.hasFocus()  # Ctrl+4 puts the cursor where the work starts
    printed = f"{code[:4]} {code[4:]}"  # as the pass shows it, with its space
    act.type(printed, into=page.scanner.field)
    act.key(Qt.Key.Key_Return)
    assert page.scanner.field.text() == printed
    assert page.panel.reason_dialog is None  # no revoke dialog ever opened
    assert recorded(qt_desk, before) == []
    assert page.panel.row.state == "on_site"
    assert page.scanner.action == ("check_out", pass_id, "刘洋")  # Space now checks out


def test_space_and_enter_never_reach_a_destructive_button(
    window: MainWindow, live: LiveDesk, qt_desk: FrontDesk, qtbot
) -> None:
    page, _, _ = on_site_by_the_panel(window, live, qt_desk, qtbot)
    revoke = page.panel.revoke_button
    assert revoke.isEnabled()
    assert revoke.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert not revoke.autoDefault() and not revoke.isDefault()
    qtbot.mouseClick(revoke, LEFT)  # clicked on purpose: the dialog opens…
    dialog = page.panel.reason_dialog
    assert dialog is not None and not revoke.hasFocus()  # …and the button took no focus
    shown(qtbot, dialog)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)  # untouched: Esc just closes
    assert not dialog.isVisible()
    qtbot.wait(1)
    assert not revoke.hasFocus()  # the focus does not come back to it
    before = qt_desk.event_count()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.scanner.field.setFocus()
    for _ in range(40):  # all the way round the page: Tab never stops on it
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        assert not revoke.hasFocus()
    assert "PassRevoked" not in recorded(qt_desk, before)
    # every destructive button of the desk is kept the same way
    contracts = window.page("contracts")
    activities = window.page("activities")
    for button in (
        contracts.buttons["terminate"],
        activities.view.cancel_activity_button,
        activities.view.cancel_registration_button,
    ):
        assert keyboard.is_destructive(button)
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert not button.autoDefault() and not button.isDefault()


def test_revoking_needs_a_reason_and_a_confirmation_whose_default_is_to_go_back(
    window: MainWindow, live: LiveDesk, qt_desk: FrontDesk, qtbot
) -> None:
    page, pass_id, _ = on_site_by_the_panel(window, live, qt_desk, qtbot)
    before = qt_desk.event_count()
    qtbot.mouseClick(page.panel.revoke_button, LEFT)
    dialog = shown(qtbot, page.panel.reason_dialog)
    assert dialog.reason.lineEdit().hasFocus()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # no reason
    assert dialog.error.text() == "Choose or type the reason first."
    assert getattr(dialog, "_confirmation", None) is None
    type_text(qtbot, dialog.reason.lineEdit(), "GKFJ")  # the rest of a pass code, say
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    box = confirmation(dialog)
    assert "GKFJ" in box.text()
    assert box.defaultButton() is box_button(box, QMessageBox.ButtonRole.RejectRole)
    qtbot.keyClick(box.focusWidget() or box, Qt.Key.Key_Return)  # Enter goes back
    qtbot.wait(1)
    assert dialog.isVisible() and getattr(dialog, "_confirmation", None) is None
    assert recorded(qt_desk, before) == []

    dialog.reason.setCurrentIndex(2)  # a reason chosen from the list
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    box = confirmation(dialog)
    qtbot.mouseClick(box_button(box, QMessageBox.ButtonRole.DestructiveRole), LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert recorded(qt_desk, before) == ["PassRevoked"]
    assert qt_desk.get_pass(pass_id).revoked_reason == "Misconduct on site"


# --- Enter in the emergency dialog changed the type ----------------------------------------------


def open_emergency(window: MainWindow, qtbot, act: Actions) -> EmergencyDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    act.key(Qt.Key.Key_F12)
    dialog = window.page("incidents").emergency
    assert isinstance(dialog, EmergencyDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_enter_in_the_caller_field_reports_the_type_chosen(
    window: MainWindow, qt_desk: FrontDesk, qtbot
) -> None:
    act = Actions(qtbot, window)
    dialog = open_emergency(window, qtbot, act)
    assert dialog.location.hasFocus()  # the cursor starts in the first field
    assert dialog.report.isDefault()
    assert not any(b.autoDefault() or b.isDefault() for b in dialog.buttons.values())
    qtbot.mouseClick(dialog.buttons["elevator_entrapment"], LEFT)  # chosen with the mouse
    for field, text in (
        (dialog.location, "3号楼2单元 2号电梯"),
        (dialog.description, "电梯停在12楼与13楼之间，1人被困"),
        (dialog.reporter, "王女士 13800138000"),
    ):
        field.setFocus()
        field.clear() if field is not dialog.description else field.setPlainText("")
        type_text(qtbot, field, text)
    before = qt_desk.event_count()
    qtbot.keyClick(dialog.reporter, Qt.Key.Key_Return)
    assert dialog.incident_id, dialog.error.text()
    incident = qt_desk.get_incident(dialog.incident_id)
    assert (incident.category, incident.location) == ("elevator_entrapment", "3号楼2单元 2号电梯")
    assert "Reported" in recorded(qt_desk, before)


def test_enter_on_a_focused_type_button_reports_that_type(
    window: MainWindow, qt_desk: FrontDesk, qtbot
) -> None:
    act = Actions(qtbot, window)
    dialog = open_emergency(window, qtbot, act)
    act.key(Qt.Key.Key_4, ALT)  # 4 积水/水浸: chosen by its key
    qtbot.waitUntil(lambda: dialog.category() == "flooding")
    assert dialog.location.hasFocus()  # where the report needs something next
    act.type("地下车库B2", into=dialog.location)
    dialog.buttons["flooding"].setFocus()  # the choice button has the focus now
    dialog.reporter.setText("保安李师傅")
    act.key(Qt.Key.Key_Return)
    assert dialog.incident_id, dialog.error.text()
    assert qt_desk.get_incident(dialog.incident_id).category == "flooding"


# --- sign-contract and as-of: Enter cancelled, dates and fees landed wrong -------------------


def test_signing_a_contract_from_the_keyboard(
    live: LiveDesk, qt_desk: FrontDesk, qtbot, window: MainWindow
) -> None:
    dialog = SignContractDialog(live, ["3-2-1501", "3-2-1502"], window)
    shown(qtbot, dialog)
    assert dialog.unit.hasFocus()  # not the Cancel button
    assert dialog.ok.isDefault()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Cancel).autoDefault()
    type_text(qtbot, dialog.unit, "3-2-1502")
    qtbot.keyClick(dialog.unit, Qt.Key.Key_Tab)  # the household and the fee come with it
    assert "张伟" in dialog.household.text()
    suggested = dialog.fee.text()
    assert suggested  # area × rate
    dialog.start.setFocus()
    qtbot.wait(5)
    type_text(qtbot, dialog.start, "2026-11-01")
    assert dialog.start.date().toPython() == date(2026, 11, 1)
    assert dialog.end.date().toPython() == date(2027, 10, 31)
    dialog.fee.setFocus()
    qtbot.wait(5)
    type_text(qtbot, dialog.fee, "268.50")
    assert dialog.fee.text() == "268.50"  # not "378.56268.50"
    before = qt_desk.event_count()
    qtbot.keyClick(dialog.fee, Qt.Key.Key_Return)  # Enter signs
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    contract = qt_desk.get_contract(dialog.contract_id)
    assert (contract.start, str(contract.monthly_fee)) == (date(2026, 11, 1), "268.50")
    assert "Signed" in recorded(qt_desk, before)


def test_the_as_of_dialog_takes_a_typed_moment_and_enter_shows_it(qtbot, qt_desk) -> None:
    zone = qt_desk.timezone
    latest = datetime(2026, 12, 6, 15, 0, tzinfo=zone)
    dialog = AsOfDialog(latest - timedelta(hours=1), zone, None, latest)
    shown(qtbot, dialog)
    assert dialog.moment_edit.hasFocus()
    qtbot.wait(5)
    type_text(qtbot, dialog.moment_edit, "2025-11-01 09:30:00")
    qtbot.keyClick(dialog.moment_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen == datetime(2025, 11, 1, 9, 30, tzinfo=zone)


# --- Esc ------------------------------------------------------------------------------------------


def test_esc_closes_an_untouched_form_and_asks_before_discarding_a_typed_one(
    live: LiveDesk, qtbot, window: MainWindow
) -> None:
    untouched = shown(qtbot, SignContractDialog(live, ["3-2-1502"], window))
    qtbot.keyClick(untouched.unit, Qt.Key.Key_Escape)
    assert not untouched.isVisible()

    dialog = shown(qtbot, SignContractDialog(live, ["3-2-1502"], window))
    type_text(qtbot, dialog.unit, "3-2-15")
    qtbot.keyClick(dialog.unit, Qt.Key.Key_Escape)
    box = dialog.keys.discard_box
    assert dialog.isVisible() and box is not None and box.isVisible()
    assert box.defaultButton() is box_button(box, QMessageBox.ButtonRole.RejectRole)
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Esc again: keep editing
    qtbot.wait(1)
    assert dialog.isVisible() and dialog.unit.text() == "3-2-15"
    qtbot.keyClick(dialog.unit, Qt.Key.Key_Escape)
    box = dialog.keys.discard_box
    qtbot.mouseClick(box_button(box, QMessageBox.ButtonRole.DestructiveRole), LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Rejected


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_on_a_focused_plain_button_presses_that_button(
    key: Qt.Key, live: LiveDesk, qtbot, window: MainWindow, qt_desk: FrontDesk
) -> None:
    """What the focus ring is on is what Enter does: Tab to Cancel, Enter cancels."""
    dialog = shown(qtbot, SignContractDialog(live, ["3-2-1502"], window))
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    cancel.setFocus()
    before = qt_desk.event_count()
    qtbot.keyClick(cancel, key)
    assert not dialog.isVisible() and qt_desk.event_count() == before


def test_the_focus_shows_on_buttons_fields_and_tables(qtbot, qt_desk) -> None:
    """Whatever has the keyboard is drawn with a ring: the picture changes with the focus."""
    from PySide6.QtWidgets import QLineEdit, QTableWidget, QVBoxLayout

    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    widgets = [QPushButton("Button"), QLineEdit("text"), QTableWidget(2, 2), QPushButton("Other")]
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(dialog)
    shown(qtbot, dialog)
    for widget in widgets[:3]:
        widgets[3].setFocus()
        qtbot.wait(1)
        without = widget.grab().toImage()
        widget.setFocus()
        qtbot.wait(1)
        assert widget.hasFocus()
        assert widget.grab().toImage() != without, type(widget).__name__


# --- the rule, on every dialog of the desk -------------------------------------------------------


def every_dialog_class() -> list[type[QDialog]]:
    import importlib
    import inspect
    import pkgutil

    import desktop

    found = []
    for module_info in pkgutil.walk_packages(desktop.__path__, "desktop."):
        if module_info.ispkg or module_info.name.startswith(("desktop.cli", "desktop.demo")):
            continue
        module = importlib.import_module(module_info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__:
                found.append(cls)
    return found


def dialog_factories(window: MainWindow, live: LiveDesk, desk: FrontDesk) -> dict[str, object]:
    """One way to open each dialog of the desk, with what it is opened on."""
    from desktop.activities import cancel as activities_cancel
    from desktop.activities import households as activities_households
    from desktop.activities import plan as activities_plan
    from desktop.contracts import actions as contracts_actions
    from desktop.contracts import deposit as contracts_deposit
    from desktop.counter import incident_outcome as counter_incident
    from desktop.dashboard import scorecard as dashboard_scorecard
    from desktop.handover import hand_over as handover_hand_over
    from desktop.incidents import actions as incidents_actions
    from desktop.incidents import emergency_report as incidents_emergency_report
    from desktop.knowledge import editor as knowledge_editor
    from desktop.knowledge import manage as knowledge_manage
    from desktop.parcels import items as parcels_items
    from desktop.residents import corrections as residents_corrections
    from desktop.residents import instructions as residents_instructions
    from desktop.residents import move_in_wizard
    from desktop.visitors import courier as visitors_courier
    from desktop.visitors import reason as visitors_reason

    household = live.read(lambda db: live.models.resident_files.of_unit(db, "3-2-1502"))[0]
    contract_id = live.run(
        desk.sign_contract,
        "3-2-1502",
        household.household_id,
        "service",
        "2026-03-02",
        "2027-03-01",
        "250.60",
    )
    contracts = window.show_page("contracts")
    contracts.show_record("contract", contract_id)
    row = contracts.selected
    residents = window.show_page("residents")
    residents.show_record("household", household.household_id)
    members = residents.view.current_members()
    hid = household.household_id
    zone = desk.timezone
    now = live.now()
    answer = AnswerRow(
        "answer-1", "物业费怎么算？", "按建筑面积计。", "fees", ("物业费",), now, "manager1",
        None, 0, False, "", 0,
    )  # fmt: skip

    def nothing(*_args: object) -> None:
        return None

    lent = live.run(desk.add_item, "轮椅 1号", "wheelchair")
    item = live.read(lambda db: live.models.lending_log.get(db, lent))

    rc, ca, ia = residents_corrections, contracts_actions, incidents_actions
    return {
        "CancelDialog": lambda: activities_cancel.CancelDialog(
            "Cancel", "Why?", "Cancel activity", ["Rain"], nothing, window
        ),
        "HouseholdPickerDialog": lambda: activities_households.HouseholdPickerDialog(
            live, "Register", "Register", nothing, parent=window
        ),
        "PlanActivityDialog": lambda: activities_plan.PlanActivityDialog(live, parent=window),
        "AsOfDialog": lambda: AsOfDialog(now - timedelta(hours=1), zone, None, now, window),
        "AmendDialog": lambda: ca.AmendDialog(row, nothing, window),
        "BreachDialog": lambda: ca.BreachDialog(row, nothing, window),
        "NoticeDialog": lambda: ca.NoticeDialog(row, False, nothing, window),
        "RenewDialog": lambda: ca.RenewDialog(row, nothing, window),
        "TerminateDialog": lambda: ca.TerminateDialog(row, live.today(), nothing, window),
        "DepositDialog": lambda: contracts_deposit.DepositDialog(row, nothing, window),
        "RefundDialog": lambda: contracts_deposit.RefundDialog(row, nothing, window),
        "SignContractDialog": lambda: SignContractDialog(live, ["3-2-1502"], window),
        "EmergencyDialog": lambda: EmergencyDialog(live, window),
        "actions.CallbackDialog": lambda: ia.CallbackDialog(nothing, window),
        "EscalateDialog": lambda: ia.EscalateDialog(1, True, nothing, window),
        "NoteDialog": lambda: ia.NoteDialog("Log", "Log", "note", nothing, parent=window),
        "ResolveDialog": lambda: ia.ResolveDialog(nothing, window),
        "EmergencyReportDialog": lambda: incidents_emergency_report.EmergencyReportDialog(
            live, parent=window
        ),
        "MoveInWizard": lambda: move_in_wizard.MoveInWizard(live, window),
        "AddMemberDialog": lambda: rc.AddMemberDialog(live, hid, window),
        "corrections.CallbackDialog": lambda: rc.CallbackDialog(live, hid, window),
        "ContactDialog": lambda: rc.ContactDialog(live, hid, members, parent=window),
        "HouseholdDialog": None,  # the base of the household dialogs here: opened through them
        "MemberDialog": None,  # the base of those about one member: opened through them
        "MoveOutDialog": lambda: rc.MoveOutDialog(live, hid, "3-2-1502", window),
        "RemoveMemberDialog": lambda: rc.RemoveMemberDialog(live, hid, members, parent=window),
        "RemoveVehicleDialog": lambda: rc.RemoveVehicleDialog(
            live, hid, ["沪A12345"], parent=window
        ),
        "RevealIdDialog": lambda: rc.RevealIdDialog(live, hid, members, parent=window),
        "VehicleDialog": lambda: rc.VehicleDialog(live, hid, window),
        "ReasonDialog": lambda: visitors_reason.ReasonDialog(
            "Revoke", "Why?", ["Misconduct"], nothing, "Revoke", window, destructive=True
        ),
        "IncidentOutcomeDialog": lambda: counter_incident.IncidentOutcomeDialog(
            live, "counter", None, window
        ),
        "RateStaffDialog": lambda: dashboard_scorecard.RateStaffDialog(
            live, "clerk1", "2026-03", None, window
        ),
        "AnswersDialog": lambda: knowledge_manage.AnswersDialog(live, window),
        "AnswerEditor": lambda: knowledge_editor.AnswerEditor(live, None, window),
        "RetireDialog": lambda: knowledge_editor.RetireDialog(live, answer, window),
        "AddItemDialog": lambda: parcels_items.AddItemDialog(live, window),
        "LendDialog": lambda: parcels_items.LendDialog(live, item, window),
        "CourierDialog": lambda: visitors_courier.CourierDialog(live, window),
        "HandOverDialog": lambda: handover_hand_over.HandOverDialog(live, window),
        # no field: Enter takes the shift over, Esc leaves it for later (test_handover.py)
        "TakeOverDialog": None,
        "SetInstructionDialog": lambda: residents_instructions.SetInstructionDialog(
            live, "3-2-1502", window
        ),
        "CommandDialog": None,  # the base of the command dialogs above
        "PreviewDialog": None,  # a document and its print keys, no field: test_printing.py
        "SignInDialog": None,  # its own keys (Enter signs in, Esc closes): test_sign_out.py
    }


def test_every_dialog_keeps_the_keyboard_rule(
    window: MainWindow, live: LiveDesk, qt_desk: FrontDesk, qtbot
) -> None:
    factories = dialog_factories(window, live, qt_desk)
    classes = every_dialog_class()
    for cls in classes:  # a new dialog must be added here, and so checked
        key = cls.__name__
        if key not in factories:
            key = f"{cls.__module__.rsplit('.', 1)[-1]}.{cls.__name__}"
        assert key in factories, f"{cls.__module__}.{cls.__name__} is not walked"
    checked = []
    for name, factory in factories.items():
        if factory is None:
            continue
        dialog = factory()
        shown(qtbot, dialog)
        keys = keyboard.keys_of(dialog)
        assert keys is not None, f"{name}: the keyboard rule is not installed"
        focus = dialog.focusWidget()
        assert keyboard.is_field(focus) or keyboard.is_field(focus.parentWidget()), (
            f"{name}: the cursor starts in {type(focus).__name__}, not a field"
        )
        for button in dialog.findChildren(QPushButton):
            if button.window() is not dialog or not button.isVisible():
                continue
            if button is keys.primary:
                assert button.isDefault(), f"{name}: Enter does not run {button.text()!r}"
                continue
            assert not button.autoDefault(), f"{name}: {button.text()!r} may become the default"
            if keys.primary is not None:
                assert not button.isDefault(), f"{name}: {button.text()!r} is the default"
            if keyboard.is_destructive(button):
                assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
        checked.append(name)
        dialog.done(QDialog.DialogCode.Rejected)
        dialog.deleteLater()
    assert len(checked) >= 28


def test_each_workspace_shortcut_puts_the_cursor_where_its_work_starts(
    window: MainWindow, qtbot
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    where = {}
    for key in window.pages:
        qtbot.keyClick(
            focused() if QApplication.focusWidget() else window, workspace(window, key), CTRL
        )
        page = window.page(key)
        assert window.stack.currentWidget() is page
        focus = QApplication.focusWidget()
        assert focus is not None and page.isAncestorOf(focus), f"{key}: focus outside it"
        where[key] = focus
    assert where["visitors"] is window.page("visitors").scanner.field
    assert where["incidents"] is window.page("incidents").form.category
    assert keyboard.is_field(where["residents"])  # a search field: typing finds the household


def test_terminating_a_contract_needs_a_reason_and_a_confirmation(
    window: MainWindow, live: LiveDesk, qtbot
) -> None:
    from desktop.contracts.actions import TerminateDialog

    ran: list[tuple[str, str]] = []
    row = type("Row", (), {"unit": "3-2-1502", "kind": "service"})()
    row.start, row.end = date(2026, 3, 2), date(2027, 3, 1)
    dialog = shown(qtbot, TerminateDialog(row, live.today(), lambda *a: ran.append(a), window))
    assert dialog.on.hasFocus()
    qtbot.keyClick(dialog.on, Qt.Key.Key_Return)
    assert dialog.error.text() == "Type why the contract ends early first."
    dialog.reason.setFocus()
    type_text(qtbot, dialog.reason, "owner sold the flat")
    dialog.on.setFocus()
    qtbot.keyClick(dialog.on, Qt.Key.Key_Return)
    box = confirmation(dialog)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the default goes back
    qtbot.wait(1)
    assert ran == [] and dialog.isVisible()
    qtbot.keyClick(dialog.on, Qt.Key.Key_Return)
    box = confirmation(dialog)
    qtbot.mouseClick(box_button(box, QMessageBox.ButtonRole.DestructiveRole), LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert ran == [(live.today().isoformat(), "owner sold the flat")]
