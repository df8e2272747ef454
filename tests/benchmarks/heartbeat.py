"""How long the desk froze: a QTimer ticking every 10 ms on the GUI thread, and the longest
gap between two ticks while a flow runs. A gap of 10 ms is a loop that never stopped; the
longest gap is the longest moment the window could not repaint or take a key.

    with Heartbeat() as beat:
        ...drive the widgets, letting the event loop run (settle())...
    beat.longest_ms

A benchmark figure, never a timing assertion in a unit test.

FRONTDESK_BENCH_STALL_STACKS=path: a watchdog thread writes the GUI thread's stack to that
file each time a tick is late by more than STACK_AFTER_MS (and every STACK_EVERY_MS while it
stays late): where a freeze is spent, not only how long it was. With
FRONTDESK_BENCH_STALL_NATIVE=1 too, a freeze past NATIVE_AFTER_MS also gets the native
stacks of every thread of the process, once (py-spy, a tool of the developer's own: not a
dependency of the project), for a freeze spent in Qt or the interpreter itself."""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, Qt, QTimer

INTERVAL_MS = 10
STACK_AFTER_MS, STACK_EVERY_MS = 90, 30  # the target is 100 ms
NATIVE_AFTER_MS = 250


class Heartbeat(QObject):
    def __init__(self, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__()
        self.interval_ms = interval_ms
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.clock = QElapsedTimer()
        self.last = 0
        self.longest_ms = 0.0
        self.ticks = 0
        self.ticked = time.monotonic()  # read by the watchdog
        self._watching = threading.Event()

    def __enter__(self) -> Heartbeat:
        self.longest_ms, self.ticks = 0.0, 0
        self.clock.start()
        self.last = self.clock.nsecsElapsed()
        self.timer.start()
        stacks = os.environ.get("FRONTDESK_BENCH_STALL_STACKS")
        if stacks:
            self._watching.set()
            gui = threading.get_ident()
            threading.Thread(target=self._watch, args=(gui, stacks), daemon=True).start()
            _note_collections(stacks)
        return self

    def __exit__(self, *_: Any) -> None:
        self._on_timer_timeout()  # a stall at the very end counts too
        self.timer.stop()
        self._watching.clear()

    def _watch(self, gui: int, path: str) -> None:
        native = os.environ.get("FRONTDESK_BENCH_STALL_NATIVE") == "1"
        dumped_at = 0.0  # the tick of the freeze whose native stacks were written
        while self._watching.is_set():
            time.sleep(STACK_EVERY_MS / 1000)
            ticked = self.ticked
            late = (time.monotonic() - ticked) * 1000
            if late > STACK_AFTER_MS:
                _write_stacks(path, f"late {late:.0f} ms", only=gui)
            if native and late > NATIVE_AFTER_MS and ticked != dumped_at:
                dumped_at = ticked
                _native_stacks(path, late)

    def _on_timer_timeout(self) -> None:
        now = self.clock.nsecsElapsed()
        self.longest_ms = max(self.longest_ms, (now - self.last) / 1e6)
        self.last = now
        self.ticks += 1
        self.ticked = time.monotonic()


def _write_stacks(path: str, heading: str, only: int | None = None) -> None:
    """The Python stacks of one thread (`only`) or of every other, each under its name,
    appended to the file under a heading with the time."""
    names = {t.ident: t.name for t in threading.enumerate()}
    frames = {
        ident: frame
        for ident, frame in sys._current_frames().items()
        if ident == only or (only is None and ident != threading.get_ident())
    }
    if frames:
        with open(path, "a", encoding="utf-8") as out:
            out.write(f"--- {heading} at {time.time():.3f}\n")
            for ident, frame in frames.items():
                out.write(f"  [{names.get(ident, ident)}]\n")
                out.write("".join(traceback.format_stack(frame)))


def _native_stacks(path: str, late: float) -> None:
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    dumped = subprocess.run(
        [spy, "dump", "--native", "--pid", str(os.getpid())],
        capture_output=True,
        text=True,
        check=False,
    )
    with open(path, "a", encoding="utf-8") as out:
        out.write(f"=== native, late {late:.0f} ms\n{dumped.stdout}{dumped.stderr}\n")


_collections_noted: set[str] = set()


def _note_collections(path: str) -> None:
    """Beside the stacks: each garbage collection over STACK_AFTER_MS / 3, its generation,
    its thread and its length (a collection holds the interpreter: no slot of the window's
    runs meanwhile)."""
    if path in _collections_noted:
        return
    _collections_noted.add(path)
    started: dict[int, float] = {}

    def noted(phase: str, info: dict[str, int]) -> None:
        thread = threading.get_ident()
        if phase == "start":
            started[thread] = time.monotonic()
            return
        took = (time.monotonic() - started.pop(thread, time.monotonic())) * 1000
        if took > STACK_AFTER_MS / 3:
            with open(path, "a", encoding="utf-8") as out:
                out.write(
                    f"--- collection of generation {info['generation']} took {took:.0f} ms "
                    f"on {threading.current_thread().name} at {time.time():.3f}\n"
                )

    gc.callbacks.append(noted)


def settle(ms: int = 60) -> None:
    """Let the event loop run for a while, as it does between a receptionist's keys."""
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        QCoreApplication.processEvents()
        time.sleep(0.002)


class CommandWaits:
    """How long each command held the receptionist's keys back: `live.run` timed, from the
    key that gave it to the moment the window takes keys again. With
    FRONTDESK_BENCH_STALL_STACKS=path, a command still running after STACK_AFTER_MS has the
    stacks of every thread written there (every STACK_EVERY_MS while it runs): the command
    is written off the window's thread, and what it waits for may be on any."""

    def __init__(self, live: Any) -> None:
        self.seconds: list[float] = []
        self._running_since: float | None = None
        run = live.run

        def timed(command: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
            started = self._running_since = time.perf_counter()
            try:
                return run(command, *args, **kwargs)
            finally:
                self._running_since = None
                self.seconds.append(time.perf_counter() - started)

        live.run = timed
        stacks = os.environ.get("FRONTDESK_BENCH_STALL_STACKS")
        if stacks:
            threading.Thread(target=self._watch, args=(stacks,), daemon=True).start()

    def _watch(self, path: str) -> None:
        while True:
            time.sleep(STACK_EVERY_MS / 1000)
            since = self._running_since
            if since is None:
                continue
            waited = (time.perf_counter() - since) * 1000
            if waited > STACK_AFTER_MS:
                _write_stacks(path, f"a command waiting {waited:.0f} ms")

    def figures(self) -> dict[str, float]:
        waits = sorted(self.seconds)
        if not waits:
            return {}
        return {
            "commands_given": len(waits),
            "command_wait_p95_ms": round(waits[int(0.95 * (len(waits) - 1))] * 1000, 1),
            "command_wait_longest_ms": round(waits[-1] * 1000, 1),
        }


def stall_of(flow: Callable[[], Any], after_ms: int = 300) -> float:
    """The longest stall (ms) while `flow` runs and the loop settles after it: work a flow
    hands to a thread or a timer is counted if it lands back on the GUI thread."""
    with Heartbeat() as beat:
        settle(30)
        flow()
        settle(after_ms)
    return round(beat.longest_ms, 1)
