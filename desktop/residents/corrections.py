"""Changes to a resident file, one small form each: a phone corrected with its reason, members
and vehicles added or removed, the move-in follow-up call, the move-out, a full ID shown."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from desktop.live import LiveDesk
from desktop.residents.member_form import (
    MemberForm,
    beside,
    check_phone,
    message_label,
    set_message,
)
from desktop.widgets.command_dialog import CommandDialog
from desktop.widgets.dates import to_date
from domain.errors import DomainError
from domain.values import validate_plate
from projections.resident_files import MemberRow


def reasons(suggestions: Sequence[str]) -> QComboBox:
    """A reason typed freely, with the usual ones a keystroke away."""
    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.addItems(["", *suggestions])
    box.setMinimumWidth(300)
    return box


def member_picker(members: Sequence[MemberRow], selected: str | None) -> QComboBox:
    box = QComboBox()
    for m in members:
        box.addItem(f"{m.name}  {m.phone}".strip(), m.name)
    if selected is not None and box.findData(selected) >= 0:
        box.setCurrentIndex(box.findData(selected))
    return box


class HouseholdDialog(CommandDialog):
    """A command on one household, run through the live desk."""

    def __init__(self, live: LiveDesk, household_id: str, parent: QWidget | None = None) -> None:
        super().__init__("", "", parent)
        self.live = live
        self.household_id = household_id

    def set_texts(self, title: str, action: str, intro: str = "") -> None:
        self.setWindowTitle(title)
        self.ok.setText(action)
        self.set_intro(intro)


class MemberDialog(HouseholdDialog):
    """A command about one member of the household (the one selected in the file first)."""

    def __init__(
        self,
        live: LiveDesk,
        household_id: str,
        members: Sequence[MemberRow],
        selected: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(live, household_id, parent)
        self.member = member_picker(members, selected)
        self.build()

    def build(self) -> None:
        """The dialog's own texts and fields, the member's picker already made."""
        raise NotImplementedError


class ContactDialog(MemberDialog):
    """A member's phone corrected; the old number stays in the file's history."""

    def build(self) -> None:
        self.set_texts(
            self.tr("Correct a phone number"),
            self.tr("Record the correction"),
            self.tr("The old number stays in the file's correction history."),
        )
        self.phone = QLineEdit()
        self.phone.setMaxLength(20)
        self.phone_message = message_label()
        self.reason = reasons(
            [
                self.tr("Resident changed number"),
                self.tr("Typing error at registration"),
                self.tr("Resident asked for another contact number"),
            ]
        )
        self.form.addRow(self.tr("Member"), self.member)
        self.form.addRow(self.tr("New phone"), beside(self.phone, self.phone_message, 180))
        self.form.addRow(self.tr("Reason"), self.reason)
        self.phone.textChanged.connect(self._on_phone_text_changed)
        self.phone.setFocus()

    def _on_phone_text_changed(self, text: str) -> None:
        set_message(self.phone_message, *check_phone(text))

    def submit(self) -> None:
        self.live.run(
            self.live.desk.update_contact,
            self.household_id,
            self.member.currentData(),
            self.phone.text(),
            self.reason.currentText(),
        )


class AddMemberDialog(HouseholdDialog):
    def __init__(self, live: LiveDesk, household_id: str, parent: QWidget | None = None) -> None:
        super().__init__(live, household_id, parent)
        self.set_texts(self.tr("Add a household member"), self.tr("Add member"))
        self.setMinimumWidth(640)
        self.member_form = MemberForm(live.today)
        self.member_form.clear()
        self.form.addRow(self.member_form)

    def submit(self) -> None:
        self.live.run(self.live.desk.add_member, self.household_id, self.member_form.values())


class RemoveMemberDialog(MemberDialog):
    def build(self) -> None:
        self.set_texts(
            self.tr("Remove a household member"),
            self.tr("Remove member"),
            self.tr("The member stays in the file's history, marked as no longer living here."),
        )
        self.reason = reasons(
            [self.tr("Moved away"), self.tr("Deceased"), self.tr("Recorded by mistake")]
        )
        self.form.addRow(self.tr("Member"), self.member)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.reason.setFocus()

    def submit(self) -> None:
        self.live.run(
            self.live.desk.remove_member,
            self.household_id,
            self.member.currentData(),
            self.reason.currentText(),
        )


class VehicleDialog(HouseholdDialog):
    def __init__(self, live: LiveDesk, household_id: str, parent: QWidget | None = None) -> None:
        super().__init__(live, household_id, parent)
        self.set_texts(self.tr("Register a vehicle"), self.tr("Register vehicle"))
        self.plate = QLineEdit()
        self.plate.setMaxLength(12)
        self.plate.setPlaceholderText("沪A12345")
        self.plate_message = message_label()
        self.form.addRow(self.tr("Plate"), beside(self.plate, self.plate_message, 160))
        self.plate.textChanged.connect(self._on_plate_text_changed)
        self.plate.setFocus()

    def _on_plate_text_changed(self, text: str) -> None:
        set_message(self.plate_message, *check_plate(text))

    def submit(self) -> None:
        self.live.run(self.live.desk.register_vehicle, self.household_id, self.plate.text())


def check_plate(text: str) -> tuple[str, str]:
    if len(text.strip()) < 7:
        return "", ""
    try:
        validate_plate(text)
    except DomainError as refusal:
        return "error", str(refusal)
    return "ok", "✓"


class RemoveVehicleDialog(HouseholdDialog):
    def __init__(
        self,
        live: LiveDesk,
        household_id: str,
        plates: Sequence[str],
        selected: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(live, household_id, parent)
        self.set_texts(self.tr("Remove a vehicle"), self.tr("Remove vehicle"))
        self.plate = QComboBox()
        self.plate.addItems(list(plates))
        if selected is not None and selected in plates:
            self.plate.setCurrentText(selected)
        self.reason = reasons([self.tr("Car sold"), self.tr("Parking space given up")])
        self.form.addRow(self.tr("Plate"), self.plate)
        self.form.addRow(self.tr("Reason"), self.reason)

    def submit(self) -> None:
        self.live.run(
            self.live.desk.remove_vehicle,
            self.household_id,
            self.plate.currentText(),
            self.reason.currentText(),
        )


class CallbackDialog(HouseholdDialog):
    """The first follow-up call, due within a week of moving in."""

    def __init__(self, live: LiveDesk, household_id: str, parent: QWidget | None = None) -> None:
        super().__init__(live, household_id, parent)
        self.set_texts(
            self.tr("Move-in follow-up call"),
            self.tr("Record the call"),
            self.tr("Ask how the move went and whether anything in the unit needs attention."),
        )
        self.satisfaction = QComboBox()
        for score, text in (
            (5, self.tr("5 — very satisfied")),
            (4, self.tr("4 — satisfied")),
            (3, self.tr("3 — neutral")),
            (2, self.tr("2 — dissatisfied")),
            (1, self.tr("1 — very dissatisfied")),
        ):
            self.satisfaction.addItem(text, score)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(80)
        self.form.addRow(self.tr("Satisfaction"), self.satisfaction)
        self.form.addRow(self.tr("Notes"), self.notes)

    def submit(self) -> None:
        self.live.run(
            self.live.desk.record_move_in_callback,
            self.household_id,
            self.satisfaction.currentData(),
            self.notes.toPlainText(),
        )


class MoveOutDialog(HouseholdDialog):
    def __init__(
        self, live: LiveDesk, household_id: str, unit: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(live, household_id, parent)
        self.set_texts(
            self.tr("Move out of {unit}").format(unit=unit),
            self.tr("Record the move-out"),
            self.tr(
                "The file is kept as a former household of {unit}; the unit becomes vacant."
            ).format(unit=unit),
        )
        today = live.today()
        self.date = QDateEdit(QDate(today.year, today.month, today.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.form.addRow(self.tr("Moved out on"), self.date)

    def submit(self) -> None:
        day = to_date(self.date.date())
        self.live.run(self.live.desk.move_out, self.household_id, day.isoformat())


class RevealIdDialog(MemberDialog):
    """A full ID number, for a supervisor or auditor, with the reason on record."""

    def build(self) -> None:
        self.set_texts(
            self.tr("Show a full ID number"),
            self.tr("Show and record"),
            self.tr("Who saw the number, when and why is recorded in the household's history."),
        )
        self.reason = reasons(
            [
                self.tr("Identity check for a contract"),
                self.tr("Police enquiry"),
                self.tr("Audit of the resident files"),
            ]
        )
        self.form.addRow(self.tr("Member"), self.member)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.name = ""
        self.number = ""
        self.reason.setFocus()

    def submit(self) -> None:
        self.name = self.member.currentData()
        self.number = self.live.run(
            self.live.desk.reveal_id_number, self.household_id, self.name, self.reason.currentText()
        )
