"""Standing instructions per flat (front-desk instructions): who may be let in, who must not
be, a flat away until a date, or a note; shown wherever the flat is typed until they end."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from eventsourcing.domain import event

from domain import errors
from domain.recording import DeskAggregate
from domain.values import UnitNumber


class InstructionKind(StrEnum):
    PERMISSION_TO_ENTER = "permission_to_enter"
    DO_NOT_ADMIT = "do_not_admit"
    AWAY = "away"
    NOTE = "note"


NAMES_A_PERSON = frozenset({InstructionKind.PERMISSION_TO_ENTER, InstructionKind.DO_NOT_ADMIT})


def same_person(a: str, b: str) -> bool:
    """Two names as typed at the desk name the same person (spaces and case aside)."""
    return bool(a) and "".join(a.split()).casefold() == "".join(b.split()).casefold()


class Instruction(DeskAggregate):
    """One standing instruction for a flat. The person and the note are sealed."""

    class Set(DeskAggregate.Created):
        unit: UnitNumber
        kind: str
        person: str
        note: str
        until: date | None

    @event(Set)
    def __init__(
        self, unit: UnitNumber, kind: str, person: str, note: str, until: date | None
    ) -> None:
        self.unit = unit
        self.kind = kind
        self.person = person
        self.note = note
        self.until = until
        self.ended = False

    def in_force(self, today: date) -> bool:
        return not self.ended and (self.until is None or today <= self.until)

    def end(self) -> None:
        if self.ended:
            raise errors.InstructionEndedError()
        self._ended()

    class Ended(DeskAggregate.Event):
        pass

    @event(Ended)
    def _ended(self) -> None:
        self.ended = True
