"""A workspace not built yet says so plainly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.live import LiveDesk
from desktop.pages.base import Page


class PlaceholderPage(Page):
    def __init__(self, live: LiveDesk, key: str, parent: QWidget | None = None) -> None:
        super().__init__(live, parent)
        self.key = key
        self.note = QLabel()
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(self.note)
        self.retranslate()

    def title(self) -> str:
        names = {
            "residents": self.tr("Residents"),
            "visitors": self.tr("Visitors"),
            "contracts": self.tr("Contracts"),
            "incidents": self.tr("Incidents"),
            "activities": self.tr("Activities"),
            "dashboard": self.tr("Dashboard"),
            "audit": self.tr("Audit"),
        }
        return names.get(self.key, self.key)

    def retranslate(self) -> None:
        self.note.setText(self.tr("This workspace is not available yet."))
