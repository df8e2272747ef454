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

PICK_TRIES = 24  # random draws before testing every household


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
        """A household living here (one that passes `test`), each as likely as another. A
        few random draws find one in a big community, where testing every household for
        every contact cost more than the rest of the ten years together; only when they miss
        are all of them tested."""
        living = self.living
        if not living:
            return None
        if test is None:
            return self.rng.choice(living)
        for _ in range(PICK_TRIES):
            home = self.rng.choice(living)
            if test(home):
                return home
        homes = [home for home in living if test(home)]
        return self.rng.choice(homes) if homes else None

    def pause(self, low: float = 10, high: float = 60) -> None:
        """A few seconds between two commands one person does in a row, without handing over."""
        self.clock.advance(timedelta(seconds=self.rng.uniform(low, high)))
