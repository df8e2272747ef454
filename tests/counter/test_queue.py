"""The walk-in queue: numbers by purpose, called first come first served, out of turn only by a
supervisor with a reason, and a wait estimate the next person can trust."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain import FrontDesk, SimulatedClock, errors
from projections.catalogue import open_read_models
from tests.support import refused


def board(desk: FrontDesk):
    models = open_read_models(desk)
    return models


def test_numbers_follow_the_purpose_and_are_called_in_order(
    desk: FrontDesk, clock: SimulatedClock
) -> None:
    assert desk.take_queue_ticket("enquiry") == "A001"
    clock.advance(timedelta(minutes=1))
    assert desk.take_queue_ticket("repair") == "B001"
    assert desk.take_queue_ticket("payment_question") == "A002"
    assert desk.take_queue_ticket("move_in") == "C001"
    assert desk.call_next(1) == "A001"
    assert desk.call_next(2) == "B001"
    models = board(desk)
    with models.reading() as db:
        waiting = [t.ticket for t in models.queue_board.waiting(db, desk.today())]
    assert waiting == ["A002", "C001"]


def test_nobody_waiting_is_said_and_nothing_recorded(desk: FrontDesk) -> None:
    refused(desk, errors.QueueEmptyError, desk.call_next, 1)


def test_out_of_turn_needs_a_supervisor_and_a_reason(desk: FrontDesk, sign_in_as) -> None:
    desk.take_queue_ticket("enquiry")
    desk.take_queue_ticket("enquiry")
    refused(desk, errors.RoleForbidsError, desk.call_ticket, "A002", 1, "孕妇优先")
    sign_in_as("supervisor1")
    refused(desk, errors.MissingValueError, desk.call_ticket, "A002", 1, "  ")
    desk.call_ticket("a2", 1, "孕妇优先")
    models = board(desk)
    with models.reading() as db:
        called = models.queue_board.get(db, desk.today(), "A002")
    assert called is not None and called.out_of_turn and called.reason == "孕妇优先"
    assert desk.call_next(2) == "A001"


def test_a_ticket_left_behind_is_skipped_and_cannot_be_called(desk: FrontDesk, sign_in_as) -> None:
    desk.take_queue_ticket("parcel")
    desk.skip_ticket("C001")
    refused(desk, errors.QueueEmptyError, desk.call_next, 1)
    sign_in_as("supervisor1")
    refused(desk, errors.TicketNotWaitingError, desk.call_ticket, "C001", 1, "回来了")
    refused(desk, errors.UnknownQueueTicketError, desk.skip_ticket, "C009")
    refused(desk, errors.InvalidValueError, desk.skip_ticket, "hello")


def test_the_wait_is_the_people_ahead_times_the_day_s_pace(
    desk: FrontDesk, clock: SimulatedClock
) -> None:
    for _ in range(5):
        desk.take_queue_ticket("enquiry")
    models = board(desk)
    with models.reading() as db:
        first = models.queue_board.estimate(db, desk.today(), clock.now())
    assert (first.ahead, first.minutes) == (5, 25)  # 5 min a person before the day shows its pace
    desk.call_next(1)
    clock.advance(timedelta(minutes=3))
    desk.call_next(1)
    clock.advance(timedelta(minutes=3))
    desk.call_next(1)
    models.catch_up()
    with models.reading() as db:
        later = models.queue_board.estimate(db, desk.today(), clock.now())
    assert (later.ahead, later.minutes_per_person, later.minutes) == (2, 3.0, 6)


@pytest.mark.stores("sqlite", "postgres")
def test_two_desks_never_hand_out_the_same_number(store_url: str, desk: FrontDesk, clock) -> None:
    from tests.conftest import open_desk
    from tests.support import PASSWORD

    other = open_desk(store_url, clock, "desk-2")
    other.sign_in("clerk1", PASSWORD)
    try:
        tickets = [
            desk.take_queue_ticket("enquiry"),
            other.take_queue_ticket("enquiry"),
            desk.take_queue_ticket("enquiry"),
        ]
        assert tickets == ["A001", "A002", "A003"]
        assert other.call_next(1) == "A001"
        assert desk.call_next(2) == "A002"
    finally:
        other.close()


def test_a_clerk_cannot_serve_a_later_number_first(desk: FrontDesk) -> None:
    desk.take_queue_ticket("enquiry")
    desk.take_queue_ticket("enquiry")
    refused(desk, errors.TicketNotNextError, desk.open_contact, "counter", "", "", "", "A002")
    desk.open_contact("counter", queue_ticket="A001")  # the first in line may be served at once


def test_those_who_gave_up_waiting_count_in_the_queue_s_waits(
    desk: FrontDesk, clock: SimulatedClock
) -> None:
    from projections.kpis import QUEUE_WAIT_MEDIAN, QUEUE_WAIT_P90

    for _ in range(3):
        desk.take_queue_ticket("enquiry")
    clock.advance(timedelta(minutes=59))
    desk.skip_ticket("A001")  # waited 59 minutes and left
    desk.call_next(1)  # A002, after 59 minutes
    desk.call_next(1)  # A003
    models = board(desk)
    with models.reading() as db:
        rows = {r.measure: r for r in models.kpis.monthly(db, "2026-03")}
    assert (rows[QUEUE_WAIT_MEDIAN].value, rows[QUEUE_WAIT_MEDIAN].sample_size) == (59.0, 3)
    assert rows[QUEUE_WAIT_P90].verdict == "missed"


@pytest.mark.stores("sqlite", "postgres")
def test_a_contact_served_from_the_queue_is_kept_when_another_desk_changes_the_queue_first(
    store_url: str, desk: FrontDesk, clock: SimulatedClock
) -> None:
    from tests.conftest import open_desk
    from tests.support import PASSWORD

    other = open_desk(store_url, clock, "desk-2")
    other.sign_in("clerk1", PASSWORD)
    desk.take_queue_ticket("enquiry")
    load = desk._queue_day
    clashed: list[str] = []

    def another_desk_hands_out_a_number_meanwhile():  # type: ignore[no-untyped-def]
        queue = load()
        if not clashed:  # between this desk reading the queue and saving it
            clashed.append(other.take_queue_ticket("enquiry"))
        return queue

    desk._queue_day = another_desk_hands_out_a_number_meanwhile  # type: ignore[method-assign]
    contact = desk.open_contact("counter", queue_ticket="A001")
    assert clashed == ["A002"]  # the clash happened, and the retry served A001 all the same
    desk.close_contact(contact, "referred", note="物业经理")
    assert desk.get_contact(contact).queue_ticket == "A001"
    models = open_read_models(desk)
    with models.reading() as db:
        assert [t.ticket for t in models.queue_board.waiting(db, desk.today())] == ["A002"]
    other.close()
