"""`frontdesk demo`: a believable community and a year of its life, made through the desk's
own commands on a simulated clock, so that the same seed always gives the same history.

Each thing that happens is a *story*: a generator that runs a few FrontDesk commands and
says, between them, how long to wait and who carries on (`Then`). The `Timeline` runs
every story in time order, moves the simulated clock forward and signs the right staff
member in. The generator remembers what it did (`Flat`, `Home`, `Agreement`) so that
every command it sends is one the desk accepts.
"""

from __future__ import annotations

import heapq
import json
import math
import random
import sys
import time as timer
import uuid
from collections.abc import Callable, Generator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from desktop.usecases.retention import forget_expired
from domain import errors
from domain.application import FrontDesk
from domain.clock import SimulatedClock
from domain.values import resident_id_check_digit
from projections.catalogue import open_read_models
from resources import path as resource_path

DEMO_PASSWORD = "frontdesk-demo"
SHANGHAI = ZoneInfo("Asia/Shanghai")
OPENS, CLOSES = time(8, 0), time(20, 30)
DESKS = {
    "admin": "it-office",
    "clerk": "front-desk-1",
    "manager": "manager-office",
    "supervisor": "supervisor-office",
}
ZERO = Decimal("0.00")
# While the demo builds a store it is the store's only writer, so the aggregates it keeps in
# memory are never stale: it need not read them back, nor look for newer events, per command.
SOLE_WRITER = {"AGGREGATE_CACHE_MAXSIZE": "50000", "AGGREGATE_CACHE_FASTFORWARD": "n"}


@dataclass(frozen=True)
class Scale:
    """How big the community is and how busy its year."""

    buildings: tuple[int, int]
    entrances: tuple[int, int]
    floors: tuple[int, int]
    days: int = 365
    occupied: float = 0.78  # share of flats lived in when the desk goes live
    visits: float = 0.025  # visitors a day, per household
    repairs: float = 0.003  # repairs a day, per household
    complaints: float = 0.0006  # complaints a day, per household
    renovation_visits: float = 0.35  # chance a renovating flat has workers on a working day
    emergencies: int = 8
    # the year's rarer happenings, per 100 units (at least MINIMUM of each)
    rare: dict[str, float] = field(
        default_factory=lambda: {
            "move_out": 5,
            "move_in": 8,
            "renovation": 2,
            "breach": 1.5,
            "amendment": 1,
            "change": 6,
        }
    )


SCALES = {
    "small": Scale(buildings=(6, 7), entrances=(2, 3), floors=(9, 14)),
    "medium": Scale(buildings=(20, 24), entrances=(2, 3), floors=(11, 18), emergencies=14),
    # Hidden, for tests: ten weeks in two short buildings, busy enough to show every record.
    "tiny": Scale(
        buildings=(2, 2),
        entrances=(1, 1),
        floors=(6, 6),
        days=70,
        visits=0.3,
        repairs=0.06,
        complaints=0.02,
        renovation_visits=0.6,
        emergencies=2,
    ),
}
# For the benchmark harness: ten thousand units over ten years (about 3 million events),
# and a busier community of the same size over two and a half years (about a million).
SCALES["million"] = Scale(
    buildings=(80, 82), entrances=(2, 3), floors=(24, 30), days=900, visits=0.018, emergencies=20
)
SCALES["large"] = replace(SCALES["million"], days=3650, visits=0.008, emergencies=80)
MINIMUM = {"move_out": 1, "move_in": 1, "renovation": 1, "breach": 1, "amendment": 1, "change": 6}


@dataclass
class DemoReport:
    """What `frontdesk demo` made."""

    community: str
    staff: list[tuple[str, str, str]]
    first_day: date
    until: date
    units: int = 0
    households: int = 0
    living: int = 0
    visitors: int = 0
    contracts: int = 0
    incidents: int = 0
    emergencies: int = 0
    activities: int = 0
    forgotten: int = 0
    refused: list[str] = field(default_factory=list)
    events: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        return (
            f"{self.units} units, {self.households} households ({self.living} living), "
            f"{self.visitors} visitors, {self.contracts} contracts, {self.incidents} incidents "
            f"({self.emergencies} emergencies), {self.activities} activities, "
            f"{self.forgotten} people's records forgotten after the retention period; "
            f"{self.events} events from {self.first_day} to {self.until} in {self.seconds:.1f} s"
            + (f"; {len(self.refused)} commands refused" if self.refused else "")
        )


def build_demo(
    desk: FrontDesk,
    seed: int = 2026,
    scale: str = "small",
    progress: bool = True,
    until: date | None = None,
) -> DemoReport:
    """Fill a new store with a community, its staff and a year of history ending on `until`."""
    if desk.is_initialised():
        raise errors.StoreAlreadyInitialisedError()
    if scale not in SCALES:
        raise errors.InvalidChoiceError(
            value=scale, field="scale", choices="small, medium, large, million"
        )
    today = datetime.now(SHANGHAI).date()
    last_day = until or today
    if last_day > today:
        raise errors.InvalidValueError(field="until", value=last_day.isoformat())
    return Demo(desk, seed, SCALES[scale], last_day, progress).run()


@cache
def _data(name: str) -> dict[str, Any]:
    with resource_path("demo", f"{name}.json").open(encoding="utf-8") as file:
        return json.load(file)  # type: ignore[no-any-return]


def _local(day: date, at: time) -> datetime:
    return datetime.combine(day, at, SHANGHAI)


def _poisson(rng: random.Random, mean: float) -> int:
    limit, count, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def _years_later(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _saturday_on_or_before(day: date) -> date:
    return day - timedelta(days=(day.weekday() - 5) % 7)


# --- the people of the community ------------------------------------------------------------


@dataclass(eq=False)
class Person:
    surname: str
    name: str
    relation: str
    id_type: str
    id_number: str
    phone: str
    born: date
    male: bool

    def member(self) -> dict[str, str]:
        return {
            "name": self.name,
            "relation": self.relation,
            "id_type": self.id_type,
            "id_number": self.id_number,
            "phone": self.phone,
        }


class People:
    """Names, ID numbers, phones and plates that look real and never repeat."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        data = _data("people")
        self.surnames = data["surnames"]
        self.weights = [1 / (rank + 1) ** 0.9 for rank in range(len(self.surnames))]
        self.given = data["given"]
        self.eras = data["generations"]
        self.local = [code for code, _ in data["regions"]["local"]]
        self.elsewhere = [code for code, _ in data["regions"]["elsewhere"]]
        self.prefixes = data["mobile_prefixes"]
        self.plates = data["plates"]
        self.used: set[str] = set()

    def _fresh(self, make: Callable[[], str]) -> str:
        while True:
            value = make()
            if value not in self.used:
                self.used.add(value)
                return value

    def given_name(self, male: bool, born: date) -> str:
        era = "old" if born.year <= self.eras["old"] else "middle"
        era = "young" if born.year > self.eras["middle"] else era
        return str(self.rng.choice(self.given["male" if male else "female"][era]))

    def resident_id(self, born: date, male: bool, region: str | None = None) -> str:
        """Birthplace, birth date, an order number odd for men, and the GB 11643 check digit."""

        def make() -> str:
            codes = self.local if self.rng.random() < 0.55 else self.elsewhere
            parity = (1, 3, 5, 7, 9) if male else (0, 2, 4, 6, 8)
            order = self.rng.randint(0, 99) * 10 + self.rng.choice(parity)
            first17 = f"{region or self.rng.choice(codes)}{born:%Y%m%d}{order:03d}"
            return first17 + resident_id_check_digit(first17)

        return self._fresh(make)

    def phone(self) -> str:
        return self._fresh(
            lambda: self.rng.choice(self.prefixes) + f"{self.rng.randrange(10**8):08d}"
        )

    def plate(self) -> str:
        def make() -> str:
            local = self.rng.random() < 0.85
            prefix = self.rng.choice(self.plates["local" if local else "elsewhere"])
            if self.rng.random() < 0.2:  # new-energy plate
                return f"{prefix}{self.rng.choice('DF')}{self.rng.randrange(10**5):05d}"
            body = f"{self.rng.randrange(10**5):05d}"
            if self.rng.random() < 0.3:
                body = self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + body[1:]
            return prefix + body

        return self._fresh(make)

    def person(
        self,
        relation: str,
        born_year: int,
        today: date,
        male: bool | None = None,
        surname: str | None = None,
        document: bool = False,
        region: str | None = None,
    ) -> Person:
        """One person; `document` lets a household's first member hold a travel permit."""
        male = self.rng.random() < 0.5 if male is None else male
        born = date(born_year, 1, 1) + timedelta(days=self.rng.randrange(365))
        if born > today:
            born = today - timedelta(days=self.rng.randint(10, 120))
        family = surname or self.rng.choices(self.surnames, self.weights)[0]
        id_type, number = "resident_id", ""
        if document and self.rng.random() < 0.03:
            id_type = self.rng.choice(("hk_macau_permit", "taiwan_permit"))
            letter = self.rng.choice("HM") if id_type == "hk_macau_permit" else ""
            number = self._fresh(lambda: f"{letter}{self.rng.randrange(10**8):08d}")
        else:
            number = self.resident_id(born, male, region)
        age = today.year - born.year
        phone = self.phone() if age >= 16 and (age < 75 or self.rng.random() < 0.7) else ""
        name = family + self.given_name(male, born)
        return Person(family, name, relation, id_type, number, phone, born, male)

    def household(self, ownership: str, today: date, commercial: bool = False) -> list[Person]:
        while True:
            people = self._household(ownership, today, commercial)
            names = [p.name for p in people]
            if len(set(names)) == len(names):
                return people

    def _household(self, ownership: str, today: date, commercial: bool) -> list[Person]:
        rng, y = self.rng, today.year

        def adult(relation: str, low: int, high: int, **more: Any) -> Person:
            return self.person(relation, y - rng.randint(low, high), today, **more)

        if commercial:
            return [adult("self", 28, 55, document=True)]
        shapes = ("family", "couple", "elders", "single", "flatmates", "empty_nest")
        weights = (45, 15, 15, 7, 0, 18) if ownership == "owner" else (20, 25, 3, 27, 25, 0)
        shape = rng.choices(shapes, weights)[0]
        if shape == "single":
            return [adult("self", 23, 40, document=True)]
        if shape == "flatmates":
            head = adult("self", 22, 32, document=True)
            return [head] + [
                adult("other", 22, 32, male=head.male) for _ in range(rng.randint(1, 2))
            ]
        ages = {"family": (32, 48), "couple": (25, 35), "elders": (62, 82), "empty_nest": (50, 62)}
        head = adult("self", *ages[shape], document=True)
        people = [head]
        spouse = None
        if shape != "elders" or rng.random() < 0.8:
            born = head.born.year + rng.randint(-4, 4)
            spouse = self.person("spouse", born, today, male=not head.male)
            people.append(spouse)
        father = head if head.male else spouse
        mother = spouse if head.male else head
        kids = {"family": rng.choice((1, 1, 2, 2, 3)), "couple": int(rng.random() < 0.3)}
        kids["empty_nest"] = int(rng.random() < 0.4)
        for _ in range(kids.get(shape, 0)):
            if shape == "empty_nest":
                low, high = y - 28, y - 19
            else:
                low, high = (mother or head).born.year + 25, min((mother or head).born.year + 38, y)
            born_year = rng.randint(min(low, high), high)
            surname = father.surname if father else None
            parent = rng.choice([p for p in (father, mother) if p is not None])
            region = parent.id_number[:6] if parent.id_type == "resident_id" else None
            region = region if rng.random() < 0.5 else rng.choice(self.local)
            people.append(self.person("child", born_year, today, surname=surname, region=region))
        if shape == "family" and rng.random() < 0.3:
            child = spouse if spouse is not None and rng.random() < 0.4 else head
            male = rng.random() < 0.45
            born_year = child.born.year - rng.randint(26, 32)
            surname = child.surname if male else None
            people.append(self.person("parent", born_year, today, male=male, surname=surname))
        return people


# --- the world as the generator remembers it --------------------------------------------------


@dataclass(eq=False)
class Agreement:
    id: str
    kind: str
    home: Home
    start: date
    end: date
    fee: Decimal
    deposit: Decimal = ZERO
    notice_on: date | None = None  # when the desk gets round to the renewal notice
    noticed: bool = False
    terminated: bool = False

    def active(self, day: date) -> bool:
        return not self.terminated and self.start <= day <= self.end


@dataclass(eq=False)
class Flat:
    number: str
    building: int
    entrance: int
    floor: int
    room: int
    area: Decimal
    kind: str
    home: Home | None = None
    renovation: Agreement | None = None


@dataclass(eq=False)
class Home:
    id: str
    flat: Flat
    ownership: str
    people: list[Person]
    vehicles: list[str]
    moved_in: date
    living: bool = True
    agreements: list[Agreement] = field(default_factory=list)


# --- running stories in time order ------------------------------------------------------------


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
        self.clerks = [username for username, role, _ in staff if role == "clerk"]
        self.by_role = {role: username for username, role, _ in staff}
        self.queue: list[tuple[datetime, int, str, Story]] = []
        self.order = 0
        self.refused: list[str] = []

    def start(self, at: datetime, role: str, story: Story) -> None:
        self.order += 1
        heapq.heappush(self.queue, (at.astimezone(UTC), self.order, role, story))

    def office(self, moment: datetime) -> datetime:
        """The moment, or the desk's next opening (with some slack) if it is closed then."""
        local = moment.astimezone(SHANGHAI)
        if OPENS <= local.time() <= CLOSES:
            return moment
        day = local.date() if local.time() < OPENS else local.date() + timedelta(days=1)
        return _local(day, OPENS) + timedelta(minutes=self.rng.uniform(0, 75))

    def operator(self, role: str, at: datetime) -> str:
        """Clerks take the desk a week each; everyone else is the one person in that role."""
        if role != "clerk":
            return self.by_role[role]
        week = (at.astimezone(SHANGHAI).date().toordinal() - 1) // 7
        return self.clerks[week % len(self.clerks)]

    def become(self, role: str, at: datetime) -> None:
        username = self.operator(role, at)
        if self.desk.operator != username:
            self.desk.sign_in(username, DEMO_PASSWORD)
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
                continue
            if then is None:
                continue
            following = self.clock.now() + then.after
            self.start(following if then.anytime else self.office(following), then.role, story)


# --- the demo ----------------------------------------------------------------------------------


class Demo:
    """One run of the generator: the community, its year, and the report."""

    def __init__(
        self, desk: FrontDesk, seed: int, scale: Scale, until: date, progress: bool
    ) -> None:
        self.desk, self.scale, self.until, self.progress = desk, scale, until, progress
        self.rng = random.Random(seed)
        ids = random.Random(f"frontdesk-demo-ids-{seed}")
        desk.new_id = lambda: uuid.UUID(int=ids.getrandbits(128), version=4)
        self.first_day = until - timedelta(days=scale.days)
        self.clock = SimulatedClock(_local(self.first_day, time(7, 50)))
        desk.clock = self.clock
        self.end = _local(until, time(17, 30))
        if until == datetime.now(SHANGHAI).date():  # never record past the wall clock
            self.end = min(self.end, datetime.now(UTC))
        self.people = People(self.rng)
        self.community = _data("community")
        self.texts = _data("residents")
        self.visits = _data("visitors")
        self.problems = _data("incidents")
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

    # --- running ---------------------------------------------------------------------------

    def run(self) -> DemoReport:
        desk_name = self.desk.desk_name
        self.set_up_staff()
        self.lay_out()
        self.plan_year()
        day, month = self.first_day, self.first_day.month
        while day <= self.until:
            self.plan_day(day)
            self.timeline.run_until(min(_local(day + timedelta(days=1), time(0)), self.end))
            day += timedelta(days=1)
            if self.progress and (day.month != month or day > self.until):
                self.say(f"{day - timedelta(days=1):%Y-%m}")
                month = day.month
        # The desk applies the retention rule every morning; the demo does it once, at its end.
        self.timeline.become("supervisor", self.clock.now())
        forgotten = forget_expired(self.desk, open_read_models(self.desk))
        self.report.forgotten = forgotten.visitors + forgotten.households + forgotten.incidents
        self.desk.sign_out()
        self.desk.desk_name = desk_name
        self.report.units = len(self.flats)
        self.report.households = len(self.homes)
        self.report.living = len(self.living)
        self.report.events = self.desk.event_count()
        self.report.refused = self.timeline.refused
        self.report.seconds = timer.perf_counter() - self.started
        return self.report

    def say(self, text: str) -> None:
        elapsed = timer.perf_counter() - self.started
        print(
            f"demo {text}: {self.desk.event_count():,} events, {elapsed:.0f} s",
            file=sys.stderr,
            flush=True,
        )

    def today(self) -> date:
        return self.clock.now().astimezone(SHANGHAI).date()

    def at(self, day: date, low: time, high: time) -> datetime:
        """A random moment on the day between two local times."""
        start, stop = _local(day, low), _local(day, high)
        return start + (stop - start) * self.rng.random()

    def minutes(self, low: float, high: float) -> timedelta:
        return timedelta(minutes=self.rng.uniform(low, high))

    def hours(self, low: float, high: float) -> timedelta:
        return timedelta(hours=self.rng.uniform(low, high))

    def set_up_staff(self) -> None:
        admin = next(row for row in self.report.staff if row[1] == "admin")
        self.desk.desk_name = DESKS["admin"]
        self.desk.initialise(admin[0], admin[2], DEMO_PASSWORD, community=self.report.community)
        self.desk.sign_in(admin[0], DEMO_PASSWORD)
        for username, role, name in self.report.staff:
            if username != admin[0]:
                self.clock.advance(timedelta(seconds=self.rng.randint(40, 90)))
                self.desk.add_staff(username, name, role, DEMO_PASSWORD)

    def lay_out(self) -> None:
        """Buildings of a few entrances, two flats a floor; shops on building 1's ground floor."""
        rng, scale, areas = self.rng, self.scale, self.community["areas"]
        for building in range(1, rng.randint(*scale.buildings) + 1):
            sizes = rng.choice(areas["types"])
            floors = rng.randint(*scale.floors)
            low, high = scale.entrances
            entrances = low if rng.random() < 0.7 else high  # most buildings have fewer
            for entrance in range(1, entrances + 1):
                for floor in range(1, floors + 1):
                    for room in (1, 2):
                        shop = building == 1 and floor == 1
                        area = (
                            rng.choice(areas["commercial"])
                            if shop
                            else sizes[(entrance + room) % 4]
                        )
                        number = f"{building}-{entrance}-{floor * 100 + room}"
                        kind = "commercial" if shop else "residential"
                        self.flats.append(
                            Flat(number, building, entrance, floor, room, Decimal(area), kind)
                        )

    def plan_year(self) -> None:
        """Who already lives here, and the days on which the year's rarer things happen."""
        rng, first = self.rng, self.first_day
        flats = list(self.flats)
        rng.shuffle(flats)
        count = round(len(flats) * self.scale.occupied)
        settled, self.empty = flats[:count], flats[count:]
        self.timeline.start(_local(first, time(8, 30)), "manager", self.register_units(settled))
        span = (self.until - first).days - 12
        for kind, rate in self.scale.rare.items():
            n = max(MINIMUM[kind], round(rate * len(self.flats) / 100 * self.scale.days / 365))
            for i in range(n):
                day = first + timedelta(days=12 + int(span * (i + rng.uniform(0.1, 0.9)) / n))
                self.happenings.setdefault(day, []).append((kind, None))
        scenarios = _data("emergencies")["scenarios"]
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

    def plan_activities(self) -> None:
        """The community calendar: festivals, monthly talks and classes, one called off."""
        data, rng = _data("activities"), self.rng
        first, horizon = self.first_day + timedelta(days=10), self.until + timedelta(days=21)
        planned: list[tuple[date, str, dict[str, Any]]] = []
        for year in range(first.year, horizon.year + 1):
            for item in data["activities"]:
                if item["anchor"] == "fixed":
                    day = date.fromisoformat(f"{year}-{item['date']}")
                elif str(year) in data["festivals"][item["anchor"]]:
                    day = date.fromisoformat(data["festivals"][item["anchor"]][str(year)])
                else:
                    continue
                day += timedelta(days=item.get("offset_days", 0))
                if item["weekend"]:
                    day = _saturday_on_or_before(day)
                planned.append((day, item["title"], item))
        month = date(first.year, first.month, 1)
        while month <= horizon:
            for item in data["monthly"]:
                saturday = month + timedelta(days=(5 - month.weekday()) % 7)
                day = saturday + timedelta(weeks=item["week"] - 1)
                titles = item["titles"]
                planned.append((day, titles[(month.month - 1) % len(titles)], item))
            month = (month + timedelta(days=32)).replace(day=1)
        planned = sorted(
            (p for p in planned if first <= p[0] <= horizon), key=lambda p: (p[0], p[1])
        )
        outdoor = [
            i
            for i, (day, _, item) in enumerate(planned)
            if day < self.until and item["kind"] in ("exercise", "parent_child")
        ]
        called_off = rng.choice(outdoor) if outdoor else None
        for i, (day, title, item) in enumerate(planned):
            announce = max(
                self.first_day + timedelta(days=3), day - timedelta(days=rng.randint(9, 15))
            )
            plan = (item, title, day, i == called_off)
            self.happenings.setdefault(announce, []).append(("activity", plan))

    def plan_day(self, day: date) -> None:
        """Start the day's stories: the morning round, visitors, problems, planned happenings."""
        rng, scale, timeline = self.rng, self.scale, self.timeline
        weekend = day.weekday() >= 5
        timeline.start(self.at(day, time(8, 35), time(8, 50)), "clerk", self.renewal_round(day))
        homes = len(self.living)
        for _ in range(_poisson(rng, scale.visits * homes * (1.4 if weekend else 1.0))):
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
            for _ in range(_poisson(rng, rate * homes * (0.8 if weekend else 1.0))):
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
        if day == self.until:
            self.plan_closing_time()

    def plan_closing_time(self) -> None:
        """When the story stops the desk is busy: visitors waiting for their host, fresh
        reports not yet answered, a repair past its deadline, one waiting for parts."""
        end, start = self.end, self.timeline.start
        if not OPENS < end.astimezone(SHANGHAI).time() <= CLOSES:
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

    # --- helpers over the remembered world --------------------------------------------------

    def pick_home(self, test: Callable[[Home], bool] | None = None) -> Home | None:
        homes = self.living if test is None else [home for home in self.living if test(home)]
        return self.rng.choice(homes) if homes else None

    def pause(self, low: float = 10, high: float = 60) -> None:
        """A few seconds between two commands one person does in a row, without handing over."""
        self.clock.advance(timedelta(seconds=self.rng.uniform(low, high)))

    def places(self, flat: Flat) -> dict[str, Any]:
        """What a template may name: {home}, {entrance}, {building}, {floor}, {place}, {spot}."""
        b, e = flat.building, flat.entrance
        return {
            "home": f"{b}号楼{e}单元{flat.floor * 100 + flat.room}室",
            "entrance": f"{b}号楼{e}单元",
            "building": f"{b}号楼",
            "floor": flat.floor,
            "place": self.rng.choice(self.community["common_places"]),
            "spot": f"B1-{self.rng.randint(1, 260):03d}",
        }

    def reporter(self, home: Home | None) -> dict[str, Any]:
        """Who reported: a resident is linked to their household, with their phone (both
        sealed with the incident's text and forgotten with the household)."""
        if home is None:
            return {"reporter": "巡逻保安"}
        person = self.rng.choice([p for p in home.people if p.phone] or home.people)
        return {
            "reporter": person.name,
            "reporter_household_id": home.id,
            "reporter_phone": person.phone or None,
        }

    def service_fee(self, flat: Flat, area: Decimal | None = None) -> Decimal:
        rate = Decimal(self.community["fees"][f"{flat.kind}_rate"])
        return ((area or flat.area) * rate).quantize(Decimal("0.01"))

    def parking_fee(self) -> Decimal:
        return Decimal(self.rng.choice(self.community["fees"]["parking"]))

    def sign(
        self,
        home: Home,
        kind: str,
        start: date,
        end: date,
        fee: Decimal,
        deposit: Decimal = ZERO,
    ) -> Agreement:
        number = home.flat.number
        contract_id = self.desk.sign_contract(number, home.id, kind, start, end, fee, deposit)
        deal = Agreement(contract_id, kind, home, start, end, fee, deposit)
        if kind != "renovation":
            self.plan_notice(deal)
        home.agreements.append(deal)
        self.agreements.append(deal)
        self.report.contracts += 1
        return deal

    def plan_notice(self, deal: Agreement) -> None:
        """Notices go out a few days before they are due; about one in eight goes out late."""
        due = deal.end - timedelta(days=90)
        late = self.rng.random() < 0.12
        days = self.rng.randint(3, 18) if late else self.rng.randint(-6, 0)
        deal.notice_on, deal.noticed = due + timedelta(days=days), False

    # --- units and households ---------------------------------------------------------------

    def register_units(self, settled: list[Flat]) -> Story:
        """The manager registers every flat and shop on the desk's first morning."""
        for flat in self.flats:
            building = f"{flat.building}号楼"
            self.desk.register_unit(flat.number, building, str(flat.area), flat.kind)
            yield Then(timedelta(seconds=self.rng.randint(15, 40)), "manager")
        self.timeline.start(
            self.clock.now() + self.minutes(20, 50), "clerk", self.enter_residents(settled)
        )

    def enter_residents(self, settled: list[Flat]) -> Story:
        """The files of households already living here, entered in the desk's first days."""
        settled = sorted(settled, key=lambda flat: (flat.building, flat.entrance, flat.floor))
        service_ends = self.spread(len(settled), 25, 725)
        parking_ends = self.spread(len(settled) * 2, 8, 364)
        flats = [flat for flat in settled if flat.kind == "residential"]
        renovating = self.rng.sample(flats, min(len(flats), max(1, len(flats) // 40)))
        for i, flat in enumerate(settled):
            today = self.today()
            tenant = flat.kind == "commercial" or self.rng.random() < 0.22
            tenant = tenant and flat not in renovating
            end = today + timedelta(days=service_ends[i])
            start = end - timedelta(days=730)
            moved_in = min(start, today - timedelta(days=self.rng.randint(200, 3200)))
            home = self.move_in(flat, "tenant" if tenant else "owner", moved_in)
            yield Then(self.minutes(2, 5))
            self.sign(home, "service", start, end, self.service_fee(flat))
            for j, _ in enumerate(home.vehicles):
                end = today + timedelta(days=parking_ends[2 * i + j])
                yield Then(self.minutes(1, 3))
                self.sign(home, "parking", end - timedelta(days=365), end, self.parking_fee())
            if flat in renovating:  # the paper agreement of a renovation under way
                yield Then(self.minutes(2, 5))
                began = today - timedelta(days=self.rng.randint(10, 40))
                yield from self.renovate(
                    home, began, today + timedelta(days=self.rng.randint(7, 30))
                )
            yield Then(self.minutes(2, 6))

    def spread(self, n: int, low: int, high: int) -> list[int]:
        """Day offsets spread evenly over a range, in random order."""
        days = [low + int((high - low) * (i + self.rng.random()) / max(n, 1)) for i in range(n)]
        self.rng.shuffle(days)
        return days

    def move_in(self, flat: Flat, ownership: str, on: date) -> Home:
        people = self.people.household(ownership, self.today(), flat.kind == "commercial")
        drivers = sum(1 for p in people if p.phone and p.relation != "parent")
        cars = min(drivers, self.rng.choices((0, 1, 2), (50, 42, 8))[0])
        plates = [self.people.plate() for _ in range(cars)]
        members = [p.member() for p in people]
        home_id = self.desk.move_in(flat.number, members, ownership, on, plates)
        home = Home(home_id, flat, ownership, people, plates, on)
        flat.home = home
        self.homes.append(home)
        self.living.append(home)
        return home

    def new_household(self, flat: Flat) -> Story:
        """A household moving in: the file, the contracts, maybe a renovation, a call back."""
        if flat.home is not None:
            return
        today = self.today()
        tenant = flat.kind == "commercial" or self.rng.random() < 0.35
        home = self.move_in(flat, "tenant" if tenant else "owner", today)
        yield Then(self.minutes(8, 20))
        years = 1 if tenant else 2
        end = _years_later(today, years) - timedelta(days=1)
        self.sign(home, "service", today, end, self.service_fee(flat))
        for _ in home.vehicles:
            yield Then(self.minutes(3, 8))
            months = self.rng.choice((6, 12, 12))
            end = today + timedelta(days=months * 365 // 12)
            self.sign(home, "parking", today, end, self.parking_fee())
        if not tenant and flat.kind == "residential" and self.rng.random() < 0.55:
            yield Then(self.minutes(5, 15))
            yield from self.renovate(home, today + timedelta(days=self.rng.randint(1, 5)))
        late = self.rng.random() < 0.1
        days = self.rng.randint(8, 11) if late else self.rng.randint(1, 6)
        callback = self.at(today + timedelta(days=days), time(9, 30), time(17, 30))
        self.timeline.start(callback, "clerk", self.move_in_callback(home))

    def move_in_callback(self, home: Home) -> Story:
        if home.living:
            score = self.rng.choices(("5", "4", "3", "2"), (60, 30, 8, 2))[0]
            notes = self.rng.choice(self.texts["move_in_callback"][score])
            self.desk.record_move_in_callback(home.id, int(score), notes)
        yield from ()

    def renovate(self, home: Home, start: date, end: date | None = None) -> Story:
        """A renovation management agreement, its deposit, and the refund after inspection."""
        end = end or start + timedelta(days=self.rng.randint(40, 80))
        deposit = Decimal(self.rng.choice(self.community["fees"]["renovation_deposit"]))
        deal = self.sign(home, "renovation", start, end, ZERO, deposit)
        home.flat.renovation = deal
        yield Then(self.minutes(2, 6))
        self.desk.record_deposit(deal.id, deposit)
        refund = self.at(end + timedelta(days=self.rng.randint(5, 15)), time(9, 0), time(17, 0))
        self.timeline.start(refund, "clerk", self.refund(deal))

    def refund(self, deal: Agreement) -> Story:
        while self.today() <= deal.end + timedelta(days=3):  # the renovation was extended
            yield Then(deal.end + timedelta(days=self.rng.randint(5, 10)) - self.today())
        texts = self.texts["refund"]
        if self.rng.random() < 0.8:
            self.desk.refund_deposit(deal.id, deal.deposit, ZERO, texts["clean"])
        else:
            kept = Decimal(self.rng.choice(("200.00", "300.00", "500.00", "800.00")))
            reason = self.rng.choice(texts["deducted"])
            self.desk.refund_deposit(deal.id, deal.deposit - kept, kept, reason)

    def happen_move_in(self) -> Story:
        """A flat that stood empty when the desk went live finds its household."""
        if self.empty:
            yield from self.new_household(self.empty.pop())

    def happen_move_out(self) -> Story:
        today = self.today()
        tenants_only = self.rng.random() < 0.7  # tenants move on more often than owners

        def leaving(home: Home) -> bool:
            settled = (today - home.moved_in).days >= 60
            deal = home.flat.renovation
            renovating = deal is not None and deal.home is home and deal.end >= today
            return settled and not renovating and (home.ownership == "tenant" or not tenants_only)

        home = self.pick_home(leaving)
        if home is None:
            return
        self.desk.move_out(home.id, today)
        home.living, home.flat.home = False, None
        self.living.remove(home)
        ending = [deal for deal in home.agreements if deal.active(today)]
        if ending:  # the supervisor signs the terminations together
            yield Then(self.minutes(10, 90), "supervisor")
        for deal in ending:
            self.desk.terminate_contract(deal.id, today, self.texts["terminated"])
            deal.terminated = True
            self.pause()
        if self.rng.random() < 0.75:
            again = self.at(today + timedelta(days=self.rng.randint(15, 60)), time(9), time(17))
            self.timeline.start(again, "clerk", self.new_household(home.flat))

    def happen_renovation(self) -> Story:
        """A household that has lived here a while redoes its kitchen or bathroom."""

        def ready(home: Home) -> bool:
            deal = home.flat.renovation
            free = deal is None or deal.end < self.today()
            return home.ownership == "owner" and home.flat.kind == "residential" and free

        home = self.pick_home(ready)
        if home is not None:
            yield from self.renovate(home, self.today() + timedelta(days=self.rng.randint(2, 7)))

    def happen_change(self) -> Story:
        """A change to a resident file: a baby, a parent, someone leaving, a phone, a car."""
        today, rng, desk = self.today(), self.rng, self.desk
        kind = self.change_urn.draw()
        if kind == "child":
            home = self.pick_home(
                lambda h: (
                    any(p.relation == "spouse" for p in h.people)
                    and today.year - h.people[0].born.year < 42
                    and len(h.people) < 5
                )
            )
            if home is None:
                return
            father = next(p for p in home.people if p.relation in ("self", "spouse") and p.male)
            baby = self.people.person("child", today.year, today, surname=father.surname)
            baby.born = min(baby.born, today - timedelta(days=rng.randint(20, 60)))
            baby.id_number = self.people.resident_id(baby.born, baby.male, "310115")
            if any(p.name == baby.name for p in home.people):
                return
            desk.add_member(home.id, baby.member())
            home.people.append(baby)
        elif kind == "parent":
            home = self.pick_home(
                lambda h: (
                    not any(p.relation == "parent" for p in h.people)
                    and today.year - h.people[0].born.year < 45
                )
            )
            if home is None:
                return
            head = home.people[0]
            male = rng.random() < 0.5
            born_year = head.born.year - rng.randint(25, 32)
            surname = head.surname if male else None
            parent = self.people.person("parent", born_year, today, male=male, surname=surname)
            if any(p.name == parent.name for p in home.people):
                return
            desk.add_member(home.id, parent.member())
            home.people.append(parent)
        elif kind == "removed":
            home = self.pick_home(
                lambda h: any(
                    p.relation == "other"
                    or (p.relation == "child" and today.year - p.born.year >= 18)
                    for p in h.people
                )
            )
            if home is None:
                return
            person = next(
                p
                for p in home.people
                if p.relation in ("other", "child") and today.year - p.born.year >= 18
            )
            reasons = self.texts["member_removed"]
            reason = (
                reasons[1] if person.relation == "other" else rng.choice((reasons[0], reasons[3]))
            )
            desk.remove_member(home.id, person.name, reason)
            home.people.remove(person)
        elif kind == "contact":
            home = self.pick_home(lambda h: any(p.phone for p in h.people))
            if home is None:
                return
            person = rng.choice([p for p in home.people if p.phone])
            person.phone = self.people.phone()
            reason = rng.choice(self.texts["contact_updated"])
            desk.update_contact(home.id, person.name, person.phone, reason)
        elif kind == "car":
            home = self.pick_home(lambda h: len(h.vehicles) < 2 and any(p.phone for p in h.people))
            if home is None:
                return
            plate = self.people.plate()
            desk.register_vehicle(home.id, plate)
            home.vehicles.append(plate)
            yield Then(self.minutes(3, 8))
            end = today + timedelta(days=365)
            self.sign(home, "parking", today, end, self.parking_fee())
        else:
            home = self.pick_home(lambda h: bool(h.vehicles))
            if home is None:
                return
            plate = rng.choice(home.vehicles)
            desk.remove_vehicle(home.id, plate, rng.choice(self.texts["vehicle_removed"]))
            home.vehicles.remove(plate)

    # --- contracts -------------------------------------------------------------------------

    def renewal_round(self, day: date) -> Story:
        """Each morning: renewal notices for contracts coming up to three months from the end."""
        due = [
            deal
            for deal in self.agreements
            if not deal.noticed
            and deal.notice_on is not None
            and deal.notice_on <= day
            and deal.active(day)
            and deal.home.living
        ]
        for deal in due:
            channel = self.rng.choice(self.texts["notice_channels"])
            self.desk.send_renewal_notice(deal.id, channel)
            deal.noticed = True
            if self.rng.random() < 0.92:
                visit = day + timedelta(days=self.rng.randint(5, 70))
                visit = min(visit, deal.end - timedelta(days=1))
                when = self.at(max(visit, day + timedelta(days=1)), time(9), time(17, 30))
                self.timeline.start(when, "clerk", self.renewal(deal))
            yield Then(self.minutes(0.5, 2))

    def renewal(self, deal: Agreement) -> Story:
        """The household comes in and signs for another term; sometimes at a new fee."""
        if not deal.home.living or not deal.active(self.today()):
            return
        years = 2 if deal.kind == "service" and deal.home.ownership == "owner" else 1
        new_end = _years_later(deal.end, years)
        fee = None
        if deal.kind == "parking" and self.rng.random() < 0.2:
            fee = deal.fee + Decimal("50.00")
        self.desk.renew_contract(deal.id, new_end, fee)
        deal.end, deal.fee = new_end, fee or deal.fee
        self.plan_notice(deal)
        yield from ()

    def happen_breach(self) -> Story:
        rng, today = self.rng, self.today()
        kind = rng.choices(
            ("arrears", "illegal_renovation", "change_of_use", "company_failure"), (40, 25, 20, 15)
        )[0]
        wanted = "renovation" if kind == "illegal_renovation" else "service"
        if kind == "arrears" and rng.random() < 0.3:
            wanted = "parking"
        deals = [d for d in self.agreements if d.kind == wanted and d.active(today)]
        if not deals:
            kind, deals = "arrears", [d for d in self.agreements if d.active(today)]
        if deals:
            deal = rng.choice(deals)
            details = rng.choice(self.texts["breaches"][kind])
            self.desk.record_breach(deal.id, kind, details)
        yield from ()

    def happen_amendment(self) -> Story:
        rng, today = self.rng, self.today()
        field_name, reason = rng.choice(self.texts["amendments"])
        if field_name == "end":
            deals = [d for d in self.agreements if d.kind == "renovation" and d.active(today)]
            if deals:
                deal = rng.choice(deals)
                deal.end += timedelta(days=rng.choice((15, 20, 30)))
                self.desk.amend_contract(deal.id, {"end": deal.end.isoformat()}, reason)
                yield from ()
                return
            field_name, reason = self.texts["amendments"][1]
        kind = "parking" if reason.startswith("车位") else "service"
        deals = [d for d in self.agreements if d.kind == kind and d.active(today)]
        if not deals:
            return
        deal = rng.choice(deals)
        if kind == "parking":
            fee = deal.fee + Decimal("150.00")
        else:
            area = deal.home.flat.area + Decimal(rng.choice(("-2.35", "-1.20", "1.05", "2.40")))
            fee = self.service_fee(deal.home.flat, area)
            if fee == deal.fee:  # the same correction made before
                return
        self.desk.amend_contract(deal.id, {"monthly_fee": str(fee)}, reason)
        deal.fee = fee

    # --- visitors --------------------------------------------------------------------------

    def visitor(self, kind: str, flat: Flat | None = None, outcome: str | None = None) -> Story:
        """Registration, the host's answer, the pass, in and out — or how it went otherwise."""
        rng, desk, texts, today = self.rng, self.desk, self.visits, self.today()
        if flat is None:
            home = self.pick_home()
            if home is None:
                return
            flat = home.flat
        elif flat.home is None or flat.renovation is None or not flat.renovation.active(today):
            return
        person = self.people.person("other", today.year - rng.randint(19, 60), today)
        company = rng.choice(texts["companies"][kind]) if kind in texts["companies"] else ""
        work_id = f"{rng.randint(10**6, 10**8 - 1)}" if company and kind != "other" else ""
        purpose = rng.choice(texts["purposes"][kind])
        pass_id = desk.register_visitor(
            flat.number,
            person.name,
            person.id_type,
            person.id_number,
            person.phone,
            purpose,
            kind,
            company,
            work_id,
        )
        self.report.visitors += 1
        outcome = outcome or self.visit_urn.draw()
        if outcome == "overnight" and kind != "guest":
            outcome = "normal"
        if outcome == "declined":
            yield Then(self.minutes(1, 5))
            desk.decline_host(pass_id, rng.choice(texts["declined"]))
            return
        if outcome == "waived":
            yield Then(self.minutes(4, 9), "supervisor")
            desk.waive_host_confirmation(pass_id, rng.choice(texts["waived"]))
        else:
            yield Then(self.minutes(0.5, 4))
            desk.confirm_host(pass_id, rng.choice(texts["host_channels"]))
        hours = (
            rng.choice((24, 48, 72))
            if outcome == "overnight"
            else rng.choice(texts["valid_hours"][kind])
        )
        yield Then(self.minutes(0.3, 1.5))
        desk.issue_pass(pass_id, hours)
        valid_until = self.clock.now() + timedelta(hours=hours)
        if outcome == "revoked_before":
            yield Then(self.minutes(3, 20))
            desk.revoke_pass(pass_id, rng.choice(texts["revoked_before"]))
            return
        if outcome == "no_show":
            return
        yield Then(self.minutes(0.5, 3), anytime=True)
        desk.check_in(pass_id)
        low, high = texts["stay_minutes"][kind]
        stay = self.minutes(low, high) if outcome != "stay" else self.hours(1, 3)
        if outcome == "overstay":
            stay = valid_until - self.clock.now() + self.minutes(15, 90)
        elif outcome == "overnight":
            leaving = self.at(
                today + timedelta(days=rng.randint(1, hours // 24)), time(8), time(12)
            )
            leaving = min(leaving, valid_until - self.minutes(30, 120))
            stay = leaving - self.clock.now()
        if outcome == "revoked_on_site":
            yield Then(stay * 0.4, anytime=True)
            desk.revoke_pass(pass_id, rng.choice(texts["revoked_on_site"]))
            stay = self.minutes(5, 15)
        yield Then(stay, anytime=True)
        desk.check_out(pass_id)

    # --- incidents -------------------------------------------------------------------------

    def incident(self, kind: str, outcome: str | None = None) -> Story:
        """A repair or complaint: accepted, dispatched, followed, resolved, called back, closed."""
        rng, desk, texts = self.rng, self.desk, self.problems
        template = rng.choice(texts[kind])
        home = self.pick_home()
        flat = home.flat if home else rng.choice(self.flats)
        values = self.places(flat)
        channel = rng.choice(texts["channels"])
        incident_id = desk.report_incident(
            kind,
            template["category"],
            template["severity"],
            template["where"].format(**values),
            template["description"].format(**values),
            channel=channel,
            **self.reporter(None if channel == "patrol" else home),
        )
        self.report.incidents += 1
        outcome = outcome or self.incident_urn.draw()
        minor = template["severity"] == "minor"
        late = outcome == "late"
        respond = self.minutes(150, 200) if late and not minor else self.minutes(2, 14)
        yield Then(respond)
        desk.acknowledge(incident_id)
        actions = [a.format(**values) for a in template["actions"]]
        first_contact = bool(template.get("first_contact"))
        if not first_contact:
            yield Then(self.minutes(1, 6))
            assignee = rng.choice(self.community["assignees"][template["category"]])
            desk.dispatch(incident_id, assignee)
        yield Then(self.minutes(10, 50))
        desk.log_action(incident_id, actions[0])
        if late:
            yield Then(self.minutes(20, 60))
            desk.log_action(incident_id, rng.choice(texts["late_actions"]))
        if outcome == "hold":
            yield Then(self.minutes(20, 90))
            desk.put_on_hold(incident_id, template.get("hold", "住户不在家，约定改天上门"))
            yield Then(self.hours(18, 50))
            desk.resume(incident_id)
        if outcome == "escalate":
            yield Then(self.minutes(30, 120))
            desk.escalate(incident_id, 2, rng.choice(texts["escalated"]))
            if rng.random() < 0.25:
                yield Then(self.hours(1, 4), "supervisor")
                desk.escalate(incident_id, 3, rng.choice(texts["escalated_3"]))
        for action in actions[1:]:
            yield Then(self.minutes(20, 120))
            desk.log_action(incident_id, action)
        if late:
            yield Then(self.hours(80, 90) if minor else self.hours(24, 30))
        else:
            quick = self.rng.random() < 0.6  # many are fixed within the hour; others wait
            if minor:
                yield Then(self.hours(1, 8) if quick else self.hours(8, 60))
            else:
                yield Then(self.minutes(20, 120) if quick else self.hours(3, 16))
        clean = outcome in ("normal", "unhappy", "late_callback")
        desk.resolve(incident_id, template["resolution"], first_contact or clean)
        yield Then(self.hours(26, 40) if outcome == "late_callback" else self.hours(1, 20))
        if outcome in ("reopen", "unhappy"):
            score = 2 if outcome == "reopen" else 3
            desk.record_callback(incident_id, score, rng.choice(texts["unsatisfied"]))
        else:
            score = rng.choices((5, 4), (75, 25))[0]
            desk.record_callback(incident_id, score, rng.choice(texts["satisfied"]))
        if outcome == "reopen":
            yield Then(self.minutes(5, 30))
            desk.reopen(incident_id, rng.choice(texts["reopened"]))
            yield Then(self.hours(2, 20))
            desk.log_action(incident_id, actions[-1])
            yield Then(self.minutes(30, 180))
            desk.resolve(incident_id, template["resolution"], False)
            yield Then(self.hours(2, 20))
            desk.record_callback(incident_id, rng.choice((4, 5)), rng.choice(texts["satisfied"]))
        yield Then(self.hours(1, 24))
        desk.close_incident(incident_id)

    def emergency(self, scenario: dict[str, Any]) -> Story:
        """An emergency, its timeline as the desk logged it, and the follow-up."""
        rng, desk = self.rng, self.desk
        home = self.pick_home()
        flat = home.flat if home else rng.choice(self.flats)
        values = self.places(flat)
        incident_id = desk.report_incident(
            "emergency",
            scenario["category"],
            "emergency",
            scenario["where"].format(**values),
            scenario["description"].format(**values),
            scenario["reporter"],
            scenario["channel"],
        )
        self.report.incidents += 1
        self.report.emergencies += 1
        reported = self.clock.now()
        yield Then(self.minutes(1, 3), anytime=True)
        desk.acknowledge(incident_id)
        yield Then(self.minutes(0.5, 2), anytime=True)
        desk.dispatch(incident_id, rng.choice(self.community["assignees"]["emergency"]))
        steps: list[tuple[float, str, int]] = [
            (m, note.format(**values), 0) for m, note in scenario["steps"]
        ]
        if scenario.get("escalate"):
            level, reason, minute = scenario["escalate"]
            steps.append((minute, reason, level))
        for minute, text, level in sorted(steps):
            wait = max(
                reported + timedelta(minutes=minute) - self.clock.now(), timedelta(seconds=20)
            )
            yield Then(wait, "supervisor" if level == 3 else "clerk", anytime=True)
            if level:
                desk.escalate(incident_id, level, text)
            else:
                desk.log_action(incident_id, text)
        finish = reported + timedelta(minutes=scenario["resolve_after"] + rng.uniform(-5, 10))
        yield Then(max(finish - self.clock.now(), timedelta(minutes=2)), anytime=True)
        desk.resolve(incident_id, scenario["resolution"], False)
        yield Then(self.hours(14, 20))
        comment = rng.choice(_data("emergencies")["callback"])
        desk.record_callback(incident_id, rng.choice((4, 5, 5)), comment)
        yield Then(self.hours(1, 6))
        desk.close_incident(incident_id)

    # --- activities ------------------------------------------------------------------------

    def activity(self, item: dict[str, Any], title: str, day: date, called_off: bool) -> Story:
        """Plan it, take registrations at the desk, then record who came (or call it off)."""
        rng, desk = self.rng, self.desk
        starts = _local(day, time.fromisoformat(item["start"]))
        ends = starts + timedelta(hours=item["hours"])
        size = max(1.0, len(self.flats) / 400)
        capacity = max(item["capacity"], round(item["capacity"] * size / 10) * 10)
        activity_id = desk.plan_activity(title, item["kind"], starts, ends, item["place"], capacity)
        self.report.activities += 1
        wanted = max(2, round(item["share"] * len(self.living)))
        closing = _local(day - timedelta(days=1), time(10)) if called_off else starts
        closing -= timedelta(hours=3)
        gap = (closing - self.clock.now()) / (wanted + 1) * 0.9
        registered: dict[str, tuple[Home, int]] = {}
        left = capacity
        while len(registered) < wanted:
            yield Then(gap * rng.uniform(0.3, 1.7))
            if self.clock.now() >= closing:
                break
            if registered and self.signup_urn.draw() == "cancel":  # plans change
                leaver, seats = registered.pop(rng.choice(list(registered)))
                reason = rng.choice(_data("activities")["registration_cancelled"])
                desk.cancel_registration(activity_id, leaver.id, reason)
                left += seats
                continue
            home = self.pick_home(lambda h: h.id not in registered and h.flat.kind == "residential")
            if home is None:
                break
            low, high = item["headcount"]
            count = min(rng.randint(low, high), len(home.people), left)
            if count < 1:
                break
            desk.register_household(activity_id, home.id, count)
            registered[home.id] = (home, count)
            left -= count
        if called_off:
            eve = _local(day - timedelta(days=1), time(10)) - self.clock.now()
            yield Then(max(eve, timedelta(minutes=5)))
            desk.cancel_activity(activity_id, rng.choice(_data("activities")["cancelled"]))
            return
        yield Then(starts + self.minutes(5, 20) - self.clock.now(), anytime=True)
        came = [(h, n) for h, n in registered.values() if h.living and rng.random() < 0.85]
        extra = [h for h in self.living if h.id not in registered and h.flat.kind == "residential"]
        walk_ins = rng.sample(extra, min(len(extra), max(1, len(registered) // 20)))
        came += [(home, 1) for home in walk_ins]
        for home, count in came:
            if not home.living:
                continue
            desk.record_attendance(activity_id, home.id, max(1, count - (rng.random() < 0.15)))
            yield Then(timedelta(seconds=rng.randint(15, 80)), anytime=True)
