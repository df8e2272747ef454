"""Items lent and kept (借用与代管): what the desk lends (a wheelchair, umbrellas, tools, a
trolley) and the keys and cards it keeps for flats, what is out, with whom and until when —
late in red. A key or card goes only to someone the flat authorises: the domain says so
in the form when it is not."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.labels import label
from desktop.live import LiveDesk
from desktop.widgets.command_dialog import CommandDialog
from desktop.widgets.forms import error_label
from desktop.widgets.keyboard import select_all_on_focus
from desktop.widgets.table_model import Column, RowTableModel
from desktop.widgets.tables import RowTable
from domain import errors
from domain.lending import KEPT_FOR_A_FLAT, ItemKind
from projections.lending_log import ItemRow

LOAN_DAYS = 1  # what a loan is for unless changed: back the next day


class ItemsPanel(QFrame):
    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.dialog: CommandDialog | None = None
        self.setObjectName("Card")
        self.heading = QLabel()
        self.heading.setObjectName("CardTitle")
        self.count = QLabel()
        self.count.setObjectName("CardCount")
        self.model = RowTableModel(
            [
                Column("", lambda r: r.name),
                Column("", lambda r: label(r.kind) + (f" · {r.kept_for}" if r.kept_for else "")),
                Column("", self._out_to),
                Column("", lambda r: r.due, alert=self._late),
            ],
            live.desk.timezone,
        )
        self.table = RowTable(self.model)
        self.table.fit_to_width(2)
        self.add_button = QPushButton()
        self.lend_button = QPushButton()
        self.return_button = QPushButton()
        self.error = error_label()
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch()
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.lend_button, self.return_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_item)
        self.lend_button.clicked.connect(self.lend)
        self.return_button.clicked.connect(self.take_back)

    def _late(self, row: ItemRow) -> bool:
        return row.overdue(self.live.now())

    def _out_to(self, row: ItemRow) -> str:
        if not row.out:
            return self.tr("in")
        return self.tr("out: {unit} {person}").format(unit=row.lent_to_unit, person=row.person)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Items lent and kept"))
        self.model.set_headings(
            [self.tr("Item"), self.tr("Kind"), self.tr("Where"), self.tr("Due")]
        )
        self.add_button.setText(self.tr("&Add item…"))
        self.lend_button.setText(self.tr("&Lend…"))
        self.return_button.setText(self.tr("Re&turned"))
        if not self.live.opening:  # the page reads when it is shown
            self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        for button in (self.add_button, self.lend_button, self.return_button):
            button.setEnabled(not read_only)

    def refresh(self) -> None:
        log = self.live.models.lending_log
        rows = self.live.read(log.all)
        self.model.update_rows(rows, key=lambda r: r.item_id)
        now = self.live.now()
        out = [r for r in rows if r.out]
        late = sum(1 for r in out if r.overdue(now))
        self.count.setText(
            self.tr("{out} out · {late} late").format(out=len(out), late=late)
            if late
            else self.tr("{out} out").format(out=len(out))
        )
        self.count.setProperty("alert", late > 0)
        self.count.style().unpolish(self.count)
        self.count.style().polish(self.count)

    # --- the commands ---------------------------------------------------------------------

    def _chosen(self, out: bool) -> ItemRow | None:
        row = self.table.selected_row()
        if row is None or row.out != out:
            self._say(
                self.tr("Choose an item that is out first.")
                if out
                else self.tr("Choose an item that is in first.")
            )
            return None
        self.error.hide()
        return row

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def add_item(self) -> None:
        self.dialog = AddItemDialog(self.live, self)
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()

    def lend(self) -> None:
        row = self._chosen(out=False)
        if row is None:
            return
        self.dialog = LendDialog(self.live, row, self)
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()

    def take_back(self) -> None:
        row = self._chosen(out=True)
        if row is None:
            return
        try:
            self.live.run(self.live.desk.return_item, row.item_id)
        except errors.DomainError as refusal:
            self._say(str(refusal))
            return
        self.refresh()


class AddItemDialog(CommandDialog):
    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add an item"), self.tr("Add"), parent)
        self.live = live
        self.name = QLineEdit()
        self.name.setMaxLength(60)
        self.kind = QComboBox()
        for kind in ItemKind:
            self.kind.addItem(label(kind.value), kind.value)
        self.unit = QLineEdit()
        self.unit.setPlaceholderText("3-2-1502")
        self.form.addRow(self.tr("Name:"), self.name)
        self.form.addRow(self.tr("Kind:"), self.kind)
        self.form.addRow(self.tr("Kept for unit:"), self.unit)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self._on_kind_changed()

    def _on_kind_changed(self) -> None:
        self.unit.setEnabled(self.kind.currentData() in KEPT_FOR_A_FLAT)

    def submit(self) -> None:
        kind = self.kind.currentData()
        unit = self.unit.text().strip() if kind in KEPT_FOR_A_FLAT else ""
        self.live.run(self.live.desk.add_item, self.name.text(), kind, unit)


class LendDialog(CommandDialog):
    """Lend an item, or release a kept key or card, until a moment."""

    def __init__(self, live: LiveDesk, item: ItemRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Lend {item}").format(item=item.name), self.tr("Lend"), parent)
        self.live, self.item = live, item
        self.unit = QLineEdit(item.kept_for)
        self.unit.setPlaceholderText("3-2-1502")
        self.person = QLineEdit()
        self.person.setMaxLength(60)
        self.due = QDateTimeEdit()
        self.due.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.due.setCalendarPopup(True)
        due = live.now().astimezone(live.desk.timezone) + timedelta(days=LOAN_DAYS)
        self.due.setDateTime(
            QDateTime.fromString(due.strftime("%Y-%m-%d %H:%M"), "yyyy-MM-dd HH:mm")
        )
        select_all_on_focus(self.due)
        self.form.addRow(self.tr("Unit:"), self.unit)
        self.form.addRow(self.tr("Person:"), self.person)
        self.form.addRow(self.tr("Due back:"), self.due)
        if item.kind in KEPT_FOR_A_FLAT:
            self.set_intro(
                self.tr("Only to a member of {unit} or someone it authorised.").format(
                    unit=item.kept_for
                )
            )
        if item.kept_for:  # the flat is known: who takes it is asked first
            self.person.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        shown = self.due.dateTime().toPython()
        assert isinstance(shown, datetime)
        due = shown.replace(tzinfo=self.live.desk.timezone)
        self.live.run(
            self.live.desk.lend_item,
            self.item.item_id,
            self.unit.text().strip(),
            self.person.text().strip(),
            due.isoformat(),
        )
