"""Standing instructions that the desk's commands obey, items lent and keys kept only for the
flat's own people, and the shift handover acknowledged by the next shift alone."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain import FrontDesk, SimulatedClock, errors
from domain.lending import Loan
from tests.support import refused, resident_id

DUE = "2026-03-02T18:00:00+08:00"


def guest(desk: FrontDesk, name: str, **more: str) -> str:
    return desk.register_visitor(
        "3-2-1502",
        name,
        "resident_id",
        resident_id(born="19900101", sequence="555"),
        "13700001111",
        "探访",
        **more,
    )


@pytest.mark.stores("sqlite", "postgres")
def test_do_not_admit_is_refused_with_the_reason_and_only_a_supervisor_overrides(
    desk: FrontDesk, zhang_wei: str, sign_in_as
) -> None:
    barred = desk.set_instruction("3-2-1502", "do_not_admit", "赵六", "业主要求，纠纷中")
    problem = refused(desk, errors.DoNotAdmitError, guest, desk, "赵 六")
    assert "纠纷中" in str(problem)
    refused(desk, errors.RoleForbidsError, lambda: guest(desk, "赵六", override_reason="业主同意"))
    sign_in_as("supervisor1")
    pass_id = guest(desk, "赵六", override_reason="业主来电同意放行")
    assert desk.get_pass(pass_id).name == "赵六"
    sign_in_as("clerk1")
    desk.end_instruction(barred)
    guest(desk, "赵六")
    refused(desk, errors.InstructionEndedError, desk.end_instruction, barred)


def test_instructions_need_what_they_speak_of(desk: FrontDesk, zhang_wei: str) -> None:
    refused(desk, errors.MissingValueError, desk.set_instruction, "3-2-1502", "do_not_admit")
    refused(desk, errors.MissingValueError, desk.set_instruction, "3-2-1502", "away")
    refused(
        desk, errors.DateInPastError, desk.set_instruction, "3-2-1502", "away", "", "", "2026-01-01"
    )
    refused(desk, errors.InvalidChoiceError, desk.set_instruction, "3-2-1502", "ban", "x")
    refused(desk, errors.UnknownUnitError, desk.set_instruction, "9-9-9999", "note", "", "x")


def test_an_away_instruction_ends_by_itself(
    desk: FrontDesk, clock: SimulatedClock, zhang_wei: str
) -> None:
    desk.set_instruction("3-2-1502", "away", note="出差，快递代收", until="2026-03-03")
    unit = desk.get_unit("3-2-1502")
    assert [i.kind for i in desk.instructions_for(unit)] == ["away"]
    clock.advance(timedelta(days=2))
    assert desk.instructions_for(unit) == []


def test_a_wheelchair_is_lent_once_and_returned(desk: FrontDesk, zhang_wei: str) -> None:
    chair = desk.add_item("轮椅 1 号", "wheelchair")
    desk.lend_item(chair, "3-2-1502", "张伟", DUE)
    refused(desk, errors.ItemOutError, desk.lend_item, chair, "3-2-1502", "王芳", DUE)
    desk.return_item(chair)
    refused(desk, errors.ItemNotOutError, desk.return_item, chair)
    refused(
        desk,
        errors.DateInPastError,
        desk.lend_item,
        chair,
        "3-2-1502",
        "张伟",
        "2026-03-01T09:00:00+08:00",
    )


def test_a_kept_key_goes_only_to_the_flat_s_people(desk: FrontDesk, zhang_wei: str) -> None:
    key = desk.add_item("1502 备用钥匙", "key", unit="3-2-1502")
    refused(desk, errors.MissingValueError, desk.add_item, "无主钥匙", "key")
    refused(desk, errors.NotAuthorisedForFlatError, desk.lend_item, key, "3-2-1502", "陌生人", DUE)
    refused(desk, errors.KeyForAnotherFlatError, desk.lend_item, key, "3-2-1601", "张伟", DUE)
    desk.set_instruction("3-2-1502", "permission_to_enter", "保洁员小陈", "每周三保洁")
    desk.lend_item(key, "3-2-1502", "保洁员小陈", DUE)
    desk.return_item(key)
    desk.lend_item(key, "3-2-1502", "王芳", DUE)


@pytest.mark.stores("sqlite", "postgres")
def test_a_handover_is_acknowledged_by_the_next_shift_not_by_the_one_leaving(
    desk: FrontDesk, zhang_wei: str, sign_in_as
) -> None:
    refused(desk, errors.HandoverNeedsReadModelsError, desk.hand_over_shift, "")
    desk.checklist_source = lambda: [
        {"kind": "parcel_waiting", "ref": "p1", "text": "3-2-1502 快递 1 件", "due": ""}
    ]
    handover = desk.hand_over_shift("电梯 2 号下午维保")
    record = desk.get_handover(handover)
    assert record.handed_over_by == "clerk1" and record.chain_position > 0
    assert record.items[0]["text"] == "3-2-1502 快递 1 件"
    refused(desk, errors.HandoverBySameStaffError, desk.acknowledge_handover, handover)
    sign_in_as("supervisor1")
    desk.acknowledge_handover(handover, item=0, note="已核对货架")
    desk.acknowledge_handover(handover)
    assert desk.get_handover(handover).acknowledged_by == "supervisor1"
    refused(desk, errors.HandoverAcknowledgedError, desk.acknowledge_handover, handover)


def test_a_flat_s_instructions_end_with_the_household_that_left_them(
    desk: FrontDesk, zhang_wei: str, sign_in_as
) -> None:
    from tests.support import member

    desk.set_instruction("3-2-1502", "permission_to_enter", "李保姆", "每周三保洁")
    desk.set_instruction("3-2-1502", "do_not_admit", "王五", "家庭纠纷")
    key = desk.add_item("1502 备用钥匙", "key", unit="3-2-1502")
    desk.move_out(zhang_wei, "2026-03-02")
    desk.move_in(
        "3-2-1502", [member("赵六", id_number=resident_id(born="19800505"))], "tenant", "2026-03-02"
    )
    unit = desk.get_unit("3-2-1502")
    assert desk.instructions_for(unit) == []
    refused(desk, errors.NotAuthorisedForFlatError, desk.lend_item, key, "3-2-1502", "李保姆", DUE)
    guest(desk, "王五")  # the new tenant's guest: the old household's bar is gone


def test_a_barred_person_is_refused_at_the_pass_and_the_gate_too_in_either_script(
    desk: FrontDesk, zhang_wei: str, sign_in_as
) -> None:
    pass_id = guest(desk, "司马懿")
    desk.confirm_host(pass_id)
    desk.set_instruction("3-2-1502", "do_not_admit", "司馬懿", "业主要求")
    refused(desk, errors.DoNotAdmitError, desk.issue_pass, pass_id)
    refused(desk, errors.DoNotAdmitError, guest, desk, "司马 懿")
    sign_in_as("supervisor1")
    desk.issue_pass(pass_id, 4, "业主电话确认可以进")
    desk.check_in(pass_id)  # admitted once by a supervisor: the gate does not ask again


def test_a_loan_s_borrower_is_forgotten_with_the_household(
    desk: FrontDesk, clock: SimulatedClock, zhang_wei: str, sign_in_as
) -> None:
    chair = desk.add_item("轮椅 1 号", "wheelchair")
    loan = desk.lend_item(chair, "3-2-1502", "张伟", "2026-03-03")
    assert desk._load(loan, Loan).due.isoformat() == "2026-03-03T23:59:00+08:00"
    desk.return_item(chair)
    desk.set_instruction("3-2-1502", "permission_to_enter", "李保姆")
    desk.move_out(zhang_wei, "2026-03-02")

    def said() -> str:
        sign_in_as("auditor1")  # reads the history with names in clear
        told = " ".join(str(r.data) for r in desk.history() if r.type in ("Made", "Set"))
        sign_in_as("clerk1")
        return told

    assert "张伟" in said() and "李保姆" in said()
    clock.advance(timedelta(days=desk.retention()[1] + 1))
    desk.forget_personal_data(zhang_wei)
    assert "张伟" not in said() and "李保姆" not in said()
