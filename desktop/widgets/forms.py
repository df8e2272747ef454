"""The desk's forms, built one way: captions right-aligned beside fields that grow, each
caption the buddy of its field (its Alt key reaches the field), a red message under the form,
and keys that work wherever the focus is inside the form."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


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


class EnterMovesOn(QObject):
    """Enter in a form goes on to the next field to type in: a choice keeps what it shows
    (Tab, or its Alt key, reaches it). Ctrl+Enter anywhere, or Enter on the last of the
    fields (the form's button), submits. `leaving(field)` runs as Enter leaves a field."""

    def __init__(
        self,
        owner: QWidget,
        fields: Sequence[QWidget],
        submit: Callable[[], object],
        leaving: Callable[[QObject], None],
    ) -> None:
        super().__init__(owner)
        self.owner = owner
        self.fields = list(fields)
        self.submit = submit
        self.leaving = leaving
        for field in self.fields:
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress):
            return super().eventFilter(watched, event)
        if event.key() not in ENTER:
            return False
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if ctrl or watched is self.fields[-1]:
            self.submit()
            return True
        self.next_field(watched)
        return True

    def next_field(self, current: QObject) -> None:
        self.leaving(current)
        visible = [f for f in self.fields if f.isVisibleTo(self.owner) and f.isEnabled()]
        if current in visible:
            later = visible[visible.index(current) + 1 :]
            # The choices a form starts with (a guest, a resident ID) are kept: Enter goes
            # on to what must be typed.
            typed = [f for f in later if not isinstance(f, QComboBox)]
            (typed or later or visible[-1:])[0].setFocus(Qt.FocusReason.TabFocusReason)
