"""The move-in wizard's last page: once the pack is printed (Ctrl+P, or Enter on its button),
the focus is on Finish, so the Enter meant to finish never prints a second copy."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from desktop.main_window import MainWindow
from desktop.residents.move_in_wizard import MoveInWizard
from domain.application import FrontDesk
from tests.qt.test_residents import NEW_ID, enter, open_wizard, type_text


def moved_in(window: MainWindow, qtbot: QtBot) -> tuple[list[tuple[bytes, str]], MoveInWizard]:
    """3-2-1501 moved in through the wizard, from the keyboard, up to its last page."""
    page, wizard = open_wizard(window, qtbot)
    type_text(qtbot, wizard.unit_page.unit, "3-2-1501")
    enter(qtbot, wizard.unit_page.unit)
    form = wizard.members_page.form
    type_text(qtbot, form.name, "林晓东")
    type_text(qtbot, form.id_number, NEW_ID)
    type_text(qtbot, form.phone, "13912345678")
    enter(qtbot, form.phone)  # adds the member
    enter(qtbot, form.name)  # an empty form goes on
    enter(qtbot, wizard.vehicles_page.plate)  # no vehicle
    enter(qtbot, wizard.contract_page.fee)
    enter(qtbot, wizard.confirm_page)  # the commit button records it
    assert wizard.currentPage() is wizard.done_page
    return page.print_output.printed, wizard


def focused() -> object:
    return QApplication.focusWidget()


def test_ctrl_p_then_enter_prints_once_and_finishes(
    window: MainWindow, qt_desk: FrontDesk, qtbot: QtBot
) -> None:
    printed, wizard = moved_in(window, qtbot)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.keyClick(focused() or wizard, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(printed) == 1
    assert wizard.done_page.print_status.text() == "Move-in pack printed."
    qtbot.waitUntil(finish.hasFocus)
    before = qt_desk.event_count()
    qtbot.keyClick(focused() or wizard, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert len(printed) == 1  # no second copy
    assert qt_desk.event_count() == before  # and no second print recorded


def test_enter_on_the_print_button_prints_once_then_enter_finishes(
    window: MainWindow, qtbot: QtBot
) -> None:
    printed, wizard = moved_in(window, qtbot)
    button = wizard.done_page.print_button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert len(printed) == 1
    qtbot.waitUntil(wizard.button(QWizard.WizardButton.FinishButton).hasFocus)
    qtbot.keyClick(focused() or wizard, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert len(printed) == 1


def test_a_second_copy_is_still_there_for_whoever_asks_for_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    printed, wizard = moved_in(window, qtbot)
    qtbot.keyClick(focused() or wizard, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(focused() or wizard, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(printed) == 2
    assert "copy 2" in wizard.done_page.print_status.text()
    qtbot.keyClick(focused() or wizard, Qt.Key.Key_Return)  # and Enter finishes
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert len(printed) == 2
