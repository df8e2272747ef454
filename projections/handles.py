"""The handles the desk and its reports show for a record, back to the record's id: a ticket
number (R260610-001), a visitor pass's code (HLWUSVGN), a renewal letter's reference
(1A2B3C4D-20261014, or its first eight characters alone)."""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING
from uuid import UUID

from domain import errors
from domain.values import UnitNumber
from projections.model_set import ReadModelSet
from projections.store import Db

if TYPE_CHECKING:
    from domain.application import FrontDesk

TICKET = re.compile(r"[RCE][0-9]{6}-[0-9]{3,}")
PASS_CODE = re.compile(r"[A-Z2-7]{8}")
LETTER_REFERENCE = re.compile(r"([0-9A-F]{8})(?:-[0-9]{8})?")


def record_for_handle(models: ReadModelSet, db: Db, handle: str, now: datetime) -> str | None:
    """The record's id, or None when no record has that handle."""
    text = "".join(handle.split()).upper()
    if TICKET.fullmatch(text):
        incident = models.incident_board.get(db, text, now)
        return None if incident is None else str(incident.incident_id)
    if PASS_CODE.fullmatch(text):
        visit = models.visitor_log.by_code(db, text, now)
        if visit is not None:
            return str(visit.pass_id)
    reference = LETTER_REFERENCE.fullmatch(text)
    if reference:
        return models.renewal_calendar.by_reference(db, reference.group(1))
    return None


def record_for_reference(
    desk: FrontDesk, models: ReadModelSet, db: Db, ref: str, now: datetime
) -> str:
    """What `timeline` and the Audit workspace take: a record's id as pasted, a unit number
    (its unit record; a unit never registered is refused by its number), or a handle."""
    text = str(ref).strip()
    try:
        return str(UUID(text))
    except ValueError:
        pass
    try:
        number = UnitNumber.parse(text)
    except errors.DomainError:
        number = None
    if number is not None:
        return str(desk.get_unit(number).id)
    found = record_for_handle(models, db, text, now)
    if found is None:
        raise errors.UnknownRecordError(kind="record", ref=text)
    return found
