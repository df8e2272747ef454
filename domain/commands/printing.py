"""Printed documents as the desk records them: every print as an event (a reprint is a
numbered copy). The signed pass and the gate's check are queries (domain/queries.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from domain.core import DeskCore, command
from domain.values import choice

if TYPE_CHECKING:
    pass


class PrintingCommands(DeskCore):
    def pass_copy_number(self, pass_id: Any) -> int:
        """The copy number the pass's next print will carry (0 for the first), so that the
        desk can print it before recording it: a print never sent is never recorded."""
        from domain.visitors import VisitorPass

        self.require("desk_work")
        return self._load(pass_id, VisitorPass).next_copy_number(self.now())

    @command(catalogue=False)
    def record_pass_printed(self, pass_id: Any, size: Any = "badge") -> int:
        """Records a printed pass; returns its copy number (0 for the first print)."""
        from domain.visitors import PassSize, VisitorPass

        record = self._load(pass_id, VisitorPass)
        copy_number = record.record_print(choice(PassSize, size, "size").value, self.now())
        self._save(record)
        return copy_number

    def move_in_pack_copy_number(self, household_id: Any) -> int:
        """The copy number the household's next move-in pack will carry (0 for the first),
        so that it is printed before it is recorded: a print never sent is never recorded."""
        from domain.households import Household

        self.require("desk_work")
        return self._load(household_id, Household).next_move_in_pack_copy()

    @command(catalogue=False)
    def record_move_in_pack_printed(self, household_id: Any) -> int:
        """Records a printed move-in pack; returns its copy number (0 for the first print)."""
        from domain.households import Household

        household = self._load(household_id, Household)
        copy_number = household.record_move_in_pack_print()
        self._save(household)
        return copy_number
