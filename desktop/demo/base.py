"""What every story of the demo reads and moves: the desk, the simulated clock, the dice,
the remembered world, and a few helpers over them."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from desktop.demo.people import People
from desktop.demo.report import DemoReport
from desktop.demo.timeline import Timeline, Urn
from desktop.demo.world import Agreement, Flat, Home, Scale, local_time
from domain.application import FrontDesk
from domain.clock import SimulatedClock


class DemoBase:
    desk: FrontDesk
    rng: random.Random
    clock: SimulatedClock
    zone: tzinfo  # the desk's (FRONTDESK_TZ, else Asia/Shanghai)
    scale: Scale
    first_day: date
    until: date
    end: datetime
    people: People
    community: dict[str, Any]
    texts: dict[str, Any]
    visits: dict[str, Any]
    problems: dict[str, Any]
    report: DemoReport
    timeline: Timeline
    flats: list[Flat]
    empty: list[Flat]
    homes: list[Home]
    living: list[Home]
    agreements: list[Agreement]
    happenings: dict[date, list[tuple[str, Any]]]
    visit_urn: Urn
    incident_urn: Urn
    change_urn: Urn
    signup_urn: Urn

    def local(self, day: date, at: time) -> datetime:
        return local_time(day, at, self.zone)

    def today(self) -> date:
        return self.clock.now().astimezone(self.zone).date()

    def at(self, day: date, low: time, high: time) -> datetime:
        """A random moment on the day between two local times."""
        start, stop = self.local(day, low), self.local(day, high)
        return start + (stop - start) * self.rng.random()

    def minutes(self, low: float, high: float) -> timedelta:
        return timedelta(minutes=self.rng.uniform(low, high))

    def hours(self, low: float, high: float) -> timedelta:
        return timedelta(hours=self.rng.uniform(low, high))

    def pick_home(self, test: Callable[[Home], bool] | None = None) -> Home | None:
        homes = self.living if test is None else [home for home in self.living if test(home)]
        return self.rng.choice(homes) if homes else None

    def pause(self, low: float = 10, high: float = 60) -> None:
        """A few seconds between two commands one person does in a row, without handing over."""
        self.clock.advance(timedelta(seconds=self.rng.uniform(low, high)))
