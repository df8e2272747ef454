"""Incidents: repairs and complaints from report to close, and emergencies as the desk
logged them."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from desktop.demo.base import DemoBase
from desktop.demo.timeline import Story, Then
from desktop.demo.world import Flat, Home, demo_data
from domain.incidents import CALLBACK_WITHIN


class IncidentStories(DemoBase):
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

    def incident(self, kind: str, outcome: str | None = None) -> Story:
        """A repair or complaint: accepted, dispatched, followed, resolved, called back, closed."""
        rng, desk, texts = self.rng, self.desk, self.problems
        template = rng.choice(texts[kind])
        home = self.pick_home()
        flat = home.flat if home else rng.choice(self.flats)
        values = self.places(flat)
        channel = rng.choice(texts["channels"])
        reporter = self.reporter(None if channel == "patrol" else home)
        description = template["description"].format(**values)
        contact_id = ""
        if home is not None and channel in ("counter", "phone"):  # a contact that ends in it
            phone = reporter["reporter_phone"] if channel == "phone" else None
            contact_id = desk.open_contact(
                channel, phone=phone or "", unit=home.flat.number, topic=description[:200]
            )
        incident_id = desk.report_incident(
            kind,
            template["category"],
            template["severity"],
            template["where"].format(**values),
            description,
            channel=channel,
            **reporter,
        )
        self.report.incidents += 1
        if contact_id:  # the resident is told the ticket number and the deadline at once
            # (a pause here could fall after the desk's hours and end the call next morning)
            desk.close_contact(contact_id, "incident", incident_id=incident_id)
            self.report.contacts += 1
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
        due = CALLBACK_WITHIN // timedelta(hours=1)  # hours after resolving
        yield Then(
            self.hours(due + 2, due + 16) if outcome == "late_callback" else self.hours(1, 20)
        )
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
        comment = rng.choice(demo_data("emergencies")["callback"])
        desk.record_callback(incident_id, rng.choice((4, 5, 5)), comment)
        yield Then(self.hours(1, 6))
        desk.close_incident(incident_id)
