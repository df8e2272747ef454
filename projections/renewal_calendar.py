"""Renewal calendar: every contract by end date, its renewal notice (due 3 months before the
end), overdue notices, expired contracts, renovation deposits; also as an iCalendar feed."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import IO, Any
from zoneinfo import ZoneInfo

from eventsourcing.dispatch import singledispatchmethod

from domain.clock import DEFAULT_TIMEZONE, shifted
from domain.clock import days as clock_days
from domain.contracts import RENEWAL_NOTICE_BEFORE, Contract
from ledger.db import bound_in
from projections.base import ReadModel, epoch, from_epoch, iso_day
from projections.contract_rows import ContractRow, EntryVersion, contract_row, fen
from projections.store import Db

KIND_NAMES = {"service": "物业服务", "renovation": "装修管理", "parking": "车位"}
CHANNEL_NAMES = {
    "letter": "书面通知",
    "phone": "电话",
    "sms": "短信",
    "app": "App",
    "in_person": "当面",
}
ICS_PRODID = "-//Front Desk//Renewal calendar//ZH"
MARKS = {1: "end", 2: "notice", 3: "overdue"}  # a day's mark: the most urgent of its dates


# Every change to what a contract's calendar entries say (dates, the notice, a termination)
# raises their SEQUENCE and moves their LAST-MODIFIED, so a calendar that imported them
# before takes the new version.
CALENDAR_CHANGED = "calendar_sequence = calendar_sequence + 1, calendar_changed_at = :at"


def _notice_due(end: date) -> str:
    return shifted(end, -RENEWAL_NOTICE_BEFORE).isoformat()


class RenewalCalendar(ReadModel):
    name = "renewal_calendar"
    zone = DEFAULT_TIMEZONE
    tables = ("contracts",)
    schema = (
        """CREATE TABLE IF NOT EXISTS contracts (
            contract_id TEXT PRIMARY KEY, unit TEXT NOT NULL, household_id TEXT NOT NULL,
            kind TEXT NOT NULL, start_on TEXT NOT NULL, end_on TEXT NOT NULL,
            monthly_fee INTEGER NOT NULL, deposit INTEGER NOT NULL,
            deposit_paid INTEGER NOT NULL, deposit_refunded INTEGER NOT NULL,
            deposit_deducted INTEGER NOT NULL, notice_due TEXT NOT NULL,
            notice_sent_at DOUBLE PRECISION, notice_sent_on TEXT, notice_channel TEXT,
            notices_sent INTEGER NOT NULL, terminated_on TEXT, termination_reason TEXT,
            breaches INTEGER NOT NULL, renewals INTEGER NOT NULL,
            signed_at DOUBLE PRECISION NOT NULL, signed_by TEXT NOT NULL,
            updated_at DOUBLE PRECISION NOT NULL, calendar_sequence INTEGER NOT NULL,
            calendar_changed_at DOUBLE PRECISION NOT NULL)""",
        "CREATE INDEX IF NOT EXISTS contracts_end ON contracts (end_on)",
        "CREATE INDEX IF NOT EXISTS contracts_notice ON contracts (notice_due)",
        "CREATE INDEX IF NOT EXISTS contracts_household ON contracts (household_id)",
        "CREATE INDEX IF NOT EXISTS contracts_kind ON contracts (kind, end_on)",
        # Notices overdue: running contracts whose notice is unsent, not ten years of ended ones.
        """CREATE INDEX IF NOT EXISTS contracts_notices_unsent
        ON contracts (notice_sent_at, terminated_on, end_on)""",
    )

    # --- handlers -----------------------------------------------------------------------

    @singledispatchmethod
    def apply(self, event: Any, db: Db) -> None:
        """Events this read model does not follow change nothing in it."""

    def _set(self, db: Db, event: Any, assignments: str, **params: Any) -> None:
        changed = f"{assignments}, updated_at = :updated_at"
        updated_at = epoch(event.timestamp)
        self.update_record(
            db, "contracts", "contract_id", event, changed, updated_at=updated_at, **params
        )

    @apply.register
    def _signed(self, event: Contract.Signed, db: Db) -> None:
        db.execute(
            """INSERT INTO contracts VALUES (:id, :unit, :household, :kind, :start, :end, :fee,
            :deposit, 0, 0, 0, :notice_due, NULL, NULL, NULL, 0, NULL, NULL, 0, 0, :at,
            :operator, :at, 0, :at)""",
            id=str(event.originator_id),
            unit=str(event.unit),
            household=event.household_id,
            kind=event.kind,
            start=iso_day(event.start),
            end=iso_day(event.end),
            fee=fen(event.monthly_fee),
            deposit=fen(event.deposit),
            notice_due=_notice_due(event.end),
            at=epoch(event.timestamp),
            operator=event.operator,
        )

    @apply.register
    def _amended(self, event: Contract.Amended, db: Db) -> None:
        changes = event.changes
        assignments: list[str] = []
        params: dict[str, Any] = {}
        if "start" in changes or "end" in changes:  # the calendar's entries say both
            assignments.append(CALENDAR_CHANGED)
            params["at"] = epoch(event.timestamp)
        if "start" in changes:
            assignments.append("start_on = :start")
            params["start"] = iso_day(changes["start"])
        if "end" in changes:
            assignments.append("end_on = :end, notice_due = :notice_due")
            params["end"] = iso_day(changes["end"])
            params["notice_due"] = _notice_due(changes["end"])
        if "monthly_fee" in changes:
            assignments.append("monthly_fee = :fee")
            params["fee"] = fen(Decimal(changes["monthly_fee"]))
        if assignments:
            self._set(db, event, ", ".join(assignments), **params)

    @apply.register
    def _notice_sent(self, event: Contract.RenewalNoticeSent, db: Db) -> None:
        # The first notice of a term is the one that counts against the due date (and the
        # one the calendar's entries mention).
        self._set(
            db,
            event,
            """calendar_sequence = calendar_sequence
                + CASE WHEN notice_sent_at IS NULL THEN 1 ELSE 0 END,
            calendar_changed_at = CASE WHEN notice_sent_at IS NULL THEN :at
                ELSE calendar_changed_at END,
            notice_sent_at = COALESCE(notice_sent_at, :at),
            notice_sent_on = COALESCE(notice_sent_on, :on),
            notice_channel = COALESCE(notice_channel, :channel),
            notices_sent = notices_sent + 1""",
            at=epoch(event.timestamp),
            on=event.timestamp.astimezone(self.zone).date().isoformat(),
            channel=event.channel,
        )

    @apply.register
    def _renewed(self, event: Contract.Renewed, db: Db) -> None:
        # A renewal starts a new term: its notice has yet to be sent.
        self._set(
            db,
            event,
            """end_on = :end, notice_due = :notice_due, monthly_fee = :fee,
            notice_sent_at = NULL, notice_sent_on = NULL, notice_channel = NULL,
            notices_sent = 0, renewals = renewals + 1, """
            + CALENDAR_CHANGED,
            at=epoch(event.timestamp),
            end=iso_day(event.new_end),
            notice_due=_notice_due(event.new_end),
            fee=fen(event.monthly_fee),
        )

    @apply.register
    def _terminated(self, event: Contract.Terminated, db: Db) -> None:
        self._set(
            db,
            event,
            "terminated_on = :on, termination_reason = :reason, " + CALENDAR_CHANGED,
            at=epoch(event.timestamp),
            on=iso_day(event.on),
            reason=event.reason,
        )

    @apply.register
    def _breach(self, event: Contract.BreachRecorded, db: Db) -> None:
        self._set(db, event, "breaches = breaches + 1")

    @apply.register
    def _deposit(self, event: Contract.DepositRecorded, db: Db) -> None:
        self._set(db, event, "deposit_paid = deposit_paid + :amount", amount=fen(event.amount))

    @apply.register
    def _refunded(self, event: Contract.DepositRefunded, db: Db) -> None:
        self._set(
            db,
            event,
            """deposit_refunded = deposit_refunded + :amount,
            deposit_deducted = deposit_deducted + :deductions""",
            amount=fen(event.amount),
            deductions=fen(event.deductions),
        )

    # --- queries ------------------------------------------------------------------------

    def ending_within(self, db: Db, today: date, days: int) -> list[ContractRow]:
        """Running contracts whose end falls between today and `days` from now."""
        rows = db.all(
            """SELECT * FROM contracts WHERE end_on >= :today AND end_on <= :until
            AND terminated_on IS NULL ORDER BY end_on, unit""",
            today=today.isoformat(),
            until=shifted(today, clock_days(days)).isoformat(),
        )
        return [contract_row(r) for r in rows]

    def notices_due(self, db: Db, today: date, within_days: int) -> list[ContractRow]:
        """Notices not yet sent whose due date falls between today and `within_days` on."""
        rows = db.all(
            """SELECT * FROM contracts WHERE notice_sent_at IS NULL AND terminated_on IS NULL
            AND notice_due >= :today AND notice_due <= :until ORDER BY notice_due, unit""",
            today=today.isoformat(),
            until=shifted(today, clock_days(within_days)).isoformat(),
        )
        return [contract_row(r) for r in rows]

    def notices_overdue(self, db: Db, today: date) -> list[ContractRow]:
        """Notices past their due date and not sent, for contracts still running."""
        rows = db.all(
            """SELECT * FROM contracts WHERE notice_sent_at IS NULL AND terminated_on IS NULL
            AND notice_due < :today AND end_on >= :today ORDER BY notice_due, unit""",
            today=today.isoformat(),
        )
        return [contract_row(r) for r in rows]

    def expired(self, db: Db, today: date) -> list[ContractRow]:
        """Contracts past their end, neither renewed nor terminated."""
        rows = db.all(
            """SELECT * FROM contracts WHERE end_on < :today AND terminated_on IS NULL
            ORDER BY end_on, unit""",
            today=today.isoformat(),
        )
        return [contract_row(r) for r in rows]

    def renovation_deposits(self, db: Db) -> list[ContractRow]:
        """Renovation agreements with their deposit: agreed, paid, refunded, deducted, held."""
        rows = db.all(
            "SELECT * FROM contracts WHERE kind = 'renovation' ORDER BY end_on, unit",
        )
        return [contract_row(r) for r in rows]

    def all(self, db: Db) -> list[ContractRow]:
        return [contract_row(r) for r in db.all("SELECT * FROM contracts ORDER BY end_on, unit")]

    def marks(self, db: Db, today: date, days: tuple[date, date] | None = None) -> dict[date, str]:
        """Per day, the most urgent mark a calendar shows of the running contracts: an
        overdue renewal notice, a notice due, or an end date (counted in the store, a day
        at most read each); `days`: only those from the first to the last (the weeks a
        calendar shows: ten years of contracts counted took 27 ms at each showing)."""
        first, last = days or (date.min, date.max)
        rows = db.all(
            """SELECT day, MAX(rank) AS rank FROM (
                SELECT end_on AS day, 1 AS rank FROM contracts WHERE terminated_on IS NULL
                AND end_on BETWEEN :first AND :last
                UNION ALL
                SELECT notice_due AS day, CASE WHEN notice_due < :today THEN 3 ELSE 2 END
                FROM contracts WHERE terminated_on IS NULL AND notice_sent_at IS NULL
                AND end_on >= :today AND notice_due BETWEEN :first AND :last
            ) marked GROUP BY day""",
            today=today.isoformat(),
            first=first.isoformat(),
            last=last.isoformat(),
        )
        return {date.fromisoformat(r["day"]): MARKS[r["rank"]] for r in rows}

    def on_day(self, db: Db, day: date) -> list[ContractRow]:
        """Running contracts ending on the day, or whose renewal notice is due on it (and
        not sent)."""
        rows = db.all(
            """SELECT * FROM contracts WHERE terminated_on IS NULL
            AND (end_on = :day OR (notice_due = :day AND notice_sent_at IS NULL))
            ORDER BY end_on, unit""",
            day=day.isoformat(),
        )
        return [contract_row(r) for r in rows]

    def for_household(self, db: Db, household_id: str) -> list[ContractRow]:
        rows = db.all(
            "SELECT * FROM contracts WHERE household_id = :household ORDER BY start_on, kind",
            household=household_id,
        )
        return [contract_row(r) for r in rows]

    def get(self, db: Db, contract_id: str) -> ContractRow | None:
        row = db.one("SELECT * FROM contracts WHERE contract_id = :id", id=contract_id)
        return None if row is None else contract_row(row)

    def entry_versions(self, db: Db, rows: list[ContractRow]) -> dict[str, EntryVersion]:
        """The calendar version of each contract listed, for `write_ics`."""
        versions: dict[str, EntryVersion] = {}
        for marks, named in bound_in([r.contract_id for r in rows]):
            found = db.all(
                f"""SELECT contract_id, calendar_sequence, calendar_changed_at FROM contracts
                WHERE contract_id IN ({marks})""",
                **named,
            )
            for row in found:
                versions[row["contract_id"]] = EntryVersion(
                    row["calendar_sequence"],
                    from_epoch(row["calendar_changed_at"]),
                )
        return versions

    def by_reference(self, db: Db, prefix: str) -> str | None:
        """The contract whose id starts with the eight characters a renewal letter's
        reference shows (None if none does, or more than one)."""
        low = prefix.lower()
        rows = db.all(
            """SELECT contract_id FROM contracts WHERE contract_id >= :low
            AND contract_id < :high ORDER BY contract_id LIMIT 2""",
            low=low,
            high=low + "~",
        )
        return str(rows[0]["contract_id"]) if len(rows) == 1 else None


# --- the iCalendar feed ---------------------------------------------------------------------


def _all_day(
    uid: str, day: date, summary: str, description: str, stamp: datetime, version: EntryVersion
) -> Any:
    import icalendar

    event = icalendar.Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("sequence", version.sequence)
    event.add("last-modified", version.last_modified.astimezone(UTC))
    event.add("dtstart", day)
    event.add("dtend", shifted(day, timedelta(days=1)))
    event.add("summary", summary)
    event.add("description", description)
    event.add("transp", "TRANSPARENT")
    return event


def calendar(rows: list[ContractRow], zone: ZoneInfo, versions: dict[str, EntryVersion]) -> Any:
    """Per contract, an all-day event on its end date and one on its notice-due date, each
    with its SEQUENCE and LAST-MODIFIED (`RenewalCalendar.entry_versions`)."""
    import icalendar

    feed = icalendar.Calendar()
    feed.add("prodid", ICS_PRODID)
    feed.add("version", "2.0")
    feed.add("calscale", "GREGORIAN")
    feed.add("x-wr-calname", "合同续约日历")
    feed.add("x-wr-timezone", zone.key)
    for row in rows:
        kind = KIND_NAMES.get(row.kind, row.kind)
        about = f"{row.unit} {kind}"
        term = f"合同期 {row.start.isoformat()} 至 {row.end.isoformat()}"
        if row.notice_sent_on is not None:
            channel = CHANNEL_NAMES.get(row.notice_channel, row.notice_channel)
            notice = f"续约通知已于 {row.notice_sent_on.isoformat()} 发出（{channel}）"
        else:
            notice = "续约通知尚未发出"
        if row.terminated_on is not None:
            term += f"；已于 {row.terminated_on.isoformat()} 终止"
        stamp = row.updated_at
        version = versions.get(row.contract_id) or EntryVersion(0, row.signed_at)
        feed.add_component(
            _all_day(
                f"{row.contract_id}-end@frontdesk",
                row.end,
                f"合同到期 {about}",
                f"{term}\n{notice}",
                stamp,
                version,
            )
        )
        feed.add_component(
            _all_day(
                f"{row.contract_id}-notice@frontdesk",
                row.notice_due,
                f"续约通知截止 {about}",
                f"{term}\n到期前三个月通知业主续约。{notice}",
                stamp,
                version,
            )
        )
    return feed


def write_ics(
    rows: list[ContractRow],
    path_or_stream: str | Path | IO[Any],
    zone: ZoneInfo,
    versions: dict[str, EntryVersion],
) -> None:
    """Writes the renewal calendar as an iCalendar (.ics) feed to a file or a stream."""
    data = calendar(rows, zone, versions).to_ical()
    if isinstance(path_or_stream, str | Path):
        Path(path_or_stream).write_bytes(data)
    elif isinstance(path_or_stream, io.TextIOBase):
        path_or_stream.write(data.decode("utf-8"))
    else:
        path_or_stream.write(data)
