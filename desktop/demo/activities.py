"""Community activities: the calendar of festivals and monthly classes, registrations at
the desk, attendance, and one called off."""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

from desktop.demo.base import DemoBase
from desktop.demo.timeline import Story, Then
from desktop.demo.world import Home, demo_data, saturday_on_or_before


class ActivityStories(DemoBase):
    def plan_activities(self) -> None:
        """The community calendar: festivals, monthly talks and classes, one called off."""
        data, rng = demo_data("activities"), self.rng
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
                    day = saturday_on_or_before(day)
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

    def activity(self, item: dict[str, Any], title: str, day: date, called_off: bool) -> Story:
        """Plan it, take registrations at the desk, then record who came (or call it off)."""
        rng, desk = self.rng, self.desk
        starts = self.local(day, time.fromisoformat(item["start"]))
        ends = starts + timedelta(hours=item["hours"])
        size = max(1.0, len(self.flats) / 400)
        capacity = max(item["capacity"], round(item["capacity"] * size / 10) * 10)
        activity_id = desk.plan_activity(title, item["kind"], starts, ends, item["place"], capacity)
        self.report.activities += 1
        wanted = max(2, round(item["share"] * len(self.living)))
        closing = self.local(day - timedelta(days=1), time(10)) if called_off else starts
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
                reason = rng.choice(demo_data("activities")["registration_cancelled"])
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
            eve = self.local(day - timedelta(days=1), time(10)) - self.clock.now()
            yield Then(max(eve, timedelta(minutes=5)))
            desk.cancel_activity(activity_id, rng.choice(demo_data("activities")["cancelled"]))
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
