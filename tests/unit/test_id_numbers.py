"""ID numbers are masked everywhere; a supervisor or auditor may see one in full, and that
viewing is itself recorded."""

from __future__ import annotations

import pytest

from domain import FrontDesk, errors
from tests.support import resident_id


def test_a_supervisor_sees_zhang_weis_full_id_number_and_the_viewing_is_recorded(
    desk: FrontDesk, zhang_wei: str, sign_in_as
) -> None:
    sign_in_as("supervisor1")
    number = desk.reveal_id_number(zhang_wei, "张伟", "核对产权证明")
    assert number == resident_id()
    viewed = [r for r in desk.history() if r.type == "IdNumberViewed"]
    assert [(v.operator, v.data) for v in viewed] == [
        ("supervisor1", {"name": "张伟", "reason": "核对产权证明"})
    ]


def test_an_auditor_may_look_but_a_clerk_may_not(
    desk: FrontDesk, zhang_wei: str, sign_in_as
) -> None:
    before = desk.event_count()
    with pytest.raises(errors.RoleForbidsError):
        desk.reveal_id_number(zhang_wei, "张伟", "好奇")
    assert desk.event_count() == before
    sign_in_as("auditor1")
    assert desk.reveal_id_number(zhang_wei, "王芳", "年度审计抽查").endswith("0022")


def test_a_visitors_full_id_number_needs_a_reason(
    desk: FrontDesk, zhang_wei: str, sign_in_as
) -> None:
    visit = desk.register_visitor(
        "3-2-1502", "刘洋", "resident_id", resident_id(born="19900101"), "13900139000", "探亲"
    )
    sign_in_as("supervisor1")
    before = desk.event_count()
    with pytest.raises(errors.MissingValueError):
        desk.reveal_visitor_id_number(visit, "  ")
    assert desk.event_count() == before
    assert desk.reveal_visitor_id_number(visit, "派出所协查") == resident_id(born="19900101")
    masked = next(
        r for r in desk.history() if r.type == "Registered" and r.aggregate == "VisitorPass"
    )
    assert masked.data["id_number"] == "310***********" + resident_id(born="19900101")[-4:]
