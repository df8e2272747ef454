"""Standing instructions per flat, and the check every command that admits a person runs
against them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from domain import errors
from domain.core import DeskCore, command
from domain.values import as_date, choice, optional_text

if TYPE_CHECKING:
    from domain.instructions import Instruction
    from domain.units import Unit


class InstructionCommands(DeskCore):
    def instructions_for(self, unit: Unit) -> list[Instruction]:
        """The flat's instructions in force today."""
        from domain.instructions import Instruction

        today = self.today()
        found = (self._load(i, Instruction) for i in unit.instructions)
        return [i for i in found if i.in_force(today, unit.household_id)]

    def refuse_if_not_admitted(self, unit: Unit, person: str, override_reason: Any) -> str:
        """A person the flat said not to admit is refused with the flat's reason; a
        supervisor admits them by giving a reason of their own, which is recorded."""
        from domain.instructions import InstructionKind, same_person

        barred = [
            i
            for i in self.instructions_for(unit)
            if i.kind == InstructionKind.DO_NOT_ADMIT and same_person(i.person, person)
        ]
        if not barred:
            return ""
        override = optional_text(override_reason, "override_reason", 200)
        if not override:
            raise errors.DoNotAdmitError(unit=str(unit.unit), reason=barred[0].note or "—")
        self.require("override_do_not_admit")
        return override

    @command()
    def set_instruction(
        self, unit: Any, kind: Any, person: Any = "", note: Any = "", until: Any = ""
    ) -> str:
        """A standing instruction for a flat; its id is the result."""
        from domain.instructions import NAMES_A_PERSON, Instruction, InstructionKind

        flat = self.get_unit(unit)
        what = choice(InstructionKind, kind, "kind")
        who = optional_text(person, "person", 60)
        said = optional_text(note, "note", 500)
        end = as_date(until, "until") if until else None
        if what in NAMES_A_PERSON and not who:
            raise errors.MissingValueError(field="person")
        if what is InstructionKind.AWAY and end is None:
            raise errors.MissingValueError(field="until")
        if what is InstructionKind.NOTE and not said:
            raise errors.MissingValueError(field="note")
        if end is not None and end < self.today():
            raise errors.DateInPastError(field="until", value=end.isoformat())
        instruction = Instruction(
            unit=flat.unit,
            household_id=flat.household_id or "",
            kind=what.value,
            person=who,
            note=said,
            until=end,
        )
        flat.attach_instruction(str(instruction.id))
        self._save(instruction, flat)
        return str(instruction.id)

    @command()
    def end_instruction(self, instruction_id: Any) -> None:
        from domain.instructions import Instruction

        instruction = self._load(instruction_id, Instruction)
        instruction.end()
        self._save(instruction)
