"""A flat's standing instructions in force, shown wherever the flat is typed: do-not-admit in
red with its note, who may be let in, away until a date, a note."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.labels import label
from desktop.live import LiveDesk
from domain import errors
from domain.values import UnitNumber

ALERT_COLOUR = "#c53030"


def unit_of(text: str) -> str:
    """The flat a typed text names, written as the desk writes it; "" when it names none."""
    text = text.strip()
    if not text:
        return ""
    try:
        return str(UnitNumber.parse(text))
    except errors.DomainError:
        return ""


class InstructionsNote(QLabel):
    """Hidden while the flat typed has no instruction in force."""

    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.setObjectName("InstructionsNote")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.rows: list[Any] = []
        self.unit = ""
        self.hide()

    def show_for(self, text: str) -> list[Any]:
        """The instructions in force for the flat `text` names (none for an unknown one)."""
        unit = unit_of(text)
        self.unit = unit
        if not unit:
            self.rows = []
        else:
            book, today = self.live.models.instruction_book, self.live.today()
            self.rows = self.live.read(lambda db: book.in_force(db, today, unit))
        self._render()
        return self.rows

    def sizeHint(self) -> QSize:
        """As tall as the lines are at the width the label has (QLabel guesses a narrow
        width for wrapped rich text, and the form kept the room of that guess)."""
        hint = super().sizeHint()
        if self.width() > hint.width():
            return QSize(hint.width(), self.heightForWidth(self.width()))
        return hint

    def barred(self) -> bool:
        return any(r.kind == "do_not_admit" for r in self.rows)

    def _render(self) -> None:
        if not self.rows:
            self.clear()
            self.hide()
            return
        self.setText("<br>".join(self.line(row) for row in self.rows))
        self.show()

    def line(self, row: Any) -> str:
        """One instruction as a line of rich text."""
        parts = [f"<b>{escape(label(row.kind))}</b>"]
        if row.person:
            parts.append(escape(row.person))
        if row.note:
            parts.append(escape(row.note))
        if row.until is not None:
            parts.append(escape(self.tr("until {day}").format(day=row.until.isoformat())))
        text = " · ".join(parts)
        if row.kind == "do_not_admit":
            return f"<span style='color:{ALERT_COLOUR}'>{text}</span>"
        return text

    def retranslate(self) -> None:
        self._render()
