"""The handover log: each shift handover with its checklist, notes and chain head, who handed
over, who took over and when, and the items checked one by one. Notes are kept sealed."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from eventsourcing.dispatch import singledispatchmethod

from domain.handover import Handover
from projections.base import ReadModel, epoch, from_epoch
from projections.store import Db


@dataclass(frozen=True)
class HandoverRow:
    handover_id: str
    handed_over_by: str
    handed_over_at: datetime
    notes: str
    items: tuple[dict[str, Any], ...]
    chain_position: int
    chain_head: str
    checked: frozenset[int]
    acknowledged_by: str
    acknowledged_at: datetime | None

    @property
    def acknowledged(self) -> bool:
        return self.acknowledged_at is not None


class HandoverLog(ReadModel):
    name = "handover_log"
    tables = ("handovers", "handover_checks")
    schema = (
        """CREATE TABLE IF NOT EXISTS handovers (
            handover_id TEXT PRIMARY KEY, handed_over_by TEXT NOT NULL,
            handed_over_at DOUBLE PRECISION NOT NULL, notes TEXT NOT NULL, items TEXT NOT NULL,
            chain_position INTEGER NOT NULL, chain_head TEXT NOT NULL,
            acknowledged_by TEXT NOT NULL, acknowledged_at DOUBLE PRECISION)""",
        "CREATE INDEX IF NOT EXISTS handovers_at ON handovers (handed_over_at)",
        # What a person's Today opens on: the last handover they took over.
        """CREATE INDEX IF NOT EXISTS handovers_taken_over
        ON handovers (acknowledged_by, acknowledged_at)""",
        """CREATE TABLE IF NOT EXISTS handover_checks (
            handover_id TEXT NOT NULL, item INTEGER NOT NULL, checked_by TEXT NOT NULL,
            checked_at DOUBLE PRECISION NOT NULL, note TEXT NOT NULL,
            PRIMARY KEY (handover_id, item))""",
    )

    @singledispatchmethod
    def apply(self, event: Any, db: Db) -> None:
        """Events this read model does not follow change nothing in it."""

    @apply.register
    def _handed_over(self, event: Handover.HandedOver, db: Db) -> None:
        subject = str(event.originator_id)
        db.execute(
            """INSERT INTO handovers VALUES (:id, :by, :at, :notes, :items, :position, :head,
            '', NULL)""",
            id=subject,
            by=event.handed_over_by,
            at=epoch(event.timestamp),
            notes=self.sealed(subject, event.notes),
            items=json.dumps(event.items, ensure_ascii=False),
            position=event.chain_position,
            head=event.chain_head,
        )

    @apply.register
    def _item_checked(self, event: Handover.ItemChecked, db: Db) -> None:
        subject = str(event.originator_id)
        db.execute(
            """INSERT INTO handover_checks VALUES (:id, :item, :operator, :at, :note)
            ON CONFLICT (handover_id, item) DO UPDATE SET checked_by = excluded.checked_by,
            checked_at = excluded.checked_at, note = excluded.note""",
            id=subject,
            item=event.index,
            operator=event.operator,
            at=epoch(event.timestamp),
            note=self.sealed(subject, event.note),
        )

    @apply.register
    def _acknowledged(self, event: Handover.Acknowledged, db: Db) -> None:
        self.update_record(
            db,
            "handovers",
            "handover_id",
            event,
            "acknowledged_by = :by, acknowledged_at = :at",
            by=event.by,
            at=epoch(event.timestamp),
        )

    # --- queries ------------------------------------------------------------------------

    def _row(self, db: Db, r: dict[str, Any]) -> HandoverRow:
        checked = db.rows(
            "SELECT item FROM handover_checks WHERE handover_id = :id", id=r["handover_id"]
        )
        return HandoverRow(
            handover_id=r["handover_id"],
            handed_over_by=r["handed_over_by"],
            handed_over_at=from_epoch(r["handed_over_at"]),
            notes=self.opened(r["handover_id"], r["notes"]),
            items=tuple(json.loads(r["items"])),
            chain_position=r["chain_position"],
            chain_head=r["chain_head"],
            checked=frozenset(int(c[0]) for c in checked),
            acknowledged_by=r["acknowledged_by"],
            acknowledged_at=from_epoch(r["acknowledged_at"]),
        )

    def recent(self, db: Db, limit: int = 60) -> list[HandoverRow]:
        rows = db.all(
            "SELECT * FROM handovers ORDER BY handed_over_at DESC LIMIT :limit", limit=limit
        )
        return [self._row(db, r) for r in rows]

    def get(self, db: Db, handover_id: str) -> HandoverRow | None:
        row = db.one("SELECT * FROM handovers WHERE handover_id = :id", id=handover_id)
        return None if row is None else self._row(db, row)

    def awaiting(self, db: Db, username: str) -> HandoverRow | None:
        """The latest handover not yet taken over, from someone other than `username`: what
        the person signing in is asked to acknowledge."""
        row = db.one(
            """SELECT * FROM handovers WHERE acknowledged_at IS NULL
            AND handed_over_by <> :username ORDER BY handed_over_at DESC LIMIT 1""",
            username=username,
        )
        return None if row is None else self._row(db, row)

    def latest_taken_over(self, db: Db, username: str) -> HandoverRow | None:
        """The last handover `username` took over: what their Today opens on."""
        row = db.one(
            """SELECT * FROM handovers WHERE acknowledged_by = :username
            ORDER BY acknowledged_at DESC LIMIT 1""",
            username=username,
        )
        return None if row is None else self._row(db, row)
