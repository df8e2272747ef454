"""The move-in wizard (新客户入驻): the unit, the people, their vehicles, the property service
contract, then the move-in pack. Nothing is recorded until the last step's button; a refusal
there stays in the wizard, in the interface language, with nothing stored."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.labels import label
from desktop.live import LiveDesk
from desktop.residents.member_form import beside, combo, message_label, set_message
from desktop.residents.move_in_people import Gate, MembersPage, VehiclesPage, error_label
from desktop.widgets import keyboard
from desktop.widgets.dates import to_date
from desktop.widgets.print_key import print_key
from domain import errors
from domain.contracts import monthly_service_fee
from domain.errors import DomainError
from domain.values import DateRange, UnitNumber, mask_id, money
from projections.documents.texts import service_rate

COMPLETION_ROLE = Qt.ItemDataRole.UserRole + 10
_PARTIAL_UNIT = re.compile(r"^\d{1,3}(-\d{0,2}(-\d{0,4})?)?$")
_PREFIX = re.compile(r"^(\d{1,3})-(\d{1,2})-(\d{1,3})$")


@dataclass(frozen=True)
class UnitInfo:
    unit: str
    area_m2: Decimal
    kind: str
    household_id: str | None
    occupants: str


def candidates(text: str) -> list[str]:
    """Unit numbers the typed prefix may be heading for (a floor's rooms), to look up."""
    match = _PREFIX.match(text)
    if not match:
        return []
    head, room = f"{match[1]}-{match[2]}-", match[3]
    if len(room) == 1:
        rooms = [f"{room}{n:02d}" for n in range(1, 9)]
    elif len(room) == 2:
        rooms = [f"{room}{n:02d}" for n in range(1, 9)] + [f"{room}{d}" for d in range(1, 10)]
    else:
        rooms = [room] + [f"{room}{d}" for d in range(1, 10)]
    return [head + r for r in rooms]


class UnitPage(QWizardPage):
    """Which unit, owner or tenant, and the day they move in."""

    def __init__(self, wizard: MoveInWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.info: UnitInfo | None = None
        self.unit = QLineEdit()
        self.unit.setMaxLength(12)
        self.unit.setPlaceholderText("3-2-1502")
        self.unit_message = message_label()
        self.units = QStandardItemModel(self)
        self.completer = QCompleter(self.units, self)
        self.completer.setCompletionRole(COMPLETION_ROLE)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.unit.setCompleter(self.completer)
        self.ownership = combo(["owner", "tenant"])
        today = wizard.live.today()
        self.move_in_date = QDateEdit(QDate(today.year, today.month, today.day))
        self.move_in_date.setCalendarPopup(True)
        self.move_in_date.setDisplayFormat("yyyy-MM-dd")
        form = QFormLayout(self)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(12)
        self.captions = [QLabel(), QLabel(), QLabel()]
        form.addRow(self.captions[0], beside(self.unit, self.unit_message, 180))
        form.addRow(self.captions[1], beside(self.ownership, QLabel(), 180))
        form.addRow(self.captions[2], beside(self.move_in_date, QLabel(), 180))
        for caption, field in zip(
            self.captions, (self.unit, self.ownership, self.move_in_date), strict=True
        ):
            caption.setBuddy(field)
        self.unit.textEdited.connect(self._on_unit_text_edited)
        self.unit.textChanged.connect(self._on_unit_text_changed)
        self.gate = Gate(self, "unit_ready")
        popup = self.completer.popup()
        if popup is not None:
            popup.setMinimumWidth(460)
        self.setTitle(self.tr("Unit"))
        self.setSubTitle(self.tr("The unit the household moves into, and on which day."))
        self.captions[0].setText(self.tr("&Unit"))
        self.captions[1].setText(self.tr("&Ownership"))
        self.captions[2].setText(self.tr("&Move-in date"))
        self._on_unit_text_changed("")

    def _on_unit_text_edited(self, text: str) -> None:
        self.units.clear()
        found = [self.wizard_.unit_info(n) for n in candidates(text.strip()) if n != text.strip()]
        for info in sorted((i for i in found if i), key=lambda i: i.household_id is not None):
            item = QStandardItem(self._describe(info))
            item.setData(info.unit, COMPLETION_ROLE)
            self.units.appendRow(item)
        if self.units.rowCount():
            self.completer.setCompletionPrefix(text.strip())
            self.completer.complete()
        else:
            popup = self.completer.popup()
            if popup is not None:
                popup.hide()

    def initializePage(self) -> None:
        self.unit.setFocus()

    def _describe(self, info: UnitInfo) -> str:
        if info.household_id:
            state = self.tr("occupied ({names})").format(names=info.occupants)
        else:
            state = self.tr("vacant")
        return f"{info.unit}   {state} · {info.area_m2} m² · {label(info.kind)}"

    def _on_unit_text_changed(self, text: str) -> None:
        self.info = None
        text = text.strip()
        if not text:
            set_message(self.unit_message, "hint", self.tr("building-entrance-room, e.g. 3-2-1502"))
        else:
            try:
                number = str(UnitNumber.parse(text))
                info = self.wizard_.unit_info(number, fresh=True)
                if info is None:
                    raise errors.UnknownUnitError(unit=number)
                if info.household_id:
                    raise errors.UnitOccupiedError(unit=number, household=info.occupants)
            except DomainError as refusal:
                partial = _PARTIAL_UNIT.match(text) and (
                    len(text.split("-")) < 3 or self.units.rowCount() > 0
                )
                state = (
                    "hint"
                    if partial and not isinstance(refusal, errors.UnitOccupiedError)
                    else "error"
                )
                shown = (
                    self.tr("Keep typing, or pick a unit from the list")
                    if state == "hint"
                    else str(refusal)
                )
                set_message(self.unit_message, state, shown)
            else:
                self.info = info
                set_message(
                    self.unit_message,
                    "ok",
                    self.tr("✓ Vacant · {area} m² · {kind}").format(
                        area=info.area_m2, kind=label(info.kind)
                    ),
                )
        self.gate.set(self.info is not None)


class ContractPage(QWizardPage):
    """The property service contract, signed at the desk with the move-in (or later)."""

    def __init__(self, wizard: MoveInWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.prepared_for: tuple[str, str, date] | None = None
        self.rate: Decimal | None = None
        self.group = QGroupBox()
        self.group.setCheckable(True)
        self.start = QDateEdit()
        self.end = QDateEdit()
        for field in (self.start, self.end):
            field.setCalendarPopup(True)
            field.setDisplayFormat("yyyy-MM-dd")
        self.fee = QLineEdit()
        self.fee.setMaxLength(12)
        self.fee_message = message_label()
        self.problem = error_label()
        form = QFormLayout(self.group)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(12)
        self.captions = [QLabel(), QLabel(), QLabel()]
        form.addRow(self.captions[0], beside(self.start, QLabel(), 180))
        form.addRow(self.captions[1], beside(self.end, QLabel(), 180))
        form.addRow(self.captions[2], beside(self.fee, self.fee_message, 180))
        for caption, buddy in zip(self.captions, (self.start, self.end, self.fee), strict=True):
            caption.setBuddy(buddy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.group)
        layout.addWidget(self.problem)
        layout.addStretch()
        self.fee.textChanged.connect(self._on_fee_text_changed)
        self.setTitle(self.tr("Property service contract"))
        self.setSubTitle(
            self.tr("Usually signed by the owner at move-in; a tenant's landlord holds it.")
        )
        self.group.setTitle(self.tr("Sign the property service contract now"))
        self.captions[0].setText(self.tr("&Starts"))
        self.captions[1].setText(self.tr("&Ends"))
        self.captions[2].setText(self.tr("Monthly &fee (¥)"))

    def initializePage(self) -> None:
        wizard = self.wizard_
        info, ownership, day = wizard.unit_page.info, wizard.ownership(), wizard.move_in_day()
        if info is None or self.prepared_for == (info.unit, ownership, day):
            return
        self.prepared_for = (info.unit, ownership, day)
        self.group.setChecked(ownership == "owner")
        self.start.setDate(QDate(day.year, day.month, day.day))
        self.end.setDate(QDate(day.year, day.month, day.day).addYears(2).addDays(-1))
        rate = service_rate() if info.kind == "residential" else None
        self.fee.setText("" if rate is None else str(monthly_service_fee(info.area_m2, rate)))
        self.rate = rate
        self._on_fee_text_changed(self.fee.text())
        self.fee.setFocus()

    def _on_fee_text_changed(self, text: str) -> None:
        self.problem.clear()
        info, rate = self.wizard_.unit_page.info, self.rate
        try:
            money(text, "monthly_fee")
        except DomainError as refusal:
            set_message(
                self.fee_message,
                "error" if text.strip() else "",
                str(refusal) if text.strip() else "",
            )
            return
        if info is not None and rate is not None:
            set_message(
                self.fee_message,
                "hint",
                self.tr("{area} m² × ¥{rate} per m² a month").format(area=info.area_m2, rate=rate),
            )
        else:
            set_message(self.fee_message, "ok", "✓")

    def terms(self) -> dict[str, Any] | None:
        """The contract to sign, or None; raises the domain's refusal for bad terms."""
        if not self.group.isChecked():
            return None
        term = DateRange.of(to_date(self.start.date()), to_date(self.end.date()))
        return {
            "start": term.start,
            "end": term.end,
            "monthly_fee": money(self.fee.text(), "monthly_fee"),
        }

    def validatePage(self) -> bool:
        try:
            self.wizard_.contract = self.terms()
        except DomainError as refusal:
            self.problem.setText(str(refusal))
            return False
        return True


class ConfirmPage(QWizardPage):
    """Everything once more before it is recorded."""

    def __init__(self, wizard: MoveInWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.problem = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addStretch()
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Record the move-in"))
        self.setTitle(self.tr("Check and record"))
        self.setSubTitle(self.tr("Read it back to the resident; nothing is recorded before this."))

    def initializePage(self) -> None:
        self.problem.clear()
        w = self.wizard_
        rows = [
            (self.tr("Unit"), w.unit_page.info.unit if w.unit_page.info else ""),
            (self.tr("Ownership"), label(w.ownership())),
            (self.tr("Move-in date"), w.move_in_day().isoformat()),
            (
                self.tr("Members"),
                "<br>".join(
                    f"{m['name']} · {label(m['relation'])} · "
                    + mask_id(m["id_number"], m.get("id_type"))
                    + (f" · {m['phone']}" if m["phone"] else "")
                    for m in w.members
                ),
            ),
            (self.tr("Vehicles"), " ".join(w.vehicles) or self.tr("none")),
            (
                self.tr("Service contract"),
                self.tr("{start} to {end}, ¥{fee} a month").format(
                    start=w.contract["start"], end=w.contract["end"], fee=w.contract["monthly_fee"]
                )
                if w.contract
                else self.tr("not now"),
            ),
        ]
        cells = "".join(
            f"<tr><td style='color:#4a5568; padding:4px 16px 4px 0'>{k}</td>"
            f"<td style='padding:4px 0'>{v}</td></tr>"
            for k, v in rows
        )
        self.summary.setText(f"<table>{cells}</table>")

    def validatePage(self) -> bool:
        problem = self.wizard_.commit()
        self.problem.setText(problem)
        return not problem


class DonePage(QWizardPage):
    """Recorded: hand over the move-in pack."""

    def __init__(self, wizard: MoveInWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.print_button = QPushButton()
        self.print_button.setProperty("primary", True)
        print_key(self.print_button)
        self.print_status = QLabel()
        self.print_status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addSpacing(12)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.print_status)
        layout.addStretch()
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.setFinalPage(True)
        self.setTitle(self.tr("Moved in"))
        self.setSubTitle(self.tr("Hand over the move-in pack and walk the resident through it."))
        self.print_button.setText(self.tr("&Print the move-in pack (Ctrl+P)"))

    def initializePage(self) -> None:
        w = self.wizard_
        head = w.members[0]["name"] if w.members else ""
        lines = [
            self.tr("The household of {name} is recorded in {unit}.").format(
                name=head, unit=w.unit_page.info.unit if w.unit_page.info else ""
            ),
            self.tr("The follow-up call is due by {date}.").format(
                date=(w.move_in_day() + timedelta(days=7)).isoformat()
            ),
        ]
        if w.contract_id:
            lines.append(self.tr("The property service contract is signed."))
        if w.contract_problem:
            lines.append(
                self.tr("The service contract was not signed: {reason}").format(
                    reason=w.contract_problem
                )
            )
        self.summary.setText("\n".join(lines))

    def _on_print_button_clicked(self) -> None:
        self.print_status.setText(self.wizard_.print_pack())
        # Printed: the focus goes on to Finish, so the Enter that follows finishes (with the
        # focus left on this button, Enter printed a second copy). Ctrl+P still reprints.
        self.wizard_.button(QWizard.WizardButton.FinishButton).setFocus(
            Qt.FocusReason.OtherFocusReason
        )


class MoveInWizard(QWizard):
    def __init__(self, live: LiveDesk, parent: QWidget | None = None, output: Any = None) -> None:
        super().__init__(parent)
        self.live = live
        self.output = output
        self.members: list[dict[str, str]] = []
        self.vehicles: list[str] = []
        self.contract: dict[str, Any] | None = None
        self.household_id: str | None = None
        self.contract_id: str | None = None
        self.contract_problem = ""
        self._units: dict[str, UnitInfo | None] = {}
        self.setWindowTitle(self.tr("Move in"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.unit_page = UnitPage(self)
        self.members_page = MembersPage(self)
        self.vehicles_page = VehiclesPage(self)
        self.contract_page = ContractPage(self)
        self.confirm_page = ConfirmPage(self)
        self.done_page = DonePage(self)
        steps = (
            self.unit_page,
            self.members_page,
            self.vehicles_page,
            self.contract_page,
            self.confirm_page,
        )
        for number, page in enumerate(steps, 1):
            page.setTitle(
                self.tr("Step {number} of {count} · {title}").format(
                    number=number, count=len(steps), title=page.title()
                )
            )
            self.addPage(page)
        self.addPage(self.done_page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("&Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        for which in (QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton):
            button = self.button(which)
            button.setProperty("primary", True)
            button.style().unpolish(button)  # the wizard made it before the property was set
            button.style().polish(button)
        self.resize(820, 560)
        keyboard.install(self)  # Next, Commit or Finish stays the wizard's default

    def ownership(self) -> str:
        return str(self.unit_page.ownership.currentData())

    def move_in_day(self) -> date:
        return to_date(self.unit_page.move_in_date.date())

    def unit_info(self, number: str, fresh: bool = False) -> UnitInfo | None:
        """A unit as the domain knows it (None when not registered), with who lives there."""
        if fresh or number not in self._units:
            try:
                unit = self.live.desk.get_unit(number)
            except DomainError:
                self._units[number] = None
            else:
                occupants = ""
                household_id = unit.household_id
                if household_id:
                    files = self.live.models.resident_files
                    row = self.live.read(lambda db: files.get(db, household_id))
                    occupants = row.members if row else household_id
                self._units[number] = UnitInfo(
                    str(unit.unit), unit.area_m2, unit.kind, unit.household_id, occupants
                )
        return self._units[number]

    def commit(self) -> str:
        """Record the move-in (and the contract); '' when done, else the desk's refusal."""
        info = self.unit_page.info
        if info is None:
            return errors.MissingValueError(field="unit").message()
        try:
            self.household_id = self.live.run(
                self.live.desk.move_in,
                info.unit,
                list(self.members),
                self.ownership(),
                self.move_in_day().isoformat(),
                list(self.vehicles),
            )
        except DomainError as refusal:
            return str(refusal)
        if self.contract:
            try:
                self.contract_id = self.live.run(
                    self.live.desk.sign_contract,
                    info.unit,
                    self.household_id,
                    "service",
                    self.contract["start"].isoformat(),
                    self.contract["end"].isoformat(),
                    str(self.contract["monthly_fee"]),
                )
            except DomainError as refusal:
                self.contract_problem = str(refusal)
        return ""

    def print_pack(self) -> str:
        """Preview and print the move-in pack; what happened, to show beside the button."""
        from desktop.residents.move_in_pack import print_move_in_pack

        return print_move_in_pack(self.live, self.household_id or "", self, self.output)
