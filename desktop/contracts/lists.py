"""What the contracts page lists, read from the renewal calendar: the contracts of each list
and of a day of the calendar, the households' names, which are late, and what may be done to
the contract selected. No Qt: the page shows what these give."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from domain.contracts import deposit_outstanding
from domain.staff import Role, may
from projections.renewal_calendar import ContractRow, RenewalCalendar
from projections.resident_files import ResidentFiles
from projections.store import Db

LISTS = ("ending", "notices_due", "overdue", "expired", "deposits", "all")
ACTIONS = ("amend", "notice", "renew", "terminate", "breach", "deposit", "refund")


def list_query(
    calendar: RenewalCalendar, key: str, today: date, days: int
) -> Callable[[Db], list[ContractRow]]:
    """The read of one list; `days` is how far ahead "ending" and "notices due" look."""
    return {
        "ending": lambda db: calendar.ending_within(db, today, days),
        "notices_due": lambda db: calendar.notices_due(db, today, days),
        "overdue": lambda db: calendar.notices_overdue(db, today),
        "expired": lambda db: calendar.expired(db, today),
        "deposits": lambda db: calendar.renovation_deposits(db),
        "all": lambda db: calendar.all(db),
    }[key]


def read_contracts(
    calendar: RenewalCalendar,
    files: ResidentFiles,
    query: Callable[[Db], list[ContractRow]],
    today: date,
    shown: tuple[date, date],
) -> Callable[[Db], dict[str, Any]]:
    """The calendar's marks as of `today` on the days `shown`, the contracts listed and
    their households' names (a household moved out since is still named): only what is
    shown is read."""

    def read(db: Db) -> dict[str, Any]:
        listed = query(db)
        names = files.members_of(db, (row.household_id for row in listed))
        marks = calendar.marks(db, today, shown)
        return {"marks": marks, "listed": listed, "names": names}

    return read


def day_query(calendar: RenewalCalendar, day: date) -> Callable[[Db], list[ContractRow]]:
    """The read of one day of the calendar: the contracts ending on it, or whose renewal
    notice is due on it (and not sent)."""
    return lambda db: calendar.on_day(db, day)


def is_late(row: ContractRow, today: date) -> bool:
    return row.status(today) in ("notice_overdue", "expired")


def is_notice_late(row: ContractRow, today: date) -> bool:
    return row.status(today) == "notice_overdue"


def allowed_actions(row: ContractRow | None, role: Role | str | None) -> dict[str, bool]:
    """Which of ACTIONS may be done to the contract selected (none selected: none)."""
    running = row is not None and row.terminated_on is None
    owed = row is not None and deposit_outstanding(row.deposit, row.deposit_paid) > 0
    return {
        "amend": running,
        "notice": running,
        "renew": running,
        "terminate": running and may(role, "terminate_contract"),
        "breach": row is not None,
        "deposit": running and owed,
        "refund": row is not None and row.deposit_held > 0,
    }
