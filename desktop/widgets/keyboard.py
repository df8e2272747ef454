"""The desk's one keyboard rule, for every dialog.

Enter runs the dialog's main action, never a choice button; Enter on a plain button that has
the focus presses that button (what the focus ring shows is what happens). Esc asks before
throwing away what was typed, and just closes an untouched dialog. The cursor starts in the
first field. Destructive actions (revoke, cancel, terminate) never take the focus, so no
Space or Enter meant for something else reaches them, and they ask before they act.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
FIELD_TYPES = (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit)


def is_field(widget: QWidget | None) -> bool:
    return isinstance(widget, FIELD_TYPES)


def mark_destructive(button: QPushButton) -> None:
    """A destructive action is pressed on purpose (a click or its Alt key), never reached by
    Tab, never the default, never where the focus comes back to after a dialog."""
    button.setProperty("destructive", True)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setAutoDefault(False)
    button.setDefault(False)


def is_destructive(button: QAbstractButton) -> bool:
    return bool(button.property("destructive"))


class _SelectAll(QObject):
    """Selects the whole text when the field gets the focus: what is typed replaces it (in a
    date edit, its first section: Qt takes digits typed over a whole selection for nothing).

    In a date edit, a separator typed right after Qt has moved on to the next section by
    itself (a full "09" hour) is swallowed; Qt would take it to skip one more section, and
    "2026-11-01 09:30" became 09:00:30."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn and isinstance(watched, (QLineEdit, QAbstractSpinBox)):
            # after the click that focused it has placed the cursor
            QTimer.singleShot(0, watched, lambda w=watched: _select_all(w))
        elif (
            kind == QEvent.Type.KeyPress
            and isinstance(watched, QDateTimeEdit)
            and isinstance(event, QKeyEvent)
        ):
            typed = event.text()
            line = watched.lineEdit()
            before = line.text()[: line.cursorPosition()]
            if typed and not typed.isalnum() and before.endswith(typed):
                return True
        return False


def _select_all(widget: QLineEdit | QAbstractSpinBox) -> None:
    if isinstance(widget, QDateTimeEdit):
        if widget.hasFocus():  # from its first section on, a typed date replaces the shown one
            widget.setCurrentSectionIndex(0)
            widget.setSelectedSection(widget.sectionAt(0))
    elif widget.hasFocus():
        widget.selectAll()


def select_all_on_focus(*widgets: QLineEdit | QAbstractSpinBox) -> None:
    """A suggested value (a fee, a date) is replaced by typing, not appended to; a typed
    ISO date lands in the date edit exactly as typed."""
    for widget in widgets:
        if widget.property("selectAllOnFocus"):
            continue
        widget.setProperty("selectAllOnFocus", True)
        keeper = _SelectAll(widget)
        widget.installEventFilter(keeper)


def field_values(root: QWidget) -> list[object]:
    """What the person has typed or chosen in a dialog, to tell whether anything changed."""
    values: list[object] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), (QComboBox, QAbstractSpinBox)
        ):
            continue  # its combo box or spin box says it
        if isinstance(widget, QLineEdit) and not widget.isReadOnly():
            values.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)) and not widget.isReadOnly():
            values.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            values.append(widget.currentText())
        elif isinstance(widget, QAbstractSpinBox):
            values.append(widget.text())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            values.append(widget.isChecked())
    return values


class DialogKeys(QObject):
    """The rule, installed on one dialog (see `install`)."""

    def __init__(self, dialog: QDialog, primary: QPushButton | None, first: QWidget | None) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.primary = primary
        self.first = first
        self.snapshot: list[object] | None = None
        self.discard_box: QMessageBox | None = None
        dialog.installEventFilter(self)
        self.apply()

    # --- buttons ---------------------------------------------------------------------------

    def apply(self) -> None:
        """No button but the main one is ever the default, whatever has the focus."""
        for button in self.dialog.findChildren(QPushButton):
            if button.window() is not self.dialog:
                continue  # a message box of its own
            if button is self.primary:
                continue
            button.setAutoDefault(False)
            if self.primary is not None:  # else the dialog (a wizard) keeps its own default
                button.setDefault(False)
        if self.primary is not None:
            self.primary.setAutoDefault(False)
            self.primary.setDefault(True)
        select_all_on_focus(*self.dialog.findChildren(QDateTimeEdit))

    # --- typed data --------------------------------------------------------------------------

    def mark_clean(self) -> None:
        """What the dialog shows now is what Esc may close without asking about."""
        self.snapshot = field_values(self.dialog)

    def dirty(self) -> bool:
        return self.snapshot is not None and field_values(self.dialog) != self.snapshot

    def ask_discard(self) -> None:
        box = QMessageBox(self.dialog)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.dialog.windowTitle())
        box.setText(self.tr("Discard what was typed in this form?"))
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.discard_box = box

        def answered() -> None:
            self.discard_box = None
            box.deleteLater()
            if box.clickedButton() is discard:
                self.dialog.reject()

        box.finished.connect(answered)
        box.open()

    # --- focus -----------------------------------------------------------------------------

    def first_field(self) -> QWidget | None:
        if self.first is not None:
            return self.first
        widget = self.dialog.nextInFocusChain()
        while widget is not None and widget is not self.dialog:
            if (
                is_field(widget)
                and widget.isVisibleTo(self.dialog)
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                return widget
            widget = widget.nextInFocusChain()
        return None

    def focus_first(self) -> None:
        current = self.dialog.focusWidget()
        if is_field(current) or (current is not None and is_field(current.parentWidget())):
            return  # the dialog chose its field already
        field = self.first_field()
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the events ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not getattr(self, "dialog", None):
            return False  # (or the rule's Python side is already gone with its dialog)
        kind = event.type()
        if kind == QEvent.Type.Show:
            self.apply()
            self.focus_first()
            if self.snapshot is None:
                self.mark_clean()
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        return False

    def _key(self, event: QKeyEvent) -> bool:
        key, modifiers = event.key(), event.modifiers()
        plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if key == Qt.Key.Key_Escape and plain:
            if self.dirty():
                self.ask_discard()
                return True
            return False
        if key in ENTER_KEYS and plain:
            focused = QApplication.focusWidget()
            if (
                isinstance(focused, QPushButton)
                and focused.window() is self.dialog
                and not focused.isCheckable()
                and not is_destructive(focused)
                and focused.isEnabled()
            ):
                focused.click()  # the button the focus ring is on
                return True
        return False


def install(
    dialog: QDialog, primary: QPushButton | None = None, first: QWidget | None = None
) -> DialogKeys:
    """Puts the desk's keyboard rule on a dialog. `primary` is what Enter runs; `first` is
    where the cursor starts (the first field in Tab order if not given)."""
    keys = DialogKeys(dialog, primary, first)
    dialog.setProperty("deskKeys", True)
    # Kept on the dialog itself; Qt's class declares no such field.
    dialog._desk_keys = keys  # type: ignore[attr-defined]
    # And here, as long as the dialog lives: a dialog nobody in Python holds (parented to
    # the window, shown and forgotten) loses its Python side, and with it that field,
    # while Qt still sends the rule its events.
    held = id(keys)
    _held[held] = keys
    dialog.destroyed.connect(lambda: _held.pop(held, None))
    return keys


_held: dict[int, DialogKeys] = {}


def keys_of(dialog: QDialog) -> DialogKeys | None:
    return getattr(dialog, "_desk_keys", None)


def confirm(
    parent: QWidget,
    title: str,
    question: str,
    action: str,
    then: Callable[[], None],
    go_back: str = "",
) -> QMessageBox:
    """Asks before a destructive action; going back is the default and what Enter and Esc
    do, so only a deliberate choice of `action` runs `then`."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(question)
    act = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    back = box.addButton(
        go_back or QCoreApplication.translate("DialogKeys", "Go back"),
        QMessageBox.ButtonRole.RejectRole,
    )
    act.setAutoDefault(False)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    # Held by the parent until answered, so the box outlives this call; Qt declares no such field.
    parent._confirmation = box  # type: ignore[attr-defined]

    def answered() -> None:
        parent._confirmation = None  # type: ignore[attr-defined]
        box.deleteLater()
        if box.clickedButton() is act:
            then()

    box.finished.connect(answered)
    box.open()
    return box
