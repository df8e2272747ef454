"""One reason, then one command: declining, waiving or revoking a visitor pass. Revoking is
destructive: it needs a reason and then a confirmation whose default is to go back."""

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

from desktop.widgets import keyboard
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
        destructive: bool = False,
    ) -> None:
        super().__init__(parent)
        self.run = run
        self.destructive = destructive
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
        self.keys = keyboard.install(self, self.ok_button, self.reason)

    def text(self) -> str:
        return self.reason.currentText().strip()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.reason.setFocus()

    def _on_buttons_accepted(self) -> None:
        if not self.destructive:
            self._run()
            return
        if not self.text():
            self._show_error(self.tr("Choose or type the reason first."))
            return
        keyboard.confirm(
            self,
            self.windowTitle(),
            self.tr("{action} — reason: {reason}\nThis cannot be undone. Go ahead?").format(
                action=self.windowTitle(), reason=self.text()
            ),
            self.ok_button.text(),
            self._run,
        )

    def _run(self) -> None:
        try:
            self.run(self.text())
        except DomainError as refusal:
            self._show_error(str(refusal))
            return
        self.accept()
