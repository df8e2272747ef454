"""Standing instructions per flat (front-desk instructions): who may be let in, who must not
be, a flat away until a date, or a note; shown wherever the flat is typed until they end."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from eventsourcing.domain import event

from domain import errors
from domain.chinese import folded
from domain.recording import DeskAggregate
from domain.values import UnitNumber


class InstructionKind(StrEnum):
    PERMISSION_TO_ENTER = "permission_to_enter"
    DO_NOT_ADMIT = "do_not_admit"
    AWAY = "away"
    NOTE = "note"


NAMES_A_PERSON = frozenset({InstructionKind.PERMISSION_TO_ENTER, InstructionKind.DO_NOT_ADMIT})


def same_person(a: str, b: str) -> bool:
    """Two names as typed at the desk name the same person (spaces, case and traditional or
    simplified characters aside: 司馬懿 is 司马懿)."""
    return bool(a) and bool(b) and folded(a) == folded(b)


class Instruction(DeskAggregate):
    """One standing instruction for a flat. The person and the note are sealed."""

    class Set(DeskAggregate.Created):
        """`household_id`: the household living in the flat when it was set ("" when
        empty); its instructions end with its stay, and are forgotten with it."""

        unit: UnitNumber
        household_id: str
        kind: str
        person: str
        note: str
        until: date | None

    @event(Set)
    def __init__(
        self,
        unit: UnitNumber,
        household_id: str,
        kind: str,
        person: str,
        note: str,
        until: date | None,
    ) -> None:
        self.unit = unit
        self.household_id = household_id
        self.kind = kind
        self.person = person
        self.note = note
        self.until = until
        self.ended = False

    def in_force(self, today: date, household_id: str | None) -> bool:
        """Not ended, not expired, and set by the household living in the flat now."""
        return (
            not self.ended
            and (self.until is None or today <= self.until)
            and self.household_id == (household_id or "")
        )

    def end(self) -> None:
        if self.ended:
            raise errors.InstructionEndedError()
        self._ended()

    class Ended(DeskAggregate.Event):
        pass

    @event(Ended)
    def _ended(self) -> None:
        self.ended = True
