"""`frontdesk history` and `timeline` as each role reads them (run in-process through
`desktop.cli.main`): a clerk cannot dump the phone book; a timeline opens from the handles
the reports show (a ticket number, a pass code, a letter's reference); times say their zone."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from desktop.cli import main
from domain import FrontDesk, SimulatedClock
from tests.support import PASSWORD, resident_id

pytestmark = pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
LI_LEI_ID = resident_id(born="19900101", sequence="777")
IN_CLEAR = ("张伟", "王芳", "13812345678", "13987654321", "沪A12345", "李雷", "13900139000")


@pytest.fixture
def day(desk: FrontDesk, zhang_wei: str, clock: SimulatedClock) -> dict[str, str]:
    """At 10:00 (Asia/Shanghai) 李雷 visits 张伟 and a leak is reported in his kitchen."""
    clock.advance(timedelta(hours=1))
    visitor = desk.register_visitor(
        "3-2-1502", "李雷", "resident_id", LI_LEI_ID, "13900139000", "探亲"
    )
    desk.confirm_host(visitor)
    desk.issue_pass(visitor)
    leak = desk.report_incident(
        "repair", "plumbing", "general", "3-2-1502 厨房", "水管漏水", "张伟", unit="3-2-1502"
    )
    contract = desk.sign_contract(
        "3-2-1502", zhang_wei, "service", "2026-03-01", "2027-02-28", "268.50"
    )
    return {"household": zhang_wei, "visitor": visitor, "leak": leak, "contract": contract}


def run(
    monkeypatch, capsys, store_url: str, *args: str, operator: str = "clerk1", code: int = 0
) -> str:
    monkeypatch.setenv("FRONTDESK_STORE", store_url)
    monkeypatch.setenv("FRONTDESK_PASSWORD", PASSWORD)
    monkeypatch.setenv("FRONTDESK_OPERATOR", operator)
    assert main(list(args)) == code
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return out if code == 0 else err


# --- who may read -------------------------------------------------------------------------


@pytest.mark.parametrize("json_lines", [[], ["--json"]])
def test_a_clerks_history_masks_every_name_phone_plate_and_id(
    monkeypatch, capsys, store_url: str, day, json_lines: list[str]
) -> None:
    out = run(monkeypatch, capsys, store_url, "history", *json_lines)
    for clear in IN_CLEAR:
        assert clear not in out, clear
    assert LI_LEI_ID not in out
    if json_lines:
        names = [json.loads(line)["data"].get("name") for line in out.splitlines()]
        assert "李*" in names


def test_a_clerks_timeline_masks_them_too(monkeypatch, capsys, store_url: str, day) -> None:
    out = run(monkeypatch, capsys, store_url, "timeline", day["household"], "--json")
    assert "张*" in out and "138****5678" in out
    for clear in IN_CLEAR:
        assert clear not in out, clear


@pytest.mark.parametrize("operator", ["auditor1", "supervisor1", "admin"])
def test_auditors_supervisors_and_admins_read_the_whole_history_in_clear(
    monkeypatch, capsys, store_url: str, day, operator: str
) -> None:
    out = run(monkeypatch, capsys, store_url, "history", "--json", operator=operator)
    for clear in IN_CLEAR:
        assert clear in out, clear
    assert LI_LEI_ID not in out  # ID numbers: masked for everyone


# --- timeline by the handles the desk shows -------------------------------------------------


def test_timeline_takes_a_ticket_number(
    monkeypatch, capsys, store_url: str, desk: FrontDesk, day
) -> None:
    ticket = desk.get_incident(day["leak"]).ticket
    assert ticket.startswith("R260302-")
    out = run(monkeypatch, capsys, store_url, "timeline", ticket, "--json")
    steps = [json.loads(line) for line in out.splitlines()]
    assert {s["aggregate_id"] for s in steps} == {day["leak"]}
    assert steps[0]["state"]["ticket"] == ticket
    lower = run(monkeypatch, capsys, store_url, "timeline", f" {ticket.lower()} ", "--json")
    assert lower == out


def test_timeline_takes_a_pass_code_and_a_letters_reference(
    monkeypatch, capsys, store_url: str, desk: FrontDesk, day
) -> None:
    code = desk.get_pass(day["visitor"]).code
    out = run(monkeypatch, capsys, store_url, "timeline", code, "--json")
    assert {json.loads(line)["aggregate_id"] for line in out.splitlines()} == {day["visitor"]}
    reference = f"{day['contract'][:8].upper()}-20260302"  # as the renewal letter prints it
    for ref in (reference, day["contract"][:8].upper()):
        out = run(monkeypatch, capsys, store_url, "timeline", ref, "--json")
        assert {json.loads(line)["aggregate_id"] for line in out.splitlines()} == {day["contract"]}


def test_an_unknown_ticket_is_named_in_the_refusal(
    monkeypatch, capsys, store_url: str, day
) -> None:
    err = run(monkeypatch, capsys, store_url, "timeline", "R260302-999", code=1)
    assert "R260302-999" in err and err.startswith("frontdesk: ")


# --- times say their zone -----------------------------------------------------------------


def test_history_and_timeline_text_say_the_zone_of_their_times(
    monkeypatch, capsys, store_url: str, day
) -> None:
    out = run(monkeypatch, capsys, store_url, "history", "--type", "VisitorPass.Registered")
    assert "2026-03-02 10:00 +08:00" in out
    out = run(monkeypatch, capsys, store_url, "timeline", day["leak"])
    assert "2026-03-02 10:00 +08:00" in out
    assert "respond_by = 2026-03-02 12:00 +08:00" in out  # a general repair: 2 hours


def test_the_zone_is_the_desks_setting_not_a_fixed_one(
    monkeypatch, capsys, store_url: str, day
) -> None:
    monkeypatch.setenv("FRONTDESK_TZ", "Europe/London")
    out = run(monkeypatch, capsys, store_url, "history", "--type", "VisitorPass.Registered")
    assert "2026-03-02 02:00 +00:00" in out and "+08:00" not in out
