"""The retention rule and the written-down head from the command line, as an admin or an
auditor would use them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from domain import FrontDesk, SimulatedClock
from domain.personal_data import ERASED
from tests.support import PASSWORD, resident_id

pytestmark = pytest.mark.slow

PROJECT = Path(__file__).resolve().parents[2]


def frontdesk(url: str, *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FRONTDESK_STORE": url, "FRONTDESK_PASSWORD": PASSWORD}
    ran = subprocess.run(
        [sys.executable, "-m", "desktop.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        cwd=PROJECT,
        timeout=120,
    )
    assert "Traceback" not in ran.stderr, ran.stderr
    if ok:
        assert ran.returncode == 0, ran.stderr
    return ran


@pytest.fixture
def past_visit(desk: FrontDesk, clock: SimulatedClock, zhang_wei: str) -> str:
    """A visit in March 2026: its retention period is long over by the wall clock."""
    pass_id = desk.register_visitor(
        "3-2-1502",
        "刘洋",
        "resident_id",
        resident_id(sequence="318"),
        "13900139000",
        "探亲",
        "guest",
    )
    desk.confirm_host(pass_id)
    desk.issue_pass(pass_id)
    desk.check_in(pass_id)
    clock.advance(timedelta(hours=2))
    desk.check_out(pass_id)
    return pass_id


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_forget_from_the_command_line(store_url: str, desk: FrontDesk, past_visit: str) -> None:
    shown = json.loads(frontdesk(store_url, "retention", "--json", "--operator", "clerk1").stdout)
    assert shown == {"visitor_days": 180, "resident_days": 180}
    refused = frontdesk(
        store_url, "retention", "--visitors", "90", "--operator", "clerk1", ok=False
    )
    assert refused.returncode != 0
    assert "may not set how long personal data is kept" in refused.stderr
    frontdesk(store_url, "retention", "--visitors", "90", "--operator", "admin")
    assert "90 days" in frontdesk(store_url, "retention", "--operator", "auditor1").stdout

    done = json.loads(frontdesk(store_url, "forget", "--json", "--operator", "clerk1").stdout)

    assert done == {"visitors": 1, "households": 0, "incidents": 0, "contacts": 0}
    desk.sign_in("clerk1", PASSWORD)
    assert desk.get_pass(past_visit).name == ERASED
    again = frontdesk(store_url, "forget", "--operator", "clerk1").stdout
    assert "0 visitors" in again
    listed = frontdesk(store_url, "visitors", "--operator", "clerk1").stdout
    assert "刘洋" not in listed and "erased" in listed


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_verify_against_a_head_written_down(
    store_url: str, desk: FrontDesk, zhang_wei: str
) -> None:
    [report] = [
        json.loads(frontdesk(store_url, "verify", "--json", "--operator", "auditor1").stdout)
    ]
    written = f"{report['head_position']}:{report['head_digest']}"
    desk.update_contact(zhang_wei, "张伟", "13700137000", "换号")

    assert frontdesk(store_url, "verify", "--expect", written, "--operator", "auditor1")

    wrong = f"{report['head_position']}:{'0' * 64}"
    ran = frontdesk(store_url, "verify", "--expect", wrong, "--operator", "auditor1", ok=False)
    assert ran.returncode == 1 and f"#{report['head_position']}" in ran.stdout
    typo = frontdesk(store_url, "verify", "--expect", "12:abc", "--operator", "auditor1", ok=False)
    assert typo.returncode != 0 and "POSITION:DIGEST" in typo.stderr
