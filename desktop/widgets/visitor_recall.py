"""A returning visitor, recognised as the phone or ID number is typed: who came last time
and to see whom, and one key (F2) to fill the form in from that visit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

RECALL_KEY = "F2"


class RecallBar(QFrame):
    accepted = Signal(str)  # the past pass to fill the form in from

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RecallBar")
        self.setStyleSheet(
            "QFrame#RecallBar { background: #f0fff4; border: 1px solid #9ae6b4;"
            " border-radius: 4px; } QFrame#RecallBar QLabel { color: #22543d; }"
        )
        self.row: Any = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.fill = QPushButton()
        self.fill.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # F2 or a click; typing goes on
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.fill)
        self.fill.clicked.connect(self.accept)
        self.hide()

    def offer(self, row: Any, zone: Any) -> None:
        self.row = row
        self.text.setText(
            self.tr("Came before: {name}, to {unit} on {day}").format(
                name=row.name,
                unit=row.host_unit,
                day=row.registered_at.astimezone(zone).strftime("%Y-%m-%d"),
            )
        )
        self.retranslate()
        self.show()

    def withdraw(self) -> None:
        self.row = None
        self.hide()

    def retranslate(self) -> None:
        self.fill.setText(self.tr("Fill in ({key})").format(key=RECALL_KEY))

    def accept(self) -> bool:
        if self.row is None or not self.isVisible():
            return False
        pass_id = self.row.pass_id
        self.withdraw()
        self.accepted.emit(pass_id)
        return True
