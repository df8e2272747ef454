"""Signing a contract: the unit (completed as you type) brings its current household and its
floor area, the term is picked on calendars, the fee is suggested from area × rate."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QWidget

from desktop.labels import label
from desktop.live import LiveDesk
from desktop.widgets import keyboard
from desktop.widgets.command_dialog import CommandDialog
from desktop.widgets.unit_field import UnitField
from domain import errors
from domain.clock import LATEST_DAY
from domain.contracts import ContractKind, monthly_service_fee
from projections.documents.texts import service_rate


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(day: date) -> QDateEdit:
    """A date picked on the calendar or typed as 2026-11-01: the whole date is selected when
    the field is entered, so a typed date replaces it exactly (not one section of it)."""
    edit = QDateEdit(to_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    keyboard.select_all_on_focus(edit)
    return edit


def year_later(day: date) -> date:
    """The last day of a one-year term starting on `day` (in the calendar's last year, its
    last day: a contract an older desk let run to 9999 can still be shown)."""
    if day.year >= LATEST_DAY.year:
        return LATEST_DAY
    try:
        return day.replace(year=day.year + 1) - timedelta(days=1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


class SignContractDialog(CommandDialog):
    """The household is the unit's current one: a contract is signed with who lives there."""

    def __init__(self, live: LiveDesk, units: list[str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sign a contract"), self.tr("Sign"), parent)
        self.live = live
        self.contract_id = ""
        self.household_id = ""
        self._suggested_fee = ""
        self.set_intro(
            self.tr("Check the resident's ID and the unit, and explain the key clauses first.")
        )
        self.unit = UnitField()
        self.unit.set_units(units)
        self.household = QLabel()  # one line: a wrapped label would not grow the open dialog
        self.household.setObjectName("Hint")
        self.kind = QComboBox()
        for kind in ContractKind:
            self.kind.addItem(label(kind.value), kind.value)
        today = live.today()
        self.start = date_edit(today)
        self.end = date_edit(year_later(today))
        self.fee = QLineEdit()
        self.fee.setPlaceholderText("0.00")
        self.fee_hint = QLabel()
        self.fee_hint.setObjectName("Hint")
        self.deposit = QLineEdit("0")
        keyboard.select_all_on_focus(self.fee, self.deposit)  # typing replaces the suggestion
        self.form.addRow(self.tr("Unit"), self.unit)
        self.form.addRow(self.tr("Household"), self.household)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Starts"), self.start)
        self.form.addRow(self.tr("Ends"), self.end)
        self.form.addRow(self.tr("Monthly fee (¥)"), self.fee)
        self.form.addRow("", self.fee_hint)
        self.form.addRow(self.tr("Deposit (¥)"), self.deposit)
        self.unit.editingFinished.connect(self._on_unit_editing_finished)
        self.unit.textChanged.connect(self._on_unit_text_changed)
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self.start.dateChanged.connect(self._on_start_date_changed)
        self._show_household()

    def _lookup(self, unit: str) -> dict[str, Any] | None:
        files = self.live.models.resident_files

        def read(db: Any) -> dict[str, Any] | None:
            found = files.of_unit(db, unit)
            if not found or not found[0].living:
                return None
            household = found[0]
            return {
                "id": household.household_id,
                "members": household.members,
                "ownership": household.ownership,
                "since": household.move_in_date,
            }

        return self.live.read(read)

    def _show_household(self) -> None:
        unit = self.unit.unit()
        found = self._lookup(unit) if unit else None
        self.household_id = found["id"] if found else ""
        if found:
            self.household.setText(
                self.tr("{members} · {ownership} · since {since}").format(
                    members=found["members"],
                    ownership=label(found["ownership"]),
                    since=found["since"].isoformat(),
                )
            )
        elif unit:
            self.household.setText(
                self.tr("No one lives in {unit} now; a contract is signed with who lives there.")
                .format(unit=unit)
            )  # fmt: skip
        else:
            self.household.setText(self.tr("Type the unit; its current household comes with it."))
        self._suggest_fee()

    def _suggest_fee(self) -> None:
        """Service fees follow the floor area (the procedure): area × the published rate."""
        self.fee_hint.clear()
        unit = self.unit.unit()
        if self.kind.currentData() != ContractKind.SERVICE or not self.household_id:
            return
        try:
            area = self.live.desk.get_unit(unit).area_m2
        except errors.DomainError:
            return
        rate = service_rate()
        if not area or not rate:
            return
        fee = monthly_service_fee(area, rate)
        self.fee_hint.setText(
            self.tr("{area} m² × ¥{rate} = ¥{fee} a month").format(area=area, rate=rate, fee=fee)
        )
        if not self.fee.text().strip() or self.fee.text() == self._suggested_fee:
            self.fee.setText(str(fee))
            self._suggested_fee = str(fee)

    def _on_unit_editing_finished(self) -> None:
        if self.isVisible():  # not when focus leaves a closing dialog
            self._show_household()

    def _on_unit_text_changed(self, text: str) -> None:
        if text.strip() in self.unit.units.stringList():
            self._show_household()

    def _on_kind_current_index_changed(self) -> None:
        self._suggest_fee()

    def _on_start_date_changed(self, value: QDate) -> None:
        self.end.setDate(to_qdate(year_later(to_date(value))))

    def submit(self) -> None:
        unit = self.unit.unit()
        if unit and not self.household_id:
            number = self.live.desk.get_unit(unit).unit  # a bad or unknown unit, in its words
            raise errors.UnitEmptyError(unit=str(number))
        self.contract_id = self.live.run(
            self.live.desk.sign_contract,
            unit,
            self.household_id,
            self.kind.currentData(),
            to_date(self.start.date()),
            to_date(self.end.date()),
            self.fee.text().strip(),
            self.deposit.text().strip() or "0",
        )
