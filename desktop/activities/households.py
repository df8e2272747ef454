"""Choosing a household for an activity (registering, or recording who came): search as you
type, or pick from the households already registered."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QWidget

from desktop.live import LiveDesk
from desktop.widgets.command_dialog import CommandDialog
from desktop.widgets.table_model import ROW_ROLE, Column, RowTableModel
from desktop.widgets.tables import RowTable
from domain import errors
from projections.resident_files import SEARCH_LIMIT


class HouseholdPickerDialog(CommandDialog):
    """`run(household_id, headcount)` records the choice; `preset` lists households first."""

    def __init__(
        self,
        live: LiveDesk,
        title: str,
        action: str,
        run: Callable[[str, int], object],
        preset: Sequence[Any] = (),
        headcounts: dict[str, int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, action, parent)
        self.live = live
        self.run = run
        self.preset = list(preset)
        self.headcounts = headcounts or {}
        self.setMinimumWidth(620)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name, unit, phone or plate"))
        self.model = RowTableModel(
            [
                Column(self.tr("Unit"), lambda h: h.unit),
                Column(self.tr("Household"), lambda h: h.members),
                Column(self.tr("Phone"), lambda h: h.phones.split(" ")[0]),
            ],
            live.desk.timezone,
        )
        self.table = RowTable(self.model)
        self.table.fit_to_width(1)
        self.table.setMinimumHeight(220)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #718096;")
        self.headcount = QSpinBox()
        self.headcount.setRange(1, 20)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.form.addRow(self.tr("Find"), self.search)
        self.form.addRow(self.table)
        self.form.addRow(self.hint)
        self.form.addRow(self.tr("People"), self.headcount)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self._on_timer_timeout()
        self.search.setFocus()

    def _on_search_text_changed(self, _text: str) -> None:
        self.timer.start()

    def _on_timer_timeout(self) -> None:
        text = self.search.text()
        if text.strip():
            files = self.live.models.resident_files
            rows = [h for h in self.live.read(lambda db: files.search(db, text)) if h.living]
            found = self.tr("{count} households found").format(count=len(rows))
            if len(rows) >= SEARCH_LIMIT:
                found = self.tr(
                    "The first {count} households found; type more to narrow it."
                ).format(count=len(rows))
            self.hint.setText(found)
        else:
            rows = self.preset
            self.hint.setText(
                self.tr("Registered households are listed; search for anyone else.")
                if rows
                else self.tr("Search for the household.")
            )
        self.model.set_rows(rows)
        if rows:
            self.table.selectionModel().setCurrentIndex(
                self.table.proxy.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _on_table_current_changed(self, current: Any, _previous: Any) -> None:
        if current.isValid():
            row = self.table.proxy.data(current, ROW_ROLE)
            self.headcount.setValue(self.headcounts.get(row.household_id, self.headcount.value()))

    def chosen(self) -> Any:
        return self.table.selected_row()

    def submit(self) -> None:
        row = self.chosen()
        if row is None:
            raise errors.MissingValueError(field="household")
        self.run(row.household_id, self.headcount.value())
