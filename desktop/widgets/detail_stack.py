"""The list-on-the-left, record-on-the-right layout of the Residents and Activities pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QWidget


class DetailStack(QStackedWidget):
    """Shows the selected record, or a hint when nothing is selected."""

    def __init__(self, detail: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail = detail
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #718096; font-size: 15px;")
        self.addWidget(self.empty)
        self.addWidget(detail)

    def show_detail(self, shown: bool) -> None:
        self.setCurrentWidget(self.detail if shown else self.empty)


def list_beside_detail(page: QWidget, left: QWidget, right: DetailStack) -> None:
    layout = QHBoxLayout(page)
    layout.setContentsMargins(16, 16, 16, 16)
    layout.setSpacing(14)
    layout.addWidget(left)
    layout.addWidget(right, 1)
