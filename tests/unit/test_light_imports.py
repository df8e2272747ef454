"""Reading a value or a message does not start the application.

`domain.values` and `domain.messages` are what the command line, the documents and the
desk reach for first; importing them must not load the FrontDesk application, its store
drivers or the user-folder lookup. Each check runs in a fresh interpreter, through the
same public imports the rest of the tree uses.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("psycopg", "eventsourcing.postgres", "platformdirs", "domain.application")


def loaded_after(code: str) -> set[str]:
    """The modules of `HEAVY` a fresh interpreter holds after running `code`."""
    script = (
        f"{code}\nimport json, sys\nprint(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout.splitlines()[-1]))


@pytest.mark.parametrize(
    "code",
    [
        "import domain.values",
        "import domain.messages",
        "from domain import errors, values",
        "from domain.messages import render",
        "from domain import SimulatedClock",
    ],
)
def test_a_value_or_a_message_loads_no_application_nor_store(code: str) -> None:
    assert loaded_after(code) == set()


def test_asking_for_the_application_still_loads_it() -> None:
    assert "domain.application" in loaded_after("from domain import FrontDesk")


def test_the_package_hands_out_the_names_its_modules_define() -> None:
    import domain
    from domain import (
        ConflictError,
        DomainError,
        FrontDesk,
        SimulatedClock,
        SystemClock,
        store_env,
        store_url,
    )
    from domain.application import FrontDesk as composed
    from domain.clock import SimulatedClock as simulated
    from domain.clock import SystemClock as system
    from domain.errors import ConflictError as conflict
    from domain.errors import DomainError as refusal
    from domain.store import store_env as env_of
    from domain.store import store_url as url_of

    assert (FrontDesk, SimulatedClock, SystemClock) == (composed, simulated, system)
    assert (ConflictError, DomainError, store_env, store_url) == (conflict, refusal, env_of, url_of)
    assert set(domain.__all__) <= set(dir(domain))
    with pytest.raises(AttributeError):
        domain.NoSuchThing  # noqa: B018
