"""One run of the generator: the community set up, its year planned and lived a day at a
time, the retention rule applied at its end, and the report."""

from __future__ import annotations

import contextlib
import random
import time as timer
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from desktop.demo.activities import ActivityStories
from desktop.demo.community import CommunityStories
from desktop.demo.contacts import ContactStories
from desktop.demo.incidents import IncidentStories
from desktop.demo.keeping import KeepingStories
from desktop.demo.people import People
from desktop.demo.report import DemoProgress, DemoReport
from desktop.demo.residents import ResidentStories
from desktop.demo.timeline import Timeline, Urn
from desktop.demo.visitors import VisitorStories
from desktop.demo.world import (
    CLOSES,
    MINIMUM,
    OPENS,
    SCALES,
    Agreement,
    Flat,
    Home,
    Scale,
    demo_data,
    poisson,
)
from desktop.usecases.retention import forget_expired
from domain import errors
from domain.application import FrontDesk
from domain.clock import SimulatedClock
from ledger.sqlite_store import held
from projections.catalogue import open_read_models

# Days committed together: the busiest pages (the read models' indexes) are written out once
# for four weeks instead of once a day (a week: 24.7 s for the demo; four: 21.0 s).
DAYS_A_TRANSACTION = 28


def build_demo(
    desk: FrontDesk,
    seed: int = 2026,
    scale: str = "small",
    progress: Callable[[DemoProgress], None] | None = None,
    until: date | None = None,
) -> DemoReport:
    """Fill a new store with a community, its staff and a year of history ending on `until`;
    `progress` hears after each simulated day how far it has come."""
    if desk.is_initialised():
        raise errors.StoreAlreadyInitialisedError()
    if scale not in SCALES:
        raise errors.InvalidChoiceError(
            value=scale, field="scale", choices="small, medium, large, million"
        )
    today = datetime.now(desk.timezone).date()
    last_day = until or today
    if last_day > today:
        raise errors.InvalidValueError(field="until", value=last_day.isoformat())
    return Demo(desk, seed, SCALES[scale], last_day, progress).run()


class Demo(
    CommunityStories,
    ResidentStories,
    VisitorStories,
    IncidentStories,
    ActivityStories,
    ContactStories,
    KeepingStories,
):
    def __init__(
        self,
        desk: FrontDesk,
        seed: int,
        scale: Scale,
        until: date,
        progress: Callable[[DemoProgress], None] | None,
    ) -> None:
        self.desk, self.scale, self.until, self.progress = desk, scale, until, progress
        self.zone = desk.timezone
        self.rng = random.Random(seed)
        ids = random.Random(f"frontdesk-demo-ids-{seed}")
        desk.new_id = lambda: uuid.UUID(int=ids.getrandbits(128), version=4)
        self.first_day = until - timedelta(days=scale.days)
        self.clock = SimulatedClock(self.local(self.first_day, time(7, 50)))
        desk.clock = self.clock
        self.end = self.local(until, time(17, 30))
        if until == datetime.now(self.zone).date():  # never record past the wall clock
            self.end = min(self.end, datetime.now(UTC))
        self.people = People(self.rng)
        self.community = demo_data("community")
        self.texts = demo_data("residents")
        self.visits = demo_data("visitors")
        self.problems = demo_data("incidents")
        staff = [(str(u), str(r), str(n)) for u, r, n in self.community["staff"]]
        self.report = DemoReport(
            community=self.rng.choice(self.community["names"]),
            staff=staff,
            first_day=self.first_day,
            until=until,
        )
        self.timeline = Timeline(desk, self.clock, self.rng, staff)
        self.flats: list[Flat] = []
        self.empty: list[Flat] = []
        self.homes: list[Home] = []
        self.living: list[Home] = []
        self.agreements: list[Agreement] = []
        self.happenings: dict[date, list[tuple[str, Any]]] = {}
        self.visit_urn = Urn(
            self.rng,
            {
                "normal": 350,
                "overnight": 12,
                "overstay": 10,
                "declined": 8,
                "no_show": 6,
                "revoked_before": 4,
                "revoked_on_site": 2,
                "waived": 1,
            },
        )
        self.incident_urn = Urn(
            self.rng,
            {
                "normal": 30,
                "late": 2,
                "hold": 4,
                "escalate": 3,
                "reopen": 2,
                "unhappy": 1,
                "late_callback": 1,
            },
        )
        changes = ("child", "parent", "removed", "contact", "car", "car_sold")
        self.change_urn = Urn(self.rng, dict.fromkeys(changes, 1))
        self.signup_urn = Urn(self.rng, {"register": 11, "cancel": 1})
        self.started = timer.perf_counter()

    def run(self) -> DemoReport:
        desk_name = self.desk.desk_name
        self.set_up_staff()
        self.publish_answers()
        self.open_shelf()
        self.lay_out()
        self.plan_year()
        day = self.first_day
        while day <= self.until:
            with self.one_transaction():
                for _ in range(DAYS_A_TRANSACTION):
                    self.plan_day(day)
                    self.timeline.run_until(
                        min(self.local(day + timedelta(days=1), time(0)), self.end)
                    )
                    self.tell(day)
                    day += timedelta(days=1)
                    if day > self.until:
                        break
        # The desk applies the retention rule every morning; the demo does it once, at its end.
        self.timeline.become("supervisor", self.clock.now())
        with self.one_transaction():
            forgotten = forget_expired(self.desk, open_read_models(self.desk))
        self.report.forgotten = forgotten.visitors + forgotten.households + forgotten.incidents
        self.desk.sign_out()
        self.desk.checklist_source = None
        self.desk.desk_name = desk_name
        self.report.units = len(self.flats)
        self.report.households = len(self.homes)
        self.report.living = len(self.living)
        self.report.events = self.desk.event_count()
        self.report.refused = self.timeline.refused
        self.report.seconds = timer.perf_counter() - self.started
        self.tell(self.until, finished=True)
        return self.report

    def one_transaction(self) -> contextlib.AbstractContextManager[None]:
        """Some days' commands committed together, where the store lets its sole writer hold
        it (SQLite); each command is still all or nothing inside."""
        return held(self.desk)

    def tell(self, day: date, finished: bool = False) -> None:
        if self.progress is None:
            return
        self.progress(
            DemoProgress(
                day=day,
                days_done=(day - self.first_day).days + 1,
                days=(self.until - self.first_day).days + 1,
                events=self.desk.event_count(),
                seconds=timer.perf_counter() - self.started,
                finished=finished,
            )
        )

    def plan_year(self) -> None:
        """Who already lives here, and the days on which the year's rarer things happen."""
        rng, first = self.rng, self.first_day
        flats = list(self.flats)
        rng.shuffle(flats)
        count = round(len(flats) * self.scale.occupied)
        settled, self.empty = flats[:count], flats[count:]
        self.timeline.start(self.local(first, time(8, 30)), "manager", self.register_units(settled))
        span = (self.until - first).days - 12
        for kind, rate in self.scale.rare.items():
            n = max(MINIMUM[kind], round(rate * len(self.flats) / 100 * self.scale.days / 365))
            for i in range(n):
                day = first + timedelta(days=12 + int(span * (i + rng.uniform(0.1, 0.9)) / n))
                self.happenings.setdefault(day, []).append((kind, None))
        scenarios = demo_data("emergencies")["scenarios"]
        used = {id(s): 0 for s in scenarios}
        n = self.scale.emergencies
        for i in range(n):
            day = first + timedelta(days=8 + int((span + 4) * (i + rng.uniform(0.1, 0.9)) / n))
            fits = [s for s in scenarios if not s["months"] or day.month in s["months"]]
            fewest = min(used[id(s)] for s in fits)
            scenario = rng.choice([s for s in fits if used[id(s)] == fewest])
            used[id(scenario)] += 1
            self.happenings.setdefault(day, []).append(("emergency", scenario))
        self.plan_activities()

    def plan_day(self, day: date) -> None:
        """Start the day's stories: the morning round, visitors, problems, planned happenings."""
        rng, scale, timeline = self.rng, self.scale, self.timeline
        weekend = day.weekday() >= 5
        timeline.start(self.at(day, time(8, 35), time(8, 50)), "clerk", self.renewal_round(day))
        homes = len(self.living)
        for _ in range(poisson(rng, scale.visits * homes * (1.4 if weekend else 1.0))):
            kind = rng.choices(("guest", "delivery", "other"), (55, 42, 3))[0]
            timeline.start(self.at(day, time(8, 0), time(18, 45)), "clerk", self.visitor(kind))
        if day.weekday() < 6:  # renovation crews work Monday to Saturday
            for flat in self.flats:
                deal = flat.renovation
                if deal is None or not deal.active(day) or rng.random() > scale.renovation_visits:
                    continue
                kind = (
                    "moving" if (deal.end - day).days < 4 and rng.random() < 0.5 else "renovation"
                )
                kind = "contractor" if rng.random() < 0.1 else kind
                arrival = self.at(day, time(8, 0), time(9, 30))
                timeline.start(arrival, "clerk", self.visitor(kind, flat))
        for kind, rate in (("repair", scale.repairs), ("complaint", scale.complaints)):
            for _ in range(poisson(rng, rate * homes * (0.8 if weekend else 1.0))):
                timeline.start(self.at(day, time(8, 5), time(19, 30)), "clerk", self.incident(kind))
        for kind, detail in self.happenings.pop(day, []):
            if kind == "emergency":
                when = self.at(day, time(7, 0), time(21, 30))
                timeline.start(when, "clerk", self.emergency(detail))
            elif kind == "activity":
                timeline.start(
                    self.at(day, time(9, 0), time(11, 0)), "clerk", self.activity(*detail)
                )
            else:
                story = getattr(self, f"happen_{kind}")()
                timeline.start(self.at(day, time(9, 0), time(17, 30)), "clerk", story)
        self.plan_contacts(day)
        self.plan_keeping(day)
        if day == self.until:
            self.plan_closing_time()

    def plan_closing_time(self) -> None:
        """When the story stops the desk is busy: visitors waiting for their host, fresh
        reports not yet answered, a repair past its deadline, one waiting for parts."""
        end, start = self.end, self.timeline.start
        if not OPENS < end.astimezone(self.zone).time() <= CLOSES:
            return
        for minutes in (45, 25):  # still visiting
            start(end - timedelta(minutes=minutes), "clerk", self.visitor("guest", outcome="stay"))
        start(end - timedelta(minutes=5), "clerk", self.visitor("guest", outcome="waived"))
        for seconds in (100, 50, 15):
            start(end - timedelta(seconds=seconds), "clerk", self.visitor("guest"))
        for minutes, kind in ((40, "repair"), (9, "complaint"), (3, "repair")):
            start(end - timedelta(minutes=minutes), "clerk", self.incident(kind, "normal"))
        start(end - timedelta(hours=24, minutes=40), "clerk", self.incident("repair", "late"))
        start(end - timedelta(hours=30), "clerk", self.incident("repair", "hold"))
