"""`frontdesk demo`: a believable community, the same one for the same seed, that staff of
every role can sign in to at once. Built at the hidden "tiny" scale to stay quick."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from datetime import date, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop.cli import open_desk
from desktop.demo import DEMO_PASSWORD, DemoReport, build_demo
from domain import FrontDesk
from domain.errors import StoreAlreadyInitialisedError
from domain.history import HistoryRow
from domain.staff import Role
from domain.values import resident_id_check_digit, validate_plate

SHANGHAI = ZoneInfo("Asia/Shanghai")
UNTIL = date(2026, 3, 1)
SEED = 7
COST = 2**4  # fast password hashing; the demo's own default is the real cost


def _history(url: str) -> list[HistoryRow]:
    desk = open_desk(url, password_cost=COST)
    desk.sign_in("auditor1", DEMO_PASSWORD)
    try:
        return list(desk.history())
    finally:
        desk.close()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, DemoReport]:
    url = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.sqlite'}"
    desk = open_desk(url, password_cost=COST)
    report = build_demo(desk, seed=SEED, scale="tiny", progress=False, until=UNTIL)
    desk.close()
    return url, report


@pytest.fixture(scope="module")
def history(built: tuple[str, DemoReport]) -> list[HistoryRow]:
    return _history(built[0])


@pytest.fixture(scope="module")
def cli_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, subprocess.CompletedProcess]:
    """The real command line, run with the same seed and last day as `built`."""
    url = f"sqlite:///{tmp_path_factory.mktemp('cli') / 'demo.sqlite'}"
    command = [
        sys.executable,
        "-m",
        "desktop.cli",
        "demo",
        "--store",
        url,
        "--scale",
        "tiny",
        "--seed",
        str(SEED),
        "--until",
        UNTIL.isoformat(),
        "--password-cost",
        str(COST),
        "--quiet",
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    return url, done


def _types(rows: list[HistoryRow]) -> Counter[str]:
    return Counter(f"{row.aggregate}.{row.type}" for row in rows)


def test_a_store_already_set_up_is_refused(tmp_path: Path) -> None:
    desk = open_desk(f"sqlite:///{tmp_path / 'desk.sqlite'}", password_cost=COST)
    desk.initialise("admin", "系统管理员", "desk-pass-1", community="阳光花园")
    events = desk.event_count()
    with pytest.raises(StoreAlreadyInitialisedError):
        build_demo(desk, scale="tiny", progress=False, until=UNTIL)
    assert desk.event_count() == events


@pytest.mark.slow
def test_staff_of_every_role_sign_in_with_the_demo_password(built) -> None:
    url, report = built
    assert len(DEMO_PASSWORD) >= 8
    assert {role for _, role, _ in report.staff} == {role.value for role in Role}
    desk = open_desk(url, password_cost=COST)
    for username, role, _ in report.staff:
        assert desk.sign_in(username, DEMO_PASSWORD) == role
    desk.close()


@pytest.mark.slow
def test_it_makes_every_kind_of_record(built, history) -> None:
    _, report = built
    made = _types(history)
    expected = {
        "Unit.Registered",
        "Household.MovedIn",
        "Household.MemberAdded",
        "Household.MemberRemoved",
        "Household.ContactUpdated",
        "Household.VehicleRegistered",
        "Household.VehicleRemoved",
        "Household.MoveInCallbackRecorded",
        "Household.MovedOut",
        "Contract.Signed",
        "Contract.Amended",
        "Contract.RenewalNoticeSent",
        "Contract.Renewed",
        "Contract.Terminated",
        "Contract.BreachRecorded",
        "Contract.DepositRecorded",
        "Contract.DepositRefunded",
        "VisitorPass.Registered",
        "VisitorPass.HostConfirmed",
        "VisitorPass.HostDeclined",
        "VisitorPass.HostConfirmationWaived",
        "VisitorPass.PassIssued",
        "VisitorPass.CheckedIn",
        "VisitorPass.CheckedOut",
        "VisitorPass.PassRevoked",
        "Incident.Reported",
        "Incident.Acknowledged",
        "Incident.Dispatched",
        "Incident.ActionLogged",
        "Incident.Escalated",
        "Incident.PutOnHold",
        "Incident.Resumed",
        "Incident.Resolved",
        "Incident.CallbackRecorded",
        "Incident.Reopened",
        "Incident.Closed",
        "Activity.Planned",
        "Activity.HouseholdRegistered",
        "Activity.RegistrationCancelled",
        "Activity.AttendanceRecorded",
        "Activity.Cancelled",
    }
    assert expected <= set(made)
    kinds = Counter(row.data["kind"] for row in history if row.type == "Reported")
    assert kinds["repair"] and kinds["complaint"] and kinds["emergency"] == report.emergencies
    visits = Counter(
        row.data["kind"]
        for row in history
        if row.aggregate == "VisitorPass" and row.type == "Registered"
    )
    assert {"guest", "delivery", "renovation"} <= set(visits)
    assert report.events == len(history)
    assert report.refused == []  # every command the generator sent was one the desk accepts
    assert report.visitors == made["VisitorPass.Registered"]
    assert report.contracts == made["Contract.Signed"]
    assert f"{report.units} units" in report.summary()


@pytest.mark.slow
def test_history_moves_forward_through_the_year(built, history) -> None:
    _, report = built
    stamps = [row.timestamp for row in history]
    assert stamps == sorted(stamps)
    local = [stamp.astimezone(SHANGHAI) for stamp in stamps]
    assert local[0].date() == report.first_day and local[-1].date() == UNTIL
    desk_hours = [t for t in local if time(7, 30) <= t.time() <= time(23, 0)]
    assert len(desk_hours) > 0.99 * len(local)


@pytest.mark.slow
def test_residents_carry_valid_papers(built, history) -> None:
    url, _ = built
    desk: FrontDesk = open_desk(url, password_cost=COST)
    desk.sign_in("auditor1", DEMO_PASSWORD)
    households = [row.aggregate_id for row in history if row.type == "MovedIn"]
    relations = Counter()
    for household_id in households:
        household = desk.get_household(household_id)
        for member in household.members:
            relations[member.relation] += 1
            if member.id_type == "resident_id":
                number = member.id_number
                assert number[17] == resident_id_check_digit(number[:17])
                assert (
                    date(1930, 1, 1)
                    <= date.fromisoformat(f"{number[6:10]}-{number[10:12]}-{number[12:14]}")
                    <= UNTIL
                )
        for plate in household.vehicles:
            assert validate_plate(plate) == plate
    desk.close()
    assert relations["self"] == len(households)
    assert relations["spouse"] and relations["child"]


@pytest.mark.slow
def test_the_desk_looks_live_when_the_story_stops(history) -> None:
    passes: dict[str, str] = {}
    incidents: dict[str, str] = {}
    for row in history:
        if row.aggregate == "VisitorPass":
            passes[row.aggregate_id] = row.type
        elif row.aggregate == "Incident":
            incidents[row.aggregate_id] = row.type
    states = Counter(passes.values())
    assert states["Registered"] >= 1  # waiting for the host
    assert states["CheckedIn"] >= 1  # on site now
    assert (
        sum(
            1
            for last in incidents.values()
            if last not in ("Resolved", "CallbackRecorded", "Closed")
        )
        >= 3
    )


@pytest.mark.slow
def test_the_command_line_prints_who_can_sign_in(cli_run) -> None:
    _, done = cli_run
    assert done.returncode == 0, done.stderr
    assert DEMO_PASSWORD in done.stdout
    for username in ("admin", "clerk1", "manager1", "supervisor1", "auditor1"):
        assert username in done.stdout
    assert "events" in done.stdout


@pytest.mark.slow
def test_the_same_seed_gives_the_same_history(history, cli_run) -> None:
    url, done = cli_run
    assert done.returncode == 0, done.stderr
    again = _history(url)

    def story(rows: list[HistoryRow]) -> list[tuple]:
        return [(r.type, r.aggregate_id, r.timestamp, r.data) for r in rows]

    assert story(again) == story(history)


@pytest.mark.slow
def test_the_command_line_refuses_a_store_in_use(cli_run) -> None:
    url, _ = cli_run
    command = [sys.executable, "-m", "desktop.cli", "demo", "--store", url, "--quiet"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 1
    assert "frontdesk:" in done.stderr
