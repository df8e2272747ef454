"""The counter's own day: the walk-in queue, every contact at the counter and on the phone,
and the calls nobody answered."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from domain import errors
from domain.core import DeskCore, command
from domain.recording import DeskAggregate
from domain.values import choice, optional_text, single_line, validate_phone, whole_number

if TYPE_CHECKING:
    from domain.contacts import Contact
    from domain.knowledge import Answer
    from domain.queue import QueueDay

T = TypeVar("T")
QUEUE_RETRIES = 12  # a morning rush at several desks: the queue is one record


class CounterCommands(DeskCore):
    def _queue_day(self) -> QueueDay:
        """Today's queue, opened by its first ticket (inside a command)."""
        from domain.queue import QueueDay, queue_day_id

        day = self.today()
        try:
            return self._load(queue_day_id(day), QueueDay)
        except errors.NotFoundError:
            return QueueDay(day=day)

    def get_contact(self, contact_id: Any) -> Contact:
        from domain.contacts import Contact

        return self._load(contact_id, Contact)

    def get_answer(self, answer_id: Any) -> Answer:
        from domain.knowledge import Answer

        return self._load(answer_id, Answer)

    def _on_queue(
        self, change: Callable[[QueueDay], T], *others: DeskAggregate
    ) -> tuple[T, QueueDay]:
        """Change today's queue and record it with `others`. Two desks changing the queue at
        once: the later one tries again on the fresh queue, where its checks run again.
        A failed save has taken the others' pending events: each attempt gives them back,
        or the retry would record the queue's change without them."""
        pending = [list(other.pending_events) for other in others]
        for attempt in range(QUEUE_RETRIES):
            for other, events in zip(others, pending, strict=True):
                other.pending_events[:] = events
            queue = self._queue_day()
            result = change(queue)
            try:
                self._save(queue, *others)
            except errors.ConflictError:
                if attempt == QUEUE_RETRIES - 1:
                    raise
                continue
            return result, queue
        raise AssertionError("unreachable")

    @command()
    def take_queue_ticket(self, purpose: Any = "enquiry") -> str:
        """A number for the next person at the counter, e.g. A012."""
        from domain.queue import QueuePurpose

        reason = choice(QueuePurpose, purpose, "purpose")
        ticket, _ = self._on_queue(lambda queue: queue.take(reason))
        return ticket

    @command()
    def call_next(self, window: Any = 1) -> str:
        """Call the longest-waiting ticket to a window; its number is the result."""
        from domain.queue import WINDOWS

        at = whole_number(window, "window", 1, WINDOWS)
        ticket, _ = self._on_queue(lambda queue: queue.call_next(at))
        return ticket

    @command()
    def call_ticket(self, ticket: Any, window: Any, reason: Any) -> None:
        """Call one ticket out of turn (an elderly resident, a pregnant woman): supervisors
        only, and the reason is shown to those waiting."""
        from domain.queue import WINDOWS

        self.require("call_out_of_turn")
        number = _ticket(ticket)
        at = whole_number(window, "window", 1, WINDOWS)
        why = optional_text(reason, "reason", 100)
        if not why:
            raise errors.MissingValueError(field="reason")
        self._on_queue(lambda queue: queue.call_out_of_turn(number, at, why))

    @command()
    def skip_ticket(self, ticket: Any) -> None:
        """The holder of a called or waiting ticket has left."""
        number = _ticket(ticket)
        self._on_queue(lambda queue: queue.skip(number))

    @command()
    def open_contact(
        self,
        channel: Any = "counter",
        phone: Any = "",
        unit: Any = "",
        topic: Any = "",
        queue_ticket: Any = "",
    ) -> str:
        """Start serving someone at the counter (from their queue ticket, when they took one)
        or on the phone; the contact id is the result."""
        from domain.contacts import Contact, ContactChannel

        via = choice(ContactChannel, channel, "channel")
        number = validate_phone(phone) if phone else ""
        flat = self.get_unit(unit) if unit else None
        household = ""
        if flat is not None and flat.household_id:
            living = self.get_household(flat.household_id)
            if living.moved_out_on is None and not living.personal_data_erased:
                household = str(living.id)
        ticket = _ticket(queue_ticket) if queue_ticket else ""
        if ticket and via is not ContactChannel.COUNTER:
            raise errors.InvalidValueError(field="channel", value=via.value)
        contact = Contact(
            channel=via.value,
            phone=number,
            unit=str(flat.unit) if flat else "",
            household_id=household,
            topic=optional_text(topic, "topic", 200),
            queue_ticket=ticket,
            queue_day=self.today() if ticket else None,
        )
        if ticket:
            self._on_queue(lambda queue: queue.serve(ticket, str(contact.id)), contact)
        else:
            self._save(contact)
        return str(contact.id)

    @command()
    def close_contact(
        self,
        contact_id: Any,
        outcome: Any,
        answer_id: Any = "",
        incident_id: Any = "",
        note: Any = "",
    ) -> None:
        """End a contact with what came of it: answered (with the standard answer used), a
        case opened, a visitor registered, referred elsewhere, or left unserved."""
        from domain.contacts import ContactOutcome
        from domain.incidents import Incident

        contact = self.get_contact(contact_id)
        result = choice(ContactOutcome, outcome, "outcome")
        answer = ""
        if answer_id:
            used = self.get_answer(answer_id)
            used.require_current()
            answer = str(used.id)
        case = ""
        if incident_id:
            case = str(self._load(incident_id, Incident).id)
        elif result is ContactOutcome.INCIDENT:
            raise errors.OutcomeNeedsIncidentError()
        contact.close(result, answer, case, optional_text(note, "note"))
        self._save(contact)

    @command()
    def log_missed_call(self, phone: Any) -> str:
        """A call nobody answered, with the number to call back."""
        from domain.contacts import MissedCall

        call = MissedCall(phone=validate_phone(phone))
        self._save(call)
        return str(call.id)


def _ticket(value: Any) -> str:
    """A queue ticket as typed: a012, A12 and A012 are the same."""
    text = single_line(value, "queue_ticket").strip().upper()
    if len(text) >= 2 and text[0].isalpha() and text[1:].isdigit() and len(text) <= 4:
        return f"{text[0]}{int(text[1:]):03d}"
    raise errors.InvalidValueError(field="queue_ticket", value=text)
