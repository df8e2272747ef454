"""The checklist a shift hands over, read from the read models at one moment: emergencies
and cases near or past their deadlines, visitors on site, parcels waiting, items out,
callbacks due, missed calls not called back, the queue, and the flats' instructions in force.
Each item names units, tickets and codes, never a person's name."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from domain.clock import local
from domain.masking import mask_phone
from projections.model_set import ReadModelSet
from projections.store import Db

DUE_SOON = timedelta(hours=2)
MISSED_CALLS_FOR = timedelta(hours=24)
QUEUE_SHOWN = 5
# The kinds whose time is when the matter began (waiting since), not a deadline.
SINCE = frozenset({"parcel_waiting", "missed_call", "queue_waiting"})


def _item(kind: str, ref: str, unit: str = "", detail: str = "", due: Any = None) -> dict[str, Any]:
    return {
        "kind": kind,
        "ref": ref,
        "unit": unit,
        "detail": detail,
        "due": due.isoformat() if isinstance(due, datetime) else (str(due) if due else ""),
    }


def parcels_waiting(detail: str) -> tuple[str, str]:
    """A parcel_waiting item's detail read back: (how many, on which shelves)."""
    count, _, shelves = detail.partition(" · ")
    return count, shelves


def checklist(models: ReadModelSet, db: Db, now: datetime) -> list[dict[str, Any]]:
    """Every open matter at `now`, in the handover's order."""
    zone = models.kpis.zone
    today = local(now, zone).date()
    items: list[dict[str, Any]] = []
    open_incidents = models.incident_board.open(db, now)
    for i in open_incidents:
        if i.urgent:
            items.append(_item("emergency", i.incident_id, i.unit, i.ticket, i.respond_by))
    for i in open_incidents:
        if not i.urgent and (i.response_breached or i.resolution_breached):
            items.append(_item("incident_overdue", i.incident_id, i.unit, i.ticket, i.resolve_by))
    for i in open_incidents:
        if i.urgent or i.response_breached or i.resolution_breached:
            continue
        deadline = i.respond_by if i.awaiting_response else i.resolve_by
        if deadline - now <= DUE_SOON:
            items.append(_item("incident_due", i.incident_id, i.unit, i.ticket, deadline))
    for v in sorted(models.visitor_log.on_site(db, now, phones=False), key=lambda v: v.pass_id):
        items.append(_item("visitor_on_site", v.pass_id, v.host_unit, v.code, v.valid_until))
    waiting: dict[str, list[Any]] = {}
    for p in models.parcel_shelf.waiting(db):
        waiting.setdefault(p.unit, []).append(p)
    for unit, parcels in sorted(waiting.items()):
        shelves = ", ".join(sorted({p.shelf for p in parcels}))
        items.append(
            _item(
                "parcel_waiting", unit, unit, f"{len(parcels)} · {shelves}", parcels[0].received_at
            )
        )
    for loan in models.lending_log.out(db):
        items.append(_item("item_out", loan.item_id, loan.lent_to_unit, loan.name, loan.due))
    for i in models.incident_board.callbacks_due(db, now):
        if i.callback_due is not None and i.callback_due <= now + DUE_SOON:
            items.append(_item("callback_due", i.incident_id, i.unit, i.ticket, i.callback_due))
    for h in models.resident_files.callbacks_due(db, today):
        if h.callback_due <= today:
            items.append(_item("callback_due", h.household_id, h.unit, "", h.callback_due))
    for c in models.contact_log.missed_not_returned(db, now - MISSED_CALLS_FOR, now):
        items.append(_item("missed_call", c.contact_id, "", mask_phone(c.phone), c.started_at))
    waiting_tickets = models.queue_board.waiting(db, today)
    if waiting_tickets:  # one line for the queue, however long: its numbers, the first few
        shown = ", ".join(t.ticket for t in waiting_tickets[:QUEUE_SHOWN])
        more = f" … ({len(waiting_tickets)})" if len(waiting_tickets) > QUEUE_SHOWN else ""
        items.append(
            _item("queue_waiting", today.isoformat(), "", shown + more, waiting_tickets[0].taken_at)
        )
    for n in models.instruction_book.in_force(db, today):
        if n.kind in ("do_not_admit", "away"):
            items.append(_item("instruction", n.instruction_id, n.unit, n.kind, n.until))
    return items
