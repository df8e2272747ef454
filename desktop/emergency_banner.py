"""Across every desk's window when an emergency is reported anywhere: what, where and when,
and the way to open it, until someone acknowledges it (or the banner is put away)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.labels import label

STYLE = """
QFrame#EmergencyAlert { background: #c53030; border-bottom: 2px solid #742a2a; }
QFrame#EmergencyAlert QLabel { color: white; font-weight: bold; font-size: 16px; }
QFrame#EmergencyAlert QPushButton { background: white; color: #9b2c2c; font-weight: bold;
    border: 1px solid #742a2a; border-radius: 4px; padding: 5px 14px; }
QFrame#EmergencyAlert QPushButton#Dismiss { background: transparent; color: white;
    border: 1px solid white; }
"""


class EmergencyAlert(QFrame):
    """Shows the emergencies nobody has acknowledged yet that were reported since the desk
    opened; `open_incident` asks the window to open one."""

    open_incident = Signal(str)

    def __init__(
        self, zone: Any, name_of: Callable[[str], str] = str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("EmergencyAlert")
        self.setStyleSheet(STYLE)
        self.zone = zone
        self.name_of = name_of  # a username -> the staff member's name
        self.rows: list[Any] = []
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # never steals the typing
        self.dismiss = QPushButton()
        self.dismiss.setObjectName("Dismiss")
        self.dismiss.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 8, 18, 8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.dismiss)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.dismiss.clicked.connect(self._on_dismiss_clicked)
        self.hide()

    def announce(self, row: Any) -> None:
        self.rows = [r for r in self.rows if r.incident_id != row.incident_id] + [row]
        self._show_latest()

    def keep_only(self, unanswered: set[str]) -> None:
        """Emergencies acknowledged meanwhile (at any desk) leave the banner."""
        self.rows = [r for r in self.rows if r.incident_id in unanswered]
        self._show_latest()

    def _show_latest(self) -> None:
        if not self.rows:
            self.hide()
            return
        row = self.rows[-1]
        text = self.tr("EMERGENCY: {what} at {where}, reported {when} by {who}").format(
            what=label(row.category),
            where=row.location,
            when=row.reported_at.astimezone(self.zone).strftime("%H:%M"),
            who=self.name_of(row.reported_by),
        )
        if len(self.rows) > 1:
            text += " " + self.tr("(+{n} more not acknowledged)").format(n=len(self.rows) - 1)
        self.text.setText(text)
        self.show()

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Open it"))
        self.dismiss.setText(self.tr("Hide"))
        if self.rows:
            self._show_latest()

    def _on_open_clicked(self) -> None:
        if self.rows:
            row = self.rows.pop()
            self._show_latest()
            self.open_incident.emit(row.incident_id)

    def _on_dismiss_clicked(self) -> None:
        self.rows = []
        self.hide()
