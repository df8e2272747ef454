"""Today: what needs attention now, each item one click from its record."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QGridLayout, QWidget

from desktop.handover.today_card import HandedOverCard
from desktop.labels import label
from desktop.live import LiveDesk
from desktop.widgets.card import Card
from desktop.widgets.incident_rows import IncidentRowsModel
from desktop.widgets.jobs import Reading
from desktop.widgets.page import Page
from desktop.widgets.table_model import Column, RowTableModel
from domain.parcels import REMINDER_DAYS

COUNTDOWN_MS = 1000
# The record a card's row opens: (kind, id).
OPENS: dict[str, Callable[[Any], tuple[str, str]]] = {
    "incidents": lambda r: ("incident", r.incident_id),
    "on_site": lambda r: ("visitor", r.pass_id),
    "awaiting": lambda r: ("visitor", r.pass_id),
    "callbacks": lambda r: (r["kind"], r["id"]),
    "renewals": lambda r: ("contract", r.contract_id),
    "activities": lambda r: ("activity", r.activity_id),
}


class TodayPage(Page):
    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(live, parent)
        self._build_models()
        self.cards = {
            "incidents": Card(self.incidents),
            "on_site": Card(self.on_site),
            "awaiting": Card(self.awaiting),
            "callbacks": Card(self.callbacks),
            "renewals": Card(self.renewals),
            "activities": Card(self.activities),
        }
        grid = QGridLayout(self)
        grid.setContentsMargins(16, 16, 16, 16)
        grid.setSpacing(14)
        # What the last shift handed over to the person signed in, on top (hidden if none)
        self.handed_over = HandedOverCard(live, self.open_record.emit)
        grid.addWidget(self.handed_over, 0, 0, 1, 3)
        for position, card in enumerate(self.cards.values()):
            grid.addWidget(card, position // 3 + 1, position % 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        for key, record in OPENS.items():  # a row opens its record
            self.cards[key].table.row_activated.connect(partial(self._open_row, record))
        self.lists = Reading(self._ask_lists, self._show_lists, self._lists_not_read, self)
        self.countdown = QTimer(self)
        self.countdown.timeout.connect(self._on_countdown_timeout)
        self.countdown.start(COUNTDOWN_MS)
        self.retranslate()

    def _build_models(self) -> None:
        """A table a card: its columns (their headings are set in the page's language)."""
        zone = self.live.desk.timezone
        self.incidents = IncidentRowsModel(
            [
                Column("", lambda r: r.ticket),
                Column("", self._what_and_where),
                Column(
                    "",
                    lambda r: r.countdown,
                    alert=lambda r: r.resolution_breached or r.response_breached,
                    align_right=True,
                ),
            ],
            zone,
        )
        self.on_site = RowTableModel(
            [
                Column("", lambda r: r.name or r.company),
                Column("", lambda r: r.host_unit),
                Column("", lambda r: r.valid_until, alert=lambda r: r.overstayed),
            ],
            zone,
        )
        self.awaiting = RowTableModel(
            [
                Column("", lambda r: r.name or r.company),
                Column("", lambda r: f"{r.host_unit} · {label(r.kind)}"),
                Column("", lambda r: r.registered_at),
            ],
            zone,
        )
        self.callbacks = RowTableModel(
            [
                Column("", lambda r: r["what"]),
                Column("", lambda r: r["ref"]),
                Column("", lambda r: r["due"], alert=lambda r: r["overdue"]),
            ],
            zone,
        )
        self.renewals = RowTableModel(
            [
                Column("", lambda r: r.unit),
                Column("", lambda r: f"{label(r.kind)} · {r.end}"),
                Column(
                    "", lambda r: r.notice_due, alert=lambda r: r.notice_due < self.live.today()
                ),
            ],
            zone,
        )
        self.activities = RowTableModel(
            [
                Column("", lambda r: r.starts_at),
                Column("", lambda r: r.title),
                Column("", lambda r: r.place),
            ],
            zone,
        )

    def _open_row(self, record: Callable[[Any], tuple[str, str]], row: Any) -> None:
        self.open_record.emit(*record(row))

    def title(self) -> str:
        return self.tr("Today")

    def retranslate(self) -> None:
        titles = {
            "incidents": self.tr("Incidents — nearest deadline first"),
            "on_site": self.tr("Visitors on site"),
            "awaiting": self.tr("Awaiting the host's confirmation"),
            "callbacks": self.tr("Callbacks and reminders due"),
            "renewals": self.tr("Renewal notices due this week"),
            "activities": self.tr("Today's activities"),
        }
        for key, text in titles.items():
            self.cards[key].heading.setText(text)
        self.handed_over.retranslate()
        self.incidents.set_headings([self.tr("Ticket"), self.tr("What and where"), self.tr("Left")])
        self.on_site.set_headings([self.tr("Visitor"), self.tr("Visiting"), self.tr("Valid until")])
        self.awaiting.set_headings([self.tr("Visitor"), self.tr("Visiting"), self.tr("Registered")])
        self.callbacks.set_headings([self.tr("To do"), self.tr("For"), self.tr("Due")])
        self.renewals.set_headings(
            [self.tr("Unit"), self.tr("Contract ends"), self.tr("Notice due")]
        )
        self.activities.set_headings([self.tr("Starts"), self.tr("Activity"), self.tr("Place")])
        self.refresh()

    def _what_and_where(self, row: Any) -> str:
        text = f"{label(row.category)} · {row.location}"
        return self.tr("⚠ Respond now: {what}").format(what=text) if row.urgent else text

    def _on_countdown_timeout(self) -> None:
        if self.isVisible():
            self._refresh_incidents(self.live.now())

    def _refresh_incidents(self, now: datetime) -> None:
        board = self.live.models.incident_board
        rows = self.live.read(lambda db: board.open(db, now))
        self.incidents.set_rows(rows)
        late = sum(1 for r in rows if r.resolution_breached or r.response_breached)
        self.cards["incidents"].set_count(len(rows), alert=late > 0)

    def _kept_too_long(self, db: Any, now: datetime) -> list[dict[str, Any]]:
        """Parcels waiting longer than the center's limit (remind the flat) and items not
        back when due (ask for them): a row opens the parcel or the item."""
        models = self.live.models
        parcels = [
            {
                "kind": "parcel",
                "id": p.parcel_id,
                "what": self.tr("Parcel waiting: remind"),
                "ref": f"{p.unit} · {p.shelf}",
                "due": p.received_at + timedelta(days=REMINDER_DAYS),
                "overdue": True,
            }
            for p in models.parcel_shelf.overdue(db, now)
        ]
        items = [
            {
                "kind": "item",
                "id": i.item_id,
                "what": self.tr("Item not back: ask for it"),
                "ref": f"{i.name} · {i.lent_to_unit}",
                "due": i.due,
                "overdue": True,
            }
            for i in models.lending_log.overdue(db, now)
        ]
        return parcels + items

    def refresh(self) -> None:
        """The incidents' deadlines at once, here (an emergency must not wait behind a
        list); the other cards read on a worker: on ten years of records the renewal notices
        alone read for 0.1-0.7 s, the window frozen meanwhile."""
        self._refresh_incidents(self.live.now())
        self.handed_over.refresh()
        self.lists.start()

    @property
    def reading(self) -> bool:
        """The cards other than the incidents are being read (the last ones read shown)."""
        return self.lists.busy

    def _ask_lists(self) -> Callable[[], dict[str, Any]]:
        live, models = self.live, self.live.models
        now, today, zone = live.now(), live.today(), live.desk.timezone

        def read(db: Any) -> dict[str, Any]:
            log = models.visitor_log
            incident_callbacks = models.incident_board.callbacks_due(db, now)
            move_in_callbacks = models.resident_files.callbacks_due(db, today)
            return {
                "on_site": log.on_site(db, now, phones=False),
                "awaiting": log.by_state(db, "awaiting_host", now, phones=False),
                "callbacks": [
                    {
                        "kind": "incident",
                        "id": r.incident_id,
                        "what": self.tr("Satisfaction call"),
                        "ref": r.ticket,
                        "due": r.callback_due,
                        "overdue": bool(r.callback_due and r.callback_due < now),
                    }
                    for r in incident_callbacks
                ]
                + [
                    {
                        "kind": "household",
                        "id": h.household_id,
                        "what": self.tr("Move-in follow-up"),
                        "ref": f"{h.unit} {h.members}",
                        "due": h.callback_due,
                        "overdue": h.callback_overdue(today),
                    }
                    for h in move_in_callbacks
                    if h.callback_due <= today + timedelta(days=2)
                ]
                + self._kept_too_long(db, now),
                "renewals": models.renewal_calendar.notices_due(db, today, 7)
                + models.renewal_calendar.notices_overdue(db, today),
                "activities": models.activity_roll.on_day(db, today, zone),
            }

        return lambda: live.read(read)

    def _lists_not_read(self, _problem: object) -> None:
        """The cards keep what they showed; the next change or the next visit reads again."""

    def _show_lists(self, found: dict[str, Any]) -> None:
        # The latest arrivals first: at the counter they are the ones asked about, and a
        # long day's list would push them below the card's fold.
        arrivals = sorted(found["on_site"], key=lambda r: r.checked_in_at, reverse=True)
        self.on_site.set_rows(arrivals)
        self.cards["on_site"].set_count(
            len(found["on_site"]), alert=any(r.overstayed for r in found["on_site"])
        )
        for key in ("awaiting", "callbacks", "renewals", "activities"):
            getattr(self, key).set_rows(found[key])
            overdue = key == "callbacks" and any(r["overdue"] for r in found[key])
            self.cards[key].set_count(len(found[key]), alert=overdue)
