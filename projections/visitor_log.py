"""Visitor log: every pass by state, today's visitors, who is on site now, overstays."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from eventsourcing.dispatch import singledispatchmethod

from domain.personal_data import ERASED
from domain.values import mask_id
from domain.visitors import VisitorPass
from projections.base import ReadModel, epoch, from_epoch
from projections.past import past_of
from projections.store import Db

STATES = (
    "awaiting_host",
    "host_confirmed",
    "host_declined",
    "issued",
    "on_site",
    "left",
    "revoked",
)


@dataclass(frozen=True)
class VisitorRow:
    pass_id: str
    code: str
    name: str
    id_type: str
    id_masked: str
    phone: str
    host_unit: str
    host_household_id: str
    kind: str
    purpose: str
    company: str
    state: str
    overstayed: bool
    registered_at: datetime
    registered_by: str
    valid_from: datetime | None
    valid_until: datetime | None
    checked_in_at: datetime | None
    checked_out_at: datetime | None
    note: str


def _row(row: dict[str, Any], now: datetime | None) -> VisitorRow:
    until = from_epoch(row["valid_until"])
    state = row["state"]
    return VisitorRow(
        pass_id=row["pass_id"],
        code=row["code"] or "",
        name=row["name"],
        id_type=row["id_type"],
        id_masked=row["id_masked"],
        phone=row["phone"],
        host_unit=row["host_unit"],
        host_household_id=row["host_household_id"],
        kind=row["kind"],
        purpose=row["purpose"],
        company=row["company"],
        state=state,
        overstayed=bool(state == "on_site" and now and until and now > until),
        registered_at=from_epoch(row["registered_at"]),
        registered_by=row["registered_by"],
        valid_from=from_epoch(row["valid_from"]),
        valid_until=until,
        checked_in_at=from_epoch(row["checked_in_at"]),
        checked_out_at=from_epoch(row["checked_out_at"]),
        note=row["note"] or "",
    )


REMEMBERED = f"name <> '{ERASED}'"  # a literal: a partial index is used only for its own terms


class VisitorLog(ReadModel):
    name = "visitor_log"
    tables = ("visitor_passes", "visitor_recall")
    schema = (
        """CREATE TABLE IF NOT EXISTS visitor_passes (
            pass_id TEXT PRIMARY KEY, code TEXT, name TEXT NOT NULL, id_type TEXT NOT NULL,
            id_masked TEXT NOT NULL, phone TEXT NOT NULL, host_unit TEXT NOT NULL,
            host_household_id TEXT NOT NULL, kind TEXT NOT NULL, purpose TEXT NOT NULL,
            company TEXT NOT NULL, state TEXT NOT NULL, registered_at DOUBLE PRECISION NOT NULL,
            registered_by TEXT NOT NULL, valid_from DOUBLE PRECISION,
            valid_until DOUBLE PRECISION, checked_in_at DOUBLE PRECISION,
            checked_out_at DOUBLE PRECISION, note TEXT)""",
        "CREATE INDEX IF NOT EXISTS visitor_passes_state ON visitor_passes (state, valid_until)",
        "CREATE INDEX IF NOT EXISTS visitor_passes_registered ON visitor_passes (registered_at)",
        "CREATE INDEX IF NOT EXISTS visitor_passes_host ON visitor_passes (host_household_id)",
        "CREATE INDEX IF NOT EXISTS visitor_passes_code ON visitor_passes (code)",
        # The passes whose visitor is not forgotten yet: the retention rule's search reads
        # these, not years of passes already forgotten.
        "CREATE INDEX IF NOT EXISTS visitor_passes_remembered ON visitor_passes "
        f"(registered_at) WHERE {REMEMBERED}",
        # A returning visitor is recalled by phone or ID number through keyed digests: the
        # table holds neither.
        """CREATE TABLE IF NOT EXISTS visitor_recall (
            term TEXT NOT NULL, pass_id TEXT NOT NULL,
            registered_at DOUBLE PRECISION NOT NULL, PRIMARY KEY (term, pass_id))""",
        "CREATE INDEX IF NOT EXISTS visitor_recall_pass ON visitor_recall (pass_id)",
    )
    forgets_by = ("visitor_recall_pass",)

    # --- handlers -----------------------------------------------------------------------

    @singledispatchmethod
    def apply(self, event: Any, db: Db) -> None:
        """Events this read model does not follow change nothing in it."""

    @apply.register
    def _registered(self, event: VisitorPass.Registered, db: Db) -> None:
        db.execute(
            """INSERT INTO visitor_passes VALUES (:id, NULL, :name, :id_type, :id_masked, :phone,
            :unit, :household, :kind, :purpose, :company, 'awaiting_host', :at, :operator,
            NULL, NULL, NULL, NULL, '')""",
            id=str(event.originator_id),
            name=self.sealed(str(event.originator_id), event.name),
            id_type=event.id_type,
            id_masked=self.sealed(
                str(event.originator_id), mask_id(event.id_number, event.id_type)
            ),
            phone=self.sealed(str(event.originator_id), event.phone),
            unit=str(event.host_unit),
            household=event.host_household_id,
            kind=event.kind,
            purpose=event.purpose,
            company=event.company,
            at=epoch(event.timestamp),
            operator=event.operator,
        )
        for term in {self.phone_term(event.phone), self.id_term(event.id_number)} - {""}:
            db.execute(
                "INSERT INTO visitor_recall VALUES (:term, :id, :at)",
                term=term,
                id=str(event.originator_id),
                at=epoch(event.timestamp),
            )

    def phone_term(self, phone: str) -> str:
        digits = re.sub(r"\D", "", phone or "")
        return self.vault.blind(f"visitor-phone:{digits}") if len(digits) >= 7 else ""

    def id_term(self, id_number: str) -> str:
        number = re.sub(r"\s", "", id_number or "").upper()
        if len(number) < 5 or number == ERASED:
            return ""
        return self.vault.blind(f"visitor-id:{number}")

    def _set(self, db: Db, event: Any, assignments: str, **params: Any) -> None:
        self.update_record(db, "visitor_passes", "pass_id", event, assignments, **params)

    @apply.register
    def _confirmed(self, event: VisitorPass.HostConfirmed, db: Db) -> None:
        self._set(db, event, "state = 'host_confirmed', note = :note", note=event.channel)

    @apply.register
    def _waived(self, event: VisitorPass.HostConfirmationWaived, db: Db) -> None:
        self._set(db, event, "state = 'host_confirmed', note = :note", note=event.reason)

    @apply.register
    def _declined(self, event: VisitorPass.HostDeclined, db: Db) -> None:
        self._set(db, event, "state = 'host_declined', note = :note", note=event.reason)

    @apply.register
    def _issued(self, event: VisitorPass.PassIssued, db: Db) -> None:
        self._set(
            db,
            event,
            "state = 'issued', code = :code, valid_from = :start, valid_until = :until",
            code=event.code,
            start=epoch(event.valid_from),
            until=epoch(event.valid_until),
        )

    @apply.register
    def _checked_in(self, event: VisitorPass.CheckedIn, db: Db) -> None:
        self._set(db, event, "state = 'on_site', checked_in_at = :at", at=epoch(event.at))

    @apply.register
    def _checked_out(self, event: VisitorPass.CheckedOut, db: Db) -> None:
        self._set(db, event, "state = 'left', checked_out_at = :at", at=epoch(event.at))

    @apply.register
    def _revoked(self, event: VisitorPass.PassRevoked, db: Db) -> None:
        self._set(db, event, "state = 'revoked', note = :note", note=event.reason)

    # --- queries ------------------------------------------------------------------------

    @apply.register
    def _erased(self, event: VisitorPass.PersonalDataErased, db: Db) -> None:
        self.forget(
            db,
            "visitor_passes",
            "name = :gone, id_masked = :gone, phone = ''",
            "pass_id = :id",
            id=str(event.originator_id),
            gone=ERASED,
        )
        for table in ("visitor_recall", past_of("visitor_recall")):
            db.execute(f"DELETE FROM {table} WHERE pass_id = :id", id=str(event.originator_id))

    def _row(self, row: dict[str, Any], now: datetime | None, phones: bool = True) -> VisitorRow:
        """`phones=False`: the phone left out (""), for lists that do not show it; opening
        each pass's phone reads its key, the most of a long list's cost."""
        pass_id = row["pass_id"]
        phone = self.opened(pass_id, row["phone"]) if phones else ""
        name, id_masked = self.opened(pass_id, row["name"]), self.opened(pass_id, row["id_masked"])
        return _row({**row, "phone": phone, "name": name, "id_masked": id_masked}, now)

    def _rows(
        self, rows: list[dict[str, Any]], now: datetime | None, phones: bool = True
    ) -> list[VisitorRow]:
        self.opening(rows, "pass_id")
        return [self._row(r, now, phones) for r in rows]

    def phone(self, db: Db, pass_id: str) -> str:
        """One pass's phone (for the pass shown beside a list read without phones)."""
        sealed = db.value("SELECT phone FROM visitor_passes WHERE pass_id = :id", id=pass_id)
        return self.opened(pass_id, sealed or "")

    def forgettable(self, db: Db, ended_before: datetime, limit: int = 1000) -> list[str]:
        """Passes whose visit ended before the moment and whose visitor is not yet forgotten
        (the domain checks each again before forgetting)."""
        rows = db.all(
            f"""SELECT pass_id FROM visitor_passes WHERE {REMEMBERED}
            AND registered_at < :before
            AND COALESCE(checked_out_at, valid_until, registered_at) < :before
            ORDER BY registered_at LIMIT :limit""",
            before=epoch(ended_before),
            limit=limit,
        )
        return [r["pass_id"] for r in rows]

    def by_state(
        self, db: Db, state: str, now: datetime, limit: int = 500, phones: bool = True
    ) -> list[VisitorRow]:
        """Passes in a state; 'overstayed' is on site after the pass expired."""
        if state == "overstayed":
            rows = db.all(
                """SELECT * FROM visitor_passes WHERE state = 'on_site' AND valid_until < :now
                ORDER BY valid_until LIMIT :limit""",
                now=epoch(now),
                limit=limit,
            )
        else:
            rows = db.all(
                """SELECT * FROM visitor_passes WHERE state = :state
                ORDER BY registered_at DESC LIMIT :limit""",
                state=state,
                limit=limit,
            )
        return self._rows(rows, now, phones)

    def on_site(self, db: Db, now: datetime, phones: bool = True) -> list[VisitorRow]:
        rows = db.all(
            "SELECT * FROM visitor_passes WHERE state = 'on_site' ORDER BY checked_in_at",
        )
        return self._rows(rows, now, phones)

    def on_day(
        self, db: Db, day: date, zone: ZoneInfo, now: datetime, phones: bool = True
    ) -> list[VisitorRow]:
        start = datetime.combine(day, datetime.min.time(), zone)
        rows = db.all(
            """SELECT * FROM visitor_passes WHERE registered_at >= :start AND registered_at < :end
            ORDER BY registered_at""",
            start=epoch(start),
            end=epoch(start + timedelta(days=1)),
        )
        return self._rows(rows, now, phones)

    def recent(
        self, db: Db, now: datetime, limit: int = 200, phones: bool = True
    ) -> list[VisitorRow]:
        rows = db.all(
            "SELECT * FROM visitor_passes ORDER BY registered_at DESC LIMIT :limit", limit=limit
        )
        return self._rows(rows, now, phones)

    def for_household(self, db: Db, household_id: str, now: datetime) -> list[VisitorRow]:
        rows = db.all(
            """SELECT * FROM visitor_passes WHERE host_household_id = :household
            ORDER BY registered_at DESC""",
            household=household_id,
        )
        return self._rows(rows, now)

    def last_visit(self, db: Db, now: datetime, phone: str = "", id_number: str = "") -> Any:
        """The latest pass of a visitor known by this phone or ID number, or None."""
        terms = [t for t in (self.phone_term(phone), self.id_term(id_number)) if t]
        if not terms:
            return None
        row = db.one(
            f"""SELECT p.* FROM visitor_recall r JOIN visitor_passes p ON p.pass_id = r.pass_id
            WHERE r.term IN ({", ".join(f":t{n}" for n in range(len(terms)))})
            AND p.name <> :gone ORDER BY r.registered_at DESC LIMIT 1""",
            gone=ERASED,
            **{f"t{n}": term for n, term in enumerate(terms)},
        )
        return None if row is None else self._row(row, now)

    def get(self, db: Db, pass_id: str, now: datetime) -> VisitorRow | None:
        """One pass as the log has it, phone opened."""
        row = db.one("SELECT * FROM visitor_passes WHERE pass_id = :id", id=pass_id)
        return None if row is None else self._row(row, now)

    def by_code(self, db: Db, code: str, now: datetime) -> VisitorRow | None:
        row = db.one("SELECT * FROM visitor_passes WHERE code = :code", code=code.upper())
        return None if row is None else self._row(row, now)

    def counts(self, db: Db, now: datetime) -> dict[str, int]:
        counted = {
            r["state"]: r["n"]
            for r in db.all("SELECT state, COUNT(*) AS n FROM visitor_passes GROUP BY state")
        }
        counted["overstayed"] = db.value(
            """SELECT COUNT(*) FROM visitor_passes WHERE state = 'on_site'
            AND valid_until < :now""",
            now=epoch(now),
        )
        return {state: int(counted.get(state, 0)) for state in (*STATES, "overstayed")}
