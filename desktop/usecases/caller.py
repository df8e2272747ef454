"""The caller pop: a phone number, a unit or a name typed (or pasted) at the counter, and who
it is — the household, their open incidents with their deadlines, their recent contacts,
the visitors on site for them, the contract renewals due, the parcels waiting for them — so
the receptionist answers with the resident's history in front of them. Both front ends read
it; it knows no Qt."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from desktop.usecases.front import Desk, Front
from domain import errors
from domain.values import UnitNumber
from projections.contact_log import ContactRow
from projections.contract_rows import ContractRow
from projections.incident_rows import IncidentRow
from projections.model_set import ReadModelSet
from projections.parcel_shelf import ParcelRow
from projections.resident_rows import HouseholdRow
from projections.store import Db
from projections.visitor_log import VisitorRow

HOUSEHOLDS_SHOWN = 5  # a name shared by more is narrowed by typing more, not by scrolling
CONTACTS_SHOWN = 5
# A renewal is due from its notice date on (the notice is 3 months before the end), until it
# is renewed: the resident asking at the counter is told.
RENEWAL_DUE = ("notice_due", "notice_overdue", "notice_sent")
PHONE_CHARACTERS = re.compile(r"[+\d\s()\-]+")


@dataclass(frozen=True)
class CallerCard:
    """One household as the caller pop shows it."""

    household: HouseholdRow
    open_incidents: tuple[IncidentRow, ...]
    recent_contacts: tuple[ContactRow, ...]
    visitors_on_site: tuple[VisitorRow, ...]
    renewals_due: tuple[ContractRow, ...]
    parcels_waiting: tuple[ParcelRow, ...] = ()


@dataclass(frozen=True)
class CallerPop:
    """Who the text typed is: `kind` says how it was read (phone, unit, name, or "" for
    nothing typed); `contacts` are the phone's own contacts when no household has it."""

    text: str
    kind: str
    phone: str
    unit: str
    cards: tuple[CallerCard, ...]
    contacts: tuple[ContactRow, ...] = ()

    @property
    def found(self) -> bool:
        return bool(self.cards)


def read_as(text: str) -> tuple[str, str]:
    """How the text typed is taken: ("unit", "3-2-1502"), ("phone", digits) or ("name", text)."""
    typed = " ".join(text.split())
    if not typed:
        return "", ""
    try:
        return "unit", str(UnitNumber.parse(typed.replace(" ", "").replace("－", "-")))
    except errors.DomainError:
        pass
    digits = re.sub(r"\D", "", typed)
    if PHONE_CHARACTERS.fullmatch(typed) and len(digits) >= 4:
        return "phone", digits.removeprefix("86") if len(digits) > 11 else digits
    return "name", typed


def lived_there(household: HouseholdRow, incident: IncidentRow, zone: ZoneInfo) -> bool:
    """Whether an incident at the unit is this household's: reported while they lived there
    (as the resident file lists them)."""
    day = incident.reported_at.astimezone(zone).date()
    end = household.moved_out_on or day
    return household.move_in_date <= day <= end


def caller_pop(front: Desk | Front, text: str) -> CallerPop:
    """Who the text typed is, with what the receptionist needs in front of them."""
    kind, value = read_as(text)
    if not kind:
        return CallerPop(text, "", "", "", ())
    models, now = front.models, front.now()
    zone = front.desk.timezone

    def read(db: Db) -> CallerPop:
        files = models.resident_files
        households = files.of_unit(db, value) if kind == "unit" else files.search(db, value)
        living = [h for h in households if h.living]
        # A unit nobody lives in any more still shows its last household.
        shown = (living or households[:1])[:HOUSEHOLDS_SHOWN]
        phone = value if kind == "phone" else ""
        open_incidents = models.incident_board.open(db, now) if shown else []
        cards = tuple(_card(db, models, h, phone, open_incidents, now, zone) for h in shown)
        contacts: tuple[ContactRow, ...] = ()
        if not cards and phone:
            contacts = tuple(models.contact_log.of_caller(db, phone=phone, limit=CONTACTS_SHOWN))
        unit = value if kind == "unit" else (cards[0].household.unit if cards else "")
        return CallerPop(text, kind, phone, unit, cards, contacts)

    return front.read(read)


def _card(
    db: Db,
    models: ReadModelSet,
    household: HouseholdRow,
    phone: str,
    open_incidents: list[IncidentRow],
    now: datetime,
    zone: ZoneInfo,
) -> CallerCard:
    mine = household.household_id
    incidents = tuple(
        i
        for i in open_incidents
        if i.reporter_household_id == mine
        or (i.unit == household.unit and lived_there(household, i, zone))
    )
    first_phone = (household.phones.split() or [""])[0]
    contacts = models.contact_log.of_caller(
        db,
        unit=household.unit if household.living else "",
        phone=phone or first_phone,
        household_id=mine,
        limit=CONTACTS_SHOWN,
    )
    visitors = tuple(
        v for v in models.visitor_log.for_household(db, mine, now) if v.state == "on_site"
    )
    today = now.astimezone(zone).date()
    renewals = tuple(
        c for c in models.renewal_calendar.for_household(db, mine) if c.status(today) in RENEWAL_DUE
    )
    parcels = tuple(
        p for p in models.parcel_shelf.waiting(db, household.unit) if p.household_id == mine
    )
    return CallerCard(household, incidents, tuple(contacts), visitors, renewals, parcels)
