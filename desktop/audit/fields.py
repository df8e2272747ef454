"""What an event says, or a record's state, as a two-column table of fields named in the
interface language; in a record's timeline the fields a step changed are marked, with what
they were before."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.audit.field_names import field_name
from desktop.audit.names import value_text

CHANGED = QColor("#fefcbf")
CHANGED_TEXT = QColor("#744210")
GONE = object()
KEY = Qt.ItemDataRole.UserRole  # the field as stored, behind the name shown


class FieldTable(QTableWidget):
    """Field | value (| before): read-only, selectable, copyable."""

    def __init__(
        self, with_before: bool = False, fit_rows: int = 0, parent: QWidget | None = None
    ) -> None:
        super().__init__(0, 3 if with_before else 2, parent)
        self.with_before = with_before
        self.fit_rows = fit_rows  # when set: only as tall as its rows, up to this many
        self.changed_fields: list[str] = []
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if with_before:
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def set_headings(self, *headings: str) -> None:
        self.setHorizontalHeaderLabels(list(headings))

    def row_of(self, field: str) -> int:
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            if item is not None and item.data(KEY) == field:
                return row
        return -1

    def show_fields(
        self, fields: dict[str, Any], zone: ZoneInfo, before: dict[str, Any] | None = None
    ) -> None:
        """`before` (the previous step's state) marks what changed; None marks nothing."""
        keys = list(fields)
        if before is not None:
            keys += [k for k in before if k not in fields]
        self.changed_fields = []
        self.setRowCount(len(keys))
        bold = QFont(self.font())
        bold.setBold(True)
        for row, key in enumerate(keys):
            value = fields.get(key, GONE)
            old = GONE if before is None else before.get(key, GONE)
            changed = before is not None and value != old
            cells = [field_name(key), "" if value is GONE else value_text(value, zone)]
            if self.with_before:
                cells.append(value_text(old, zone) if changed and old is not GONE else "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text if len(text) > 40 else "")
                if changed:
                    item.setBackground(QBrush(CHANGED))
                    item.setForeground(QBrush(CHANGED_TEXT))
                    item.setFont(bold)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if column == 0:
                    item.setData(KEY, key)
                self.setItem(row, column, item)
            if changed:
                self.changed_fields.append(key)
        self.resizeRowsToContents()
        if self.fit_rows:
            shown = sum(self.rowHeight(r) for r in range(min(self.rowCount(), self.fit_rows)))
            self.setFixedHeight(
                self.horizontalHeader().height() + shown + 2 * self.frameWidth() + 2
            )

    def scroll_to_field(self, field: str) -> None:
        row = self.row_of(field)
        item = self.item(row, 0) if row >= 0 else None
        if item is not None:
            self.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)
