"""Setters that touch a widget only when something changes.

Live views repaint every second; with PySide6 6.12 on Python 3.11 every call of a void Qt
method also drops a reference to None (a binding bug), so the per-second paths call Qt only
for what actually changed — which is also cheaper.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget


def set_text(widget: QLabel, text: str) -> None:
    if widget.text() != text:
        widget.setText(text)


def set_flag(widget: QWidget, name: str, value: Any) -> None:
    """A dynamic property the stylesheet reads (`[alert="true"]`), re-polished on change."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
