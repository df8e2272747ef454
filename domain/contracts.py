"""Contracts (合同): service, renovation and parking agreements, from signing to the end."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

from eventsourcing.domain import event

from domain import errors
from domain.clock import shifted
from domain.recording import DeskAggregate
from domain.values import UnitNumber

RENEWAL_NOTICE_BEFORE = timedelta(days=90)
AMENDABLE = ("start", "end", "monthly_fee")


class ContractKind(StrEnum):
    SERVICE = "service"
    RENOVATION = "renovation"
    PARKING = "parking"


class BreachKind(StrEnum):
    ARREARS = "arrears"
    ILLEGAL_RENOVATION = "illegal_renovation"
    CHANGE_OF_USE = "change_of_use"
    COMPANY_FAILURE = "company_failure"
    OTHER = "other"


class NoticeChannel(StrEnum):
    LETTER = "letter"
    PHONE = "phone"
    SMS = "sms"
    APP = "app"
    IN_PERSON = "in_person"


FEN = Decimal("0.01")


def monthly_service_fee(area_m2: Decimal | str, rate: Decimal | str) -> Decimal:
    """The service fee for a month: the unit's floor area times the rate per m², rounded
    half up to the fen as a receipt shows it (89.25 m² × ¥2.82 = ¥251.685 → ¥251.69)."""
    return (Decimal(area_m2) * Decimal(rate)).quantize(FEN, ROUND_HALF_UP)


def deposit_outstanding(agreed: Decimal, paid: Decimal) -> Decimal:
    """What is still to be paid of the agreed deposit; nothing once it is all paid."""
    return max(agreed - paid, Decimal("0.00"))


def refund_beside(held: Decimal, deductions: Decimal) -> Decimal | None:
    """The refund that, with the deductions, gives back all that is held; None when the
    deductions alone are more than is held (refund and deductions may not exceed it)."""
    rest = held - deductions
    return rest if rest >= 0 else None


class Contract(DeskAggregate):
    """One agreement between the property company and a household for a unit."""

    class Signed(DeskAggregate.Created):
        unit: UnitNumber
        household_id: str
        kind: str
        start: date
        end: date
        monthly_fee: Decimal
        deposit: Decimal

    @event(Signed)
    def __init__(
        self,
        unit: UnitNumber,
        household_id: str,
        kind: str,
        start: date,
        end: date,
        monthly_fee: Decimal,
        deposit: Decimal,
    ) -> None:
        self.unit = unit
        self.household_id = household_id
        self.kind = kind
        self.start = start
        self.end = end
        self.monthly_fee = monthly_fee
        self.deposit = deposit
        self.deposit_paid = Decimal("0.00")
        self.deposit_refunded = Decimal("0.00")
        self.deposit_deducted = Decimal("0.00")
        self.notices: list[str] = []
        self.letter_copies = 0  # reprints of this term's renewal letter
        self.breaches = 0
        self.terminated_on: date | None = None

    @property
    def notice_due(self) -> date:
        return shifted(self.end, -RENEWAL_NOTICE_BEFORE)

    @property
    def deposit_held(self) -> Decimal:
        return self.deposit_paid - self.deposit_refunded - self.deposit_deducted

    def is_active_on(self, day: date) -> bool:
        if self.terminated_on is not None and day >= self.terminated_on:
            return False
        return self.start <= day <= self.end

    def _require_running(self) -> None:
        if self.terminated_on is not None:
            raise errors.ContractEndedError(date=self.terminated_on.isoformat())

    def amend(self, changes: dict[str, Any], reason: str) -> None:
        self._require_running()
        start, end = changes.get("start", self.start), changes.get("end", self.end)
        if end <= start:
            raise errors.InvalidDateRangeError(start=start.isoformat(), end=end.isoformat())
        previous = {key: getattr(self, key) for key in changes}
        if previous == changes:
            raise errors.NothingToChangeError()
        self._amended(changes=changes, previous=previous, reason=reason)

    class Amended(DeskAggregate.Event):
        changes: dict[str, Any]
        previous: dict[str, Any]
        reason: str

    @event(Amended)
    def _amended(self, changes: dict[str, Any], previous: dict[str, Any], reason: str) -> None:
        for key, value in changes.items():
            setattr(self, key, value)

    def send_renewal_notice(self, channel: str) -> None:
        self._require_running()
        self._renewal_notice_sent(channel=channel, notice_due=self.notice_due)

    class RenewalNoticeSent(DeskAggregate.Event):
        channel: str
        notice_due: date

    @event(RenewalNoticeSent)
    def _renewal_notice_sent(self, channel: str, notice_due: date) -> None:
        self.notices.append(channel)

    def print_renewal_letter(self) -> int:
        """A printed renewal letter: this term's first letter is its notice, sent by letter
        (returns 0); a reprint is a numbered copy (1, 2, …), recorded as a print, not as
        another notice."""
        copy_number = self.next_letter_copy()
        if copy_number == 0:
            self.send_renewal_notice(NoticeChannel.LETTER.value)
            return 0
        self._renewal_letter_reprinted(copy_number=copy_number)
        return self.letter_copies

    def next_letter_copy(self) -> int:
        """The copy number the next renewal letter carries (0: it is the term's notice);
        refused as the print itself would be."""
        self._require_running()
        if NoticeChannel.LETTER.value not in self.notices:
            return 0
        return int(self.letter_copies) + 1

    class RenewalLetterReprinted(DeskAggregate.Event):
        copy_number: int

    @event(RenewalLetterReprinted)
    def _renewal_letter_reprinted(self, copy_number: int) -> None:
        self.letter_copies = copy_number

    def renew(self, new_end: date, monthly_fee: Decimal | None) -> None:
        self._require_running()
        if new_end <= self.end:
            raise errors.RenewalMustExtendError(
                new_end=new_end.isoformat(), end=self.end.isoformat()
            )
        self._renewed(
            previous_end=self.end,
            new_end=new_end,
            monthly_fee=self.monthly_fee if monthly_fee is None else monthly_fee,
        )

    class Renewed(DeskAggregate.Event):
        previous_end: date
        new_end: date
        monthly_fee: Decimal

    @event(Renewed)
    def _renewed(self, previous_end: date, new_end: date, monthly_fee: Decimal) -> None:
        self.end = new_end
        self.monthly_fee = monthly_fee
        self.notices = []
        self.letter_copies = 0

    def terminate(self, on: date, reason: str) -> None:
        self._require_running()
        if on < self.start:
            raise errors.InvalidDateRangeError(start=self.start.isoformat(), end=on.isoformat())
        self._terminated(on=on, reason=reason)

    class Terminated(DeskAggregate.Event):
        on: date
        reason: str

    @event(Terminated)
    def _terminated(self, on: date, reason: str) -> None:
        self.terminated_on = on

    class BreachRecorded(DeskAggregate.Event):
        kind: str
        details: str

    @event(BreachRecorded)
    def record_breach(self, kind: str, details: str) -> None:
        self.breaches += 1

    def record_deposit(self, amount: Decimal) -> None:
        self._require_running()
        if amount <= 0:
            raise errors.AmountNotPositiveError(field="amount")
        self._deposit_recorded(amount=amount)

    class DepositRecorded(DeskAggregate.Event):
        amount: Decimal

    @event(DepositRecorded)
    def _deposit_recorded(self, amount: Decimal) -> None:
        self.deposit_paid += amount

    def refund_deposit(self, amount: Decimal, deductions: Decimal, reason: str) -> None:
        if amount + deductions <= 0:
            raise errors.AmountNotPositiveError(field="amount")
        if amount + deductions > self.deposit_held:
            raise errors.RefundExceedsDepositError(
                amount=str(amount), deductions=str(deductions), held=str(self.deposit_held)
            )
        self._deposit_refunded(amount=amount, deductions=deductions, reason=reason)

    class DepositRefunded(DeskAggregate.Event):
        amount: Decimal
        deductions: Decimal
        reason: str

    @event(DepositRefunded)
    def _deposit_refunded(self, amount: Decimal, deductions: Decimal, reason: str) -> None:
        self.deposit_refunded += amount
        self.deposit_deducted += deductions
