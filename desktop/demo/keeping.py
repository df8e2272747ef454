"""What the desk keeps and hands over: couriers drop the day's parcels in a batch or two
(busiest after Double 11, after 618 and before the Spring Festival, when most carriers then
stop for a week), residents collect them in the evening by their pickup code, a few by ID or
by sight, a few late or never (returned after a week); riders get a quick pass; the desk
lends its wheelchairs, umbrellas, tool kit and trolley and the keys it keeps for flats; flats
leave standing instructions (away for a while, a cleaner let in, a person not to admit); and
the shift is handed over twice a day, at 15:00 and at night, and acknowledged by the next
clerk."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import accumulate

from desktop.demo.base import DemoBase
from desktop.demo.timeline import Story, Then, Urn
from desktop.demo.world import Home, demo_data, poisson
from desktop.usecases.handover import attach_checklist
from projections.catalogue import open_read_models

# Carriers by their share of a community's parcels, and how each one's waybills look.
CARRIERS = {"中通": 22, "圆通": 17, "韵达": 14, "极兔": 11, "顺丰": 13, "京东": 15, "邮政": 8}
WAYBILLS = {
    "顺丰": ("SF", 13),
    "中通": ("78", 12),
    "圆通": ("YT", 13),
    "韵达": ("43", 11),
    "京东": ("JDVA", 11),
    "极兔": ("JT", 13),
    "邮政": ("98", 11),
}
WEEKDAYS = (1.15, 1.05, 1.0, 1.0, 1.0, 0.9, 0.75)
PICKUP = {"code": 82, "id_check": 7, "known_resident": 6, "late": 3, "return": 2}
RETURNED = (
    "超过保管期限7天未取，电话未接通，退回快递员",
    "住户电话告知拒收，退回快递员",
    "保管超期，住户同意退回",
)
RIDERS = {
    "美团外卖": 30,
    "饿了么": 22,
    "顺丰同城": 8,
    "闪送": 6,
    "达达快送": 5,
    "京东到家": 6,
    "盒马鲜生": 6,
    "叮咚买菜": 6,
    "京东物流": 5,
    "肯德基宅急送": 3,
}
LENDABLE = (  # name, kind, loans a month, how long a loan lasts (hours)
    ("轮椅1号", "wheelchair", 2.0, (20, 150)),
    ("轮椅2号", "wheelchair", 1.5, (20, 150)),
    ("爱心雨伞1", "umbrella", 2.5, (12, 40)),
    ("爱心雨伞2", "umbrella", 2.5, (12, 40)),
    ("爱心雨伞3", "umbrella", 2.0, (12, 40)),
    ("工具箱", "tools", 3.0, (1, 4)),
    ("手推车", "trolley", 4.0, (0.5, 2)),
)
AWAY = ("出差，快递代收", "回老家探亲，快递代收，门口请多留意", "外出旅游，快递代收")
NOTES = ("业主行动不便，快递可送货上门", "家中有婴儿，来访请勿按门铃，先电话联系")
BARRED = ("业主要求：此人多次上门纠缠，不予放行，来访请告知业主", "家庭纠纷，业主要求不得放行")
HANDOVER_NOTES = (
    "C架已满，新到快递放D架",
    "打印机标签纸已补，备用一卷在柜子里",
    "{unit} 业主来电说晚上来取快递，请留意",
    "{unit} 家属明天上午来借轮椅，已预留1号",
    "电梯维保明天上午，已在各单元张贴通知",
    "今日快递较多，部分住户已电话提醒",
    "监控室反映东门门禁偶尔失灵，已报工程部",
    "{unit} 有访客仍在，已确认下午离开",
)
CHECKED = {
    "parcel_waiting": "已核对货架",
    "item_out": "已确认归还时间",
    "visitor_on_site": "已核对通行证",
    "instruction": "已知悉",
}


@dataclass
class Kept:
    """A parcel on the shelf, as the generator remembers it."""

    id: str
    code: str
    home: Home
    to_return: bool = False


@dataclass
class Lendable:
    id: str
    name: str
    rate: float  # loans a month
    hours: tuple[float, float]
    out: bool = False


@dataclass
class Shelf:
    """The generator's memory of what the desk keeps."""

    waiting: dict[str, list[Kept]] = field(default_factory=dict)  # household id: parcels
    shoppers: dict[str, float] = field(default_factory=dict)  # household id: how much it buys
    away: dict[str, date] = field(default_factory=dict)  # household id: back on
    items: list[Lendable] = field(default_factory=list)
    keys: list[tuple[str, Home, str]] = field(default_factory=list)  # item id, flat, who
    picks: tuple[date, list[Home], list[float]] | None = None


class KeepingStories(DemoBase):
    shelf: Shelf
    pickup_urn: Urn
    peaks: dict[date, float]

    def open_shelf(self) -> None:
        """The desk's items, and the read models the handover checklist reads (caught up
        at each handover, twice a day, never per command)."""
        self.shelf = Shelf()
        self.pickup_urn = Urn(self.rng, PICKUP)
        self.peaks = self.parcel_peaks()
        attach_checklist(self.desk, open_read_models(self.desk, catch_up=False))
        second = self.first_day + timedelta(days=1)  # the files are entered on the first day
        self.timeline.start(self.local(second, time(10, 30)), "clerk", self.add_items())

    def parcel_peaks(self) -> dict[date, float]:
        """Double 11's parcels come in the week after it, 618's after it; the weeks before
        the Spring Festival are busy, its week quiet (most carriers stop), the days after it
        catch up."""
        factors: dict[date, float] = {}
        festivals = demo_data("activities")["festivals"]["spring_festival"]
        for year in range(self.first_day.year, self.until.year + 1):
            for start, shape in (
                (date(year, 11, 11), (1.5, 2.6, 3.0, 2.8, 2.4, 2.0, 1.6, 1.3)),
                (date(year, 6, 18), (1.4, 2.2, 2.4, 2.0, 1.5, 1.2)),
                (date(year, 12, 12), (1.3, 1.6, 1.4)),
            ):
                for n, factor in enumerate(shape):
                    factors[start + timedelta(days=n)] = factor
            if str(year) in festivals:
                eve = date.fromisoformat(festivals[str(year)]) - timedelta(days=1)
                for n in range(-24, 13):
                    factor = 1.7 if n < -7 else 0.8 if n < 0 else 0.2 if n < 8 else 1.6
                    factors[eve + timedelta(days=n)] = factor
        return factors

    def plan_keeping(self, day: date) -> None:
        """The day's courier drops, quick passes, loans, instructions and handovers."""
        rng, start = self.rng, self.timeline.start
        homes = len(self.living)
        mean = self.scale.parcels * homes * WEEKDAYS[day.weekday()] * self.peaks.get(day, 1.0)
        drops: dict[str, int] = {}
        for carrier in rng.choices(list(CARRIERS), list(CARRIERS.values()), k=poisson(rng, mean)):
            drops[carrier] = drops.get(carrier, 0) + 1
        for carrier, n in drops.items():
            rounds = 2 if n > 12 else 1  # a busy carrier comes morning and afternoon
            for r in range(rounds):
                when = self.at(day, *((time(9), time(11, 30)), (time(13, 30), time(17)))[r])
                start(when, "clerk", self.courier_drop(carrier, n // rounds + (r < n % rounds)))
        weekend = day.weekday() >= 5
        for _ in range(poisson(rng, self.scale.deliveries * homes * (1.3 if weekend else 1.0))):
            meal = rng.choice(((time(11), time(12, 45)), (time(17, 30), time(19, 45)), None))
            when = self.at(day, *(meal or (time(9), time(20, 15))))
            start(when, "clerk", self.quick_pass())
        for item in self.shelf.items:
            if rng.random() < item.rate / 30 * (
                1.8 if item.name.startswith("爱心雨伞") and day.month in (6, 7, 8, 9) else 1.0
            ):
                start(self.at(day, time(8, 30), time(19)), "clerk", self.lend(item))
        for item_id, home, person in self.shelf.keys:
            if rng.random() < (0.3 if person else 0.04):  # the cleaner, most weekdays
                start(
                    self.at(day, time(8, 40), time(10)),
                    "clerk",
                    self.lend_key(item_id, home, person),
                )
        if rng.random() < self.scale.away * homes * (2.5 if day.month in (1, 2, 10) else 1.0):
            start(self.at(day, time(9), time(19)), "clerk", self.going_away(day))
        start(self.at(day, time(14, 48), time(14, 58)), "clerk", self.hand_over(time(15)))
        night = self.local(day + timedelta(days=1), time(7, 45))
        start(self.at(day, time(21, 30), time(21, 55)), "clerk", self.hand_over(night))
        if day == self.until - timedelta(days=5):
            start(self.at(day, time(9), time(10)), "clerk", self.courier_drop("韵达", 2, late=True))
        if day == self.until - timedelta(days=4):
            start(self.at(day, time(10), time(11)), "clerk", self.lend(None, overdue=True))

    # --- parcels --------------------------------------------------------------------------

    def parcel_home(self) -> Home | None:
        """A household that is sent parcels: some shop online far more than others."""
        shelf, today = self.shelf, self.today()
        if shelf.picks is None or shelf.picks[0] != today:
            homes = list(self.living)
            weights = [
                shelf.shoppers.setdefault(h.id, self.rng.choice((0.3, 0.6, 1, 1, 1.5, 2.5, 4)))
                for h in homes
            ]
            shelf.picks = (today, homes, list(accumulate(weights)))
        _, homes, totals = shelf.picks
        for _ in range(5):
            home = self.rng.choices(homes, cum_weights=totals)[0] if homes else None
            if home is not None and home.living:
                return home
        return None

    def waybill(self, carrier: str) -> str:
        prefix, digits = WAYBILLS[carrier]
        return f"{prefix}{self.rng.randrange(10 ** (digits - 1), 10**digits)}"

    def courier_drop(self, carrier: str, count: int, late: bool = False) -> Story:
        """A courier hands over a batch: scan, the flat, Enter, and the label on the shelf;
        `late`: parcels not collected before the story stops."""
        rng, desk = self.rng, self.desk
        for _ in range(count):
            home = self.parcel_home()
            if home is None:
                return
            flat = home.flat
            shelf = f"{'ABCD'[(flat.building - 1) % 4]}-{rng.randint(1, 12):02d}"
            recipient = rng.choice(home.people).name if rng.random() < 0.3 else ""
            parcel_id = desk.receive_parcel(
                flat.number, carrier, self.waybill(carrier), shelf, recipient=recipient
            )
            self.report.parcels += 1
            kept = Kept(parcel_id, desk.get_parcel(parcel_id).pickup_code, home)
            self.shelf.waiting.setdefault(home.id, []).append(kept)
            self.plan_pickup(kept, "uncollected" if late else self.pickup_urn.draw())
            yield Then(timedelta(seconds=rng.uniform(12, 40)))

    def plan_pickup(self, kept: Kept, outcome: str) -> None:
        rng, today = self.rng, self.today()
        if outcome == "return":
            kept.to_return = True
            refused = rng.random() < 0.3
            days = rng.randint(0, 1) if refused else rng.randint(7, 8)
            when = self.at(today + timedelta(days=days), time(9), time(17))
            self.timeline.start(
                self.timeline.office(max(when, self.clock.now() + self.minutes(30, 90))),
                "clerk",
                self.send_back(kept, RETURNED[1] if refused else RETURNED[0]),
            )
            return
        if outcome in ("late", "uncollected"):  # reminded after 3 days; or not back yet
            days = rng.randint(4, 7) if outcome == "late" else rng.randint(8, 10)
        else:
            days = rng.choices((0, 1, 2), (45, 38, 17))[0]
        back = self.shelf.away.get(kept.home.id)
        if back is not None and back >= today:
            days = (back - today).days + rng.randint(0, 1)
        day = today + timedelta(days=days)
        window = ((time(17, 30), time(20, 25)), (time(12), time(13, 30)), (time(8), time(9)))
        low, high = (
            (time(9, 30), time(20)) if day.weekday() >= 5 else rng.choices(window, (6, 2, 2))[0]
        )
        when = max(self.at(day, low, high), self.clock.now() + self.minutes(20, 90))
        proof = outcome if outcome in ("id_check", "known_resident") else "code"
        self.timeline.start(self.timeline.office(when), "clerk", self.collect(kept.home, proof))

    def collect(self, home: Home, proof: str) -> Story:
        """Someone from the flat collects everything waiting for it."""
        waiting = [k for k in self.shelf.waiting.get(home.id, []) if not k.to_return]
        if not waiting:
            return
        if not home.living:
            for kept in waiting:
                yield from self.send_back(kept, "住户已搬离，退回快递员")
            return
        who = self.rng.choice(home.people).name
        for kept in waiting:
            if kept not in self.shelf.waiting[home.id]:  # collected meanwhile
                continue
            self.desk.pick_up_parcel(kept.code if proof == "code" else kept.id, who, proof)
            self.shelf.waiting[home.id].remove(kept)
            yield Then(timedelta(seconds=self.rng.uniform(8, 25)))

    def send_back(self, kept: Kept, reason: str) -> Story:
        waiting = self.shelf.waiting.get(kept.home.id, [])
        if kept in waiting:
            self.desk.return_parcel(kept.id, reason)
            waiting.remove(kept)
        yield from ()

    # --- riders ---------------------------------------------------------------------------

    def quick_pass(self) -> Story:
        """A rider's quick pass: the flat, the company, a phone; in and out within the half
        hour, now and then a little late."""
        rng, home = self.rng, self.pick_home()
        if home is None:
            return
        phone = f"1{rng.choice('3578')}{rng.randrange(10**9):09d}"
        pass_id = self.desk.register_delivery(
            home.flat.number,
            rng.choices(list(RIDERS), list(RIDERS.values()))[0],
            phone[-4:] if rng.random() < 0.4 else phone,
            rng.choices(("order_shown", "intercom", "phone"), (75, 15, 10))[0],
            check_in=True,
        )
        self.report.visitors += 1
        yield Then(
            self.minutes(4, 22) if rng.random() < 0.93 else self.minutes(31, 45), anytime=True
        )
        self.desk.check_out(pass_id)

    # --- items and instructions -----------------------------------------------------------

    def add_items(self) -> Story:
        """The desk's lendable items, and keys and a card kept for flats whose cleaner or
        relative may take them; a few flats' other instructions."""
        desk, rng, shelf = self.desk, self.rng, self.shelf
        for name, kind, rate, hours in LENDABLE:
            shelf.items.append(Lendable(desk.add_item(name, kind), name, rate, hours))
            yield Then(self.minutes(0.5, 2))
        homes = [h for h in self.living if h.flat.kind == "residential"]
        chosen = rng.sample(homes, min(len(homes), 7))
        for n, home in enumerate(chosen[:3]):
            unit = home.flat.number
            kind = "card" if n == 2 else "key"
            item_id = desk.add_item(
                f"{unit} {'门禁卡' if kind == 'card' else '备用钥匙'}", kind, unit
            )
            person = ""
            if n < 2:
                person = self.people.person(
                    "other", self.today().year - rng.randint(35, 60), self.today()
                ).name
                note = (
                    "保洁阿姨，每周来打扫，可取备用钥匙" if n == 0 else "业主亲属，可代取钥匙和快递"
                )
                desk.set_instruction(unit, "permission_to_enter", person, note)
            shelf.keys.append((item_id, home, person))
            yield Then(self.minutes(1, 4))
        for home, note in zip(chosen[3:5], BARRED, strict=False):
            person = self.people.person(
                "other", self.today().year - rng.randint(30, 55), self.today()
            ).name
            desk.set_instruction(home.flat.number, "do_not_admit", person, note)
            yield Then(self.minutes(1, 4))
        for home, note in zip(chosen[5:], NOTES, strict=False):
            desk.set_instruction(home.flat.number, "note", note=note)
            yield Then(self.minutes(1, 4))

    def lend(self, item: Lendable | None, overdue: bool = False) -> Story:
        """An item lent to a resident and brought back (an umbrella now and then late);
        `overdue`: one lent at the year's end and not yet back."""
        rng, home = self.rng, self.pick_home(lambda h: h.flat.kind == "residential")
        free = [i for i in self.shelf.items if not i.out]
        if overdue and free:
            item = free[0]
        if item is None or item.out or home is None:
            return
        hours = self.hours(*item.hours) if not overdue else timedelta(hours=30)
        due = self.clock.now() + hours
        self.desk.lend_item(
            item.id, home.flat.number, rng.choice(home.people).name, due.isoformat()
        )
        item.out = True
        if overdue:
            return
        late = rng.random() < 0.08
        yield Then(hours * rng.uniform(0.4, 0.95) + (self.hours(6, 30) if late else timedelta()))
        self.desk.return_item(item.id)
        item.out = False

    def lend_key(self, item_id: str, home: Home, person: str) -> Story:
        """The cleaner (or, now and then, a member who forgot theirs) takes the flat's key."""
        if not home.living or home.flat.home is not home:
            return
        who = person or self.rng.choice(home.people).name
        due = self.clock.now() + self.hours(2, 4)
        self.desk.lend_item(item_id, home.flat.number, who, due.isoformat())
        yield Then(self.hours(1.5, 3.5))
        self.desk.return_item(item_id)

    def going_away(self, day: date) -> Story:
        """A household away for a while: the desk keeps its parcels till it is back."""
        home = self.pick_home(lambda h: h.id not in self.shelf.away or self.shelf.away[h.id] < day)
        if home is None:
            return
        back = day + timedelta(days=self.rng.randint(4, 24))
        instruction = self.desk.set_instruction(
            home.flat.number, "away", note=self.rng.choice(AWAY), until=back.isoformat()
        )
        self.shelf.away[home.id] = back
        if self.rng.random() < 0.15:  # home early
            early = back - timedelta(days=self.rng.randint(1, 3))
            yield Then(self.at(early, time(9), time(18)) - self.clock.now())
            self.desk.end_instruction(instruction)
            self.shelf.away[home.id] = self.today()

    # --- the handover ---------------------------------------------------------------------

    def hand_over(self, taken_over: time | datetime) -> Story:
        """The outgoing clerk hands over the open matters; the next one takes over at 15:00
        or the next morning, now and then item by item."""
        rng, desk = self.rng, self.desk
        note = ""
        if rng.random() < 0.45:
            unit = self.pick_home()
            note = rng.choice(HANDOVER_NOTES).format(unit=unit.flat.number if unit else "")
        handover_id = desk.hand_over_shift(note)
        self.report.handovers += 1
        at = (
            taken_over if isinstance(taken_over, datetime) else self.local(self.today(), taken_over)
        )
        wait = max(at + self.minutes(0.5, 20) - self.clock.now(), timedelta(seconds=30))
        yield Then(wait, anytime=True)
        items = desk.get_handover(handover_id).items
        if items and rng.random() < 0.12:
            for index in sorted(rng.sample(range(len(items)), min(len(items), rng.randint(1, 3)))):
                desk.acknowledge_handover(
                    handover_id, index, CHECKED.get(items[index]["kind"], "已知悉")
                )
                yield Then(timedelta(seconds=rng.uniform(15, 60)), anytime=True)
        desk.acknowledge_handover(handover_id)
