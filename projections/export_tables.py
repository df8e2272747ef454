"""The read models as people read them: one sheet per list the desk shows, with the column
names `--json` uses, times in ISO 8601 with the community's zone, money in yuan with two
decimals, phones and ID numbers masked as on screen. Written as CSV (UTF-8 with its
byte-order mark) and as one .xlsx workbook, so nobody has to pick an encoding. Internal
tables (search terms, kept past, tracking) are not part of it."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from domain.masking import mask_phone
from projections.activities import ActivityHousehold, ActivityRow
from projections.emergency_log import OnSite
from projections.export_dictionary import MONEY, PHONES
from projections.incident_board import IncidentRow, TimelineEntry
from projections.kpis import KpiRow
from projections.renewal_calendar import ContractRow
from projections.resident_files import ContactChange, HouseholdRow, MemberRow
from projections.runner import ReadModels
from projections.store import Db
from projections.visitor_log import VisitorRow

WORKBOOK = "frontdesk.xlsx"
DICTIONARY_FILE = "data_dictionary.csv"
ALL = 10**9  # "every row" for the reads that take a limit


@dataclass
class Sheet:
    name: str  # the CSV's name without .csv, and the workbook's sheet
    columns: list[str]
    rows: list[dict[str, Any]]


def sheets(models: ReadModels, db: Db, now: datetime) -> list[Sheet]:
    """Every sheet of the export, read through the read models' own queries."""
    m: Any = models
    households, members, vehicles, changes = [], [], [], []
    ids = db.all(
        "SELECT household_id FROM households ORDER BY building, unit, move_in_date, household_id"
    )
    for found in ids:
        file = m.resident_files.file(db, found["household_id"])
        if file is None:
            continue
        h = file.household
        households.append(asdict(h))
        key = {"household_id": h.household_id, "unit": h.unit}
        members += [{**key, **asdict(member)} for member in file.members]
        vehicles += [{**key, "plate": p, "current": True} for p in file.vehicles]
        vehicles += [{**key, "plate": p, "current": False} for p in file.former_vehicles]
        changes += [{**key, **asdict(change)} for change in file.contact_changes]
    incidents = list(reversed(m.incident_board.all(db, now, ALL)))
    timeline = [
        {"incident_id": i.incident_id, "ticket": i.ticket, **asdict(step)}
        for i in incidents
        for step in m.incident_board.timeline(db, i.incident_id)
    ]
    roll_call = [
        {"incident_id": e.incident.incident_id, "ticket": e.incident.ticket, **asdict(person)}
        for e in m.emergency_log.emergencies(db, now)
        for person in e.roll_call
    ]
    activities = m.activity_roll.all(db)
    taking_part = []
    for activity in activities:
        detail = m.activity_roll.get(db, activity.activity_id)
        seen = {h.household_id: h for h in [*detail.registrations, *detail.attendance]}
        taking_part += [asdict(h) for h in seen.values()]
    built = {
        "households": households,
        "household_members": members,
        "household_vehicles": vehicles,
        "contact_changes": changes,
        "visitors": [asdict(v) for v in reversed(m.visitor_log.recent(db, now, ALL))],
        "incidents": [asdict(i) for i in incidents],
        "incident_timeline": timeline,
        "emergency_roll_call": roll_call,
        "contracts": [asdict(c) for c in m.renewal_calendar.all(db)],
        "activities": [asdict(a) for a in activities],
        "activity_households": taking_part,
        "kpis": [asdict(k) for k in m.kpis.monthly(db)],
    }
    return [Sheet(name, COLUMNS[name], rows) for name, rows in built.items()]


def _fields(row_type: Any) -> list[str]:
    return [f.name for f in fields(row_type)]


# Each sheet's columns: those of the rows `--json` prints, after the keys that place them.
_HOUSEHOLD_KEY = ["household_id", "unit"]
COLUMNS: dict[str, list[str]] = {
    "households": _fields(HouseholdRow),
    "household_members": _HOUSEHOLD_KEY + _fields(MemberRow),
    "household_vehicles": [*_HOUSEHOLD_KEY, "plate", "current"],
    "contact_changes": _HOUSEHOLD_KEY + _fields(ContactChange),
    "visitors": _fields(VisitorRow),
    "incidents": _fields(IncidentRow),
    "incident_timeline": ["incident_id", "ticket", *_fields(TimelineEntry)],
    "emergency_roll_call": ["incident_id", "ticket", *_fields(OnSite)],
    "contracts": _fields(ContractRow),
    "activities": _fields(ActivityRow),
    "activity_households": _fields(ActivityHousehold),
    "kpis": _fields(KpiRow),
}


# --- values as people read them ------------------------------------------------------------


def shown(column: str, value: Any, zone: ZoneInfo) -> Any:
    """A value for people: None empty, times local with their zone, money in yuan, phones
    masked, durations in whole seconds; numbers and booleans stay what they are."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(zone).isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, timedelta):
        return round(value.total_seconds())
    if column in MONEY:
        return Decimal(value).quantize(Decimal("0.01"))
    if column in PHONES and isinstance(value, str):
        return " ".join(mask_phone(p) for p in re.split(r"\s+", value) if p)
    if isinstance(value, Decimal):
        return str(value)
    return value


def cells(sheet: Sheet, zone: ZoneInfo) -> Iterator[list[Any]]:
    for row in sheet.rows:
        yield [shown(column, row.get(column), zone) for column in sheet.columns]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    return str(value)


def write_csv(path: Path, columns: list[str], rows: Iterable[list[Any]]) -> int:
    count = 0
    # utf-8-sig: the byte-order mark is how Excel knows the Chinese is UTF-8.
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_text(v) for v in row])
            count += 1
    return count


def write_workbook(path: Path, tables: list[tuple[str, list[str], list[list[Any]]]]) -> None:
    """One sheet per table, header first; money kept as numbers shown with two decimals."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    for name, columns, rows in tables:
        sheet = book.create_sheet(title=name[:31])
        sheet.append(columns)
        for row in rows:
            out = []
            for value in row:
                if isinstance(value, Decimal):
                    # openpyxl writes a Decimal as a number; its stubs leave Decimal out.
                    cell = WriteOnlyCell(sheet, value=value)  # type: ignore[arg-type]
                    cell.number_format = "0.00"
                    out.append(cell)
                else:
                    out.append(value)
            sheet.append(out)
    book.save(path)
