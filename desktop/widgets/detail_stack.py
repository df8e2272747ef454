"""The list-on-the-left, record-on-the-right layouts of the workspaces."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)


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


def side_column(*parts: QWidget | QLayout, grows: QWidget) -> QWidget:
    """The left side of a split page: its parts one under another, `grows` taking the room."""
    side = QWidget()
    layout = QVBoxLayout(side)
    layout.setContentsMargins(14, 12, 6, 10)
    layout.setSpacing(8)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part, 1 if part is grows else 0)
    return side


def split_beside(page: QWidget, left: QWidget, right: QWidget, widths: tuple[int, int]) -> None:
    """A list and what is chosen in it, side by side, the divider movable but never closed."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setStretchFactor(0, widths[0])
    splitter.setStretchFactor(1, widths[1])
    splitter.setSizes(list(widths))
    splitter.setChildrenCollapsible(False)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(splitter)
