"""A titled card holding one list on the Today page."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.widgets.table_model import RowTableModel
from desktop.widgets.tables import RowTable


class Card(QFrame):
    def __init__(
        self, model: RowTableModel, stretch_column: int = 1, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.heading = QLabel()
        self.heading.setObjectName("CardTitle")
        self.count = QLabel()
        self.count.setObjectName("CardCount")
        self.table = RowTable(model)
        self.table.fit_to_width(stretch_column)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch()
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def set_count(self, count: int, alert: bool = False) -> None:
        self.count.setText(str(count))
        self.count.setProperty("alert", alert)
        self.count.style().unpolish(self.count)
        self.count.style().polish(self.count)
