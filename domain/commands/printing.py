"""Printed documents as the desk records them: signed passes, the gate's check, and every
print as an event (a reprint is a numbered copy)."""

from __future__ import annotations

from typing import Any

from domain import errors
from domain.core import DeskCore, command
from domain.households import Household
from domain.pass_signing import PassCheck, PassVerdict, sign_pass, verified_pass_id
from domain.setup import STORE_ID, StoreSetup
from domain.values import choice, mask_id
from domain.visitors import PassSize, PassState, VisitorPass


class PrintingCommands(DeskCore):
    def _pass_signing_key(self) -> str:
        return self._load(STORE_ID, StoreSetup).pass_signing_key

    def pass_payload(self, pass_id: Any) -> str:
        """What the pass's QR code carries: its id signed with the store's key."""
        self.require("desk_work")
        record = self._load(pass_id, VisitorPass)
        if record.code is None:
            raise errors.PassNotIssuedError()
        return sign_pass(self._pass_signing_key(), record.id)

    def check_pass(self, payload: Any) -> PassCheck:
        """What the gate's scanner (and the desk's scan field) is told about a scanned pass."""
        self._current_staff()
        pass_id = verified_pass_id(self._pass_signing_key(), str(payload or ""))
        if pass_id is None:
            return PassCheck(PassVerdict.FORGED)
        try:
            record = self._load(pass_id, VisitorPass)
        except errors.NotFoundError:
            return PassCheck(PassVerdict.FORGED)
        if record.code is None or record.valid_from is None or record.valid_until is None:
            return PassCheck(PassVerdict.FORGED)  # the store never issued it
        now = self.now()
        if record.state == PassState.REVOKED:
            verdict = PassVerdict.REVOKED
        elif record.checked_out_at is not None:
            verdict = PassVerdict.CHECKED_OUT
        elif now < record.valid_from:
            verdict = PassVerdict.NOT_YET_VALID
        elif now > record.valid_until:
            verdict = PassVerdict.EXPIRED
        else:
            verdict = PassVerdict.VALID
        return PassCheck(
            verdict=verdict,
            pass_id=str(record.id),
            code=record.code,
            name=record.name,
            id_masked=mask_id(record.id_number, record.id_type),
            host_unit=str(record.host_unit),
            kind=record.kind,
            valid_from=record.valid_from,
            valid_until=record.valid_until,
        )

    def pass_copy_number(self, pass_id: Any) -> int:
        """The copy number the pass's next print will carry (0 for the first), so that the
        desk can print it before recording it: a print never sent is never recorded."""
        self.require("desk_work")
        return self._load(pass_id, VisitorPass).next_copy_number(self.now())

    @command()
    def record_pass_printed(self, pass_id: Any, size: Any = "badge") -> int:
        """Records a printed pass; returns its copy number (0 for the first print)."""
        record = self._load(pass_id, VisitorPass)
        copy_number = record.record_print(choice(PassSize, size, "size").value, self.now())
        self._save(record)
        return copy_number

    def move_in_pack_copy_number(self, household_id: Any) -> int:
        """The copy number the household's next move-in pack will carry (0 for the first),
        so that it is printed before it is recorded: a print never sent is never recorded."""
        self.require("desk_work")
        return self._load(household_id, Household).next_move_in_pack_copy()

    @command()
    def record_move_in_pack_printed(self, household_id: Any) -> int:
        """Records a printed move-in pack; returns its copy number (0 for the first print)."""
        household = self._load(household_id, Household)
        copy_number = household.record_move_in_pack_print()
        self._save(household)
        return copy_number
