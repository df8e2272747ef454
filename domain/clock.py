"""Domain time: every command asks the clock, so tests and the demo can simulate a year."""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Protocol, TypeVar
from zoneinfo import ZoneInfo

# The community's local time, unless FRONTDESK_TZ names another: the desk's days, the
# read models' months and the documents' dates are all counted in it.
TIMEZONE_ENV = "FRONTDESK_TZ"
DEFAULT_TIMEZONE = ZoneInfo("Asia/Shanghai")


def desk_timezone(env: Mapping[str, str] | None = None) -> ZoneInfo:
    """The time zone FRONTDESK_TZ names (in `env`, else the process's environment), or
    the default, Asia/Shanghai."""
    name = (os.environ if env is None else env).get(TIMEZONE_ENV)
    return ZoneInfo(name) if name else DEFAULT_TIMEZONE


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    """The wall clock, in UTC."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class SimulatedClock:
    """A clock that only moves when told to; used by tests, the demo and `apply --at`."""

    def __init__(self, start: datetime) -> None:
        self._now = as_utc(start)

    def now(self) -> datetime:
        return self._now

    def set(self, moment: datetime) -> None:
        self._now = as_utc(moment)

    def advance(self, delta: timedelta) -> datetime:
        self._now += delta
        return self._now


def as_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError(f"{moment!r} has no time zone")
    try:
        return moment.astimezone(UTC)
    except OverflowError:  # a moment at the very end (or start) of the calendar
        return LATEST_MOMENT if moment.year > 1 else EARLIEST_MOMENT


# How far ahead of its desk's clock a batch line's `at` may be (clocks drift a little).
AT_SKEW = timedelta(minutes=5)

# The ends of the calendar, a day in from where Python's dates stop, so that a stored date
# can still be shifted into any time zone or printed with the day after it.
EARLIEST_DAY = date(1, 1, 2)
LATEST_DAY = date(9999, 12, 30)
EARLIEST_MOMENT = datetime(1, 1, 2, tzinfo=UTC)
LATEST_MOMENT = datetime(9999, 12, 30, tzinfo=UTC)

T = TypeVar("T", date, datetime)


def shifted(value: T, delta: timedelta) -> T:
    """`value + delta`, held at the ends of the calendar instead of overflowing.

    Every deadline, due date and window is worked out from stored dates through this, so
    whatever the history holds (a move-in on 9999-12-31, a contract in year 1) can be read.
    """
    low: T
    high: T
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            low, high = EARLIEST_MOMENT, LATEST_MOMENT
        else:
            low, high = EARLIEST_MOMENT.replace(tzinfo=None), LATEST_MOMENT.replace(tzinfo=None)
    else:
        low, high = EARLIEST_DAY, LATEST_DAY
    try:
        moved = value + delta
    except OverflowError:
        return high if delta > timedelta(0) else low
    return min(max(moved, low), high)


def local(moment: datetime, zone: tzinfo) -> datetime:
    """The moment in a time zone; at the very end of the calendar, as it is."""
    try:
        return moment.astimezone(zone)
    except OverflowError:
        return moment


def days(count: int) -> timedelta:
    """`count` days, held within what a timedelta can hold (a `--within` of 10**20 days)."""
    return timedelta(days=min(max(int(count), -999_999_999), 999_999_999))


def month_of(moment: datetime, zone: tzinfo) -> str:
    """YYYY-MM of the moment in a time zone; year 1 is 0001 (strftime would write "1")."""
    there = local(moment, zone)
    return f"{there.year:04d}-{there.month:02d}"
