"""Incident lists where an unacknowledged emergency cannot be mistaken for a repair: the
whole row red with white bold text, pinned first, counting down to its response deadline."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.widgets.table_model import Index, RowTableModel

URGENT = QColor("#c53030")
URGENT_TEXT = QColor("#ffffff")
EMERGENCY = QColor("#fff5f5")  # an emergency being handled: still tinted


class IncidentRowsModel(RowTableModel):
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
        ):
            row = self.row(index)
            if getattr(row, "urgent", False):
                if role == Qt.ItemDataRole.BackgroundRole:
                    return QBrush(URGENT)
                if role == Qt.ItemDataRole.ForegroundRole:
                    return QBrush(URGENT_TEXT)
                font = QFont()
                font.setBold(True)
                return font
            if getattr(row, "kind", "") == "emergency" and role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(EMERGENCY)
        return super().data(index, role)
