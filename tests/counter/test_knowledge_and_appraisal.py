"""The knowledge base found as the receptionist types, and the monthly scorecard weighted as
the service center weighs it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.usecases.front import Front
from desktop.usecases.scorecards import readable_staff, scorecard
from domain import FrontDesk, SimulatedClock, errors
from domain.appraisal import WEIGHTS
from projections.catalogue import open_read_models
from tests.support import refused


@pytest.fixture
def fee_answer(desk: FrontDesk, sign_in_as) -> str:
    sign_in_as("manager1")
    answer = desk.publish_answer(
        "物业费包括哪些服务？",
        "物业服务费按建筑面积计收，包括公共区域保洁、秩序维护、绿化养护和共用设施设备的日常维护。",
        "fees",
        ["收费标准", "管理费"],
    )
    desk.publish_answer("可以养宠物吗？", "可以，请办理犬只登记并文明牵绳。", "pets", "养狗 犬只")
    sign_in_as("clerk1")
    return answer


def search(desk: FrontDesk, text: str, **options: bool) -> list[str]:
    models = open_read_models(desk)
    with models.reading() as db:
        return [a.answer_id for a in models.knowledge_base.search(db, text, **options)]


@pytest.mark.stores("sqlite", "postgres")
def test_fees_are_found_by_part_of_a_word_in_either_script_and_by_keyword(
    desk: FrontDesk, fee_answer: str
) -> None:
    assert search(desk, "物业") == [fee_answer]
    assert search(desk, "物業") == [fee_answer]
    assert search(desk, "管理費") == [fee_answer]  # a keyword, typed in traditional
    assert search(desk, "收费 保洁") == [fee_answer]  # every word must be there
    assert search(desk, "宠物") != [] and fee_answer not in search(desk, "宠物")
    assert search(desk, "电梯年检") == []


def test_a_revised_answer_is_found_by_its_new_words_and_a_retired_one_not_at_all(
    desk: FrontDesk, fee_answer: str, sign_in_as
) -> None:
    refused(desk, errors.RoleForbidsError, desk.revise_answer, fee_answer, None, "新的答案")
    sign_in_as("manager1")
    refused(desk, errors.NothingToChangeError, desk.revise_answer, fee_answer)
    desk.revise_answer(fee_answer, keywords="物业费、公摊")
    assert search(desk, "公摊") == [fee_answer]
    desk.retire_answer(fee_answer, "被新的收费说明取代")
    assert search(desk, "物业") == []
    assert search(desk, "物业", include_retired=True) == [fee_answer]
    refused(desk, errors.AnswerRetiredError, desk.retire_answer, fee_answer, "again")


def test_using_an_answer_counts_its_use(desk: FrontDesk, fee_answer: str) -> None:
    for _ in range(2):
        contact = desk.open_contact("counter")
        desk.close_contact(contact, "answered", answer_id=fee_answer)
    models = open_read_models(desk)
    with models.reading() as db:
        used = models.knowledge_base.get(db, fee_answer)
    assert used is not None and used.uses == 2


def test_the_weights_sum_to_the_whole() -> None:
    assert sum(WEIGHTS.values()) == 100
    assert WEIGHTS == {
        "satisfaction": 30,
        "complaint_handling": 25,
        "efficiency": 20,
        "teamwork": 15,
        "knowledge": 10,
    }


def test_a_month_s_scorecard_worked_by_hand(
    desk: FrontDesk, clock: SimulatedClock, sign_in_as, units: list[str]
) -> None:
    # 李娜 (clerk1) takes a complaint, resolved on time, and a repair; both called back.
    complaint = desk.report_incident(
        "complaint", "noise", "general", "3-2-1501", "楼上装修噪音", "李明", "counter"
    )
    repair = desk.report_incident(
        "repair", "lighting", "general", "3 栋大堂", "大堂灯不亮", "刘洋", "phone"
    )
    for incident, satisfaction in ((complaint, 5), (repair, 3)):
        desk.acknowledge(incident)
        desk.resolve(incident, "已处理")
        desk.record_callback(incident, satisfaction)
    # Two contacts: one answered at once, one after 20 minutes in the queue.
    quick = desk.open_contact("phone", phone="13900001111")
    desk.close_contact(quick, "answered")
    desk.take_queue_ticket("enquiry")
    clock.advance(timedelta(minutes=20))
    slow = desk.open_contact("counter", queue_ticket=desk.call_next(1))
    desk.close_contact(slow, "answered")
    sign_in_as("manager1")
    refused(desk, errors.MonthInFutureError, desk.rate_staff, "clerk1", "2026-04", 80, 80)
    refused(desk, errors.InvalidValueError, desk.rate_staff, "clerk1", "2026-03", 101, 80)
    refused(desk, errors.InvalidMonthError, desk.rate_staff, "clerk1", "March", 80, 80)
    desk.rate_staff("clerk1", "2026-03", 70, 90, "协作积极")
    desk.rate_staff("clerk1", "2026-03", 80, 90, "协作积极，熟悉收费政策")  # marked again
    sign_in_as("clerk1")
    refused(desk, errors.RoleForbidsError, desk.rate_staff, "clerk1", "2026-03", 100, 100)

    models = open_read_models(desk)
    with models.reading() as db:
        front = Front.reading(desk, models, db, clock.now())
        card = scorecard(front, "clerk1", "2026-03")
        assert readable_staff(front, "2026-03") == ["clerk1"]
        refused(desk, errors.RoleForbidsError, scorecard, front, "manager1", "2026-03")
    scores = {line.component: line.score for line in card.lines}
    # satisfaction: 1 of 2 callbacks satisfied (5; the 3 is not) = 50; complaints on time:
    # 1 of 1 = 100; efficiency: 1 of 2 contacts responded to within 15 min = 50.
    assert scores == {
        "satisfaction": 50.0,
        "complaint_handling": 100.0,
        "efficiency": 50.0,
        "teamwork": 80.0,
        "knowledge": 90.0,
    }
    # 0.30*50 + 0.25*100 + 0.20*50 + 0.15*80 + 0.10*90 = 15 + 25 + 10 + 12 + 9 = 71
    assert card.total == 71.0
    assert (card.contacts, card.tickets_called, card.cases_taken) == (2, 1, 2)
    assert card.comment == "协作积极，熟悉收费政策"


def test_a_manager_reads_everyone_s_scorecard(
    desk: FrontDesk, clock: SimulatedClock, sign_in_as
) -> None:
    contact = desk.open_contact("counter")
    desk.close_contact(contact, "answered")
    sign_in_as("manager1")
    models = open_read_models(desk)
    with models.reading() as db:
        front = Front.reading(desk, models, db, clock.now())
        assert readable_staff(front, "2026-03") == ["clerk1"]
        card = scorecard(front, "clerk1", "2026-03")
    # Only efficiency was measured: the total is its score, the other weights set aside.
    assert card.total == 100.0
