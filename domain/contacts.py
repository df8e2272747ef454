"""Contacts: every walk-in served and every call, from its opening to its outcome. The
contact KPIs (first response, first-contact resolution, answer rate) are measured on them."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from eventsourcing.domain import event

from domain import errors
from domain.clock import shifted
from domain.personal_data import ERASED
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
        self.closed_on: date | None = None
        self.personal_data_erased = False

    def close(self, outcome: ContactOutcome, answer_id: str, incident_id: str, note: str) -> None:
        if self.outcome is not None:
            raise errors.ContactClosedError(state=self.outcome)
        self._closed(outcome=outcome.value, answer_id=answer_id, incident_id=incident_id, note=note)

    class Closed(DeskAggregate.Event):
        outcome: str
        answer_id: str
        incident_id: str
        note: str

    @event(Closed)
    def _closed(self, outcome: str, answer_id: str, incident_id: str, note: str) -> None:
        self.outcome = outcome
        self.closed_on = self.modified_on.date()

    def personal_data_due(self, retention_days: int) -> date | None:
        """The day the phone, topic and note may be forgotten: the closing plus the
        retention period; None while the contact is open. A household's contacts go with
        the household (its key wraps theirs)."""
        if self.closed_on is None:
            return None
        return shifted(self.closed_on, timedelta(days=retention_days))

    def erase_personal_data(self, retention_days: int) -> None:
        self._personal_data_erased(retention_days=retention_days)

    class PersonalDataErased(DeskAggregate.Event):
        retention_days: int

    @event(PersonalDataErased)
    def _personal_data_erased(self, retention_days: int) -> None:
        self.phone = ERASED if self.phone else ""
        self.topic = ERASED if self.topic else ""
        self.personal_data_erased = True


class MissedCall(DeskAggregate):
    """A call the desk did not answer: counted against the answer rate, and a number to call
    back. The phone is sealed with the record's key."""

    class Logged(DeskAggregate.Created):
        phone: str

    @event(Logged)
    def __init__(self, phone: str) -> None:
        self.phone = phone
        self.personal_data_erased = False

    def personal_data_due(self, retention_days: int) -> date | None:
        return shifted(self.created_on.date(), timedelta(days=retention_days))

    def erase_personal_data(self, retention_days: int) -> None:
        self._personal_data_erased(retention_days=retention_days)

    class PersonalDataErased(DeskAggregate.Event):
        retention_days: int

    @event(PersonalDataErased)
    def _personal_data_erased(self, retention_days: int) -> None:
        self.phone = ERASED
        self.personal_data_erased = True
