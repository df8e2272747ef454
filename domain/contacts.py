"""Contacts: every walk-in served and every call, from its opening to its outcome. The
contact KPIs (first response, first-contact resolution, answer rate) are measured on them."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from eventsourcing.domain import event

from domain import errors
from domain.recording import DeskAggregate


class ContactChannel(StrEnum):
    COUNTER = "counter"
    PHONE = "phone"


class ContactOutcome(StrEnum):
    ANSWERED = "answered"
    INCIDENT = "incident"
    VISITOR = "visitor"
    REFERRED = "referred"
    ABANDONED = "abandoned"


# Outcomes that settle the resident's matter at the contact itself (first-contact resolution
# still needs no repeat contact or follow-up case within FCR_DAYS).
RESOLVING = frozenset({ContactOutcome.ANSWERED, ContactOutcome.VISITOR})
FCR_DAYS = 7


class Contact(DeskAggregate):
    """One resident served at the counter or on the phone. The phone, the topic and the note
    are sealed with the contact's key (wrapped by the household's when one is named)."""

    class Opened(DeskAggregate.Created):
        channel: str
        phone: str
        unit: str
        household_id: str
        topic: str
        queue_ticket: str
        queue_day: date | None

    @event(Opened)
    def __init__(
        self,
        channel: str,
        phone: str,
        unit: str,
        household_id: str,
        topic: str,
        queue_ticket: str,
        queue_day: date | None,
    ) -> None:
        self.channel = channel
        self.phone = phone
        self.unit = unit
        self.household_id = household_id
        self.topic = topic
        self.queue_ticket = queue_ticket
        self.queue_day = queue_day
        self.outcome: str | None = None

    def close(self, outcome: ContactOutcome, answer_id: str, incident_id: str, note: str) -> None:
        if self.outcome is not None:
            raise errors.ContactClosedError(outcome=self.outcome)
        self._closed(outcome=outcome.value, answer_id=answer_id, incident_id=incident_id, note=note)

    class Closed(DeskAggregate.Event):
        outcome: str
        answer_id: str
        incident_id: str
        note: str

    @event(Closed)
    def _closed(self, outcome: str, answer_id: str, incident_id: str, note: str) -> None:
        self.outcome = outcome


class MissedCall(DeskAggregate):
    """A call the desk did not answer: counted against the answer rate, and a number to call
    back. The phone is sealed with the record's key."""

    class Logged(DeskAggregate.Created):
        phone: str

    @event(Logged)
    def __init__(self, phone: str) -> None:
        self.phone = phone
