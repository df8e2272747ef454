"""The service center's KPIs by local month, each beside its target with a verdict; also by
building and by incident category.

Reads the incident board's `incidents` table, the activity roll's tables and the contact log's
and queue board's (so those read models run in the same `ReadModels`), and keeps its own
table of who lived here when, for the households occupied in a month. An incident counts in
the month it was reported.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from eventsourcing.dispatch import singledispatchmethod

from domain.clock import DEFAULT_TIMEZONE, month_of
from domain.households import Household
from projections import contact_kpis
from projections.base import ReadModel, iso_day
from projections.contact_kpis import ContactTotals
from projections.store import Db

FRT = "first_response_minutes"
FCR = "first_contact_resolution"
CSAT = "csat"
COMPLAINT_RATE = "complaint_rate"
SLA = "resolved_within_deadline"
PARTICIPATION = "activity_participation"
# Measured on contacts at the counter and on the phone (projections/contact_kpis.py)
CONTACT_FRT = "contact_first_response_minutes"
CONTACT_FCR = "contact_first_contact_resolution"
QUEUE_WAIT_MEDIAN = "queue_wait_median"
QUEUE_WAIT_P90 = "queue_wait_p90"
ANSWER_RATE = "answer_rate"
CONTACT_MEASURES = (CONTACT_FRT, CONTACT_FCR, QUEUE_WAIT_MEDIAN, QUEUE_WAIT_P90, ANSWER_RATE)
# Measured on cases and households; the only measures per building and per category.
CASE_MEASURES = (FRT, FCR, CSAT, COMPLAINT_RATE, SLA, PARTICIPATION)
MEASURES = (*CASE_MEASURES, *CONTACT_MEASURES)

MET, MISSED, NO_DATA = "met", "missed", "no data"


@dataclass(frozen=True)
class Target:
    comparison: str  # "<", ">" or ">="
    value: float
    unit: str  # "min" or "%"

    def met_by(self, value: float) -> bool:
        if self.comparison == "<":
            return value < self.value
        if self.comparison == ">":
            return value > self.value
        return value >= self.value

    def __str__(self) -> str:
        unit = " min" if self.unit == "min" else " %"
        return f"{self.comparison} {self.value:g}{unit}"


# DESIGN.md's targets; PROCEDURES.md's for deadlines (all met) and turnout (over 70 %).
TARGETS = {
    FRT: Target("<", 15.0, "min"),
    FCR: Target(">", 90.0, "%"),
    CSAT: Target(">", 95.0, "%"),
    COMPLAINT_RATE: Target("<", 2.0, "%"),
    SLA: Target(">=", 100.0, "%"),
    PARTICIPATION: Target(">", 70.0, "%"),
    # The same targets on contacts; the queue's and the hotline's are the desk's own (the
    # procedures ask that nobody waits long and that every call is answered).
    CONTACT_FRT: Target("<", 15.0, "min"),
    CONTACT_FCR: Target(">", 90.0, "%"),
    QUEUE_WAIT_MEDIAN: Target("<", 10.0, "min"),
    QUEUE_WAIT_P90: Target("<", 20.0, "min"),
    ANSWER_RATE: Target(">=", 95.0, "%"),
}


class AgainstTarget:
    """A row measured against its measure's target: the unit and the target as said."""

    measure: str

    @property
    def unit(self) -> str:
        return TARGETS[self.measure].unit

    @property
    def target_text(self) -> str:
        return str(TARGETS[self.measure])


@dataclass(frozen=True)
class KpiRow(AgainstTarget):
    month: str
    measure: str
    value: float | None  # minutes for FRT, else a percentage; rounded to one decimal
    target: float
    verdict: str
    sample_size: int


@dataclass(frozen=True)
class KpiGroupRow(AgainstTarget):
    """A KPI for one building ("" for common areas) or one incident category."""

    month: str
    group: str
    kind: str  # the incident kind of a category; "" for a building
    measure: str
    value: float | None
    target: float
    verdict: str
    sample_size: int


@dataclass(frozen=True)
class Measured:
    measure: str
    exact: float | None
    sample_size: int

    @property
    def verdict(self) -> str:
        if self.exact is None:
            return NO_DATA
        return MET if TARGETS[self.measure].met_by(self.exact) else MISSED

    @property
    def value(self) -> float | None:
        return None if self.exact is None else round(self.exact, 1)


def _percent(part: Any, whole: Any) -> float | None:
    return None if not whole else 100.0 * float(part or 0) / float(whole)


# One pass over a month's incidents gives every incident measure (GROUP BY month, building
# or category); an incident's first_contact and within_deadline are set once it is resolved.
INCIDENT_TOTALS = """COUNT(responded_at) AS responded,
    SUM(CASE WHEN responded_at IS NOT NULL THEN responded_at - reported_at ELSE 0 END)
        AS response_seconds,
    COUNT(first_contact) AS resolved, SUM(first_contact) AS first_contact,
    COUNT(satisfaction) AS callbacks,
    SUM(CASE WHEN satisfaction >= 4 THEN 1 ELSE 0 END) AS satisfied,
    SUM(CASE WHEN kind = 'complaint' THEN 1 ELSE 0 END) AS complaints,
    COUNT(within_deadline) AS deadlined, SUM(within_deadline) AS on_time"""

MONTHLY_TABLES = ("incidents", "activities", "contacts", "queue_tickets")

# A household occupied a month if it moved in by the month's end and had not moved out
# before the month began; 'YYYY-MM-31' is after every day of the month as ISO text.
OCCUPIED = """h.moved_in_on <= (m.month || '-31')
    AND (h.moved_out_on IS NULL OR h.moved_out_on >= (m.month || '-01'))"""


def _incident_measures(totals: dict[str, Any] | None) -> list[Measured]:
    t = totals or {}
    responded = int(t.get("responded") or 0)
    frt = float(t["response_seconds"]) / responded / 60 if responded else None
    return [
        Measured(FRT, frt, responded),
        Measured(FCR, _percent(t.get("first_contact"), t.get("resolved")), t.get("resolved") or 0),
        Measured(CSAT, _percent(t.get("satisfied"), t.get("callbacks")), t.get("callbacks") or 0),
        Measured(SLA, _percent(t.get("on_time"), t.get("deadlined")), t.get("deadlined") or 0),
    ]


def _household_measures(
    complaints: int, households: int, participants: int, activities_held: int
) -> list[Measured]:
    turnout = _percent(participants, households) if activities_held or participants else None
    return [
        Measured(COMPLAINT_RATE, _percent(complaints, households), households),
        Measured(PARTICIPATION, turnout, households),
    ]


def _contact_measures(t: ContactTotals | None) -> list[Measured]:
    if t is None:
        return [Measured(m, None, 0) for m in CONTACT_MEASURES]
    return [
        Measured(CONTACT_FRT, t.frt_minutes, t.responded),
        Measured(CONTACT_FCR, t.fcr_percent, t.closed),
        Measured(QUEUE_WAIT_MEDIAN, t.wait_median, len(t.waits)),
        Measured(QUEUE_WAIT_P90, t.wait_p90, len(t.waits)),
        Measured(ANSWER_RATE, t.answer_rate, t.calls),
    ]


def _ordered(measured: list[Measured]) -> list[Measured]:
    return sorted(measured, key=lambda m: MEASURES.index(m.measure))


class Kpis(ReadModel):
    name = "kpis"
    zone = DEFAULT_TIMEZONE
    tables = ("kpi_households",)
    schema = (
        """CREATE TABLE IF NOT EXISTS kpi_households (
            household_id TEXT PRIMARY KEY, unit TEXT NOT NULL, building INTEGER NOT NULL,
            moved_in_on TEXT NOT NULL, moved_out_on TEXT)""",
        "CREATE INDEX IF NOT EXISTS kpi_households_living ON kpi_households "
        "(moved_in_on, moved_out_on)",
        "CREATE INDEX IF NOT EXISTS kpi_households_building ON kpi_households (building)",
    )

    # --- handlers -----------------------------------------------------------------------

    @singledispatchmethod
    def apply(self, event: Any, db: Db) -> None:
        """Events this read model does not follow change nothing in it."""

    @apply.register
    def _moved_in(self, event: Household.MovedIn, db: Db) -> None:
        db.execute(
            "INSERT INTO kpi_households VALUES (:id, :unit, :building, :moved_in, NULL)",
            id=str(event.originator_id),
            unit=str(event.unit),
            building=event.unit.building,
            moved_in=iso_day(event.move_in_date),
        )

    @apply.register
    def _moved_out(self, event: Household.MovedOut, db: Db) -> None:
        db.execute(
            "UPDATE kpi_households SET moved_out_on = :on WHERE household_id = :id",
            id=str(event.originator_id),
            on=iso_day(event.on),
        )

    # --- queries ------------------------------------------------------------------------

    def month_of(self, now: datetime) -> str:
        """The local month ('YYYY-MM') a moment falls in."""
        return month_of(now, self.zone)

    def months(self, db: Db) -> list[str]:
        """Every month with incidents, activities, contacts or queue tickets, the latest first:
        each table's months found by stepping through its month index, not by reading it."""
        found: set[str] = set()
        for table in MONTHLY_TABLES:
            found.update(
                r["month"]
                for r in db.all(
                    f"""WITH RECURSIVE step(month) AS (SELECT MIN(month) FROM {table}
                    UNION ALL SELECT (SELECT MIN(month) FROM {table} WHERE month > step.month)
                    FROM step WHERE step.month IS NOT NULL)
                    SELECT month FROM step WHERE month IS NOT NULL"""
                )
            )
        return sorted(found, reverse=True)

    def monthly(self, db: Db, month: str | None = None, since: str | None = None) -> list[KpiRow]:
        """Every KPI for one month; with `since`, for each month with data from `since`
        through `month`; with neither, for every month with data."""
        within, params = contact_kpis.months_within(month, since)
        where = f"WHERE {within}" if within else ""
        activity_where = f"WHERE a.{within}" if within else ""
        if month is not None and since is None:  # the month asked for, even without data
            months_sql = "SELECT CAST(:month AS TEXT) AS month"
        else:
            months_sql = " UNION ".join(f"SELECT month FROM {t} {where}" for t in MONTHLY_TABLES)
        incidents = {
            r["month"]: r
            for r in db.all(
                f"SELECT month, {INCIDENT_TOTALS} FROM incidents {where} GROUP BY month",
                **params,
            )
        }
        households = {
            r["month"]: int(r["households"])
            for r in db.all(
                f"""SELECT m.month, COUNT(h.household_id) AS households FROM ({months_sql}) m
                LEFT JOIN kpi_households h ON {OCCUPIED} GROUP BY m.month""",
                **params,
            )
        }
        turnout = {
            r["month"]: r
            for r in db.all(
                f"""SELECT a.month,
                COUNT(DISTINCT CASE WHEN a.cancelled_at IS NULL THEN a.activity_id END) AS held,
                COUNT(DISTINCT h.household_id) AS participants
                FROM activities a LEFT JOIN activity_households h
                ON h.activity_id = a.activity_id AND h.attended_headcount IS NOT NULL
                {activity_where} GROUP BY a.month""",
                **params,
            )
        }
        contacts = contact_kpis.month_totals(db, month, since)
        rows = []
        for each in sorted(households):
            totals = incidents.get(each)
            activities = turnout.get(each) or {}
            measured = (
                _incident_measures(totals)
                + _household_measures(
                    int((totals or {}).get("complaints") or 0),
                    households[each],
                    int(activities.get("participants") or 0),
                    int(activities.get("held") or 0),
                )
                + _contact_measures(contacts.get(each))
            )
            rows += [
                KpiRow(each, m.measure, m.value, TARGETS[m.measure].value, m.verdict, m.sample_size)
                for m in _ordered(measured)
            ]
        return rows

    def by_building(self, db: Db, month: str) -> list[KpiGroupRow]:
        """Every KPI per building for one month; incidents in common areas under ""."""
        incidents = {
            r["building"]: r
            for r in db.all(
                f"""SELECT building, {INCIDENT_TOTALS} FROM incidents WHERE month = :month
                GROUP BY building""",
                month=month,
            )
        }
        households = {
            r["building"]: int(r["households"])
            for r in db.all(
                f"""SELECT h.building, COUNT(*) AS households
                FROM (SELECT CAST(:month AS TEXT) AS month) m
                JOIN kpi_households h ON {OCCUPIED} GROUP BY h.building""",
                month=month,
            )
        }
        participants = {
            r["building"]: int(r["participants"])
            for r in db.all(
                """SELECT k.building, COUNT(DISTINCT h.household_id) AS participants
                FROM activities a JOIN activity_households h ON h.activity_id = a.activity_id
                JOIN kpi_households k ON k.household_id = h.household_id
                WHERE a.month = :month AND h.attended_headcount IS NOT NULL
                GROUP BY k.building""",
                month=month,
            )
        }
        held = int(
            db.value(
                """SELECT COUNT(*) FROM activities WHERE month = :month
                AND cancelled_at IS NULL""",
                month=month,
            )
            or 0
        )
        buildings = set(incidents) | set(households)
        rows = []
        for building in sorted(buildings, key=lambda b: (b is None, b or 0)):
            totals = incidents.get(building)
            measured = _incident_measures(totals) + _household_measures(
                int((totals or {}).get("complaints") or 0),
                households.get(building, 0),
                participants.get(building, 0),
                held,
            )
            group = "" if building is None else str(building)
            rows += [_group_row(month, group, "", m) for m in _ordered(measured)]
        return rows

    def by_category(self, db: Db, month: str) -> list[KpiGroupRow]:
        """The incident KPIs per kind and category for one month; complaint rate per
        complaint category (complaints in it per occupied household)."""
        totals = db.all(
            f"""SELECT kind, category, {INCIDENT_TOTALS} FROM incidents WHERE month = :month
            GROUP BY kind, category ORDER BY kind, category""",
            month=month,
        )
        households = int(
            db.value(
                f"""SELECT COUNT(*) FROM (SELECT CAST(:month AS TEXT) AS month) m
                JOIN kpi_households h ON {OCCUPIED}""",
                month=month,
            )
            or 0
        )
        rows = []
        for t in totals:
            measured = _incident_measures(t)
            if t["kind"] == "complaint":
                rate = _percent(t["complaints"], households)
                measured.append(Measured(COMPLAINT_RATE, rate, households))
            rows += [_group_row(month, t["category"], t["kind"], m) for m in _ordered(measured)]
        return rows


def _group_row(month: str, group: str, kind: str, m: Measured) -> KpiGroupRow:
    return KpiGroupRow(
        month, group, kind, m.measure, m.value, TARGETS[m.measure].value, m.verdict, m.sample_size
    )
