"""Every test gets a fresh store. A test runs on SQLite unless it is marked
`stores("sqlite", "postgres")` (the store's own SQL is what it tests: the ledger, the read
models, several desks on one store) or `stores("postgres")`; FRONTDESK_TEST_EVERY_STORE=1
runs every test that takes a store on both. Under pytest-xdist each worker is a process of
its own: its own Qt application, its own key folder, its own PostgreSQL schemas."""

from __future__ import annotations

import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["FRONTDESK_LANG"] = "en"
# Stores made by tests keep their master keys here, never in the user's own key folder; one
# folder per process (an xdist worker inherits its parent's environment, so a folder this
# file made there is replaced; one given from outside is kept).
if os.environ.get("FRONTDESK_KEY_DIR") in (None, os.environ.get("FRONTDESK_TEST_KEY_DIR")):
    os.environ["FRONTDESK_KEY_DIR"] = os.environ["FRONTDESK_TEST_KEY_DIR"] = tempfile.mkdtemp(
        prefix="frontdesk-test-keys-"
    )

from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from domain import FrontDesk, SimulatedClock
from domain.messages import set_language
from domain.store import store_env
from tests.support import (
    PASSWORD,
    STAFF,
    member,
    postgres_reachable,
    postgres_schema,
    postgres_url,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
TEST_SCRYPT_COST = 2**4  # the real cost is 2**14; tests need speed, not resistance


def pytest_unconfigure(config: pytest.Config) -> None:
    """The key folder this process made goes with it."""
    made = os.environ.get("FRONTDESK_TEST_KEY_DIR")
    if made and os.environ.get("FRONTDESK_KEY_DIR") == made:
        shutil.rmtree(made, ignore_errors=True)


@pytest.fixture(autouse=True)
def _english_messages() -> Iterator[None]:
    set_language("en")
    yield
    set_language(None)


STORES = ("sqlite", "postgres")


def _stores(metafunc: pytest.Metafunc) -> tuple[str, ...]:
    if os.environ.get("FRONTDESK_TEST_EVERY_STORE"):
        return STORES
    marker = metafunc.definition.get_closest_marker("stores")
    if marker is None:
        return ("sqlite",)
    unknown = set(marker.args) - set(STORES)
    if unknown or not marker.args:
        raise pytest.UsageError(f"stores() takes some of {STORES}, not {marker.args}")
    return tuple(marker.args)


def _names_store_url(marker: pytest.Mark) -> bool:
    names = marker.args[0] if marker.args else marker.kwargs.get("argnames", ())
    if isinstance(names, str):
        names = names.split(",")
    return "store_url" in [name.strip() for name in names]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test that takes a store gets one per store it is marked for (SQLite by default)."""
    if "store_url" not in metafunc.fixturenames:
        return
    if any(_names_store_url(m) for m in metafunc.definition.iter_markers("parametrize")):
        return  # the test names its stores itself
    stores = _stores(metafunc)
    if stores == ("sqlite",):
        return  # no [sqlite] in the test's name: SQLite is the default
    metafunc.parametrize(
        "store_url",
        [
            pytest.param(kind, marks=pytest.mark.postgres) if kind == "postgres" else kind
            for kind in stores
        ],
        indirect=True,
    )


@pytest.fixture
def store_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """The URL of an empty store: SQLite, or PostgreSQL for a test marked for it."""
    if getattr(request, "param", "sqlite") == "sqlite":
        yield f"sqlite:///{tmp_path / 'desk.sqlite'}"
        return
    reason = postgres_reachable()
    if reason:
        if os.environ.get("FRONTDESK_REQUIRE_POSTGRES"):
            pytest.fail(reason)
        pytest.skip(reason)
    with postgres_schema() as schema:
        yield postgres_url(schema)


@pytest.fixture
def clock() -> SimulatedClock:
    return SimulatedClock(datetime(2026, 3, 2, 9, 0, tzinfo=SHANGHAI))


def open_desk(url: str, clock: SimulatedClock, desk_name: str = "desk-1") -> FrontDesk:
    return FrontDesk(
        store_env(url), clock=clock, desk_name=desk_name, password_cost=TEST_SCRYPT_COST
    )


@pytest.fixture
def desk(store_url: str, clock: SimulatedClock) -> Iterator[FrontDesk]:
    """A set-up store with staff of every role, signed in as clerk1 (李娜)."""
    app = open_desk(store_url, clock)
    app.initialise("admin", "系统管理员", PASSWORD, community="阳光花园")
    app.sign_in("admin", PASSWORD)
    for username, name, role in STAFF:
        app.add_staff(username, name, role, PASSWORD)
    app.sign_in("clerk1", PASSWORD)
    yield app
    app.close()


@pytest.fixture
def sign_in_as(desk: FrontDesk):
    def sign_in(username: str) -> FrontDesk:
        desk.sign_in(username, PASSWORD)
        return desk

    return sign_in


@pytest.fixture
def units(desk: FrontDesk, sign_in_as) -> list[str]:
    """Three flats in building 3 and a shop in building 5."""
    sign_in_as("manager1")
    numbers = ["3-2-1501", "3-2-1502", "3-2-1601", "5-1-0101"]
    for number in numbers[:3]:
        desk.register_unit(number, "3", "89.50", "residential")
    desk.register_unit(numbers[3], "5", "120.00", "commercial")
    sign_in_as("clerk1")
    return numbers


@pytest.fixture
def zhang_wei(desk: FrontDesk, units: list[str]) -> str:
    """张伟's household, moved into 3-2-1502 with his wife and a car."""
    return desk.move_in(
        "3-2-1502",
        [member("张伟"), member("王芳", "spouse", "13987654321", id_number="310104198703150022")],
        "owner",
        "2026-03-02",
        ["沪A12345"],
    )
