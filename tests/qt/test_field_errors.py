"""The visitor form's refusals: every field's at once, each beside its field, whole (not cut
off), in one voice, and saying what to do — not what the right answer would have been."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.main_window import MainWindow
from desktop.visitors.page import VisitorsPage
from domain import FrontDesk
from tests.qt.actions import type_text
from tests.support import resident_id, wrong_check_digit

CTRL = Qt.KeyboardModifier.ControlModifier


def visitors(window: MainWindow, qtbot) -> VisitorsPage:
    page = window.show_page("visitors")
    assert isinstance(page, VisitorsPage)
    qtbot.waitExposed(window)
    qtbot.waitUntil(page.knows_households)  # read off the GUI thread
    return page


def register(qtbot, page: VisitorsPage) -> None:
    qtbot.keyClick(page.form.unit, Qt.Key.Key_Return, CTRL)
    qtbot.wait(1)


def whole(note: QLabel) -> bool:
    """The message is drawn whole: nothing above its top edge, every wrapped line inside."""
    return (
        note.isVisible()
        and note.contentsRect().top() >= 0
        and note.height() >= QLabel.heightForWidth(note, note.width())
    )


def test_every_problem_is_shown_at_once_beside_its_field(
    window: MainWindow, qt_desk: FrontDesk, qtbot
) -> None:
    page = visitors(window, qtbot)
    form = page.form
    form.purpose.clear()
    type_text(qtbot, form.id_number, wrong_check_digit(resident_id()))
    before = qt_desk.event_count()
    register(qtbot, page)
    assert qt_desk.event_count() == before  # nothing stored
    said = {
        "unit": form.unit_error.text(),
        "name": form.name_error.text(),
        "id": form.id_error.text(),
        "phone": form.phone_error.text(),
        "purpose": form.purpose_error.text(),
    }
    assert said["unit"] == "Please fill in unit number"  # not 'Unit number "" is malformed'
    assert said["name"] == "Please fill in name"
    assert "check digit is wrong" in said["id"]
    assert said["phone"] == "Please fill in phone"  # not "Phone number '' is not valid"
    assert said["purpose"] == "Please fill in purpose of the visit"
    qtbot.waitUntil(lambda: all(whole(n) for n in (form.unit_error, form.id_error)))
    for note in (form.unit_error, form.name_error, form.id_error, form.phone_error):
        assert whole(note), note.text()
    assert form.unit.hasFocus()  # the first problem is where the cursor goes
    # each message sits right under its own field
    for field, note in (
        (form.name, form.name_error),
        (form.phone, form.phone_error),
        (form.purpose, form.purpose_error),
    ):
        field_bottom = field.mapTo(form, field.rect().bottomLeft()).y()
        note_top = note.mapTo(form, note.rect().topLeft()).y()
        assert 0 <= note_top - field_bottom <= 12
    type_text(qtbot, form.name, "刘洋")
    assert not form.name_error.isVisible()  # the message goes as the field is put right


def test_the_check_digit_message_says_it_is_wrong_not_what_it_should_be(
    window: MainWindow, qtbot
) -> None:
    page = visitors(window, qtbot)
    right = resident_id(sequence="777")
    type_text(qtbot, page.form.id_number, wrong_check_digit(right))
    page.form.id_number.editingFinished.emit()
    message = page.form.id_error.text()
    assert "wrong" in message
    assert right[-1] not in message.replace(wrong_check_digit(right)[-1], "")


def test_an_unknown_unit_gets_one_message_not_two(window: MainWindow, qtbot) -> None:
    page = visitors(window, qtbot)
    form = page.form
    type_text(qtbot, form.unit, "9-9-0909")
    assert form.host.text() == ""  # not 'no household lives here' for a unit that is not there
    register(qtbot, page)
    assert form.unit_error.text() == "There is no unit 9-9-909; register the unit first"
    assert form.host.text() == ""
    form.unit.clear()
    type_text(qtbot, form.unit, "3-2-1601")  # registered, nobody lives there
    assert form.host.text() == "no household lives here"
