"""Cancelling an activity, or one household's registration, with the reason."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QWidget

from desktop.widgets.command_dialog import CommandDialog


class CancelDialog(CommandDialog):
    """One reason, then the cancelling command (`run` gets the reason)."""

    def __init__(
        self,
        title: str,
        intro: str,
        action: str,
        suggestions: list[str],
        run: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, action, parent, destructive=True)
        self.run = run
        self.set_intro(intro)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.addItems(["", *suggestions])
        self.reason.setMinimumWidth(300)
        self.form.addRow(self.tr("Reason"), self.reason)

    def missing(self) -> str:
        if self.reason.currentText().strip():
            return ""
        return self.tr("Choose or type the reason first.")

    def submit(self) -> None:
        self.run(self.reason.currentText())
