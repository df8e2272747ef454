"""A handover's checklist item as the desk shows it, and the record a row opens."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.labels import label
from domain.clock import local
from projections.handover_checklist import SINCE, parcels_waiting

INCIDENT_KINDS = frozenset({"emergency", "incident_overdue", "incident_due"})


def due_text(due: str, zone: Any) -> str:
    """03-02 17:00 for a moment, 2026-03-05 for a day, "" for none."""
    if not due:
        return ""
    try:
        moment = datetime.fromisoformat(due)
    except ValueError:
        return due
    if len(due) <= 10:
        return date.fromisoformat(due).isoformat()
    if moment.tzinfo is None:
        return moment.strftime("%m-%d %H:%M")
    return local(moment, zone).strftime("%m-%d %H:%M")


def item_text(item: dict[str, Any], zone: Any) -> str:
    """What, which (a ticket, a pass code, a count and shelves), the flat, and by when."""
    kind, detail = str(item.get("kind", "")), str(item.get("detail", ""))
    if kind == "instruction":
        detail = label(detail)
    elif kind == "parcel_waiting" and " · " in detail:
        count, shelves = parcels_waiting(detail)
        detail = QCoreApplication.translate("Handover", "{count} on shelf {shelves}").format(
            count=count, shelves=shelves
        )
    parts = [label(kind), detail, str(item.get("unit", ""))]
    due = due_text(str(item.get("due", "")), zone)
    if due:
        # each written out whole, so that lupdate finds it
        if kind == "instruction":
            said = QCoreApplication.translate("Handover", "until {time}")
        elif kind in SINCE:
            said = QCoreApplication.translate("Handover", "since {time}")
        else:
            said = QCoreApplication.translate("Handover", "by {time}")
        parts.append(said.format(time=due))
    return "  ·  ".join(part for part in parts if part)


def item_opens(item: dict[str, Any]) -> tuple[str, str] | None:
    """The record an item's row opens: (kind, id), or None when it names none."""
    kind, ref = str(item.get("kind", "")), str(item.get("ref", ""))
    if kind in INCIDENT_KINDS or (kind == "callback_due" and item.get("detail")):
        return ("incident", ref)
    if kind == "callback_due":
        return ("household", ref)
    if kind == "visitor_on_site":
        return ("visitor", ref)
    return None
