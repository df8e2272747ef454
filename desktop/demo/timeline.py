"""Running stories in time order. Each thing that happens is a *story*: a generator that
runs a few FrontDesk commands and says, between them, how long to wait and who carries on
(`Then`). The `Timeline` runs every story in time order, moves the simulated clock forward
and signs the right staff member in."""

from __future__ import annotations

import heapq
import random
from collections.abc import Generator
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any

from desktop.demo.world import CLOSES, DEMO_PASSWORD, DESKS, OPENS, local_time
from domain import errors
from domain.application import FrontDesk
from domain.clock import SimulatedClock

SHIFT_CHANGE = time(15, 0)  # the morning shift hands over to the evening one


@dataclass(frozen=True)
class Then:
    """What a story says between two commands: wait this long, then go on as this role."""

    after: timedelta
    role: str = "clerk"
    anytime: bool = False  # emergencies and the gate do not wait for the office to open


Story = Generator[Then, None, None]


class Urn:
    """Outcomes drawn without replacement, so every kind shows up in its share."""

    def __init__(self, rng: random.Random, counts: dict[str, int]) -> None:
        self.rng, self.counts = rng, counts
        self.balls: list[str] = []

    def draw(self) -> str:
        if not self.balls:
            self.balls = [kind for kind, n in self.counts.items() for _ in range(n)]
            self.rng.shuffle(self.balls)
        return self.balls.pop()


class Timeline:
    """Runs stories in time order on the simulated clock, signing staff in as they take over."""

    def __init__(
        self, desk: FrontDesk, clock: SimulatedClock, rng: random.Random, staff: list[Any]
    ) -> None:
        self.desk, self.clock, self.rng = desk, clock, rng
        self.zone = desk.timezone
        self.clerks = [username for username, role, _ in staff if role == "clerk"]
        self.by_role = {role: username for username, role, _ in staff}
        self.queue: list[tuple[datetime, int, str, Story]] = []
        self.order = 0
        self.refused: list[str] = []
        self.signed_in: set[str] = set()

    def start(self, at: datetime, role: str, story: Story) -> None:
        self.order += 1
        heapq.heappush(self.queue, (at.astimezone(UTC), self.order, role, story))

    def office(self, moment: datetime) -> datetime:
        """The moment, or the desk's next opening (with some slack) if it is closed then."""
        local = moment.astimezone(self.zone)
        if OPENS <= local.time() <= CLOSES:
            return moment
        day = local.date() if local.time() < OPENS else local.date() + timedelta(days=1)
        return local_time(day, OPENS, self.zone) + timedelta(minutes=self.rng.uniform(0, 75))

    def operator(self, role: str, at: datetime) -> str:
        """Clerks work the morning shift (to 15:00) or the evening one on a rota of morning,
        evening, a day off, so whoever takes the shift over at 15:00 and the next morning is
        someone else; everyone else is the one person in that role."""
        if role != "clerk":
            return self.by_role[role]
        local = at.astimezone(self.zone)
        day = local.date().toordinal() + (2 if local.time() >= SHIFT_CHANGE else 0)
        return self.clerks[day % len(self.clerks)]

    def become(self, role: str, at: datetime) -> None:
        username = self.operator(role, at)
        if self.desk.operator == username:
            return
        if username in self.signed_in:
            # Signed in once with the demo password already: the demo switches back without
            # hashing it again (scrypt, ~50 ms a time, twice a day and more at each shift).
            self.desk._operator = username
        else:
            self.desk.sign_in(username, DEMO_PASSWORD)
            self.signed_in.add(username)
        self.desk.desk_name = DESKS[role]

    def run_until(self, moment: datetime) -> None:
        while self.queue and self.queue[0][0] <= moment:
            at, _, role, story = heapq.heappop(self.queue)
            if at > self.clock.now():
                self.clock.set(at)
            self.become(role, at)
            try:
                then = next(story, None)
            except errors.DomainError as refusal:
                # The generator means to send only commands the desk accepts; over ten
                # simulated years a rare slip is counted and its story dropped, not fatal.
                self.refused.append(f"{at:%Y-%m-%d %H:%M} {type(refusal).__name__}: {refusal}")
                # The sole writer's cached records are not copies: one the refused command
                # changed before it was refused must be read again from its events.
                self.desk.drop_cached_records()
                continue
            if then is None:
                continue
            following = self.clock.now() + then.after
            self.start(following if then.anytime else self.office(following), then.role, story)
