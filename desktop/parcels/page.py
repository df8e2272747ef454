"""Parcels (快递代收) and the items the desk lends and keeps. Receiving a courier's load is
scan → unit → Enter per parcel, the cursor always back in the scan field (F2); handing one
over is its pickup code and Enter (F3), or Alt+I / Alt+K for a person known by an ID or by
sight; back to the courier is Alt+R, never the focus. Under them the items lent and kept;
beside them the shelf, what waits the oldest first (Ctrl+F narrows it to a flat)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from desktop.live import LiveDesk
from desktop.parcels.hand_over import HandOverPanel
from desktop.parcels.items import ItemsPanel
from desktop.parcels.label import print_shelf_label
from desktop.parcels.receive import ReceivePanel
from desktop.parcels.shelf import ShelfPanel
from desktop.widgets.page import Page
from desktop.widgets.print_key import print_key
from desktop.widgets.who_lives_where import WhoLivesWhere

LEFT_WIDTH = 520


class ParcelsPage(Page):
    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(live, parent)
        self.output: Any = None  # where shelf labels print (None: the desk's printer)
        self.receive = ReceivePanel(live)
        self.hand = HandOverPanel(live)
        self.shelf = ShelfPanel(live)
        self.items = ItemsPanel(live)
        self.households = WhoLivesWhere(live, self.receive.set_households, self)
        left = QVBoxLayout()
        left.setSpacing(14)
        left.addWidget(self.receive)
        left.addWidget(self.hand)
        left.addWidget(self.items, 1)
        holder = QWidget()
        holder.setLayout(left)
        holder.setFixedWidth(LEFT_WIDTH)
        left.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(14)
        layout.addWidget(holder)
        layout.addWidget(self.shelf, 1)
        self._connect()
        self.retranslate()

    def _connect(self) -> None:
        self.receive.received.connect(self._on_changed)
        self.receive.label_button.clicked.connect(self.print_label)
        print_key(self.receive.label_button)
        self.hand.done.connect(self._on_changed)
        self.shelf.table.row_activated.connect(self._on_shelf_row_activated)
        keys = {
            "F2": self.receive.start,
            "F3": self.hand.start,
            "Ctrl+F": self._find_unit,
            "Alt+I": lambda: self.hand.hand_over_known("id_check"),
            "Alt+K": lambda: self.hand.hand_over_known("known_resident"),
            "Alt+R": self.hand.send_back,
        }
        for key, slot in keys.items():
            QShortcut(QKeySequence(key), self).activated.connect(slot)

    def title(self) -> str:
        return self.tr("Parcels")

    def retranslate(self) -> None:
        for panel in (self.receive, self.hand, self.shelf, self.items):
            panel.retranslate()

    def refresh(self) -> None:
        self.households.refresh()
        self.shelf.refresh()
        self.items.refresh()
        self.hand.refresh_shown()

    def work_starts(self) -> QWidget | None:
        return self.receive.scan

    def set_read_only(self, read_only: bool) -> None:
        self.receive.set_read_only(read_only)
        self.hand.set_read_only(read_only)
        self.items.set_read_only(read_only)

    def show_record(self, kind: str, record_id: str) -> None:
        """A parcel opened from Today: shown for handing over (or returning)."""
        if kind == "parcel":
            shelf = self.live.models.parcel_shelf
            self.hand.show_parcel(self.live.read(lambda db: shelf.get(db, record_id)))
            self.hand.start()
        elif kind == "item":
            for row, item in enumerate(self.items.model.rows()):
                if item.item_id == record_id:
                    index = self.items.table.proxy.mapFromSource(self.items.model.index(row, 0))
                    self.items.table.selectRow(index.row())
                    self.items.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- what happens ---------------------------------------------------------------------

    def _on_changed(self, _parcel_id: str) -> None:
        self.shelf.refresh()

    def _on_shelf_row_activated(self, row: Any) -> None:
        self.hand.show_parcel(row)
        self.hand.person.setFocus(Qt.FocusReason.OtherFocusReason)

    def _find_unit(self) -> None:
        self.shelf.unit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.shelf.unit.selectAll()

    def print_label(self) -> bool:
        """Ctrl+P: the shelf label of the parcel received last, printed once drawn (False:
        nothing received yet)."""
        if not self.receive.last_id:
            return False
        parcel = self.receive.last_id

        def not_printed() -> None:
            self.receive.say(
                self.tr("The shelf label could not be printed; the parcel is on the shelf.")
            )

        print_shelf_label(self, self.live, parcel, self.output, not_printed)
        self.receive.start()
        return True
