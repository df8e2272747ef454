"""Resident files (住户档案): households with their members (ID numbers masked), contacts and
their corrections, vehicles, the move-in callback; searchable by part of a name, unit, phone
or plate through an indexed table of substrings."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from eventsourcing.dispatch import singledispatchmethod

from domain.households import Household
from domain.personal_data import ERASED
from domain.values import mask_id
from ledger.db import bound_in
from projections.base import ReadModel, epoch, from_epoch, iso_day
from projections.past import forget_in_past, past_of
from projections.resident_rows import (
    ContactChange,
    HouseholdRow,
    MemberRow,
    ResidentFile,
    household_row,
    normalise_query,
)
from projections.store import Db

SEARCH_LIMIT = 50
PHONE_WINDOW = 4  # a phone is found by any this many of its digits in a row, or more
LISTED_ORDER = "CASE WHEN h.moved_out_on IS NULL THEN 0 ELSE 1 END, h.unit"


# A unit is found by any two or more characters of its number in a row (3-2-1502): a search
# of only those characters (no LIKE wildcard among them) is matched in the units' index.
UNIT_PART = re.compile(r"[0-9-]{2,}")


def _windows(digits: str) -> set[str]:
    return {digits[i : i + PHONE_WINDOW] for i in range(len(digits) - PHONE_WINDOW + 1)}


# Moved out, and not forgotten yet (a forgotten household's members read "⊘、⊘…"): the
# retention rule's search, by a partial index (a literal: it is used only for its own terms).
MOVED_OUT_REMEMBERED = f"moved_out_on IS NOT NULL AND SUBSTR(members, 1, 1) <> '{ERASED}'"


class ResidentFiles(ReadModel):
    name = "resident_files"
    tables = (
        "households",
        "household_members",
        "household_vehicles",
        "contact_changes",
        "resident_search",
    )
    schema = (
        """CREATE TABLE IF NOT EXISTS households (
            household_id TEXT PRIMARY KEY, unit TEXT NOT NULL, building INTEGER NOT NULL,
            ownership TEXT NOT NULL, move_in_date TEXT NOT NULL, moved_out_on TEXT,
            members TEXT NOT NULL, phones TEXT NOT NULL, plates TEXT NOT NULL,
            callback_due TEXT NOT NULL, callback_satisfaction INTEGER,
            callback_on_time INTEGER, callback_notes TEXT, callback_expected INTEGER NOT NULL,
            moved_in_at DOUBLE PRECISION NOT NULL, moved_in_by TEXT NOT NULL)""",
        "CREATE INDEX IF NOT EXISTS households_unit ON households (unit, move_in_date)",
        "CREATE INDEX IF NOT EXISTS households_moved_out ON households (moved_out_on) "
        f"WHERE {MOVED_OUT_REMEMBERED}",
        """CREATE TABLE IF NOT EXISTS household_members (
            household_id TEXT NOT NULL, seq INTEGER NOT NULL, name TEXT NOT NULL,
            relation TEXT NOT NULL, id_type TEXT NOT NULL, id_masked TEXT NOT NULL,
            phone TEXT NOT NULL, current INTEGER NOT NULL, PRIMARY KEY (household_id, seq))""",
        """CREATE TABLE IF NOT EXISTS household_vehicles (
            household_id TEXT NOT NULL, plate TEXT NOT NULL, current INTEGER NOT NULL,
            PRIMARY KEY (household_id, plate))""",
        """CREATE TABLE IF NOT EXISTS contact_changes (
            household_id TEXT NOT NULL, step_no INTEGER NOT NULL, name TEXT NOT NULL,
            previous_phone TEXT NOT NULL, phone TEXT NOT NULL, reason TEXT NOT NULL,
            at DOUBLE PRECISION NOT NULL, operator TEXT NOT NULL, desk TEXT NOT NULL,
            PRIMARY KEY (household_id, step_no))""",
        """CREATE TABLE IF NOT EXISTS resident_search (
            term TEXT NOT NULL, household_id TEXT NOT NULL, PRIMARY KEY (term, household_id))""",
        "CREATE INDEX IF NOT EXISTS resident_search_household ON resident_search (household_id)",
    )
    # A unit is found by part of its number in this index (`search`), read whole: not in the
    # search table, where its every part was 43% of the rows.
    lookups = (
        "CREATE INDEX IF NOT EXISTS households_unit_part ON households (unit, household_id)",
    )
    forgets_by = ("resident_search_household",)

    @singledispatchmethod
    def apply(self, event: Any, db: Db) -> None:
        """Events this read model does not follow change nothing in it."""

    # --- handlers -----------------------------------------------------------------------

    @apply.register
    def _moved_in(self, event: Household.MovedIn, db: Db) -> None:
        household = str(event.originator_id)
        due = Household.callback_due_for(event.move_in_date)
        db.execute(
            """INSERT INTO households VALUES (:id, :unit, :building, :ownership, :day, NULL,
            '', '', '', :due, NULL, NULL, NULL, :expected, :at, :operator)""",
            id=household,
            unit=str(event.unit),
            building=event.unit.building,
            ownership=event.ownership,
            day=iso_day(event.move_in_date),
            due=iso_day(due),
            # Records migrated long after the move-in owe no first-week follow-up call.
            expected=int(event.timestamp.astimezone(self.zone).date() <= due),
            at=epoch(event.timestamp),
            operator=event.operator,
        )
        for member in event.members:
            self._add_member(db, household, member)
        for plate in event.vehicles:
            self._add_vehicle(db, household, plate)
        self._reindex(db, household)

    def _add_member(self, db: Db, household: str, member: Any) -> None:
        seq = db.value(
            "SELECT COUNT(*) FROM household_members WHERE household_id = :id", id=household
        )
        db.execute(
            """INSERT INTO household_members VALUES (:id, :seq, :name, :relation, :id_type,
            :id_masked, :phone, 1)""",
            id=household,
            seq=int(seq),
            name=self.sealed(household, member.name),
            relation=member.relation,
            id_type=member.id_type,
            id_masked=self.sealed(household, mask_id(member.id_number, member.id_type)),
            phone=self.sealed(household, member.phone),
        )

    def _add_vehicle(self, db: Db, household: str, plate: str) -> None:
        db.execute(
            """INSERT INTO household_vehicles VALUES (:id, :plate, 1)
            ON CONFLICT (household_id, plate) DO UPDATE SET current = 1""",
            id=household,
            plate=self.sealed(household, plate),
        )

    def _reindex(self, db: Db, household: str) -> None:
        """Summary columns and search terms follow the household's current members (the
        unit is searched in the households' rows, `search`)."""
        members = db.all(
            """SELECT name, phone FROM household_members WHERE household_id = :id
            AND current = 1 ORDER BY seq""",
            id=household,
        )
        plates = [
            self.opened(household, r["plate"])
            for r in db.all(
                "SELECT plate FROM household_vehicles WHERE household_id = :id AND current = 1",
                id=household,
            )
        ]
        terms: set[str] = set()
        names = [self.opened(household, m["name"]) for m in members]
        phones = [self.opened(household, m["phone"]) for m in members]
        phones = [phone for phone in phones if phone and phone != ERASED]
        plates = sorted(plate for plate in plates if plate != ERASED)  # sealed: sorted here
        for name in names:
            terms |= self.text_terms(name, 1)
        for phone in phones:
            terms |= self.phone_terms(phone)
        for plate in plates:
            terms |= self.text_terms(plate, 2)
        db.execute(
            """UPDATE households SET members = :members, phones = :phones, plates = :plates
            WHERE household_id = :id""",
            id=household,
            # A forgotten household reads "⊘、⊘", one mark a member, as its rows do.
            members=self.sealed(household, "、".join(names))
            if any(name != ERASED for name in names)
            else "、".join(names),
            phones=self.sealed(household, " ".join(phones)),
            plates=self.sealed(household, " ".join(plates)),
        )
        # Only the terms that changed: the search table keeps its past, row by row.
        had = {
            r["term"]
            for r in db.rows(
                "SELECT term FROM resident_search WHERE household_id = :id", id=household
            )
        }
        db.executemany(
            "DELETE FROM resident_search WHERE term = :term AND household_id = :id",
            [{"term": term, "id": household} for term in sorted(had - terms)],
        )
        db.executemany(
            "INSERT INTO resident_search VALUES (:term, :id)",
            [{"term": term, "id": household} for term in sorted(terms - had)],
        )

    @apply.register
    def _member_added(self, event: Household.MemberAdded, db: Db) -> None:
        self._add_member(db, str(event.originator_id), event.member)
        self._reindex(db, str(event.originator_id))

    @apply.register
    def _member_removed(self, event: Household.MemberRemoved, db: Db) -> None:
        db.execute(
            """UPDATE household_members SET current = 0
            WHERE household_id = :id AND name = :name AND current = 1""",
            id=str(event.originator_id),
            name=self.sealed(str(event.originator_id), event.name),
        )
        self._reindex(db, str(event.originator_id))

    @apply.register
    def _contact_updated(self, event: Household.ContactUpdated, db: Db) -> None:
        household = str(event.originator_id)
        db.execute(
            """UPDATE household_members SET phone = :phone
            WHERE household_id = :id AND name = :name AND current = 1""",
            id=household,
            name=self.sealed(household, event.name),
            phone=self.sealed(household, event.phone),
        )
        db.execute(
            """INSERT INTO contact_changes VALUES (:id, :no, :name, :previous, :phone, :reason,
            :at, :operator, :desk)""",
            id=household,
            no=event.originator_version,
            name=self.sealed(household, event.name),
            previous=self.sealed(household, event.previous_phone),
            phone=self.sealed(household, event.phone),
            reason=self.sealed(household, event.reason),
            at=epoch(event.timestamp),
            operator=event.operator,
            desk=event.desk,
        )
        self._reindex(db, household)

    @apply.register
    def _vehicle_registered(self, event: Household.VehicleRegistered, db: Db) -> None:
        self._add_vehicle(db, str(event.originator_id), event.plate)
        self._reindex(db, str(event.originator_id))

    @apply.register
    def _vehicle_removed(self, event: Household.VehicleRemoved, db: Db) -> None:
        db.execute(
            "UPDATE household_vehicles SET current = 0 WHERE household_id = :id AND plate = :plate",
            id=str(event.originator_id),
            plate=self.sealed(str(event.originator_id), event.plate),
        )
        self._reindex(db, str(event.originator_id))

    @apply.register
    def _moved_out(self, event: Household.MovedOut, db: Db) -> None:
        db.execute(
            "UPDATE households SET moved_out_on = :day WHERE household_id = :id",
            id=str(event.originator_id),
            day=iso_day(event.on),
        )

    @apply.register
    def _callback(self, event: Household.MoveInCallbackRecorded, db: Db) -> None:
        db.execute(
            """UPDATE households SET callback_satisfaction = :score, callback_on_time = :on_time,
            callback_notes = :notes WHERE household_id = :id""",
            id=str(event.originator_id),
            score=event.satisfaction,
            on_time=int(event.on_time),
            notes=self.sealed(str(event.originator_id), event.notes),
        )

    @apply.register
    def _forgotten(self, event: Household.PersonalDataErased, db: Db) -> None:
        household = str(event.originator_id)
        mine = "household_id = :id"
        self.forget(
            db, "household_members", "name = :gone, id_masked = :gone, phone = ''", mine,
            id=household, gone=ERASED,
        )  # fmt: skip
        db.execute(f"DELETE FROM household_vehicles WHERE {mine}", id=household)
        forget_in_past(db, "household_vehicles", "plate = :gone", mine, id=household, gone=ERASED)
        self.forget(
            db, "contact_changes", "name = :gone, previous_phone = '', phone = ''", mine,
            id=household, gone=ERASED,
        )  # fmt: skip
        self._reindex(db, household)
        # What the file showed before, and the search terms it was found by, go the same way.
        forget_in_past(
            db,
            "households",
            f"""members = (SELECT members FROM households WHERE {mine}),
            phones = '', plates = ''""",
            mine,
            id=household,
        )
        db.execute(
            f"""DELETE FROM {past_of("resident_search")} WHERE {mine}
            AND term NOT IN (SELECT term FROM resident_search WHERE {mine})""",
            id=household,
        )

    def phone_terms(self, phone: str) -> set[str]:
        """A phone is found by any four or more of its digits in a row, through keyed
        digests of every four of them (a search for more digits looks for all their
        windows, `_by_phone`): the search table holds no phone number. Every run of four
        or more, as it once was indexed, was two thirds of that table's rows."""
        return {self.vault.blind(part) for part in _windows(re.sub(r"\D", "", phone))}

    def _household(self, row: dict[str, Any]) -> HouseholdRow:
        household = row["household_id"]
        opened = {c: self.opened(household, row[c]) for c in ("members", "phones", "plates")}
        return household_row({**row, **opened})

    def _households(self, rows: list[dict[str, Any]]) -> list[HouseholdRow]:
        self.opening(rows, "household_id")
        return [self._household(r) for r in rows]

    def forgettable(self, db: Db, moved_out_before: date, limit: int = 1000) -> list[str]:
        """Households that moved out before the day and are not yet forgotten."""
        rows = db.all(
            f"""SELECT household_id FROM households WHERE {MOVED_OUT_REMEMBERED}
            AND moved_out_on < :day ORDER BY moved_out_on LIMIT :limit""",
            day=moved_out_before.isoformat(),
            limit=limit,
        )
        return [r["household_id"] for r in rows]

    # --- queries ------------------------------------------------------------------------

    def search(self, db: Db, text: str, limit: int = SEARCH_LIMIT) -> list[HouseholdRow]:
        """Households whose member names, phones, plates or unit contain the text."""
        query = normalise_query(text)
        if not query:
            return []
        digits = re.sub(r"\D", "", query)
        by_phone = self._by_phone(db, digits, limit) if len(digits) > PHONE_WINDOW else []
        marks, named = next(bound_in(by_phone, "phoned"), ("NULL", {}))
        by_unit = ""
        if UNIT_PART.fullmatch(query):
            by_unit = """OR h.household_id IN (SELECT household_id FROM households
            WHERE unit LIKE :within)"""
            named["within"] = f"%{query}%"
        rows = db.all(
            f"""SELECT h.* FROM households h WHERE h.household_id IN (
            SELECT household_id FROM resident_search WHERE term IN (:term, :text, :blind))
            OR h.household_id IN ({marks}) {by_unit}
            ORDER BY {LISTED_ORDER} LIMIT :limit""",
            term=query,
            text=self.text_term(query),
            blind=self.vault.blind(digits) if len(digits) == PHONE_WINDOW else query,
            limit=limit,
            **named,
        )
        return self._households(rows)

    def _by_phone(self, db: Db, digits: str, limit: int) -> list[str]:
        """The first households, in the order a search lists them, with a phone holding
        the digits in a row: those indexed under every four digits of them, told apart by
        their phones opened (two phones of one household may hold the windows between
        them)."""
        windows = sorted({self.vault.blind(part) for part in _windows(digits)})
        terms, named = next(bound_in(windows, "window"))
        rows = db.all(
            f"""SELECT h.household_id, h.phones FROM households h WHERE h.household_id IN (
            SELECT household_id FROM resident_search WHERE term IN ({terms})
            GROUP BY household_id HAVING COUNT(*) = :windows)
            ORDER BY {LISTED_ORDER}""",
            windows=len(windows),
            **named,
        )
        self.opening(rows, "household_id")
        found = []
        for row in rows:
            phones = self.opened(row["household_id"], row["phones"]).split()
            if any(digits in re.sub(r"\D", "", phone) for phone in phones):
                found.append(row["household_id"])
                if len(found) == limit:
                    break
        return found

    def current(self, db: Db, limit: int = 500, offset: int = 0) -> list[HouseholdRow]:
        rows = db.all(
            """SELECT * FROM households WHERE moved_out_on IS NULL ORDER BY building, unit
            LIMIT :limit OFFSET :offset""",
            limit=limit,
            offset=offset,
        )
        return self._households(rows)

    def occupied_units(self, db: Db) -> list[str]:
        """The units someone lives in, in order (for a unit field's completions): nothing
        personal is opened."""
        rows = db.all(
            "SELECT unit FROM households WHERE moved_out_on IS NULL ORDER BY building, unit"
        )
        return [r["unit"] for r in rows]

    def members_by_unit(self, db: Db) -> dict[str, str]:
        """Who lives where, for the lists that only name the people: no phone is opened."""
        rows = db.all(
            """SELECT household_id, unit, members FROM households WHERE moved_out_on IS NULL
            ORDER BY building, unit"""
        )
        self.opening(rows, "household_id")
        return {r["unit"]: self.opened(r["household_id"], r["members"]) for r in rows}

    def members_of(self, db: Db, household_ids: Iterable[str]) -> dict[str, str]:
        """The members' names of each household asked for, moved out or not (a contract
        listed names its household); no phone is opened."""
        names: dict[str, str] = {}
        for marks, named in bound_in(sorted(set(household_ids))):
            rows = db.all(
                f"""SELECT household_id, members FROM households
                WHERE household_id IN ({marks})""",
                **named,
            )
            self.opening(rows, "household_id")
            for row in rows:
                names[row["household_id"]] = self.opened(row["household_id"], row["members"])
        return names

    def households_version(self, db: Db) -> int:
        """A number that changes whenever any household's row does (a move in or out, a
        member or a vehicle, a forgetting): each change keeps a version in the past table.
        Lists of who lives where are read again only then."""
        past = past_of("households")
        if db.dialect == "sqlite":  # row ids only grow: the last is found at once
            return int(db.value(f"SELECT MAX(rowid) FROM {past}") or 0)
        return int(db.value(f"SELECT MAX(_since) FROM {past}") or 0)

    def occupied_count(self, db: Db) -> int:
        return int(db.value("SELECT COUNT(*) FROM households WHERE moved_out_on IS NULL"))

    def get(self, db: Db, household_id: str) -> HouseholdRow | None:
        row = db.one("SELECT * FROM households WHERE household_id = :id", id=household_id)
        return None if row is None else self._household(row)

    def of_unit(self, db: Db, unit: str) -> list[HouseholdRow]:
        """Everyone who has lived in the unit, the current household first."""
        rows = db.all(
            """SELECT * FROM households WHERE unit = :unit
            ORDER BY CASE WHEN moved_out_on IS NULL THEN 0 ELSE 1 END, move_in_date DESC""",
            unit=unit,
        )
        return self._households(rows)

    def callbacks_due(self, db: Db, today: date) -> list[HouseholdRow]:
        rows = db.all(
            """SELECT * FROM households WHERE callback_satisfaction IS NULL
            AND moved_out_on IS NULL AND callback_expected = 1 ORDER BY callback_due""",
        )
        return self._households(rows)

    def file(self, db: Db, household_id: str) -> ResidentFile | None:
        household = self.get(db, household_id)
        if household is None:
            return None
        members = [
            MemberRow(
                self.opened(household_id, r["name"]),
                r["relation"],
                r["id_type"],
                self.opened(household_id, r["id_masked"]),
                self.opened(household_id, r["phone"]),
                bool(r["current"]),
            )
            for r in db.all(
                "SELECT * FROM household_members WHERE household_id = :id ORDER BY seq",
                id=household_id,
            )
        ]
        vehicles = db.all(
            "SELECT plate, current FROM household_vehicles WHERE household_id = :id",
            id=household_id,
        )
        changes = [
            ContactChange(
                self.opened(household_id, r["name"]),
                self.opened(household_id, r["previous_phone"]),
                self.opened(household_id, r["phone"]),
                self.opened(household_id, r["reason"]),
                from_epoch(r["at"]),
                r["operator"],
                r["desk"],
            )
            for r in db.all(
                "SELECT * FROM contact_changes WHERE household_id = :id ORDER BY step_no",
                id=household_id,
            )
        ]
        notes = db.value(
            "SELECT callback_notes FROM households WHERE household_id = :id", id=household_id
        )
        return ResidentFile(
            household=household,
            members=members,
            # sorted once opened: the stored plates are sealed, so SQL cannot order them
            vehicles=sorted(
                self.opened(household_id, v["plate"]) for v in vehicles if v["current"]
            ),
            former_vehicles=sorted(
                self.opened(household_id, v["plate"]) for v in vehicles if not v["current"]
            ),
            contact_changes=changes,
            callback_notes=self.opened(household_id, notes or ""),
        )
