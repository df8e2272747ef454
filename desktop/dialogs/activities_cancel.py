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
        super().__init__(title, action, parent)
        self.run = run
        self.set_intro(intro)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.addItems(["", *suggestions])
        self.reason.setMinimumWidth(300)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.reason.setFocus()

    def submit(self) -> None:
        self.run(self.reason.currentText())
