"""A store that already holds dates at the ends of the calendar still opens and reads.

Such events can no longer be typed in (the desk refuses implausible dates), but stores
written before that check may hold them, and events cannot be removed: a move-in on
9999-12-31, a contract from 0001-01-01 to 0001-01-02, activities in years 1 and 9999,
and commands recorded at 9999-12-31T23:59:59Z. Every read, `forget`, `rebuild`, `verify`
and the next command at every desk must still work.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.cli import main
from domain import FrontDesk, SimulatedClock
from domain.activities import Activity
from domain.contracts import Contract
from domain.households import Household
from domain.store import store_env
from domain.values import Member, UnitNumber
from tests.conftest import SHANGHAI, TEST_SCRYPT_COST
from tests.support import PASSWORD, member, resident_id

END_OF_TIME = datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)


def _bypassing_checks(desk: FrontDesk, far: str = "3-2-1502", early: str = "3-2-1601") -> None:
    """Records what older versions of the desk let through, past today's input checks: a
    household moving into `far` on 9999-12-31, one into `early` in year 1 with contracts
    from 0001-01-01 and to 9999-12-31, and activities in years 1 and 9999."""
    with desk._running("desk_work"):
        place = desk.get_unit(far)
        household = Household(
            unit=UnitNumber.parse(far),
            members=[Member.from_input(member())],
            ownership="owner",
            move_in_date=date(9999, 12, 31),
            vehicles=[],
        )
        place.occupy(household.id)
        desk._save(place, household)
    with desk._running("desk_work"):
        place = desk.get_unit(early)
        first = Household(
            unit=UnitNumber.parse(early),
            members=[Member.from_input(member("王芳", id_number=resident_id(sequence="002")))],
            ownership="tenant",
            move_in_date=date(1, 1, 1),
            vehicles=[],
        )
        place.occupy(first.id)
        contract = Contract(
            unit=place.unit,
            household_id=str(first.id),
            kind="service",
            start=date(1, 1, 1),
            end=date(1, 1, 2),
            monthly_fee=Decimal("100.00"),
            deposit=Decimal("0.00"),
        )
        place.attach_contract(contract_id=str(contract.id), kind="service")
        far_contract = Contract(
            unit=place.unit,
            household_id=str(first.id),
            kind="parking",
            start=date(2026, 1, 1),
            end=date(9999, 12, 31),
            monthly_fee=Decimal("100.00"),
            deposit=Decimal("0.00"),
        )
        place.attach_contract(contract_id=str(far_contract.id), kind="parking")
        desk._save(place, first, contract, far_contract)
    for starts, ends in (
        (datetime(1, 1, 1, tzinfo=UTC), datetime(1, 1, 1, 2, tzinfo=UTC)),
        (datetime(9999, 12, 31, 20, tzinfo=UTC), END_OF_TIME),
    ):
        with desk._running("desk_work"):
            activity = Activity(
                title="灯谜",
                kind="festival",
                starts_at=starts,
                ends_at=ends,
                place="会所",
                capacity=10,
            )
            desk._save(activity)


@pytest.fixture(scope="module")
def extreme_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("extreme")
    url = f"sqlite:///{folder / 'desk.sqlite'}"
    clock = SimulatedClock(datetime(2026, 3, 2, 9, 0, tzinfo=SHANGHAI))
    desk = FrontDesk(store_env(url), clock=clock, password_cost=TEST_SCRYPT_COST)
    desk.initialise("admin", "系统管理员", PASSWORD, community="阳光花园")
    desk.sign_in("admin", PASSWORD)
    desk.add_staff("clerk1", "李娜", "clerk", PASSWORD)
    desk.register_unit("3-2-1502", area_m2="89.5")
    desk.register_unit("3-2-1601", area_m2="89.5")
    _bypassing_checks(desk)
    # A batch line of old once stamped the store's clock at the very end of the calendar.
    clock.set(END_OF_TIME)
    desk.register_unit("3-2-1701", area_m2="89.5")
    desk.close()
    return folder


@pytest.fixture
def store(extreme_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    for stored in extreme_store.glob("desk.sqlite*"):
        (tmp_path / stored.name).write_bytes(stored.read_bytes())
    monkeypatch.setenv("FRONTDESK_STORE", f"sqlite:///{tmp_path / 'desk.sqlite'}")
    monkeypatch.setenv("FRONTDESK_PASSWORD", PASSWORD)
    monkeypatch.setenv("FRONTDESK_OPERATOR", "admin")
    yield tmp_path


READS = [
    ["residents"],
    ["residents", "--json"],
    ["resident-file", "3-2-1502"],
    ["resident-file", "3-2-1601"],
    ["visitors"],
    ["incidents"],
    ["incidents", "--open"],
    ["emergency-log"],
    ["emergency-log", "--from", "0001-01-01", "--to", "9999-12-31"],
    ["renewals"],
    ["renewals", "--within", "3650000"],
    ["kpis"],
    ["kpis", "--month", "9999-12"],
    ["incidents", "--as-of", "2026-03-02T10:00"],
    ["residents", "--as-of", "9999-12-30T00:00:00+00:00"],
    ["activities"],
    ["history"],
    ["history", "--json"],
    ["timeline", "3-2-1502"],
    ["forget"],
    ["rebuild"],
    ["verify"],
]


@pytest.mark.parametrize("argv", READS, ids=[" ".join(a) for a in READS])
def test_every_read_works_on_a_store_holding_the_ends_of_the_calendar(
    store: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(argv)

    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Traceback" not in out + err
    assert err == ""


def test_the_next_command_at_any_desk_still_records(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """After an event stamped 9999-12-31, a reported leak still gets its deadlines."""
    batch = store / "after.jsonl"
    leak = {
        "kind": "emergency",
        "category": "gas_leak",
        "severity": "emergency",
        "location": "5号楼1单元",
        "description": "楼道里煤气味很重",
        "reporter": "张伟",
    }
    minor = {**leak, "kind": "repair", "category": "plumbing", "severity": "minor"}
    batch.write_text(
        "\n".join(
            json.dumps({"command": "report_incident", "args": args}, ensure_ascii=False)
            for args in (leak, minor)
        )
        + "\n",
        encoding="utf-8",
    )

    code = main(["apply", str(batch)])

    out, err = capsys.readouterr()
    assert code == 0, out + err
    outcomes = [json.loads(text) for text in out.splitlines()]
    assert [o["ok"] for o in outcomes] == [True, True]
    assert all(o["resolve_by"] >= o["respond_by"] for o in outcomes)
    assert main(["incidents", "--open"]) == 0
    assert main(["verify"]) == 0
