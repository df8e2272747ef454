"""A flat's standing instructions in its resident file: those in force, set one (kind, person,
note, until) and end one. Ending is destructive: pressed on purpose (never the focus), and
asked before it acts, going back being the default."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QTextDocumentFragment
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.labels import label
from desktop.live import LiveDesk
from desktop.widgets import keyboard
from desktop.widgets.command_dialog import CommandDialog
from desktop.widgets.dates import to_date
from desktop.widgets.instructions_note import ALERT_COLOUR, InstructionsNote
from domain.errors import DomainError
from domain.instructions import InstructionKind

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KINDS = [kind.value for kind in InstructionKind]


class SetInstructionDialog(CommandDialog):
    def __init__(self, live: LiveDesk, unit: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Standing instruction for {unit}").format(unit=unit), "", parent)
        self.ok.setText(self.tr("Set instruction"))
        self.live, self.unit, self.instruction_id = live, unit, ""
        self.kind = QComboBox()
        for code in KINDS:
            self.kind.addItem(label(code), code)
        self.person = QLineEdit()
        self.person.setMaxLength(60)
        self.person.setPlaceholderText(self.tr("a name, or a trade (for who may or may not enter)"))
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        today = live.today()
        self.until = QDateEdit(QDate(today.year, today.month, today.day))
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.until.setMinimumDate(self.until.date())
        self.until_set = QCheckBox(self.tr("Ends on"))
        until_row = QHBoxLayout()
        until_row.addWidget(self.until_set)
        until_row.addWidget(self.until, 1)
        self.form.addRow(self.tr("&Kind"), self.kind)
        self.form.addRow(self.tr("&Person"), self.person)
        self.form.addRow(self.tr("&Note"), self.note)
        self.form.addRow(self.tr("&Until"), until_row)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self._on_kind_changed()

    def _on_kind_changed(self, *_: object) -> None:
        if self.kind.currentData() == "away":
            self.until_set.setChecked(True)  # away needs the day they are back

    def submit(self) -> None:
        until = to_date(self.until.date()).isoformat() if self.until_set.isChecked() else ""
        self.instruction_id = self.live.run(
            self.live.desk.set_instruction,
            self.unit,
            self.kind.currentData(),
            person=self.person.text(),
            note=self.note.text(),
            until=until,
        )


class InstructionsSection(QFrame):
    """The instructions in force for the flat shown; `changed` after one is set or ended."""

    changed = Signal()

    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.live = live
        self.unit = ""
        self.rows: list[Any] = []
        self.dialog: CommandDialog | None = None
        self.lines = InstructionsNote(live)  # renders each line as the other places do
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold; color: #4a5568;")
        self.list = QListWidget()
        self.list.setMaximumHeight(76)
        self.set_button = QPushButton()
        self.end_button = QPushButton()
        keyboard.mark_destructive(self.end_button)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.set_button)
        top.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.set_button.clicked.connect(self._on_set_button_clicked)
        self.end_button.clicked.connect(self._on_end_button_clicked)
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.read_only = False
        self.retranslate()

    def retranslate(self) -> None:
        self.set_button.setText(self.tr("Set instruction…"))
        self.end_button.setText(self.tr("End instruction…"))
        self._fill()

    def show_unit(self, unit: str) -> None:
        self.unit = unit
        self.rows = self.lines.show_for(unit) if unit else []
        self._fill()

    def _fill(self) -> None:
        self.heading.setText(
            self.tr("Standing instructions ({count})").format(count=len(self.rows))
            if self.rows
            else self.tr("Standing instructions: none")
        )
        self.list.clear()
        for row in self.rows:
            entry = QListWidgetItem(_plain(self.lines.line(row)))
            entry.setData(ID_ROLE, row.instruction_id)
            if row.kind == "do_not_admit":
                entry.setForeground(QColor(ALERT_COLOUR))
            self.list.addItem(entry)
        self.list.setVisible(bool(self.rows))
        self._enable()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._enable()

    def _enable(self) -> None:
        writable = bool(self.unit) and not self.read_only
        self.set_button.setEnabled(writable)
        self.end_button.setEnabled(writable and self.list.currentRow() >= 0)

    def _open(self, dialog: CommandDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.accepted.connect(self._after)
        dialog.open()

    def _after(self) -> None:
        self.show_unit(self.unit)
        self.changed.emit()

    def _on_set_button_clicked(self) -> None:
        if self.unit:
            self._open(SetInstructionDialog(self.live, self.unit, self))

    def _on_end_button_clicked(self) -> None:
        index = self.list.currentRow()
        if not 0 <= index < len(self.rows):
            return
        row = self.rows[index]
        question = self.tr("End this instruction for {unit}?\n{instruction}").format(
            unit=row.unit, instruction=self.list.item(index).text()
        )
        self.confirmation = keyboard.confirm(
            self,
            self.tr("End a standing instruction"),
            question,
            self.tr("End instruction"),
            lambda: self.end(row.instruction_id),
        )

    def end(self, instruction_id: str) -> None:
        """end_instruction, once confirmed; a refusal is said in the heading's place."""
        try:
            self.live.run(self.live.desk.end_instruction, instruction_id)
        except DomainError as refusal:
            self.heading.setText(str(refusal))
            return
        self._after()


def _plain(rich: str) -> str:
    """A rendered line without its markup, for a list row."""
    return QTextDocumentFragment.fromHtml(rich).toPlainText()
