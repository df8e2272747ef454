"""Taking the shift over at sign-in: the handover waiting from someone else, its items with a
box each (a tick records that item as taken over), Enter takes over the whole handover, and
"Later" leaves it waiting (nothing is recorded)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.handover.items import item_text
from desktop.live import LiveDesk
from desktop.widgets import keyboard
from desktop.widgets.forms import error_label
from domain import errors

INDEX_ROLE = Qt.ItemDataRole.UserRole + 1


class TakeOverDialog(QDialog):
    """Emits `taken_over(handover id)` once the whole handover is acknowledged."""

    taken_over = Signal(str)

    def __init__(self, live: LiveDesk, row: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.row = row
        self.setModal(True)
        self.setMinimumSize(560, 440)
        self.heading = QLabel()
        self.heading.setObjectName("CardTitle")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.checklist = QListWidget()
        self.checklist.setObjectName("Checklist")
        self.checklist.setWordWrap(True)
        self.error = error_label()
        self.later_button = QPushButton()
        self.later_button.setAutoDefault(False)
        self.take_over_button = QPushButton()
        self.take_over_button.setProperty("primary", True)
        self.take_over_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.later_button)
        buttons.addStretch()
        buttons.addWidget(self.take_over_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes)
        layout.addWidget(self.checklist, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._fill()
        self.checklist.itemChanged.connect(self._on_item_changed)
        self.later_button.clicked.connect(self.reject)
        self.take_over_button.clicked.connect(self.take_over)
        self.retranslate()
        keyboard.install(self, self.take_over_button)
        self.take_over_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _staff_name(self, username: str) -> str:
        try:
            return self.live.desk.get_staff(username).name
        except errors.DomainError:
            return username

    def retranslate(self) -> None:
        zone = self.live.desk.timezone
        self.setWindowTitle(self.tr("Take over the shift"))
        self.heading.setText(self.tr("Take over the shift"))
        self.summary.setText(
            self.tr(
                "{name} handed over at {time}: {count} open matters. Tick each as it is "
                "explained, or take over all."
            ).format(
                name=self._staff_name(self.row.handed_over_by),
                time=self.row.handed_over_at.astimezone(zone).strftime("%m-%d %H:%M"),
                count=len(self.row.items),
            )
        )
        self.notes.setText(self.tr("Notes: {notes}").format(notes=self.row.notes))
        self.notes.setVisible(bool(self.row.notes))
        self.later_button.setText(self.tr("Later (Esc)"))
        self.later_button.setToolTip(
            self.tr("Leave the handover waiting: it is asked again at the next sign-in")
        )
        self.take_over_button.setText(self.tr("Take over all  (Enter)"))

    def _fill(self) -> None:
        zone = self.live.desk.timezone
        self.checklist.blockSignals(True)
        self.checklist.clear()
        for index, item in enumerate(self.row.items):
            entry = QListWidgetItem(item_text(item, zone))
            entry.setData(INDEX_ROLE, index)
            checked = index in self.row.checked
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            if checked:  # recorded: a tick cannot be taken back
                entry.setFlags(entry.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            self.checklist.addItem(entry)
        self.checklist.blockSignals(False)

    def _on_item_changed(self, entry: QListWidgetItem) -> None:
        if entry.checkState() != Qt.CheckState.Checked:
            return
        index = int(entry.data(INDEX_ROLE))
        self.error.hide()
        try:
            self.live.run(self.live.desk.acknowledge_handover, self.row.handover_id, item=index)
        except errors.DomainError as refusal:
            self.error.setText(str(refusal))
            self.error.show()
            self.checklist.blockSignals(True)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.checklist.blockSignals(False)
            return
        self.checklist.blockSignals(True)
        entry.setFlags(entry.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        self.checklist.blockSignals(False)

    def take_over(self) -> None:
        self.error.hide()
        try:
            self.live.run(self.live.desk.acknowledge_handover, self.row.handover_id)
        except errors.DomainError as refusal:
            self.error.setText(str(refusal))
            self.error.show()
            return
        self.taken_over.emit(self.row.handover_id)
        self.accept()
