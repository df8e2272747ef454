"""The walk-in queue (取号/叫号): a number for each person at the counter, called in the
order they came, out of turn only by a supervisor who says why."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from uuid import UUID, uuid5

from eventsourcing.domain import event

from domain import errors
from domain.recording import DeskAggregate
from domain.staff import NAMESPACE


class QueuePurpose(StrEnum):
    ENQUIRY = "enquiry"
    REPAIR = "repair"
    COMPLAINT = "complaint"
    MOVE_IN = "move_in"
    VISITOR = "visitor"
    PARCEL = "parcel"
    PAYMENT_QUESTION = "payment_question"
    OTHER = "other"


# The letter of a ticket says which group of purposes it is for: questions (A), cases to
# record (B), paperwork (C).
QUEUE_LETTER: dict[QueuePurpose, str] = {
    QueuePurpose.ENQUIRY: "A",
    QueuePurpose.PAYMENT_QUESTION: "A",
    QueuePurpose.OTHER: "A",
    QueuePurpose.REPAIR: "B",
    QueuePurpose.COMPLAINT: "B",
    QueuePurpose.MOVE_IN: "C",
    QueuePurpose.VISITOR: "C",
    QueuePurpose.PARCEL: "C",
}
LAST_NUMBER = 999
WINDOWS = 20  # counter windows a desk may call to


class TicketState(StrEnum):
    WAITING = "waiting"
    CALLED = "called"
    SERVED = "served"
    SKIPPED = "skipped"


def queue_day_id(day: date) -> UUID:
    return uuid5(NAMESPACE, f"queue/{day.isoformat()}")


class QueueDay(DeskAggregate):
    """One day's tickets at the counter, in the order they were taken: one record, so two
    desks never hand out the same number or call the same person."""

    @staticmethod
    def create_id(day: date) -> UUID:
        return queue_day_id(day)

    class Opened(DeskAggregate.Created):
        day: date

    @event(Opened)
    def __init__(self, day: date) -> None:
        self.day = day
        self.states: dict[str, TicketState] = {}
        self.last: dict[str, int] = {}

    def waiting(self) -> list[str]:
        return [t for t, s in self.states.items() if s is TicketState.WAITING]

    def state_of(self, ticket: str) -> TicketState:
        if ticket not in self.states:
            raise errors.UnknownQueueTicketError(ticket=ticket, day=self.day.isoformat())
        return self.states[ticket]

    def take(self, purpose: QueuePurpose) -> str:
        letter = QUEUE_LETTER[purpose]
        number = self.last.get(letter, 0) + 1
        if number > LAST_NUMBER:
            raise errors.QueueFullError(letter=letter)
        ticket = f"{letter}{number:03d}"
        self._taken(ticket=ticket, purpose=purpose.value, ahead=len(self.waiting()))
        return ticket

    class TicketTaken(DeskAggregate.Event):
        ticket: str
        purpose: str
        ahead: int

    @event(TicketTaken)
    def _taken(self, ticket: str, purpose: str, ahead: int) -> None:
        self.states[ticket] = TicketState.WAITING
        self.last[ticket[0]] = int(ticket[1:])

    def call_next(self, window: int) -> str:
        waiting = self.waiting()
        if not waiting:
            raise errors.QueueEmptyError()
        self._called(ticket=waiting[0], window=window, out_of_turn=False, reason="")
        return waiting[0]

    def call_out_of_turn(self, ticket: str, window: int, reason: str) -> None:
        if self.state_of(ticket) is not TicketState.WAITING:
            raise errors.TicketNotWaitingError(ticket=ticket, state=self.states[ticket].value)
        first = self.waiting()[0]
        self._called(ticket=ticket, window=window, out_of_turn=ticket != first, reason=reason)

    class TicketCalled(DeskAggregate.Event):
        ticket: str
        window: int
        out_of_turn: bool
        reason: str

    @event(TicketCalled)
    def _called(self, ticket: str, window: int, out_of_turn: bool, reason: str) -> None:
        self.states[ticket] = TicketState.CALLED

    def skip(self, ticket: str) -> None:
        state = self.state_of(ticket)
        if state not in (TicketState.WAITING, TicketState.CALLED):
            raise errors.TicketNotWaitingError(ticket=ticket, state=state.value)
        self._skipped(ticket=ticket, was=state.value)

    class TicketSkipped(DeskAggregate.Event):
        ticket: str
        was: str

    @event(TicketSkipped)
    def _skipped(self, ticket: str, was: str) -> None:
        self.states[ticket] = TicketState.SKIPPED

    def serve(self, ticket: str, contact_id: str) -> None:
        """The person holding the ticket is being served by a contact; a ticket still waiting
        is called first (the clerk served whoever stood there)."""
        state = self.state_of(ticket)
        if state not in (TicketState.WAITING, TicketState.CALLED):
            raise errors.TicketNotWaitingError(ticket=ticket, state=state.value)
        if state is TicketState.WAITING and self.waiting()[0] != ticket:
            # Serving a later number first is calling it out of turn: a supervisor's call.
            raise errors.TicketNotNextError(ticket=ticket, first=self.waiting()[0])
        self._served(ticket=ticket, contact_id=contact_id)

    class TicketServed(DeskAggregate.Event):
        ticket: str
        contact_id: str

    @event(TicketServed)
    def _served(self, ticket: str, contact_id: str) -> None:
        self.states[ticket] = TicketState.SERVED
