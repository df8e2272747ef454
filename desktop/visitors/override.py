"""A flat asked the desk not to admit a person: registering them is refused with the flat's
reason. A supervisor may admit them anyway by giving a reason of their own (recorded with
the pass); nobody else is offered the control."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop.live import LiveDesk
from desktop.widgets import keyboard
from domain.staff import may


class AdmitAnyway(QFrame):
    """Hidden until a do-not-admit refusal is shown to someone who may override it."""

    admit = Signal(str)  # the supervisor's reason

    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.caption = QLabel()
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.caption.setBuddy(self.reason)
        self.button = QPushButton()
        keyboard.mark_destructive(self.button)  # pressed on purpose, never by Enter
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.caption)
        row.addWidget(self.reason, 1)
        row.addWidget(self.button)
        self.button.clicked.connect(self._on_button_clicked)
        self.reason.textChanged.connect(lambda text: self.button.setEnabled(bool(text.strip())))
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("&Reason"))
        self.reason.setPlaceholderText(self.tr("why the supervisor admits them"))
        self.button.setText(self.tr("Admit anyway"))

    def offer(self) -> bool:
        """Shown when the person signed in may override the flat's instruction."""
        allowed = may(self.live.role, "override_do_not_admit")
        self.reason.clear()
        self.button.setEnabled(False)
        self.setVisible(allowed)
        return allowed

    def withdraw(self) -> None:
        self.reason.clear()
        self.hide()

    def _on_button_clicked(self) -> None:
        if self.reason.text().strip():
            self.admit.emit(self.reason.text().strip())
