"""The people of the community: names, ID numbers, phones and plates that look real and
never repeat, and the shapes of the households they live in."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from desktop.demo.world import demo_data
from domain.values import resident_id_check_digit


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
        data = demo_data("people")
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
