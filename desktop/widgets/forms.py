"""The desk's forms, built one way: captions right-aligned beside fields that grow, each
caption the buddy of its field (its Alt key reaches the field), a red message under the form,
and keys that work wherever the focus is inside the form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


def form_layout(spacing: tuple[int, int] | None = None) -> QFormLayout:
    """An empty form; `spacing` is (between caption and field, between rows)."""
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    if spacing is not None:
        form.setHorizontalSpacing(spacing[0])
        form.setVerticalSpacing(spacing[1])
    return form


def add_captioned(form: QFormLayout, field: QWidget, buddy: QWidget | None = None) -> QLabel:
    """A row of the form; its caption (text set on retranslate) reaches `buddy` or the field."""
    caption = QLabel()
    caption.setBuddy(field if buddy is None else buddy)
    form.addRow(caption, field)
    return caption


def error_label() -> QLabel:
    """The red message under a form, hidden until there is something to say."""
    error = QLabel()
    error.setObjectName("FieldError")
    error.setWordWrap(True)
    error.hide()
    return error


def key_inside(owner: QWidget, keys: str | Qt.Key, slot: Callable[[], object]) -> QShortcut:
    """A key that works while the focus is anywhere inside `owner`."""
    shortcut = QShortcut(QKeySequence(keys), owner)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(slot)
    return shortcut
