"""A command is written to the store off the window's thread: while a commit waits for a busy
disk, the window keeps painting and its timers keep ticking, and the command's caller still
gets its result, or its refusal, with the pages already showing what it changed."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from desktop.live import LiveDesk
from domain import FrontDesk
from domain.errors import QueueEmptyError
from tests.qt.actions import in_the_loop

SLOW_DISK_S = 0.3


def slowly(command: Callable[..., Any], seen: list[int]) -> Callable[..., Any]:
    """`command` as it runs when the disk is busy: it notes its thread, then waits."""

    def run(*args: Any, **kwargs: Any) -> Any:
        seen.append(threading.get_ident())
        time.sleep(SLOW_DISK_S)
        return command(*args, **kwargs)

    return run


@pytest.fixture
def ticking(qtbot: QtBot) -> list[float]:
    """The window's clock: a tick every 10 ms, as long as its thread answers."""
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    yield ticks
    timer.stop()


def test_the_window_keeps_ticking_while_a_command_waits_for_the_disk(
    live: LiveDesk, qt_desk: FrontDesk, qtbot: QtBot, ticking: list[float]
) -> None:
    seen: list[int] = []

    def take() -> tuple[str, float, float]:
        started = time.monotonic()
        ticket = live.run(slowly(qt_desk.take_queue_ticket, seen), "enquiry")
        return ticket, started, time.monotonic()

    ticket, started, ended = in_the_loop(take)
    assert ticket == "A001"
    assert seen and seen[0] != threading.get_ident()  # written off the window's thread
    during = [t for t in ticking if started < t < ended]
    assert len(during) >= 5  # the window answered all along (none while it was blocked)
    day = qt_desk.now().astimezone(qt_desk.timezone).date()
    # The read models caught up before the caller went on.
    assert live.read(lambda db: live.models.queue_board.get(db, day, "A001")) is not None


def test_the_pages_hear_of_the_change_before_the_caller_goes_on(
    live: LiveDesk, qt_desk: FrontDesk, qtbot: QtBot
) -> None:
    heard: list[str] = []
    live.changed.connect(lambda: heard.append("changed"))

    def take() -> list[str]:
        live.run(slowly(qt_desk.take_queue_ticket, []), "enquiry")
        return list(heard)

    assert in_the_loop(take) == ["changed"]


def test_a_refusal_comes_back_to_the_caller_as_it_was_raised(
    live: LiveDesk, qt_desk: FrontDesk, qtbot: QtBot
) -> None:
    before = qt_desk.event_count()
    with pytest.raises(QueueEmptyError, match="Nobody is waiting"):
        in_the_loop(lambda: live.run(qt_desk.call_next, 1))
    assert qt_desk.event_count() == before


def test_commands_are_written_in_the_order_they_were_given(
    live: LiveDesk, qt_desk: FrontDesk, qtbot: QtBot
) -> None:
    """A second command given while the first waits (by a timer of the window's) is written
    after it, never beside it."""
    tickets: dict[str, str] = {}

    def second() -> None:
        tickets["second"] = live.run(qt_desk.take_queue_ticket, "payment_question")

    def first() -> None:
        QTimer.singleShot(50, second)  # fires while the first waits for the disk
        tickets["first"] = live.run(slowly(qt_desk.take_queue_ticket, []), "enquiry")

    in_the_loop(first)
    qtbot.waitUntil(lambda: len(tickets) == 2)
    assert tickets == {"first": "A001", "second": "A002"}
    day = qt_desk.now().astimezone(qt_desk.timezone).date()
    board = live.models.queue_board
    taken = live.read(lambda db: board.waiting(db, day))
    assert [(row.ticket, row.purpose) for row in taken] == [
        ("A001", "enquiry"),
        ("A002", "payment_question"),
    ]


def test_before_the_event_loop_runs_the_command_runs_where_it_is_given(
    live: LiveDesk, qt_desk: FrontDesk
) -> None:
    """Nothing to keep answering yet, and nothing left for the loop is started early."""
    seen: list[int] = []
    live.run(slowly(qt_desk.take_queue_ticket, seen), "enquiry")
    assert seen == [threading.get_ident()]
