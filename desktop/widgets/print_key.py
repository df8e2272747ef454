"""Ctrl+P, the one key that prints, wherever a document can be printed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton


def print_key(button: QAbstractButton) -> QShortcut:
    """Ctrl+P presses the button from anywhere in its window, while it is shown and enabled
    (a button's own shortcut would be reset by every setText of a translated label)."""
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), button)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(button.click)
    return shortcut
