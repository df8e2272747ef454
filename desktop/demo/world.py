"""The demo's settings and the world as the generator remembers it: how big and busy the
community is (`Scale`), its data files, and the flats, households and agreements it has made
(`Flat`, `Home`, `Agreement`), so that every command it sends is one the desk accepts."""

from __future__ import annotations

import json
import math
import random
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, tzinfo
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any

from resources import path as resource_path

if TYPE_CHECKING:
    from desktop.demo.people import Person

DEMO_PASSWORD = "frontdesk-demo"
OPENS, CLOSES = time(8, 0), time(20, 30)
DESKS = {
    "admin": "it-office",
    "clerk": "front-desk-1",
    "manager": "manager-office",
    "supervisor": "supervisor-office",
}
ZERO = Decimal("0.00")
# While the demo builds a store it is the store's only writer, so the aggregates it keeps in
# memory are never stale: it need not read them back, nor look for newer events, per command,
# nor copy them for each command (a refused command drops the cache: see Timeline), nor wait
# for the disk at each commit (a cut build is built again).
SOLE_WRITER = {
    "AGGREGATE_CACHE_MAXSIZE": "50000",
    "AGGREGATE_CACHE_FASTFORWARD": "n",
    "DEEPCOPY_FROM_AGGREGATE_CACHE": "n",
    "SQLITE_SYNCHRONOUS": "NORMAL",
}


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
    contacts: float = 0.025  # walk-ins and calls a day, per household
    parcels: float = 0.024  # parcels a day, per household (peaks 2-3 times that)
    deliveries: float = 0.005  # riders' quick passes a day, per household
    away: float = 0.0003  # households going away a day (parcels kept), per household
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
        contacts=0.35,
        parcels=0.45,
        deliveries=0.12,
        away=0.004,
    ),
}
# For the benchmark harness: ten thousand units over ten years (about 3 million events),
# and a busier community of the same size over two and a half years (about a million).
SCALES["million"] = Scale(
    buildings=(80, 82),
    entrances=(2, 3),
    floors=(24, 30),
    days=900,
    visits=0.018,
    emergencies=20,
    parcels=0.004,
    deliveries=0.001,
)
SCALES["large"] = replace(SCALES["million"], days=3650, visits=0.008, emergencies=80)
MINIMUM = {"move_out": 1, "move_in": 1, "renovation": 1, "breach": 1, "amendment": 1, "change": 6}


@cache
def demo_data(name: str) -> dict[str, Any]:
    with resource_path("demo", f"{name}.json").open(encoding="utf-8") as file:
        return json.load(file)


def local_time(day: date, at: time, zone: tzinfo) -> datetime:
    return datetime.combine(day, at, zone)


def poisson(rng: random.Random, mean: float) -> int:
    limit, count, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def years_later(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def saturday_on_or_before(day: date) -> date:
    return day - timedelta(days=(day.weekday() - 5) % 7)


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
