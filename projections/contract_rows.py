"""The renewal calendar's rows as the desk and the documents get them: a contract with its
money in yuan, its notice and its status on a day; and the version of its calendar entries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from projections.base import from_epoch


def fen(amount: Decimal) -> int:
    """Money is kept in fen (0.01 yuan) so the databases add it up exactly."""
    return int(amount * 100)


def yuan(amount_fen: int) -> Decimal:
    return Decimal(amount_fen).scaleb(-2)


@dataclass(frozen=True)
class ContractRow:
    contract_id: str
    unit: str
    household_id: str
    kind: str
    start: date
    end: date
    monthly_fee: Decimal
    deposit: Decimal
    deposit_paid: Decimal
    deposit_refunded: Decimal
    deposit_deducted: Decimal
    deposit_held: Decimal
    notice_due: date
    notice_sent_at: datetime | None
    notice_sent_on: date | None
    notice_channel: str
    notices_sent: int
    terminated_on: date | None
    termination_reason: str
    breaches: int
    renewals: int
    signed_at: datetime
    signed_by: str
    updated_at: datetime

    @property
    def notice_on_time(self) -> bool | None:
        """Whether this term's notice went out by its due date (None while not sent)."""
        return None if self.notice_sent_on is None else self.notice_sent_on <= self.notice_due

    @property
    def deposit_state(self) -> str:
        """none (no deposit agreed), unpaid, held, or settled (paid and all given back)."""
        if self.deposit_paid == 0:
            return "none" if self.deposit == 0 else "unpaid"
        return "held" if self.deposit_held > 0 else "settled"

    def status(self, today: date) -> str:
        """terminated, expired, notice_overdue, notice_sent, notice_due or running."""
        if self.terminated_on is not None:
            return "terminated"
        if self.end < today:
            return "expired"
        if self.notice_sent_at is not None:
            return "notice_sent"
        if self.notice_due < today:
            return "notice_overdue"
        if self.notice_due == today:
            return "notice_due"
        return "running"


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def contract_row(row: dict[str, Any]) -> ContractRow:
    paid, refunded, deducted = row["deposit_paid"], row["deposit_refunded"], row["deposit_deducted"]
    return ContractRow(
        contract_id=row["contract_id"],
        unit=row["unit"],
        household_id=row["household_id"],
        kind=row["kind"],
        start=date.fromisoformat(row["start_on"]),
        end=date.fromisoformat(row["end_on"]),
        monthly_fee=yuan(row["monthly_fee"]),
        deposit=yuan(row["deposit"]),
        deposit_paid=yuan(paid),
        deposit_refunded=yuan(refunded),
        deposit_deducted=yuan(deducted),
        deposit_held=yuan(paid - refunded - deducted),
        notice_due=date.fromisoformat(row["notice_due"]),
        notice_sent_at=from_epoch(row["notice_sent_at"]),
        notice_sent_on=_day(row["notice_sent_on"]),
        notice_channel=row["notice_channel"] or "",
        notices_sent=row["notices_sent"],
        terminated_on=_day(row["terminated_on"]),
        termination_reason=row["termination_reason"] or "",
        breaches=row["breaches"],
        renewals=row["renewals"],
        signed_at=from_epoch(row["signed_at"]),
        signed_by=row["signed_by"],
        updated_at=from_epoch(row["updated_at"]),
    )


@dataclass(frozen=True)
class EntryVersion:
    """How many times a contract's calendar entries changed, and when they last did."""

    sequence: int
    last_modified: datetime
