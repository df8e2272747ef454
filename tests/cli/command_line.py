"""`frontdesk` run in this process, as the tests of the command line drive it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from domain import FrontDesk, SimulatedClock
from domain.store import store_env
from tests.conftest import TEST_SCRYPT_COST
from tests.support import PASSWORD


class Cli:
    """`frontdesk` run in this process on a copy of the store, as FRONTDESK_OPERATOR."""

    def __init__(self, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.folder = folder
        self.capsys = capsys
        self.batches = 0

    @property
    def folder_url(self) -> str:
        return f"sqlite:///{self.folder / 'desk.sqlite'}"

    def run(self, *argv: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main(list(argv))
        out, err = self.capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err

    def apply(self, *lines: str | bytes) -> tuple[int, list[dict[str, Any]], str]:
        self.batches += 1
        batch = self.folder / f"batch-{self.batches}.jsonl"
        batch.write_bytes(
            b"".join((text if isinstance(text, bytes) else text.encode()) + b"\n" for text in lines)
        )
        code, out, err = self.run("apply", str(batch))
        return code, [json.loads(text) for text in out.splitlines()], err

    def events(self) -> int:
        code, out, _ = self.run("history", "--json")
        assert code == 0
        return len(out.splitlines())

    def history(self) -> list[dict[str, Any]]:
        code, out, _ = self.run("history", "--json")
        assert code == 0
        return [json.loads(text) for text in out.splitlines()]


def set_up_community(
    folder: Path, clock: SimulatedClock | None = None, url: str | None = None
) -> FrontDesk:
    """A store in `folder` (desk.sqlite), or at `url`: 阳光花园 with its admin signed in, 李娜
    at the desk, 3-2-1502 and 3-2-1601 registered. The desk is left open for what a test
    adds."""
    desk = FrontDesk(
        store_env(url or f"sqlite:///{folder / 'desk.sqlite'}"),
        clock=clock,
        password_cost=TEST_SCRYPT_COST,
    )
    desk.initialise("admin", "系统管理员", PASSWORD, community="阳光花园")
    desk.sign_in("admin", PASSWORD)
    desk.add_staff("clerk1", "李娜", "clerk", PASSWORD)
    desk.register_unit("3-2-1502", area_m2="89.5")
    desk.register_unit("3-2-1601", area_m2="89.5")
    return desk


def use_a_copy(set_up: Path, folder: Path, monkeypatch: pytest.MonkeyPatch, *kept: str) -> None:
    """The set-up store (and the files named in `kept`) copied into `folder`, and the
    command line pointed at the copy, signed in as admin."""
    for name in [stored.name for stored in set_up.glob("desk.sqlite*")] + list(kept):
        (folder / name).write_bytes((set_up / name).read_bytes())
    monkeypatch.setenv("FRONTDESK_STORE", f"sqlite:///{folder / 'desk.sqlite'}")
    monkeypatch.setenv("FRONTDESK_PASSWORD", PASSWORD)
    monkeypatch.setenv("FRONTDESK_OPERATOR", "admin")
    monkeypatch.delenv("FRONTDESK_KEY", raising=False)
