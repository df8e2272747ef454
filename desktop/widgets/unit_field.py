"""A unit-number field that completes as you type (from the units the read models know)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget


class UnitField(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.units = QStringListModel(self)
        completer = QCompleter(self.units, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setPlaceholderText("3-2-1502")
        self._given: Sequence[str] | None = None

    def set_units(self, units: Sequence[str]) -> None:
        """The units to complete from, in the community's order. Given the same again (a
        page read again as another desk records something), nothing is redone: ordering
        ten thousand units took a tenth of a second of the window's."""
        if units == self._given:
            return
        self._given = list(units)
        self.units.setStringList(sorted(set(units), key=_unit_order))

    def unit(self) -> str:
        return self.text().strip()


def _unit_order(unit: str) -> list[tuple[int, str]]:
    return [(int(part), "") if part.isdigit() else (1 << 30, part) for part in unit.split("-")]
