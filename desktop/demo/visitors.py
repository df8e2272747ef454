"""Visitors: registration, the host's answer, the pass, in and out, or how it went
otherwise (declined, waived, revoked, never came, stayed too long)."""

from __future__ import annotations

from datetime import time, timedelta

from desktop.demo.base import DemoBase
from desktop.demo.timeline import Story, Then
from desktop.demo.world import Flat
from domain.visitors import WORKERS


class VisitorStories(DemoBase):
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
        work_id = f"{rng.randint(10**6, 10**8 - 1)}" if company and kind in WORKERS else ""
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
