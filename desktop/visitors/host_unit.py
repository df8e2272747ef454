"""The host unit of a visit: typed with completion from the occupied units, and beside it who
lives there, or that no household does."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop.visitors.field_checks import is_unit_number
from domain import errors
from domain.values import UnitNumber

UNIT_ROLE = Qt.ItemDataRole.UserRole + 10


class HostUnit(QWidget):
    """The unit field and the host's names; `is_registered` says whether a unit exists."""

    def __init__(self, is_registered: Callable[[str], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.is_registered = is_registered
        self.nobody_here = ""  # the text for an empty unit, in the form's language
        self._households: dict[str, str] = {}
        self._known = False  # who lives where is read off the GUI thread: not yet
        self.unit = QLineEdit()
        self.unit.setPlaceholderText("3-2-1502")
        self.unit.setMaxLength(12)
        self.units = QStandardItemModel(self)
        self.completer = QCompleter(self.units, self)
        self.completer.setCompletionRole(UNIT_ROLE)
        self.completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(8)
        self.unit.setCompleter(self.completer)
        self.host = QLabel()
        self.host.setObjectName("FieldHint")
        self.host.setMinimumWidth(90)
        self.host.setStyleSheet(
            "QLabel { color: #4a5568; } QLabel[alert='true'] { color: #b7791f; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.unit, 0)
        row.addWidget(self.host, 1)
        self.unit.setFixedWidth(110)

    def set_households(self, households: dict[str, str]) -> None:
        """The occupied units and who lives there, for completion and the host's name."""
        if self._known and households == self._households:
            return
        self._known = True
        self._households = dict(households)
        self.units.clear()
        for unit, members in households.items():
            item = QStandardItem(f"{unit}   {members}")
            item.setData(unit, UNIT_ROLE)
            self.units.appendRow(item)
        self.show_host()

    def show_host(self) -> None:
        text = self.unit.text().strip()
        members = self._households.get(text)
        if members is None:
            try:
                members = self._households.get(str(UnitNumber.parse(text))) if text else None
            except errors.DomainError:
                members = None
        if members:
            self.host.setText(members)
            self.host.setProperty("alert", False)
        elif self._known and text and is_unit_number(text) and self.is_registered(text):
            # An unknown unit is not said to be empty: registering says it is unknown; nor
            # is any, before the desk knows who lives where.
            self.host.setText(self.nobody_here)
            self.host.setProperty("alert", True)
        else:
            self.host.setText("")
            self.host.setProperty("alert", False)
        self.host.style().unpolish(self.host)
        self.host.style().polish(self.host)

    def hide_completions(self) -> None:
        popup = self.completer.popup()
        if popup is not None and popup.isVisible():
            popup.hide()
