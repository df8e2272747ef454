"""How long the desk froze: a QTimer ticking every 10 ms on the GUI thread, and the longest
gap between two ticks while a flow runs. A gap of 10 ms is a loop that never stopped; the
longest gap is the longest moment the window could not repaint or take a key.

    with Heartbeat() as beat:
        ...drive the widgets, letting the event loop run (settle())...
    beat.longest_ms

A benchmark figure, never a timing assertion in a unit test."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, Qt, QTimer

INTERVAL_MS = 10


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

    def __enter__(self) -> Heartbeat:
        self.longest_ms, self.ticks = 0.0, 0
        self.clock.start()
        self.last = self.clock.nsecsElapsed()
        self.timer.start()
        return self

    def __exit__(self, *_: Any) -> None:
        self._on_timer_timeout()  # a stall at the very end counts too
        self.timer.stop()

    def _on_timer_timeout(self) -> None:
        now = self.clock.nsecsElapsed()
        self.longest_ms = max(self.longest_ms, (now - self.last) / 1e6)
        self.last = now
        self.ticks += 1


def settle(ms: int = 60) -> None:
    """Let the event loop run for a while, as it does between a receptionist's keys."""
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        QCoreApplication.processEvents()
        time.sleep(0.002)


def stall_of(flow: Callable[[], Any], after_ms: int = 300) -> float:
    """The longest stall (ms) while `flow` runs and the loop settles after it: work a flow
    hands to a thread or a timer is counted if it lands back on the GUI thread."""
    with Heartbeat() as beat:
        settle(30)
        flow()
        settle(after_ms)
    return round(beat.longest_ms, 1)
