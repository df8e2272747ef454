"""The move-in wizard's people and vehicles: each added with Enter, checked as it is typed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.labels import label
from desktop.residents.corrections import check_plate
from desktop.residents.member_form import MemberForm, beside, message_label, set_message
from desktop.widgets.table_model import Column, RowTableModel
from desktop.widgets.tables import RowTable
from domain import errors
from domain.errors import DomainError
from domain.values import mask_id, validate_plate

if TYPE_CHECKING:
    from desktop.residents.move_in_wizard import MoveInWizard

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterAdds(QObject):
    """Enter in a filled-in form adds what was typed; in an empty one it goes on (Next).

    Shortcuts rather than a Python event filter: a filter runs Python for every event of the
    fields (polish, paint…), where the garbage collector may delete other widgets mid-way."""

    def __init__(
        self, fields: Sequence[QWidget], is_empty: Callable[[], bool], add: Callable[[], None]
    ) -> None:
        super().__init__()
        self.is_empty = is_empty
        self.shortcuts = []
        for field in fields:
            for key in ENTER_KEYS:
                shortcut = QShortcut(QKeySequence(key), field)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(add)
                self.shortcuts.append(shortcut)

    def update(self) -> None:
        """Enter adds only when there is something to add; else it reaches the Next button."""
        enabled = not self.is_empty()
        for shortcut in self.shortcuts:
            shortcut.setEnabled(enabled)


class Gate:
    """Whether a wizard page may go on, as a hidden mandatory field. (Overriding the const
    `isComplete` from Python loses a reference to True/False per call in PySide6 6.12 on
    Python 3.11, which crashes the desk after a while; the mandatory field avoids it.)"""

    def __init__(self, page: QWizardPage, name: str) -> None:
        self.edit = QLineEdit(page)
        self.edit.hide()
        page.registerField(f"{name}*", self.edit)

    def set(self, ready: bool) -> None:
        text = "ready" if ready else ""
        if self.edit.text() != text:
            self.edit.setText(text)


def error_label() -> QLabel:
    problem = QLabel()
    problem.setObjectName("FieldError")
    problem.setWordWrap(True)
    return problem


class ListButtons:
    """Add and Remove beside a hint, under a list the page builds up (members, plates)."""

    def __init__(self) -> None:
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #718096;")

    def row(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.hint, 1)
        return buttons


def remove_selected(table: RowTable, model: RowTableModel, rows: list[Any]) -> bool:
    """The row selected in the table taken out of the list; False when none is selected."""
    chosen = table.selected_row()
    if chosen is None:
        return False
    rows.remove(chosen)
    model.set_rows(rows)
    return True


class MembersPage(QWizardPage):
    """Everyone who will live in the unit; the first is the head of the household."""

    def __init__(self, wizard: MoveInWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.form = MemberForm(wizard.live.today)
        list_buttons = ListButtons()
        self.add_button, self.remove_button = list_buttons.add_button, list_buttons.remove_button
        self.hint = list_buttons.hint
        self.add_button.setShortcut(QKeySequence("Alt+A"))
        self.problem = error_label()
        self.model = RowTableModel(
            [
                Column("", lambda m: m["name"]),
                Column("", lambda m: label(m["relation"])),
                Column("", lambda m: label(m["id_type"])),
                Column("", lambda m: mask_id(m["id_number"], m.get("id_type"))),
                Column("", lambda m: m["phone"]),
            ],
            wizard.live.desk.timezone,
        )
        self.table = RowTable(self.model)
        self.table.fit_to_width(0)
        self.table.setMinimumHeight(110)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(list_buttons.row())
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        self.enter = EnterAdds(
            (
                self.form.name,
                self.form.relation,
                self.form.id_type,
                self.form.id_number,
                self.form.phone,
            ),
            self.form.is_empty,
            self._on_add_button_clicked,
        )
        self.enter.update()
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.form.changed.connect(self._on_form_changed)
        self.gate = Gate(self, "members_ready")
        self.setTitle(self.tr("Household members"))
        self.setSubTitle(
            self.tr("Everyone who will live in the unit, the head of the household first.")
        )
        self.add_button.setText(self.tr("&Add member"))
        self.remove_button.setText(self.tr("Remove"))
        self.hint.setText(self.tr("Enter adds the member; Enter on an empty form goes on."))
        self.model.set_headings(
            [
                self.tr("Name"),
                self.tr("Relation"),
                self.tr("ID type"),
                self.tr("ID number"),
                self.tr("Phone"),
            ]
        )

    def initializePage(self) -> None:
        if not self.wizard_.members and self.form.is_empty():
            self.form.clear(relation="self")
        self.form.name.setFocus()

    def _on_form_changed(self) -> None:
        self.problem.clear()
        self.enter.update()
        self._update_gate()

    def add_member(self) -> bool:
        """The typed member into the list; False (with the reason shown) when it cannot be."""
        problem = self.form.problem()
        name = self.form.values()["name"]
        if not problem and any(m["name"] == name for m in self.wizard_.members):
            problem = errors.MemberExistsError(name=name).message()
        if problem:
            self.problem.setText(problem)
            return False
        member = self.form.member()
        self.wizard_.members.append(
            {
                "name": member.name,
                "relation": member.relation,
                "id_type": member.id_type,
                "id_number": member.id_number,
                "phone": member.phone,
            }
        )
        self.model.set_rows(self.wizard_.members)
        self.form.clear(relation="spouse")
        self._update_gate()
        return True

    def _on_add_button_clicked(self) -> None:
        self.add_member()

    def _on_remove_button_clicked(self) -> None:
        if remove_selected(self.table, self.model, self.wizard_.members):
            self._update_gate()

    def _update_gate(self) -> None:
        if self.form.is_empty():
            self.gate.set(bool(self.wizard_.members))
        else:
            self.gate.set(not self.form.problem())

    def validatePage(self) -> bool:
        if not self.form.is_empty() and not self.add_member():
            return False
        return bool(self.wizard_.members)


class VehiclesPage(QWizardPage):
    """The household's cars, by plate; none is fine."""

    def __init__(self, wizard: MoveInWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.plate = QLineEdit()
        self.plate.setMaxLength(12)
        self.plate.setPlaceholderText("沪A12345")
        self.plate_message = message_label()
        self.caption = QLabel()
        self.caption.setBuddy(self.plate)
        list_buttons = ListButtons()
        self.add_button, self.remove_button = list_buttons.add_button, list_buttons.remove_button
        self.hint = list_buttons.hint
        self.model = RowTableModel([Column("", lambda plate: plate)], wizard.live.desk.timezone)
        self.table = RowTable(self.model)
        self.table.fit_to_width(0)
        top = QHBoxLayout()
        top.addWidget(self.caption)
        top.addWidget(beside(self.plate, self.plate_message, 180), 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(list_buttons.row())
        layout.addWidget(self.table, 1)
        self.enter = EnterAdds(
            (self.plate,), lambda: not self.plate.text().strip(), self._on_add_button_clicked
        )
        self.enter.update()
        self.plate.textChanged.connect(self._on_plate_text_changed)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.setTitle(self.tr("Vehicles"))
        self.setSubTitle(self.tr("Plates of the household's cars, for the car park. None is fine."))
        self.caption.setText(self.tr("&Plate"))
        self.add_button.setText(self.tr("&Add vehicle"))
        self.remove_button.setText(self.tr("Remove"))
        self.hint.setText(self.tr("Enter adds the plate; Enter on an empty field goes on."))
        self.model.set_headings([self.tr("Plate")])

    def initializePage(self) -> None:
        self.plate.setFocus()

    def _on_plate_text_changed(self, text: str) -> None:
        set_message(self.plate_message, *check_plate(text))
        self.enter.update()

    def add_plate(self) -> bool:
        try:
            plate = validate_plate(self.plate.text())
            if plate in self.wizard_.vehicles:
                raise errors.VehicleExistsError(plate=plate)
        except DomainError as refusal:
            set_message(self.plate_message, "error", str(refusal))
            return False
        self.wizard_.vehicles.append(plate)
        self.model.set_rows(self.wizard_.vehicles)
        self.plate.clear()
        self.plate.setFocus()
        return True

    def _on_add_button_clicked(self) -> None:
        self.add_plate()

    def _on_remove_button_clicked(self) -> None:
        remove_selected(self.table, self.model, self.wizard_.vehicles)

    def validatePage(self) -> bool:
        return not self.plate.text().strip() or self.add_plate()
