"""Contacts: the counter's and the phone's day. The manager publishes the shipped standard
answers on the first morning; then residents queue at the counter with a ticket and ring the
hotline, busiest 8-10 and 16-18 and on Mondays, quieter over the Spring Festival and busier
after it; most are answered with a standard answer, some leave, some calls are missed and
called back, a few come back within the week. Each month the manager marks every clerk's
teamwork and knowledge."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from desktop.demo.base import DemoBase
from desktop.demo.timeline import Story, Then
from desktop.demo.world import Home, demo_data, poisson
from desktop.usecases.knowledge import ShippedAnswer, publish_shipped_answers, shipped_answers

# Contacts by the local hour they start (the desk is open 8:00-20:30): the hotline's two
# peaks, as the procedures say, 8-10 and 16-18.
HOURS = {8: 9, 9: 10, 10: 6, 11: 5, 12: 2.5, 13: 3, 14: 4, 15: 5, 16: 8.5, 17: 9, 18: 4, 19: 2}
PEAK_HOURS = frozenset({8, 9, 16, 17})
WEEKDAYS = (1.5, 1.05, 1.0, 0.95, 1.0, 0.75, 0.55)  # Monday's surge, a quiet Sunday
# What residents ask about, by answer category (fee questions at billing time, renovation
# in spring, storms in summer: see `topic_weights`).
ASKED = {
    "fees": 18,
    "maintenance_fund": 5,
    "renovation": 9,
    "pets": 3,
    "parking": 10,
    "move_in": 5,
    "visitors": 8,
    "hotline": 4,
    "repairs": 16,
    "safety": 5,
    "facilities": 9,
    "other": 8,
}
PURPOSE = {
    "fees": "payment_question",
    "repairs": "repair",
    "move_in": "move_in",
    "visitors": "visitor",
}
REFERRED = (
    "转工程部核实后回复",
    "转客服主管跟进",
    "涉及产权问题，请业主咨询不动产登记中心",
    "转收费组核对账目",
    "转社区居委会协调",
)
ABANDONED = ("来电方中途挂断", "住户说稍后再来", "信号中断，未能说完")
VISITED = ("为来访亲友登记，住户当场确认", "登记上门的家电维修人员", "为明天来访的家政人员预先登记")
RATED = {
    "high": ("接待耐心，回答准确，主动帮同事分担高峰", "知识库用得熟练，住户多次表扬"),
    "middle": ("工作认真，个别收费问题需查阅后答复", "高峰时段配合较好，业务知识继续加强"),
    "low": ("新业务还不够熟悉，需加强维修资金等规定的学习", "交接时个别事项说明不清，需改进"),
}


@dataclass
class Caller:
    """Who rings or comes in: their flat (when they say it) and their phone."""

    home: Home | None
    phone: str
    unit: str  # "" for someone who does not live here


class ContactStories(DemoBase):
    answers: list[tuple[ShippedAnswer, str]]  # each shipped answer and its id
    shares: list[float]  # how often each is asked, within its category
    contacted: dict[str, date]  # household id: the last day it contacted the desk
    holidays: dict[date, float]  # days busier or quieter than their weekday

    def publish_answers(self) -> None:
        """The manager publishes the shipped standard answers before the desk first opens."""
        self.timeline.become("manager", self.clock.now())
        ids = publish_shipped_answers(self.desk)
        self.answers = [(item, ids[item.question]) for item in shipped_answers()]
        # a category's share of the questions, split among its answers, its first (the one
        # residents ask most) twice as often as the others
        sizes = Counter(item.category for item, _ in self.answers)
        seen: set[str] = set()
        self.shares = []
        for item, _ in self.answers:
            weight = 2.0 if item.category not in seen else 1.0
            self.shares.append(weight / (sizes[item.category] + 1))
            seen.add(item.category)
        self.contacted = {}
        self.holidays = self.holiday_factors()

    def holiday_factors(self) -> dict[date, float]:
        """The Spring Festival week is quiet and the day after it busy; so is National Day."""
        factors: dict[date, float] = {}
        festivals = demo_data("activities")["festivals"]["spring_festival"]
        for year in range(self.first_day.year, self.until.year + 1):
            if str(year) in festivals:
                eve = date.fromisoformat(festivals[str(year)]) - timedelta(days=1)
                for n in range(8):
                    factors[eve + timedelta(days=n)] = 0.35
                factors[eve + timedelta(days=8)] = 1.6
            for n in range(7):
                factors[date(year, 10, 1) + timedelta(days=n)] = 0.5
            factors[date(year, 10, 8)] = 1.5
        return factors

    def topic_weights(self, day: date) -> list[float]:
        month = day.month
        season = {
            "fees": 2.0 if month in (12, 1) else 1.0,
            "renovation": 1.6 if month in (3, 4, 5) else 1.0,
            "safety": 2.2 if month in (6, 7, 8, 9) else 1.0,
        }
        return [
            ASKED[a.category] * season.get(a.category, 1.0) * share
            for (a, _), share in zip(self.answers, self.shares, strict=True)
        ]

    def plan_contacts(self, day: date) -> None:
        """The day's walk-ins (one queue, served in order) and calls, and on the 1st the
        manager's marks for last month."""
        if day.day == 1 and day > self.first_day:
            when = self.at(day, time(10), time(11, 30))
            self.timeline.start(when, "manager", self.rate_clerks(day - timedelta(days=1)))
        if not self.living or day == self.first_day:
            return
        rng = self.rng
        factor = WEEKDAYS[day.weekday()] * self.holidays.get(day, 1.0)
        mean = self.scale.contacts * len(self.living) * factor
        counter_share = 0.45 if day.weekday() >= 5 else 0.33
        hours, weights = list(HOURS), list(HOURS.values())
        walk_ins: list[datetime] = []
        for _ in range(poisson(rng, mean)):
            hour = rng.choices(hours, weights)[0]
            start = self.local(day, time(hour)) + self.minutes(0, 59)
            if rng.random() < counter_share:
                walk_ins.append(start)
            else:
                self.timeline.start(start, "clerk", self.call(day, hour))
        if walk_ins:
            walk_ins.sort()
            self.timeline.start(walk_ins[0], "clerk", self.counter(day, walk_ins))

    # --- who and what ---------------------------------------------------------------------

    def caller(self, day: date) -> Caller:
        """A resident who has not been in touch this week (a repeat is planned on purpose),
        or now and then someone who does not live here: a relative, someone looking to rent."""
        week_ago = day - timedelta(days=7)
        home = None
        if self.rng.random() > 0.08:
            home = self.pick_home(lambda h: self.contacted.get(h.id, week_ago) <= week_ago)
        if home is None:
            stranger = self.people.person("other", day.year - self.rng.randint(20, 65), day)
            return Caller(None, stranger.phone, "")
        self.contacted[home.id] = day
        people = [p for p in home.people if p.phone] or home.people
        return Caller(home, self.rng.choice(people).phone, home.flat.number)

    def topic(self, day: date) -> tuple[ShippedAnswer, str]:
        return self.rng.choices(self.answers, self.topic_weights(day))[0]

    def outcome(self, channel: str) -> str:
        weights = (91, 5, 2.5, 1.5) if channel == "counter" else (94.5, 1, 2.5, 2)
        return self.rng.choices(("answered", "visitor", "referred", "abandoned"), weights)[0]

    def close(self, contact_id: str, outcome: str, answer_id: str) -> None:
        rng, desk = self.rng, self.desk
        if outcome == "answered":
            desk.close_contact(contact_id, "answered", answer_id=answer_id)
        else:
            note = {"visitor": VISITED, "referred": REFERRED, "abandoned": ABANDONED}[outcome]
            desk.close_contact(contact_id, outcome, note=rng.choice(note))
        self.report.contacts += 1

    # --- the counter ----------------------------------------------------------------------

    def counter(self, day: date, arrivals: list[datetime]) -> Story:
        """The day's walk-ins at one window, first come first served: each takes a ticket,
        waits (a minute or two, longer when the clerk is on the phone at a peak), is called
        and served; a few leave before their number comes up."""
        rng, desk = self.rng, self.desk
        plan: list[tuple[datetime, int, str, Any]] = []
        free = arrivals[0]
        for i, arrived in enumerate(arrivals):
            busy = arrived.astimezone(self.zone).hour in PEAK_HOURS and rng.random() < 0.18
            called = max(arrived + (self.minutes(6, 28) if busy else self.minutes(0.3, 4)), free)
            served = self.minutes(3, 10)
            free = called + served
            plan += [(arrived, i, "take", None), (called, i, "call", served)]
        plan.sort(key=lambda step: (step[0], step[1], step[2] != "take"))
        tickets: dict[int, tuple[str, Caller, ShippedAnswer, str]] = {}
        closing: list[tuple[datetime, str, str, str]] = []
        for moment, i, step, served in plan:
            while closing and closing[0][0] <= moment:
                ends, contact_id, outcome, answer_id = closing.pop(0)
                yield Then(max(ends - self.clock.now(), timedelta(seconds=5)), anytime=True)
                self.close(contact_id, outcome, answer_id)
            yield Then(max(moment - self.clock.now(), timedelta(seconds=5)), anytime=True)
            if step == "take":
                answer, answer_id = self.topic(day)
                purpose = PURPOSE.get(answer.category, "enquiry")
                tickets[i] = (desk.take_queue_ticket(purpose), self.caller(day), answer, answer_id)
                continue
            ticket, who, answer, answer_id = tickets.pop(i)
            number = desk.call_next(1)
            if number != ticket or rng.random() < 0.04:  # gone before their number came
                desk.skip_ticket(number)
                continue
            unit = who.unit if rng.random() < 0.75 else ""
            contact_id = desk.open_contact(
                "counter", unit=unit, topic=answer.question, queue_ticket=ticket
            )
            outcome = self.outcome("counter")
            closing.append((self.clock.now() + served, contact_id, outcome, answer_id))
            self.follow_up(day, who, answer, answer_id, outcome)
        for moment, contact_id, outcome, answer_id in closing:
            yield Then(max(moment - self.clock.now(), timedelta(seconds=5)), anytime=True)
            self.close(contact_id, outcome, answer_id)

    # --- the phone ------------------------------------------------------------------------

    def call(self, day: date, hour: int) -> Story:
        """A call: picked up and answered in a few minutes, or missed (more often at a peak,
        most of all on a Monday morning) and called back."""
        rng = self.rng
        who = self.caller(day)
        missed = 0.09 if hour in PEAK_HOURS else 0.035
        if who.phone and rng.random() < missed * (1.4 if day.weekday() == 0 else 1.0):
            self.desk.log_missed_call(who.phone)
            if rng.random() < 0.7:
                self.timeline.start(
                    self.clock.now() + self.minutes(8, 50), "clerk", self.phone(day, who)
                )
            return
        yield from self.phone(day, who)

    def phone(
        self, day: date, who: Caller, answer: tuple[ShippedAnswer, str] | None = None
    ) -> Story:
        rng, desk = self.rng, self.desk
        item, answer_id = answer or self.topic(day)
        unit = who.unit if rng.random() < 0.7 else ""
        contact_id = desk.open_contact("phone", phone=who.phone, unit=unit, topic=item.question)
        outcome = self.outcome("phone") if answer is None else "answered"
        yield Then(self.minutes(0.3, 2) if outcome == "abandoned" else self.minutes(1, 6))
        self.close(contact_id, outcome, answer_id)
        if answer is None:
            self.follow_up(day, who, item, answer_id, outcome)

    def follow_up(
        self, day: date, who: Caller, item: ShippedAnswer, answer_id: str, outcome: str
    ) -> None:
        """Now and then the same resident rings again within the week about the same thing."""
        if outcome not in ("answered", "referred") or self.rng.random() > 0.035:
            return
        later = day + timedelta(days=self.rng.randint(1, 6))
        hour = self.rng.choices(list(HOURS), list(HOURS.values()))[0]
        when = self.local(later, time(hour)) + self.minutes(0, 59)
        self.timeline.start(when, "clerk", self.phone(later, who, (item, answer_id)))

    # --- appraisal ------------------------------------------------------------------------

    def rate_clerks(self, last_day: date) -> Story:
        """The manager's marks for each clerk's teamwork and knowledge last month: each has
        their level, and knowledge grows over the year."""
        rng = self.rng
        month = f"{last_day:%Y-%m}"
        months_in = (last_day - self.first_day).days / 30
        for n, username in enumerate(self.timeline.clerks):
            level = (88, 78, 66)[n % 3]
            knowledge = round(
                min(98, max(60, level + months_in * (1.6 - 0.4 * n) + rng.gauss(0, 3)))
            )
            teamwork = round(min(98, max(60, level + 4 + rng.gauss(0, 4))))
            band = "high" if knowledge >= 85 else "middle" if knowledge >= 72 else "low"
            self.desk.rate_staff(username, month, teamwork, knowledge, rng.choice(RATED[band]))
            yield Then(self.minutes(2, 8), "manager")
