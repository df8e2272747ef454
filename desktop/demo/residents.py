"""Units and households: the flats registered on the first morning, the files of those
already living here, move-ins with their call back, renovations and their deposits,
move-outs, and the changes a resident file sees over a year."""

from __future__ import annotations

from datetime import date, time, timedelta
from decimal import Decimal

from desktop.demo.contracts import ContractStories
from desktop.demo.timeline import Story, Then
from desktop.demo.world import ZERO, Agreement, Flat, Home, years_later
from domain.households import CALLBACK_WITHIN


class ResidentStories(ContractStories):
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
        end = years_later(today, years) - timedelta(days=1)
        self.sign(home, "service", today, end, self.service_fee(flat))
        for _ in home.vehicles:
            yield Then(self.minutes(3, 8))
            months = self.rng.choice((6, 12, 12))
            end = today + timedelta(days=months * 365 // 12)
            self.sign(home, "parking", today, end, self.parking_fee())
        if not tenant and flat.kind == "residential" and self.rng.random() < 0.55:
            yield Then(self.minutes(5, 15))
            yield from self.renovate(home, today + timedelta(days=self.rng.randint(1, 5)))
        late = self.rng.random() < 0.1  # the call back is due within CALLBACK_WITHIN
        within = CALLBACK_WITHIN.days
        days = self.rng.randint(within + 1, within + 4) if late else self.rng.randint(1, within - 1)
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
