"""Today's "handed over" card: the items of the handover the signed-in person took over last,
each row opening its record where there is one; hidden when they took none over."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.handover.items import item_opens, item_text
from desktop.live import LiveDesk
from desktop.widgets.card import Card
from desktop.widgets.table_model import Column, RowTableModel


class HandedOverCard(Card):
    def __init__(self, live: LiveDesk, open_record: Any, parent: QWidget | None = None) -> None:
        zone = live.desk.timezone
        self.model = RowTableModel(
            [
                Column("", lambda r: item_text(r, zone)),
                Column("", lambda r: "✓" if r["_checked"] else ""),
            ],
            zone,
        )
        super().__init__(self.model, stretch_column=0, parent=parent)
        self.live = live
        self.open_record = open_record  # (kind, id) -> None
        self.row: Any = None
        self.table.setMaximumHeight(150)
        self.table.row_activated.connect(self._on_row_activated)
        self.hide()

    def retranslate(self) -> None:
        self.model.set_headings([self.tr("Handed over"), self.tr("Ticked")])
        self._heading()

    def _heading(self) -> None:
        if self.row is None:
            return
        zone = self.live.desk.timezone
        said = self.tr("Handed over to you at {time}").format(
            time=self.row.acknowledged_at.astimezone(zone).strftime("%m-%d %H:%M")
        )
        if self.row.notes:
            said += " — " + self.row.notes
        self.heading.setText(said)

    def refresh(self) -> None:
        log, username = self.live.models.handover_log, self.live.desk.operator or ""
        self.row = self.live.read(lambda db: log.latest_taken_over(db, username))
        if self.row is None:
            self.model.set_rows([])
            self.hide()
            return
        rows = [
            {**item, "_checked": index in self.row.checked}
            for index, item in enumerate(self.row.items)
        ]
        self.model.set_rows(rows)
        self.set_count(len(rows))
        self._heading()
        self.show()

    def _on_row_activated(self, row: Any) -> None:
        opens = item_opens(row)
        if opens is not None:
            self.open_record(*opens)
