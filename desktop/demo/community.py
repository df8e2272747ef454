"""The community the desk serves: its staff, and its buildings, entrances and flats."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from desktop.demo.base import DemoBase
from desktop.demo.world import DEMO_PASSWORD, DESKS, Flat


class CommunityStories(DemoBase):
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
