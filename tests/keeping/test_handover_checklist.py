"""A handover lists exactly the open matters at its moment: the same list an auditor reads
back from the read models as of that moment."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.usecases.handover import attach_checklist
from domain import FrontDesk, SimulatedClock
from projections.catalogue import open_read_models
from projections.handover_checklist import checklist
from projections.time_travel import read_models_as_of
from tests.support import resident_id


@pytest.mark.stores("sqlite", "postgres")
def test_a_handover_lists_the_open_matters_an_as_of_read_finds(
    desk: FrontDesk, clock: SimulatedClock, zhang_wei: str, sign_in_as
) -> None:
    models = open_read_models(desk)
    attach_checklist(desk, models)
    desk.receive_parcel("3-2-1502", "顺丰", "SF001", "A-1")
    desk.receive_parcel("3-2-1502", "中通", "ZT002", "A-2")
    chair = desk.add_item("轮椅 1 号", "wheelchair")
    desk.lend_item(chair, "3-2-1502", "张伟", "2026-03-02T12:00:00+08:00")
    visitor = desk.register_visitor(
        "3-2-1502", "李四", "resident_id", resident_id(born="19900101"), "13700001111", "探亲"
    )
    desk.confirm_host(visitor)
    desk.issue_pass(visitor)
    desk.check_in(visitor)
    desk.report_incident(
        "emergency", "elevator_entrapment", "emergency", "3 栋 2 号梯", "困人", "张伟", "phone"
    )
    desk.log_missed_call("13900002222")
    desk.take_queue_ticket("parcel")
    gone = desk.receive_parcel("3-2-1502", "京东", "JD003", "B-1")
    desk.pick_up_parcel(gone, "张伟", "known_resident")
    clock.advance(timedelta(minutes=5))
    handover = desk.hand_over_shift("2 号梯维保中")
    recorded = desk.get_handover(handover)
    kinds = [item["kind"] for item in recorded.items]
    assert kinds == [
        "emergency",
        "visitor_on_site",
        "parcel_waiting",
        "item_out",
        "missed_call",
        "queue_waiting",
    ]
    assert recorded.items[2]["detail"] == "2 · A-1, A-2"  # the collected one is not listed
    assert "13900002222" not in str(recorded.items)  # the missed call's number is masked
    clock.advance(timedelta(hours=1))
    desk.return_item(chair)
    with read_models_as_of(desk, recorded.created_on) as past, past.reading() as db:
        assert checklist(past, db, recorded.created_on) == recorded.items
