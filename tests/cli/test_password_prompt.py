"""A command run where no password can be typed (a script, input closed) and none is set in
FRONTDESK_PASSWORD says the password is missing: no "something unexpected went wrong"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from domain import FrontDesk

pytestmark = pytest.mark.slow

PROJECT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_no_password_to_read_is_said_plainly(desk: FrontDesk, store_url: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "FRONTDESK_PASSWORD"}
    ran = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop.cli",
            "queue",
            "--store",
            store_url,
            "--operator",
            "clerk1",
        ],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        cwd=PROJECT,
        timeout=120,
        start_new_session=True,  # no terminal to ask on either
    )
    assert ran.returncode != 0
    assert "Please fill in password" in ran.stderr, ran.stderr
    assert "Traceback" not in ran.stderr and "unexpected" not in ran.stderr
