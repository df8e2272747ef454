"""The contact log: every resident served at the counter or on the phone, and every call
nobody answered, with when they were first responded to and what came of it. The phone,
the topic and the note are kept sealed; a phone is found again by a keyed digest."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from eventsourcing.dispatch import singledispatchmethod

from domain.clock import local, month_of
from domain.contacts import Contact, ContactOutcome, MissedCall
from domain.households import Household
from domain.personal_data import ERASED
from projections.base import ReadModel, epoch, from_epoch, iso_day
from projections.store import Db

MISSED_CALL = "missed_call"
OPEN = "open"


@dataclass(frozen=True)
class ContactRow:
    contact_id: str
    channel: str
    phone: str
    unit: str
    household_id: str
    topic: str
    queue_ticket: str
    started_at: datetime  # the queue ticket's issue, or the contact's opening
    opened_at: datetime
    opened_by: str
    first_response_at: datetime | None
    closed_at: datetime | None
    closed_by: str
    outcome: str  # a ContactOutcome, "open", or "missed_call"
    answer_id: str
    incident_id: str
    note: str

    @property
    def missed(self) -> bool:
        return self.outcome == MISSED_CALL

    @property
    def is_open(self) -> bool:
        return self.outcome == OPEN


# Of nobody's household, not forgotten yet: the retention rule's search, by a partial index
# (a literal: it is used only for its own terms).
NOBODYS_REMEMBERED = f"household_id = '' AND '{ERASED}' NOT IN (phone, topic, note)"


class ContactLog(ReadModel):
    name = "contact_log"
    tables = ("contacts",)
    schema = (
        """CREATE TABLE IF NOT EXISTS contacts (
            contact_id TEXT PRIMARY KEY, channel TEXT NOT NULL, phone TEXT NOT NULL,
            phone_key TEXT NOT NULL, unit TEXT NOT NULL, household_id TEXT NOT NULL,
            topic TEXT NOT NULL, queue_ticket TEXT NOT NULL, queue_day TEXT,
            started_at DOUBLE PRECISION NOT NULL, opened_at DOUBLE PRECISION NOT NULL,
            opened_by TEXT NOT NULL, first_response_at DOUBLE PRECISION,
            closed_at DOUBLE PRECISION, closed_by TEXT NOT NULL, outcome TEXT NOT NULL,
            answer_id TEXT NOT NULL, incident_id TEXT NOT NULL, note TEXT NOT NULL,
            month TEXT NOT NULL, weekday INTEGER NOT NULL, hour INTEGER NOT NULL)""",
        "CREATE INDEX IF NOT EXISTS contacts_started ON contacts (started_at)",
        "CREATE INDEX IF NOT EXISTS contacts_month ON contacts (month)",
        "CREATE INDEX IF NOT EXISTS contacts_unit ON contacts (unit, started_at)",
        "CREATE INDEX IF NOT EXISTS contacts_phone ON contacts (phone_key, started_at)",
        "CREATE INDEX IF NOT EXISTS contacts_household ON contacts (household_id)",
        "CREATE INDEX IF NOT EXISTS contacts_outcome ON contacts (outcome)",
        "CREATE INDEX IF NOT EXISTS contacts_remembered ON contacts (household_id, closed_at) "
        f"WHERE {NOBODYS_REMEMBERED}",
    )
    forgets_by = ("contacts_household",)

    def phone_key(self, phone: str) -> str:
        digits = re.sub(r"\D", "", phone or "")
        return self.vault.blind(f"contact-phone:{digits}") if len(digits) >= 7 else ""

    @singledispatchmethod
    def apply(self, event: Any, db: Db) -> None:
        """Events this read model does not follow change nothing in it."""

    def _insert(self, db: Db, event: Any, started: float, **values: Any) -> None:
        moment = local(from_epoch(started), self.zone)
        subject = str(event.originator_id)
        phone = values.pop("phone")
        db.execute(
            """INSERT INTO contacts VALUES (:id, :channel, :phone, :phone_key, :unit,
            :household, :topic, :ticket, :queue_day, :started, :at, :operator, :responded,
            :closed, :closed_by, :outcome, '', '', '', :month, :weekday, :hour)""",
            id=subject,
            phone=self.sealed(subject, phone),
            phone_key=self.phone_key(phone),
            topic=self.sealed(subject, values.pop("topic", "")),
            started=started,
            at=epoch(event.timestamp),
            operator=event.operator,
            month=month_of(moment, self.zone),
            weekday=moment.weekday(),
            hour=moment.hour,
            **values,
        )

    @apply.register
    def _opened(self, event: Contact.Opened, db: Db) -> None:
        ticket = None
        if event.queue_ticket and event.queue_day is not None:
            ticket = db.one(
                """SELECT taken_at, called_at FROM queue_tickets WHERE day = :day
                AND ticket = :ticket""",
                day=iso_day(event.queue_day),
                ticket=event.queue_ticket,
            )
        opened = float(event.timestamp.timestamp())
        self._insert(
            db,
            event,
            ticket["taken_at"] if ticket else opened,
            channel=event.channel,
            phone=event.phone,
            unit=event.unit,
            household=event.household_id,
            topic=event.topic,
            ticket=event.queue_ticket,
            queue_day=iso_day(event.queue_day),
            responded=(ticket["called_at"] or opened) if ticket else None,
            closed=None,
            closed_by="",
            outcome=OPEN,
        )

    @apply.register
    def _closed(self, event: Contact.Closed, db: Db) -> None:
        at = epoch(event.timestamp)
        responded = None if event.outcome == ContactOutcome.ABANDONED else at
        self.update_record(
            db,
            "contacts",
            "contact_id",
            event,
            """closed_at = :at, closed_by = :operator, outcome = :outcome, answer_id = :answer,
            incident_id = :incident, note = :note,
            first_response_at = COALESCE(first_response_at, :responded)""",
            at=at,
            operator=event.operator,
            outcome=event.outcome,
            answer=event.answer_id,
            incident=event.incident_id,
            note=self.sealed(str(event.originator_id), event.note),
            responded=responded,
        )

    @apply.register
    def _missed(self, event: MissedCall.Logged, db: Db) -> None:
        at = epoch(event.timestamp)
        assert at is not None
        self._insert(
            db,
            event,
            at,
            channel="phone",
            phone=event.phone,
            unit="",
            household="",
            topic="",
            ticket="",
            queue_day=None,
            responded=None,
            closed=at,
            closed_by=event.operator,
            outcome=MISSED_CALL,
        )

    def _erase(self, db: Db, where: str, record: str) -> None:
        self.forget_columns(db, "contacts", ("phone", "topic", "note"), where, id=record)

    @apply.register
    def _contact_forgotten(self, event: Contact.PersonalDataErased, db: Db) -> None:
        self._erase(db, "contact_id = :id", str(event.originator_id))

    @apply.register
    def _missed_call_forgotten(self, event: MissedCall.PersonalDataErased, db: Db) -> None:
        self._erase(db, "contact_id = :id", str(event.originator_id))

    @apply.register
    def _household_forgotten(self, event: Household.PersonalDataErased, db: Db) -> None:
        """The household's key wrapped its contacts' keys: they cannot be opened now."""
        self._erase(db, "household_id = :id", str(event.originator_id))

    # --- queries ------------------------------------------------------------------------

    def forgettable(self, db: Db, ended_before: datetime, limit: int = 1000) -> list[str]:
        """Contacts of nobody's household ended, and missed calls logged, before a moment,
        not yet forgotten (the domain checks each again before forgetting)."""
        rows = db.all(
            f"""SELECT contact_id FROM contacts WHERE {NOBODYS_REMEMBERED}
            AND closed_at IS NOT NULL AND closed_at < :before
            AND (phone <> '' OR topic <> '' OR note <> '')
            ORDER BY closed_at LIMIT :limit""",
            before=epoch(ended_before),
            limit=limit,
        )
        return [r["contact_id"] for r in rows]

    def _contact(self, r: dict[str, Any]) -> ContactRow:
        subject = r["contact_id"]
        return ContactRow(
            contact_id=subject,
            channel=r["channel"],
            phone=self.opened(subject, r["phone"]),
            unit=r["unit"],
            household_id=r["household_id"],
            topic=self.opened(subject, r["topic"]),
            queue_ticket=r["queue_ticket"],
            started_at=from_epoch(r["started_at"]),
            opened_at=from_epoch(r["opened_at"]),
            opened_by=r["opened_by"],
            first_response_at=from_epoch(r["first_response_at"]),
            closed_at=from_epoch(r["closed_at"]),
            closed_by=r["closed_by"],
            outcome=r["outcome"],
            answer_id=r["answer_id"],
            incident_id=r["incident_id"],
            note=self.opened(subject, r["note"]),
        )

    def _contacts(self, rows: list[dict[str, Any]]) -> list[ContactRow]:
        self.opening(rows, "contact_id")
        return [self._contact(r) for r in rows]

    def get(self, db: Db, contact_id: str) -> ContactRow | None:
        row = db.one("SELECT * FROM contacts WHERE contact_id = :id", id=contact_id)
        return None if row is None else self._contact(row)

    def between(
        self, db: Db, start: datetime, end: datetime, open_only: bool = False, limit: int = 1000
    ) -> list[ContactRow]:
        """Contacts (and missed calls) started in a period, the latest first."""
        rows = db.all(
            f"""SELECT * FROM contacts WHERE started_at >= :start AND started_at < :end
            {"AND outcome = 'open'" if open_only else ""}
            ORDER BY started_at DESC, contact_id LIMIT :limit""",
            start=epoch(start),
            end=epoch(end),
            limit=limit,
        )
        return self._contacts(rows)

    def open_ones(self, db: Db, limit: int = 200) -> list[ContactRow]:
        rows = db.all(
            """SELECT * FROM contacts WHERE outcome = 'open' ORDER BY opened_at DESC
            LIMIT :limit""",
            limit=limit,
        )
        return self._contacts(rows)

    def of_caller(
        self, db: Db, unit: str = "", phone: str = "", household_id: str = "", limit: int = 10
    ) -> list[ContactRow]:
        """The latest contacts of one flat, household or phone number."""
        rows = db.all(
            """SELECT * FROM contacts WHERE (unit <> '' AND unit = :unit)
            OR (household_id <> '' AND household_id = :household)
            OR (phone_key <> '' AND phone_key = :phone_key)
            ORDER BY started_at DESC LIMIT :limit""",
            unit=unit,
            household=household_id,
            phone_key=self.phone_key(phone),
            limit=limit,
        )
        return self._contacts(rows)

    def missed_not_returned(self, db: Db, since: datetime, until: datetime) -> list[ContactRow]:
        """Missed calls in a period that no later contact from or to the same number
        followed: the calls to return."""
        rows = db.all(
            """SELECT * FROM contacts c WHERE c.outcome = 'missed_call'
            AND c.started_at >= :since AND c.started_at < :until
            AND NOT EXISTS (SELECT 1 FROM contacts r WHERE r.phone_key = c.phone_key
                AND r.phone_key <> '' AND r.started_at > c.started_at
                AND r.outcome <> 'missed_call' AND r.started_at < :until)
            ORDER BY c.started_at""",
            since=epoch(since),
            until=epoch(until),
        )
        return self._contacts(rows)
