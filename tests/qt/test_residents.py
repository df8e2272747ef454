"""Residents: the move-in wizard from the keyboard, refusals beside the field with nothing
stored, search as you type, corrections with their history, full IDs for supervisors only."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWizard

from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from desktop.residents.page import ResidentsPage
from tests.support import PASSWORD, member, resident_id, wrong_check_digit

# The unit field's completion list is a popup; the offscreen platform cannot raise it.
NEW_ID = resident_id(born="19880301", sequence="456")


class FakePrinter:
    """Where printed documents go in tests: a real printer is impossible here."""

    def __init__(self) -> None:
        self.printed: list[tuple[bytes, str]] = []

    def send(self, pdf: bytes, title: str, parent: object = None) -> bool:
        self.printed.append((pdf, title))
        return True

    preview = send


def type_text(qtbot, widget, text: str) -> None:
    """Keys for ASCII; Chinese arrives as an input method's commit, as from a real IME."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def open_wizard(window: MainWindow, qtbot):
    page = window.show_page("residents")
    page.print_output = FakePrinter()
    qtbot.mouseClick(page.move_in_button, Qt.MouseButton.LeftButton)
    wizard = page.dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    return page, wizard


def find_household(page: ResidentsPage, qtbot, text: str) -> None:
    page.search.clear()
    type_text(qtbot, page.search, text)
    enter(qtbot, page.search)
    qtbot.waitUntil(lambda: page.file is not None)


def test_a_household_moves_in_through_the_wizard_and_is_found_by_phone(
    window: MainWindow, live: LiveDesk, qt_desk, qtbot
) -> None:
    page, wizard = open_wizard(window, qtbot)
    unit = wizard.unit_page
    type_text(qtbot, unit.unit, "3-2-1501")
    assert unit.unit_message.property("state") == "ok"
    enter(qtbot, unit.unit)

    people = wizard.members_page
    assert wizard.currentPage() is people
    type_text(qtbot, people.form.name, "林晓东")
    type_text(qtbot, people.form.id_number, NEW_ID)
    assert people.form.id_message.property("state") == "ok"
    type_text(qtbot, people.form.phone, "13912345678")
    enter(qtbot, people.form.phone)  # adds the member
    assert [m["name"] for m in wizard.members] == ["林晓东"]
    enter(qtbot, people.form.name)  # an empty form goes on

    vehicles = wizard.vehicles_page
    assert wizard.currentPage() is vehicles
    type_text(qtbot, vehicles.plate, "沪B67890")
    enter(qtbot, vehicles.plate)
    assert wizard.vehicles == ["沪B67890"]
    enter(qtbot, vehicles.plate)

    contract = wizard.contract_page
    assert wizard.currentPage() is contract
    assert contract.group.isChecked()  # an owner signs the service contract at move-in
    contract.fee.clear()
    type_text(qtbot, contract.fee, "250.60")
    enter(qtbot, contract.fee)

    assert wizard.currentPage() is wizard.confirm_page
    assert "林晓东" in wizard.confirm_page.summary.text()
    before = qt_desk.event_count()
    enter(qtbot, wizard.confirm_page)  # the commit button records it
    assert wizard.currentPage() is wizard.done_page
    assert qt_desk.event_count() > before
    assert wizard.contract_id

    qtbot.mouseClick(wizard.done_page.print_button, Qt.MouseButton.LeftButton)
    assert wizard.done_page.print_status.text()
    if page.print_output.printed:
        assert page.print_output.printed[0][0].startswith(b"%PDF")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert page.file["file"].household.unit == "3-2-1501"

    page.search.clear()
    type_text(qtbot, page.search, "139123")
    qtbot.waitUntil(lambda: not page.search_timer.isActive())
    assert page.results_count.text() == "1 found"
    found = page.results_model.rows()[0]
    assert (found.unit, found.members) == ("3-2-1501", "林晓东")
    contracts = live.read(
        lambda db: live.models.renewal_calendar.for_household(db, wizard.household_id)
    )
    assert [(c.kind, str(c.monthly_fee)) for c in contracts] == [("service", "250.60")]


def test_a_wrong_id_number_shows_its_message_beside_the_field_and_stores_nothing(
    window: MainWindow, qt_desk, qtbot
) -> None:
    before = qt_desk.event_count()
    _page, wizard = open_wizard(window, qtbot)
    type_text(qtbot, wizard.unit_page.unit, "3-2-1501")
    enter(qtbot, wizard.unit_page.unit)
    form = wizard.members_page.form
    type_text(qtbot, form.name, "林晓东")
    type_text(qtbot, form.id_number, NEW_ID[:10])
    assert form.id_message.property("state") == "hint"  # still typing: no red yet
    type_text(qtbot, form.id_number, wrong_check_digit(NEW_ID)[10:])

    assert form.id_message.property("state") == "error"
    assert "check digit is wrong" in form.id_message.text()
    assert form.id_message.isVisible()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    enter(qtbot, form.id_number)
    assert wizard.members == []
    assert wizard.currentPage() is wizard.members_page
    wizard.reject()
    assert qt_desk.event_count() == before


def test_moving_into_an_occupied_unit_shows_the_refusal(
    window: MainWindow, live: LiveDesk, qt_desk, qtbot
) -> None:
    before = qt_desk.event_count()
    _page, wizard = open_wizard(window, qtbot)
    unit = wizard.unit_page
    type_text(qtbot, unit.unit, "3-2-1502")
    assert unit.unit_message.property("state") == "error"
    assert "3-2-1502 is already occupied by household 张伟" in unit.unit_message.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert qt_desk.event_count() == before


def test_a_unit_taken_meanwhile_by_another_desk_is_refused_at_the_end(
    window: MainWindow, live: LiveDesk, qt_desk, qtbot
) -> None:
    _page, wizard = open_wizard(window, qtbot)
    type_text(qtbot, wizard.unit_page.unit, "3-2-1501")
    wizard.next()
    form = wizard.members_page.form
    type_text(qtbot, form.name, "林晓东")
    type_text(qtbot, form.id_number, NEW_ID)
    wizard.next()
    wizard.next()
    wizard.contract_page.group.setChecked(False)
    wizard.next()
    live.run(qt_desk.move_in, "3-2-1501", [member("刘洋")], "tenant", "2026-03-02")
    before = qt_desk.event_count()

    wizard.next()
    assert wizard.currentPage() is wizard.confirm_page
    assert "3-2-1501 is already occupied" in wizard.confirm_page.problem.text()
    assert wizard.household_id is None
    assert qt_desk.event_count() == before


def test_a_corrected_phone_keeps_the_old_number_in_the_history(
    window: MainWindow, live: LiveDesk, qtbot
) -> None:
    page = window.show_page("residents")
    find_household(page, qtbot, "张伟")
    assert page.view.unit_title.text() == "3-2-1502"
    qtbot.mouseClick(page.view.correct_phone_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.member.currentData() == "张伟"
    type_text(qtbot, dialog.phone, "1398765")
    assert dialog.phone_message.property("state") == "hint"
    type_text(qtbot, dialog.phone, "4321")
    assert dialog.phone_message.property("state") == "ok"
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert "Please fill in reason" in dialog.error.text()  # the domain's refusal, kept open
    type_text(qtbot, dialog.reason.lineEdit(), "住户换号")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    corrections = page.view.models["corrections"]
    qtbot.waitUntil(lambda: corrections.rowCount() == 1)
    change = corrections.rows()[0]
    assert (change.previous_phone, change.phone, change.reason) == (
        "13812345678",
        "13987654321",
        "住户换号",
    )
    assert corrections.index(0, 2).data() == "13812345678"
    assert page.view.models["members"].rows()[0].phone == "13987654321"


def test_the_follow_up_call_and_the_move_out(window: MainWindow, clock, qtbot) -> None:
    page = window.show_page("residents")
    find_household(page, qtbot, "3-2-1502")
    assert "due by 2026-03-09" in page.view.callback_state.text()
    clock.advance(timedelta(days=10))
    page.refresh()
    assert "OVERDUE" in page.view.callback_state.text()
    qtbot.mouseClick(page.view.callback_button, Qt.MouseButton.LeftButton)
    page.dialog.satisfaction.setCurrentIndex(0)
    qtbot.mouseClick(page.dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "done: 5/5" in page.view.callback_state.text())
    assert not page.view.callback_button.isEnabled()

    qtbot.mouseClick(page.view.move_out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "moved out 2026-03-12" in page.view.facts.text())
    assert not page.view.correct_phone_button.isEnabled()


def window_for(qt_desk, username: str, settings, qtbot) -> MainWindow:
    qt_desk.sign_in(username, PASSWORD)
    main = MainWindow(LiveDesk(qt_desk), settings)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    return main


def test_a_supervisor_sees_a_full_id_and_the_viewing_is_recorded(qt_desk, settings, qtbot) -> None:
    main = window_for(qt_desk, "supervisor1", settings, qtbot)
    page = main.show_page("residents")
    find_household(page, qtbot, "张伟")
    assert page.view.reveal_button.isVisible()
    members = page.view.models["members"]
    assert members.index(0, 3).data() == "310***********" + resident_id()[-4:]
    before = qt_desk.event_count()
    qtbot.mouseClick(page.view.reveal_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, page.dialog.reason.lineEdit(), "签约核对身份")
    qtbot.mouseClick(page.dialog.ok, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: members.index(0, 3).data() == resident_id())
    assert qt_desk.event_count() == before + 1
    last = list(qt_desk.history(start=before + 1))[-1]
    assert (last.type, last.operator) == ("IdNumberViewed", "supervisor1")
    main.live.stop()


def test_a_clerk_has_no_button_for_full_ids(window: MainWindow, qtbot) -> None:
    page = window.show_page("residents")
    find_household(page, qtbot, "张伟")
    assert not page.view.reveal_button.isVisibleTo(page)


@pytest.mark.parametrize("username", ["auditor1"])
def test_an_auditor_cannot_press_what_changes_resident_files(
    qt_desk, settings, qtbot, username: str
) -> None:
    main = window_for(qt_desk, username, settings, qtbot)
    page = main.show_page("residents")
    find_household(page, qtbot, "张伟")
    for button in (
        page.move_in_button,
        page.view.correct_phone_button,
        page.view.add_member_button,
        page.view.remove_member_button,
        page.view.add_vehicle_button,
        page.view.remove_vehicle_button,
        page.view.callback_button,
        page.view.move_out_button,
        page.view.print_button,
    ):
        assert not button.isEnabled(), button.text()
    assert page.view.reveal_button.isEnabled()  # an auditor may look, and the look is recorded
    main.live.stop()


def test_a_household_opened_from_elsewhere_is_selected_with_its_file(
    window: MainWindow, live: LiveDesk, qtbot
) -> None:
    files = live.models.resident_files
    zhang = live.read(lambda db: files.search(db, "张伟"))[0]
    window.show_page("today")
    window.page("today").open_record.emit("household", zhang.household_id)
    page = window.pages["residents"]
    assert window.stack.currentWidget() is page
    assert page.view.unit_title.text() == "3-2-1502"
    assert page.results.selected_row().household_id == zhang.household_id


def test_the_unit_field_completes_with_vacant_units_first(window: MainWindow, qtbot) -> None:
    _page, wizard = open_wizard(window, qtbot)
    unit = wizard.unit_page
    type_text(qtbot, unit.unit, "3-2-15")
    offered = [unit.units.item(row).text() for row in range(unit.units.rowCount())]
    assert offered == [
        "3-2-1501   vacant · 89.50 m² · Residential",
        "3-2-1502   occupied (张伟) · 89.50 m² · Residential",
    ]
    assert unit.unit_message.property("state") == "hint"
    wizard.reject()
