"""For random stories of desk commands: read models built as events arrive equal a rebuild
from scratch; a read model as of a moment equals the live one at that moment; and a run
that crashes part way and restarts ends exactly where an uninterrupted run does."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain import FrontDesk, SimulatedClock, errors
from projections import runner
from projections.catalogue import ALL_MODELS
from projections.past import past_of
from projections.runner import ReadModels
from projections.time_travel import read_models_as_of
from tests.conftest import SHANGHAI, open_desk
from tests.support import (
    PASSWORD,
    STAFF,
    member,
    postgres_reachable,
    postgres_schema,
    postgres_url,
    resident_id,
)

pytestmark = pytest.mark.slow

UNITS = ("3-2-1501", "3-2-1502", "3-2-1601", "5-1-0301")
NAMES = ("张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊")


def dump(
    models: ReadModels, of: Callable[[str], str] = lambda table: table
) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every read model (`of=past_of`: every version kept of it, with when it
    was current), in a stable order."""
    with models.reading() as db:
        return {
            of(table): sorted(
                tuple(sorted((k, repr(v)) for k, v in row.items()))
                for row in db.all(f"SELECT * FROM {of(table)}")
            )
            for table in models.tables
        }


class Story:
    """Plays random desk actions; refusals are part of the story and store nothing."""

    def __init__(self, desk: FrontDesk, clock: SimulatedClock) -> None:
        self.desk, self.clock = desk, clock
        self.households: list[str] = []
        self.passes: list[str] = []
        self.incidents: list[str] = []
        self.contracts: list[str] = []
        self.activities: list[str] = []

    def pick(self, items: list[str], n: int) -> str | None:
        return items[n % len(items)] if items else None

    def play(self, action: str, a: int, b: int) -> None:
        d = self.desk
        hh, ps = self.pick(self.households, a), self.pick(self.passes, a)
        inc, ct = self.pick(self.incidents, a), self.pick(self.contracts, a)
        act = self.pick(self.activities, b)
        steps: dict[str, Callable[[], Any]] = {
            "move_in": lambda: self.households.append(
                d.move_in(
                    UNITS[a % 4],
                    [
                        member(
                            NAMES[b % 6],
                            phone=f"138{a:04d}{b:04d}",
                            id_number=resident_id(born=f"19{60 + b % 30}0101"),
                        )
                    ],
                    ("owner", "tenant")[b % 2],
                    d.today(),
                    [f"沪A{a}{b}{a}{b}1"[:8]] if b % 3 == 0 else [],
                )
            ),
            "move_out": lambda: hh and d.move_out(hh, d.today()),
            "contact": lambda: (
                hh
                and d.update_contact(
                    hh, d.get_household(hh).members[0].name, f"139{b:04d}{a:04d}", "更正"
                )
            ),
            "vehicle": lambda: hh and d.register_vehicle(hh, f"沪B{a}{b}{b}{a}9"[:8]),
            "callback": lambda: hh and d.record_move_in_callback(hh, 1 + b % 5),
            "visitor": lambda: self.passes.append(
                d.register_visitor(
                    UNITS[a % 4],
                    NAMES[b % 6],
                    "resident_id",
                    resident_id(born="19900101"),
                    "13900139000",
                    "探亲",
                    ("guest", "delivery", "renovation")[b % 3],
                )
            ),
            "confirm": lambda: ps and d.confirm_host(ps),
            "decline": lambda: ps and d.decline_host(ps, "不认识"),
            "issue": lambda: ps and d.issue_pass(ps, 1 + b % 4),
            "check_in": lambda: ps and d.check_in(ps),
            "check_out": lambda: ps and d.check_out(ps),
            "revoke": lambda: ps and d.revoke_pass(ps, "冒用"),
            "report": lambda: self.incidents.append(
                d.report_incident(
                    ("repair", "complaint", "emergency")[b % 3],
                    ("plumbing", "noise", "gas_leak")[b % 3],
                    ("general", "minor", "emergency")[b % 3],
                    "3号楼",
                    "情况",
                    "张伟",
                    "phone",
                    UNITS[a % 4] if a % 2 else None,
                )
            ),
            "acknowledge": lambda: inc and d.acknowledge(inc),
            "dispatch": lambda: inc and d.dispatch(inc, "维修-老王"),
            "hold": lambda: inc and d.put_on_hold(inc, "等配件"),
            "resume": lambda: inc and d.resume(inc),
            "resolve": lambda: inc and d.resolve(inc, "已处理", b % 2 == 0),
            "incident_callback": lambda: inc and d.record_callback(inc, 1 + b % 5),
            "close": lambda: inc and d.close_incident(inc),
            "reopen": lambda: inc and d.reopen(inc, "又坏了"),
            "sign": lambda: (
                hh
                and self.contracts.append(
                    d.sign_contract(
                        d.get_household(hh).unit,
                        hh,
                        ("service", "renovation")[b % 2],
                        d.today(),
                        d.today() + timedelta(days=100 + b),
                        "300",
                        "1000",
                    )
                )
            ),
            "notice": lambda: ct and d.send_renewal_notice(ct, "letter"),
            "renew": lambda: ct and d.renew_contract(ct, d.today() + timedelta(days=400 + b)),
            "deposit": lambda: ct and d.record_deposit(ct, "500"),
            "plan": lambda: self.activities.append(
                d.plan_activity(
                    "中秋游园会",
                    "festival",
                    self.clock.now() + timedelta(hours=b),
                    self.clock.now() + timedelta(hours=b + 2),
                    "会所",
                    5 + a,
                )
            ),
            "register": lambda: act and hh and d.register_household(act, hh, 1 + a % 3),
            "attend": lambda: act and hh and d.record_attendance(act, hh, 1 + b % 3),
        }
        with suppress(errors.DomainError):
            steps[action]()


ACTIONS = sorted(
    [
        "move_in",
        "move_out",
        "contact",
        "vehicle",
        "callback",
        "visitor",
        "confirm",
        "decline",
        "issue",
        "check_in",
        "check_out",
        "revoke",
        "report",
        "acknowledge",
        "dispatch",
        "hold",
        "resume",
        "resolve",
        "incident_callback",
        "close",
        "reopen",
        "sign",
        "notice",
        "renew",
        "deposit",
        "plan",
        "register",
        "attend",
    ]
)
stories = st.lists(
    st.tuples(st.sampled_from(ACTIONS), st.integers(0, 7), st.integers(0, 7), st.integers(1, 300)),
    min_size=10,
    max_size=45,
)


@contextmanager
def fresh_desk(
    kind: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[FrontDesk, SimulatedClock]]:
    clock = SimulatedClock(datetime(2026, 3, 2, 9, 0, tzinfo=SHANGHAI))
    if kind == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('story') / 'desk.sqlite'}"
        with _desk(url, clock) as desk:
            yield desk, clock
        return
    with postgres_schema() as schema, _desk(postgres_url(schema), clock) as desk:
        yield desk, clock


@contextmanager
def _desk(url: str, clock: SimulatedClock) -> Iterator[FrontDesk]:
    desk = open_desk(url, clock)
    desk.initialise("admin", "系统管理员", PASSWORD)
    desk.sign_in("admin", PASSWORD)
    for username, name, role in STAFF:
        desk.add_staff(username, name, role, PASSWORD)
    desk.sign_in("manager1", PASSWORD)
    for unit in UNITS:
        desk.register_unit(unit, unit.split("-")[0], "88.00")
    desk.sign_in("clerk1", PASSWORD)
    try:
        yield desk
    finally:
        desk.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_kind(request: pytest.FixtureRequest) -> str:
    if request.param == "postgres":
        reason = postgres_reachable()
        if reason:
            if os.environ.get("FRONTDESK_REQUIRE_POSTGRES"):
                pytest.fail(reason)
            pytest.skip(reason)
    return request.param


EXAMPLES = int(os.environ.get("FRONTDESK_STORY_EXAMPLES", "12"))
story_settings = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@story_settings
@given(story=stories)
def test_read_models_built_as_events_arrive_equal_a_rebuild(
    store_kind: str, tmp_path_factory: pytest.TempPathFactory, story: list
) -> None:
    with fresh_desk(store_kind, tmp_path_factory) as (desk, clock):
        live = ReadModels(desk, ALL_MODELS)
        play = Story(desk, clock)
        for n, (action, a, b, minutes) in enumerate(story):
            clock.advance(timedelta(minutes=minutes))
            play.play(action, a, b)
            if n % 3 == 0:
                live.catch_up(batch=1 + n % 4)
        live.catch_up()
        incremental = {**dump(live), **dump(live, past_of)}
        # Rebuilt as a desk far behind rebuilds: a big page cache, and on SQLite every batch
        # after the first decoded by a process of its own (batches kept small here, so
        # that there are several).
        with pytest.MonkeyPatch.context() as far_behind:
            far_behind.setattr(runner, "BULK_FROM", 1)
            far_behind.setattr(runner, "BULK_BATCH", 1)
            live.rebuild(batch=1 + len(story) // 3)
        assert {**dump(live), **dump(live, past_of)} == incremental
        assert live.position() == desk.event_count()


@story_settings
@given(story=stories, cut=st.integers(0, 44))
def test_a_read_model_as_of_a_moment_equals_the_live_one_then(
    store_kind: str, tmp_path_factory: pytest.TempPathFactory, story: list, cut: int
) -> None:
    with fresh_desk(store_kind, tmp_path_factory) as (desk, clock):
        live = ReadModels(desk, ALL_MODELS)
        play = Story(desk, clock)
        seen_then = None
        moment = None
        for n, (action, a, b, minutes) in enumerate(story):
            clock.advance(timedelta(minutes=minutes))
            play.play(action, a, b)
            if n == cut % len(story):
                live.catch_up()
                seen_then, moment = dump(live), clock.now()
        assert moment is not None
        with read_models_as_of(desk, moment) as then:
            assert dump(then) == seen_then
        assert live.position() <= desk.event_count()  # the live models were left as they were


@story_settings
@given(story=stories, crash_at=st.integers(1, 400), batch=st.integers(1, 50))
def test_a_run_that_crashes_and_restarts_ends_where_an_uninterrupted_one_does(
    store_kind: str,
    tmp_path_factory: pytest.TempPathFactory,
    story: list,
    crash_at: int,
    batch: int,
) -> None:
    with fresh_desk(store_kind, tmp_path_factory) as (desk, clock):
        play = Story(desk, clock)
        for action, a, b, minutes in story:
            clock.advance(timedelta(minutes=minutes))
            play.play(action, a, b)
        crashing = ReadModels(desk, ALL_MODELS)
        victim = crashing.models[crash_at % len(crashing.models)]
        applied = {"n": 0}
        real_apply = victim.apply

        def apply_then_crash(event: Any, db: Any) -> None:
            applied["n"] += 1
            if applied["n"] == crash_at:
                raise RuntimeError("the desk lost power")
            real_apply(event, db)

        victim.apply = apply_then_crash  # type: ignore[method-assign]
        with suppress(RuntimeError):
            crashing.catch_up(batch=batch)
        restarted = ReadModels(desk, ALL_MODELS)
        restarted.catch_up(batch=batch)
        after_restart = dump(restarted)
        restarted.rebuild()
        assert after_restart == dump(restarted)
