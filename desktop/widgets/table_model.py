"""One Qt table model for every list of read-model rows: columns say what to show."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.labels import days
from domain.clock import local
from domain.personal_data import readable

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ALERT = QColor("#b3261e")


@dataclass(frozen=True)
class Column:
    heading: str
    value: Callable[[Any], Any]
    alert: Callable[[Any], bool] | None = None  # shown in red when true
    align_right: bool = False


def display(value: Any, zone: ZoneInfo) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, datetime):
        return local(value, zone).strftime("%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, timedelta):
        minutes = int(value.total_seconds() // 60)
        sign = "−" if minutes < 0 else ""
        hours, mins = divmod(abs(minutes), 60)
        return f"{sign}{hours}:{mins:02d}" if hours < 48 else days(hours // 24, sign)
    return readable(str(value))


def sort_key(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.timestamp()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, date):
        return value.toordinal()
    if value is None:
        return ""
    return value


class RowTableModel(QAbstractTableModel):
    """Read-model rows (frozen dataclasses) in a table; `set_rows` replaces them all."""

    def __init__(self, columns: Sequence[Column], zone: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._texts: dict[int, str] = {}  # a row's shown text, folded, by the row (its id)
        self._zone = zone

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = {}
        self.endResetModel()

    def update_rows(self, rows: Sequence[Any], key: Callable[[Any], Any]) -> None:
        """Like `set_rows`, but when the same records come back in the same order only their
        values change, so the selection and scroll position stay (a live countdown); when
        they come back unchanged (read again as another desk recorded something else), the
        view is left alone: no cell is asked for again."""
        rows = list(rows)
        if rows == self._rows:
            return
        if [key(r) for r in rows] != [key(r) for r in self._rows]:
            self.set_rows(rows)
            return
        self._rows = rows
        self._texts = {}
        if rows:
            last = self.index(len(rows) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def set_headings(self, headings: Sequence[str]) -> None:
        self._columns = [
            Column(h, c.value, c.alert, c.align_right)
            for h, c in zip(headings, self._columns, strict=True)
        ]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def row(self, index: Index) -> Any:
        return self._rows[index.row()]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_text(self, position: int) -> str:
        """What the row shows in every column, case-folded for a filter (one line a
        column: what is typed never spans two); kept while the row is shown."""
        row = self._rows[position]
        text = self._texts.get(id(row))
        if text is None:
            shown = (self.shown(row, column) for column in range(len(self._columns)))
            text = self._texts[id(row)] = "\n".join(shown).casefold()
        return text

    def shown(self, row: Any, column: int) -> str:
        """The text of a row's cell."""
        return display(self._columns[column].value(row), self._zone)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].heading
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.shown(row, index.column())
        if role == SORT_ROLE:
            return sort_key(column.value(row))
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and column.alert and column.alert(row):
            return QBrush(ALERT)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
