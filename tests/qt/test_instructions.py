"""Standing instructions shown where the flat is typed: the registration form shows the flat's
instructions in force as its unit is typed (do-not-admit in red, with the flat's note); the
person barred is refused with the flat's reason, and only a supervisor is offered to admit
them anyway, with a reason of their own that the pass records."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.main_window import MainWindow
from desktop.visitors.page import VisitorsPage
from domain import FrontDesk
from tests.qt.test_visitors import fill_form_from_the_keyboard
from tests.support import PASSWORD, resident_id

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def barred(qt_desk: FrontDesk) -> str:
    """3-2-1502 asked the desk not to let 刘洋 in; its residents are away until the 10th."""
    qt_desk.set_instruction("3-2-1502", "away", until="2026-03-10")
    return qt_desk.set_instruction("3-2-1502", "do_not_admit", person="刘洋", note="家属要求")


def visitors(window: MainWindow, qtbot) -> VisitorsPage:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.show_page("visitors")
    assert isinstance(page, VisitorsPage)
    qtbot.waitUntil(page.knows_households)  # read off the GUI thread
    return page


def test_a_clerk_is_refused_with_the_flats_reason_and_offered_no_override(
    barred: str, qt_desk: FrontDesk, request, qtbot
) -> None:
    window: MainWindow = request.getfixturevalue("window")
    page = visitors(window, qtbot)
    before = qt_desk.event_count()
    fill_form_from_the_keyboard(qtbot, page, "3-2-1502", resident_id(sequence="777"))
    note = page.form.instructions
    assert note.isVisible()
    assert "刘洋" in note.text() and "家属要求" in note.text() and "#c53030" in note.text()
    assert "Away" in note.text() and "2026-03-10" in note.text()
    qtbot.keyClick(page.form.purpose, Qt.Key.Key_Return, CTRL)
    assert qt_desk.event_count() == before  # nothing recorded
    assert page.form.error.isVisible() and "家属要求" in page.form.error.text()
    assert "not be admitted" in page.form.error.text()
    assert not page.form.admit_anyway.isVisible()  # a clerk cannot admit them


def test_a_supervisor_admits_the_barred_person_with_a_reason(
    barred: str, qt_desk: FrontDesk, request, qtbot
) -> None:
    qt_desk.sign_in("supervisor1", PASSWORD)
    window: MainWindow = request.getfixturevalue("window")
    page = visitors(window, qtbot)
    fill_form_from_the_keyboard(qtbot, page, "3-2-1502", resident_id(sequence="777"))
    qtbot.keyClick(page.form.purpose, Qt.Key.Key_Return, CTRL)
    offer = page.form.admit_anyway
    assert page.form.error.isVisible() and offer.isVisible()
    assert offer.reason.hasFocus() and not offer.button.isEnabled()  # a reason first
    qtbot.keyClick(offer.reason, Qt.Key.Key_Return)  # Enter never admits
    assert page.panel.row is None or page.panel.row.name != "刘洋"
    qtbot.keyClicks(offer.reason, "host called: the matter is settled")
    qtbot.mouseClick(offer.button, Qt.MouseButton.LeftButton)
    row = page.panel.row
    assert row is not None and (row.name, row.host_unit) == ("刘洋", "3-2-1502")
    events = [r.type for r in qt_desk.history(1) if r.aggregate_id == row.pass_id]
    assert "AdmittedDespiteInstruction" in events
    assert not offer.isVisible()


def test_the_resident_file_lists_sets_and_ends_the_flats_instructions(
    barred: str, qt_desk: FrontDesk, request, qtbot
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.residents.instructions import SetInstructionDialog
    from desktop.residents.page import ResidentsPage
    from tests.qt.test_residents import find_household

    window: MainWindow = request.getfixturevalue("window")
    page = window.show_page("residents")
    assert isinstance(page, ResidentsPage)
    find_household(page, qtbot, "3-2-1502")
    section = page.view.instructions
    assert section.list.count() == 2 and "刘洋" in section.list.item(1).text()
    assert section.end_button.focusPolicy() == Qt.FocusPolicy.NoFocus  # never the focus
    qtbot.mouseClick(section.set_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert isinstance(dialog, SetInstructionDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("permission_to_enter"))
    qtbot.keyClicks(dialog.person, "Plumber")
    qtbot.keyClicks(dialog.note, "key under the mat")
    dialog.accept()
    assert dialog.instruction_id and section.list.count() == 3
    section.list.setCurrentRow(1)
    qtbot.mouseClick(section.end_button, Qt.MouseButton.LeftButton)
    box = section.confirmation
    assert isinstance(box, QMessageBox)
    assert box.buttonRole(box.defaultButton()) == QMessageBox.ButtonRole.RejectRole
    before = qt_desk.event_count()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter goes back: nothing ended
    assert qt_desk.event_count() == before and section.list.count() == 3
    qtbot.mouseClick(section.end_button, Qt.MouseButton.LeftButton)
    box = section.confirmation
    ending = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    )
    ending.click()
    assert section.list.count() == 2
    assert all("刘洋" not in section.list.item(i).text() for i in range(section.list.count()))


def test_the_counters_caller_card_shows_the_flats_instructions(
    barred: str, qt_desk: FrontDesk, request, qtbot
) -> None:
    window: MainWindow = request.getfixturevalue("window")
    counter = window.show_page("counter")
    caller = counter.caller  # type: ignore[attr-defined]
    caller.search.setText("3-2-1502")
    caller.look_up()
    shown = caller.card.text()
    assert "Standing instructions" in shown and "Do not admit" in shown and "家属要求" in shown
    assert "Away" in shown and "2026-03-10" in shown
