"""Visitor passes (访客通行证): identity, the host's confirmation, the pass, in and out."""

from __future__ import annotations

import base64
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from eventsourcing.domain import event

from domain import errors
from domain.clock import shifted
from domain.personal_data import ERASED
from domain.recording import DeskAggregate
from domain.staff import Role, may
from domain.values import DELIVERY_MINUTES as DELIVERY_MINUTES  # its home: see there
from domain.values import UnitNumber

MAX_VALID_HOURS = 72
MAX_DELIVERY_MINUTES = 240


class VisitKind(StrEnum):
    GUEST = "guest"
    DELIVERY = "delivery"
    CONTRACTOR = "contractor"
    MOVING = "moving"
    RENOVATION = "renovation"
    OTHER = "other"


NEEDS_RENOVATION_AGREEMENT = frozenset(
    {VisitKind.CONTRACTOR, VisitKind.MOVING, VisitKind.RENOVATION}
)
# Visitors who come to work (deliveries, repairs, moves, renovations): they give their
# company and their work ID as well.
WORKERS = frozenset(
    {VisitKind.DELIVERY, VisitKind.CONTRACTOR, VisitKind.MOVING, VisitKind.RENOVATION}
)


class PassState(StrEnum):
    AWAITING_HOST = "awaiting_host"
    HOST_CONFIRMED = "host_confirmed"
    HOST_DECLINED = "host_declined"
    ISSUED = "issued"
    ON_SITE = "on_site"
    LEFT = "left"
    REVOKED = "revoked"


class PassStep(StrEnum):
    """What can be done to a visitor's pass (each one a command of its own)."""

    CONFIRM_HOST = "confirm_host"
    DECLINE_HOST = "decline_host"
    WAIVE_HOST_CONFIRMATION = "waive_host_confirmation"
    ISSUE = "issue"
    PRINT = "print"
    CHECK_IN = "check_in"
    CHECK_OUT = "check_out"
    REVOKE = "revoke"


# What each state of a pass lets be done next. A declined, revoked or finished visit is
# over: nothing more is offered, and the pass refuses the rest.
PASS_STEPS: dict[PassState, frozenset[PassStep]] = {
    PassState.AWAITING_HOST: frozenset(
        {
            PassStep.CONFIRM_HOST,
            PassStep.DECLINE_HOST,
            PassStep.WAIVE_HOST_CONFIRMATION,
            PassStep.REVOKE,
        }
    ),
    PassState.HOST_CONFIRMED: frozenset({PassStep.ISSUE, PassStep.REVOKE}),
    PassState.HOST_DECLINED: frozenset(),
    PassState.ISSUED: frozenset({PassStep.PRINT, PassStep.CHECK_IN, PassStep.REVOKE}),
    PassState.ON_SITE: frozenset({PassStep.PRINT, PassStep.CHECK_OUT, PassStep.REVOKE}),
    PassState.LEFT: frozenset(),
    PassState.REVOKED: frozenset(),
}
# Steps only some roles may take; the others are desk work.
_STEP_PERMISSION = {PassStep.WAIVE_HOST_CONFIRMATION: "waive_host_confirmation"}


def pass_steps(state: str, role: Role | str | None) -> frozenset[PassStep]:
    """What someone in `role` can do now to a pass in `state`."""
    try:
        steps = PASS_STEPS[PassState(state)]
    except ValueError:
        return frozenset()
    return frozenset(
        step for step in steps if step not in _STEP_PERMISSION or may(role, _STEP_PERMISSION[step])
    )


class HostChannel(StrEnum):
    PHONE = "phone"
    INTERCOM = "intercom"
    APP = "app"
    IN_PERSON = "in_person"
    ORDER_SHOWN = "order_shown"  # a delivery rider's order names the flat and its phone


class PassSize(StrEnum):
    """The printers desks have: a badge card, a 62 mm label roll, or A4 with cut marks."""

    BADGE = "badge"
    LABEL62 = "label62"
    A4 = "a4"


def pass_code(pass_id: Any) -> str:
    """Eight characters a person can read out or type: derived from the pass's id."""
    return base64.b32encode(pass_id.bytes[:5]).decode()


class VisitorPass(DeskAggregate):
    """One visit: from registration at the counter to leaving the community."""

    class Registered(DeskAggregate.Created):
        """Version 2 added the company and work ID that delivery and repair workers give."""

        class_version = 2
        host_unit: UnitNumber
        host_household_id: str
        name: str
        id_type: str
        id_number: str
        phone: str
        purpose: str
        kind: str
        company: str
        work_id: str

        @staticmethod
        def upcast_v1_v2(state: dict[str, Any]) -> None:
            state["company"] = ""
            state["work_id"] = ""

    @event(Registered)
    def __init__(
        self,
        host_unit: UnitNumber,
        host_household_id: str,
        name: str,
        id_type: str,
        id_number: str,
        phone: str,
        purpose: str,
        kind: str,
        company: str,
        work_id: str,
    ) -> None:
        self.host_unit = host_unit
        self.host_household_id = host_household_id
        self.name = name
        self.id_type = id_type
        self.id_number = id_number
        self.phone = phone
        self.purpose = purpose
        self.kind = kind
        self.company = company
        self.work_id = work_id
        self.state = PassState.AWAITING_HOST.value
        self.host_answer: str | None = None
        self.declined_reason = ""
        self.code: str | None = None
        self.valid_from: datetime | None = None
        self.valid_until: datetime | None = None
        self.checked_in_at: datetime | None = None
        self.checked_out_at: datetime | None = None
        self.revoked_reason: str | None = None
        self.admitted_despite_instruction = False

    def admit_despite_instruction(self, reason: str) -> None:
        self._admitted_despite_instruction(reason=reason)

    class AdmittedDespiteInstruction(DeskAggregate.Event):
        """A supervisor admitted a person the host flat had asked not to admit."""

        reason: str

    @event(AdmittedDespiteInstruction)
    def _admitted_despite_instruction(self, reason: str) -> None:
        self.admitted_despite_instruction = True

    def _require_host_unanswered(self) -> None:
        if self.state == PassState.REVOKED:
            raise errors.PassRevokedError(reason=self.revoked_reason)
        if self.host_answer is not None:
            raise errors.HostAlreadyAnsweredError()

    def confirm_host(self, channel: str) -> None:
        self._require_host_unanswered()
        self._host_confirmed(channel=channel)

    class HostConfirmed(DeskAggregate.Event):
        channel: str

    @event(HostConfirmed)
    def _host_confirmed(self, channel: str) -> None:
        self.host_answer = "confirmed"
        self.state = PassState.HOST_CONFIRMED.value

    def decline_host(self, reason: str) -> None:
        self._require_host_unanswered()
        self._host_declined(reason=reason)

    class HostDeclined(DeskAggregate.Event):
        reason: str

    @event(HostDeclined)
    def _host_declined(self, reason: str) -> None:
        self.host_answer = "declined"
        self.declined_reason = reason
        self.state = PassState.HOST_DECLINED.value

    def waive_host_confirmation(self, reason: str) -> None:
        self._require_host_unanswered()
        self._host_confirmation_waived(reason=reason)

    class HostConfirmationWaived(DeskAggregate.Event):
        reason: str

    @event(HostConfirmationWaived)
    def _host_confirmation_waived(self, reason: str) -> None:
        self.host_answer = "waived"
        self.state = PassState.HOST_CONFIRMED.value

    def issue(self, valid_hours: int, now: datetime, valid_minutes: int | None = None) -> str:
        if self.state == PassState.REVOKED:
            raise errors.PassRevokedError(reason=self.revoked_reason)
        if self.code is not None:
            raise errors.PassAlreadyIssuedError()
        if self.host_answer == "declined":
            raise errors.HostDeclinedError(unit=str(self.host_unit), reason=self.declined_reason)
        if self.host_answer is None:
            raise errors.HostNotConfirmedError(unit=str(self.host_unit))
        code = pass_code(self.id)
        valid = timedelta(minutes=valid_minutes) if valid_minutes else timedelta(hours=valid_hours)
        self._issued(code=code, valid_from=now, valid_until=shifted(now, valid))
        return code

    class PassIssued(DeskAggregate.Event):
        code: str
        valid_from: datetime
        valid_until: datetime

    @event(PassIssued)
    def _issued(self, code: str, valid_from: datetime, valid_until: datetime) -> None:
        self.code = code
        self.valid_from = valid_from
        self.valid_until = valid_until
        self.state = PassState.ISSUED.value

    def check_in(self, now: datetime) -> None:
        if self.state == PassState.REVOKED:
            raise errors.PassRevokedError(reason=self.revoked_reason)
        if self.valid_from is None or self.valid_until is None:
            raise errors.PassNotIssuedError()
        if self.checked_out_at is not None:
            raise errors.AlreadyCheckedOutError()
        if self.checked_in_at is not None:
            raise errors.AlreadyCheckedInError()
        if now < self.valid_from:
            raise errors.PassNotYetValidError(valid_from=self.valid_from.isoformat())
        if now > self.valid_until:
            raise errors.PassExpiredError(valid_until=self.valid_until.isoformat())
        self._checked_in(at=now)

    class CheckedIn(DeskAggregate.Event):
        at: datetime

    @event(CheckedIn)
    def _checked_in(self, at: datetime) -> None:
        self.checked_in_at = at
        self.state = PassState.ON_SITE.value

    def check_out(self, now: datetime) -> None:
        if self.checked_out_at is not None:
            raise errors.AlreadyCheckedOutError()
        if self.checked_in_at is None:
            raise errors.NotCheckedInError()
        self._checked_out(at=now)

    class CheckedOut(DeskAggregate.Event):
        at: datetime

    @event(CheckedOut)
    def _checked_out(self, at: datetime) -> None:
        self.checked_out_at = at
        self.state = PassState.LEFT.value

    def revoke(self, reason: str) -> None:
        if self.state == PassState.REVOKED:
            raise errors.PassRevokedError(reason=self.revoked_reason)
        if self.state == PassState.HOST_DECLINED:  # nothing to revoke: the visit never began
            raise errors.HostDeclinedError(unit=str(self.host_unit), reason=self.declined_reason)
        if self.checked_out_at is not None:
            raise errors.AlreadyCheckedOutError()
        self._revoked(reason=reason)

    class PassRevoked(DeskAggregate.Event):
        reason: str

    @event(PassRevoked)
    def _revoked(self, reason: str) -> None:
        self.revoked_reason = reason
        self.state = PassState.REVOKED.value

    def record_print(self, size: str, now: datetime) -> int:
        """A printed pass the gate would accept; the first print is 0, reprints are copies."""
        copy_number = self.next_copy_number(now)
        self._printed(size=size, copy_number=copy_number)
        return copy_number

    def next_copy_number(self, now: datetime) -> int:
        """The copy number the next print carries; refused as the print itself would be."""
        if self.state == PassState.REVOKED:
            raise errors.PassRevokedError(reason=self.revoked_reason)
        if self.code is None or self.valid_until is None:
            raise errors.PassNotIssuedError()
        if self.checked_out_at is not None:
            raise errors.AlreadyCheckedOutError()
        if now > self.valid_until:
            raise errors.PassExpiredError(valid_until=self.valid_until.isoformat())
        return int(getattr(self, "prints", 0))

    class PassPrinted(DeskAggregate.Event):
        size: str
        copy_number: int

    @event(PassPrinted)
    def _printed(self, size: str, copy_number: int) -> None:
        self.prints = copy_number + 1

    def reveal_id_number(self, reason: str) -> str:
        self._id_number_viewed(reason=reason)
        return self.id_number

    class IdNumberViewed(DeskAggregate.Event):
        reason: str

    @event(IdNumberViewed)
    def _id_number_viewed(self, reason: str) -> None:
        """Who saw a visitor's full ID number, and why, is part of the record."""

    # --- forgetting ---------------------------------------------------------------------

    @property
    def personal_data_erased(self) -> bool:
        return getattr(self, "erased", False)

    def visit_ended_at(self) -> datetime:
        """When the visit was over: the check-out, else the end of the pass's validity or
        the pass's last change (declined, revoked, never collected)."""
        if self.checked_out_at is not None:
            return self.checked_out_at
        return max(filter(None, (self.valid_until, self.modified_on)))

    def personal_data_due(self, retention_days: int) -> date:
        return shifted(self.visit_ended_at().date(), timedelta(days=retention_days))

    def erase_personal_data(self, retention_days: int) -> None:
        self._personal_data_erased(retention_days=retention_days)

    class PersonalDataErased(DeskAggregate.Event):
        retention_days: int

    @event(PersonalDataErased)
    def _personal_data_erased(self, retention_days: int) -> None:
        """The visitor's name, ID number, phone and work ID are gone; the visit remains."""
        self.name = self.id_number = self.phone = ERASED
        self.work_id = ERASED if self.work_id else ""
        self.erased = True

    def overstayed(self, now: datetime) -> bool:
        return (
            self.state == PassState.ON_SITE
            and self.valid_until is not None
            and now > self.valid_until
        )
