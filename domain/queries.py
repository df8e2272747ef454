"""Queries the desk answers without recording anything: a scanned pass checked at the
gate, and the signed payload a pass's QR code carries."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from domain import errors
from domain.core import DeskCore
from domain.pass_signing import PassCheck, PassVerdict, sign_pass, verified_pass_id
from domain.setup import STORE_ID, StoreSetup
from domain.values import mask_id

if TYPE_CHECKING:
    pass


class PassChecks(DeskCore):
    def _pass_signing_key(self) -> str:
        return self._load(STORE_ID, StoreSetup).pass_signing_key

    def pass_payload(self, pass_id: Any) -> str:
        """What the pass's QR code carries: its id signed with the store's key."""
        from domain.visitors import VisitorPass

        self.require("desk_work")
        record = self._load(pass_id, VisitorPass)
        if record.code is None:
            raise errors.PassNotIssuedError()
        return sign_pass(self._pass_signing_key(), record.id)

    def check_pass(self, payload: Any) -> PassCheck:
        """What the gate's scanner (and the desk's scan field) is told about a scanned pass."""
        from domain.visitors import PassState, VisitorPass

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
