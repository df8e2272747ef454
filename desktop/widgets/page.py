"""What every workspace shares: it refreshes from the live desk and opens records."""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QWidget,
)

from desktop.live import LiveDesk


class Page(QWidget):
    """A workspace in the main window. Subclasses fill `refresh` and `retranslate`."""

    open_record = Signal(str, str)  # kind ("incident", "visitor", "household", …), id

    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live

    def __init_subclass__(cls, **kwargs: object) -> None:
        """While the main window is being built, no workspace reads its data: each reads
        when it is first shown, so the desk opens as fast as its first screen."""
        super().__init_subclass__(**kwargs)
        if "refresh" in cls.__dict__:
            reads = cls.__dict__["refresh"]

            @functools.wraps(reads)
            def refresh(self: Page) -> None:
                if not self.live.opening:
                    reads(self)

            # The subclass's own refresh, replaced by the wrapper on its class.
            cls.refresh = refresh  # type: ignore[method-assign]

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Read the read models again (they moved on, or the page was shown)."""

    def retranslate(self) -> None:
        """Set every visible text again in the interface language."""

    def work_starts(self) -> QWidget | None:
        """Where the cursor goes when the workspace is opened by its shortcut: the first
        field that takes typing, else its first list (the arrow keys move in it), unless the
        page names another."""
        for kinds in ((QLineEdit, QAbstractSpinBox, QComboBox), (QAbstractItemView,)):
            for widget in self.findChildren(QWidget):
                if (
                    isinstance(widget, kinds)
                    and widget.isVisible()
                    and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                ):
                    return widget
        return None

    def start_work(self) -> None:
        field = self.work_starts()
        if field is not None:
            field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if isinstance(field, QLineEdit):
                field.selectAll()  # what is typed next replaces the last search or scan

    def show_record(self, kind: str, record_id: str) -> None:
        """Select and show one record of this page, when asked from elsewhere."""

    def set_read_only(self, read_only: bool) -> None:
        """Disable whatever changes things (an auditor's desk, or an as-of view)."""
