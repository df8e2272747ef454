"""One reason, then one command: declining, waiving or revoking a visitor pass."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from domain.errors import DomainError


class ReasonDialog(QDialog):
    """Asks for a reason and runs the command with it; a refusal stays in the dialog."""

    def __init__(
        self,
        title: str,
        prompt: str,
        suggestions: Sequence[str],
        run: Callable[[str], object],
        action: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.run = run
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.addItems(["", *suggestions])
        self.reason.setCurrentIndex(0)
        self.prompt.setBuddy(self.reason)
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(action)
        self.ok_button.setProperty("primary", True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.prompt)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons, alignment=Qt.AlignmentFlag.AlignRight)
        self.reason.setFocus()

    def text(self) -> str:
        return self.reason.currentText().strip()

    def _on_buttons_accepted(self) -> None:
        try:
            self.run(self.text())
        except DomainError as refusal:
            self.error.setText(str(refusal))
            self.error.show()
            self.reason.setFocus()
            return
        self.accept()
