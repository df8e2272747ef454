"""A small form that runs one desk command: the domain's refusal stays in the form, beside
what was typed, and nothing closes until the command has been recorded. It keeps the desk's
keyboard rule (desktop/widgets/keyboard.py); a destructive one asks before it acts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets import keyboard
from domain.errors import DomainError


class CommandDialog(QDialog):
    """Subclasses add rows to `form` and implement `submit()`, which runs the command."""

    def __init__(
        self, title: str, action: str, parent: QWidget | None = None, destructive: bool = False
    ) -> None:
        super().__init__(parent)
        self.destructive = destructive
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok: QPushButton = self.buttons.addButton(
            action, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setProperty("primary", True)
        self.ok.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.keys = keyboard.install(self, self.ok)

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def submit(self) -> None:
        """Run the command; a DomainError keeps the dialog open with its message."""
        raise NotImplementedError

    def missing(self) -> str:
        """What a destructive dialog still needs before it asks (e.g. a chosen reason)."""
        return ""

    def confirmation(self) -> str:
        """The question a destructive dialog asks before it acts."""
        return self.tr("{action}: this cannot be undone. Go ahead?").format(
            action=self.ok.text().replace("&", "")
        )

    def accept(self) -> None:
        if self.destructive:
            missing = self.missing()
            if missing:
                self.show_error(missing)
                return
            keyboard.confirm(
                self, self.windowTitle(), self.confirmation(), self.ok.text(), self._record
            )
            return
        self._record()

    def _record(self) -> None:
        try:
            self.submit()
        except DomainError as refusal:
            self.show_error(str(refusal))
            return
        self.show_error("")
        super().accept()
