"""A long catch-up (a rebuild, a desk far behind) has its events decoded by a process of its
own while the desk writes the batch before; whatever that process cannot do, the desk does
itself, and the read models come out the same."""

from __future__ import annotations

import gc
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from domain import FrontDesk, SimulatedClock
from projections import runner
from projections.catalogue import open_read_models
from projections.past import past_of
from projections.runner import ReadModels
from tests.projections.test_consistency import dump
from tests.support import resident_id

pytestmark = pytest.mark.stores("sqlite")


def every_row(models: ReadModels) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every read model and every version kept of it."""
    return {**dump(models), **dump(models, past_of)}


def a_busy_morning(desk: FrontDesk, clock: SimulatedClock, zhang_wei: str) -> None:
    """Some sixty events: visitors for 张伟's flat, each confirmed and given a pass, and his
    phone changed now and then."""
    for n in range(15):
        clock.advance(timedelta(minutes=3))
        pass_id = desk.register_visitor(
            "3-2-1502", f"访客{n}", "resident_id",
            resident_id("440305", f"199001{1 + n % 28:02d}", f"{n:03d}"), f"1390013{n:04d}", "探亲",
        )  # fmt: skip
        desk.confirm_host(pass_id, "phone")
        desk.issue_pass(pass_id)
        if n % 5 == 0:
            desk.update_contact(zhang_wei, "张伟", f"1380013{n:04d}", "换号")


def rebuilt_in_batches(models: ReadModels, batch: int) -> None:
    with pytest.MonkeyPatch.context() as far_behind:
        far_behind.setattr(runner, "BULK_FROM", 1)
        far_behind.setattr(runner, "BULK_BATCH", 1)
        models.rebuild(batch=batch)


def counting_decodes(desk: FrontDesk) -> list[int]:
    """The positions this process decodes from now on."""
    decoded: list[int] = []
    decode: Callable[[Any], Any] = desk.decoded

    def counted(notification: Any) -> Any:
        decoded.append(notification.id)
        return decode(notification)

    desk.decoded = counted  # type: ignore[method-assign]
    return decoded


def watching_the_collector(models: ReadModels) -> list[bool]:
    """Whether the cycle collector is on, as each batch is written from now on."""
    collecting: list[bool] = []
    apply = models._apply

    def watched(batch, bulk=False):  # type: ignore[no-untyped-def]
        collecting.append(gc.isenabled())
        return apply(batch, bulk)

    models._apply = watched  # type: ignore[method-assign]
    return collecting


@pytest.fixture
def after_a_busy_morning(desk: FrontDesk, clock: SimulatedClock, zhang_wei: str) -> ReadModels:
    """The read models, opened and caught up after a busy morning at the desk."""
    a_busy_morning(desk, clock, zhang_wei)
    return open_read_models(desk)


def test_a_rebuild_far_behind_decodes_in_a_process_of_its_own(
    desk: FrontDesk, after_a_busy_morning: ReadModels
) -> None:
    live = after_a_busy_morning
    built_as_they_came = every_row(live)
    here = counting_decodes(desk)

    rebuilt_in_batches(live, batch=10)

    assert every_row(live) == built_as_they_came
    assert live.position() == desk.event_count()
    # this process decoded none of the events after the first batch: the other one did
    assert desk.event_count() > 60 and [p for p in here if p > 10] == []


def test_a_long_catch_up_pauses_the_cycle_collector_and_gives_it_back(
    after_a_busy_morning: ReadModels,
) -> None:
    live = after_a_busy_morning
    collecting = watching_the_collector(live)

    rebuilt_in_batches(live, batch=10)

    assert len(collecting) > 5 and not any(collecting)
    assert gc.isenabled()
    gc.disable()  # a caller that paused it itself finds it paused still
    try:
        rebuilt_in_batches(live, batch=10)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_short_catch_up_leaves_the_cycle_collector_alone(
    desk: FrontDesk, clock: SimulatedClock, zhang_wei: str
) -> None:
    live = open_read_models(desk)
    a_busy_morning(desk, clock, zhang_wei)
    collecting = watching_the_collector(live)

    live.catch_up(batch=10)

    assert collecting and all(collecting)


def test_a_decoding_process_that_cannot_open_the_keys_leaves_the_rest_to_the_desk(
    desk: FrontDesk, after_a_busy_morning: ReadModels, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    live = after_a_busy_morning
    built_as_they_came = every_row(live)
    here = counting_decodes(desk)
    # This desk holds the store's key already; a new process looks for it where it is not.
    monkeypatch.setenv("FRONTDESK_KEY_DIR", str(tmp_path / "elsewhere"))

    rebuilt_in_batches(live, batch=10)

    assert every_row(live) == built_as_they_came
    assert max(here) == desk.event_count()  # the desk decoded what the process could not


KILLED_WHILE_REBUILDING = """
import multiprocessing, os, signal, sys
from domain import FrontDesk
from domain.store import store_env
from projections import runner
from projections.catalogue import open_read_models

if __name__ == "__main__":
    desk = FrontDesk(store_env(sys.argv[1]))
    models = open_read_models(desk)
    runner.BULK_FROM, runner.BULK_BATCH = 1, 1

    def killed(batch, bulk=False):  # the desk's power is cut as it writes the first batch
        print(*(child.pid for child in multiprocessing.active_children()), flush=True)
        os.kill(os.getpid(), signal.SIGKILL)

    models._apply = killed
    models.rebuild(batch=5)
"""


def test_a_desk_killed_during_a_rebuild_leaves_no_decoding_process_behind(
    desk: FrontDesk, clock: SimulatedClock, zhang_wei: str, store_url: str, tmp_path: Path
) -> None:
    a_busy_morning(desk, clock, zhang_wei)
    script = tmp_path / "killed.py"
    script.write_text(KILLED_WHILE_REBUILDING)
    root = Path(__file__).resolve().parents[2]
    printed, said = tmp_path / "printed.txt", tmp_path / "said.txt"
    # Files, not pipes: a process left behind would hold a pipe open, and the run with it.
    with printed.open("w") as out, said.open("w") as err:
        ran = subprocess.run(
            [sys.executable, str(script), store_url],
            stdout=out, stderr=err, timeout=60, cwd=root,
            env={**os.environ, "PYTHONPATH": str(root)},
        )  # fmt: skip
    assert ran.returncode == -signal.SIGKILL, said.read_text()
    [decoding] = [int(pid) for pid in printed.read_text().split()]

    def gone() -> bool:
        try:
            os.kill(decoding, 0)
        except ProcessLookupError:
            return True
        return False

    deadline = time.monotonic() + 30
    while not gone() and time.monotonic() < deadline:
        time.sleep(0.1)
    if not gone():
        os.kill(decoding, signal.SIGKILL)
        pytest.fail("the decoding process outlived the desk that started it")
