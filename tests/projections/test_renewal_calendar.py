"""The renewal calendar: 张伟's service contract for 3-2-1502 runs to 2027-02-28, so the
desk must send him a renewal notice by 2026-11-30; his renovation deposit is 3000 yuan."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import icalendar
import pytest

from domain import FrontDesk, SimulatedClock
from projections.activities import ActivityRoll
from projections.emergency_log import EmergencyLog
from projections.incident_board import IncidentBoard
from projections.kpis import Kpis
from projections.renewal_calendar import RenewalCalendar, write_ics
from projections.runner import ReadModels
from projections.visitor_log import VisitorLog
from tests.support import member, resident_id

pytestmark = pytest.mark.stores("sqlite", "postgres")

SHANGHAI = ZoneInfo("Asia/Shanghai")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=SHANGHAI)


@pytest.fixture
def models(desk: FrontDesk) -> Iterator[ReadModels]:
    yield ReadModels(
        desk, [VisitorLog, IncidentBoard, EmergencyLog, RenewalCalendar, ActivityRoll, Kpis]
    )


@pytest.fixture
def service(desk: FrontDesk, zhang_wei: str) -> str:
    """张伟's property service contract: March 2026 to February 2027, 268.50 a month."""
    return desk.sign_contract(
        "3-2-1502", zhang_wei, "service", "2026-03-01", "2027-02-28", "268.50"
    )


@pytest.fixture
def renovation(desk: FrontDesk, zhang_wei: str) -> str:
    """张伟's renovation agreement for March to May, with a 3000 yuan deposit agreed."""
    return desk.sign_contract(
        "3-2-1502", zhang_wei, "renovation", "2026-03-02", "2026-05-31", "0", "3000"
    )


@pytest.fixture
def li_ming(desk: FrontDesk, units: list[str]) -> str:
    """李明 next door in 3-2-1501, with a parking space that ends in June."""
    return desk.move_in(
        "3-2-1501",
        [member("李明", id_number=resident_id(born="19790203", sequence="451"))],
        "tenant",
        "2026-03-02",
    )


def calendar_of(models: ReadModels) -> RenewalCalendar:
    return models.renewal_calendar  # type: ignore[attr-defined, no-any-return]


def notice_sent_on_time(
    desk: FrontDesk, models: ReadModels, clock: SimulatedClock, service: str, channel: str
) -> RenewalCalendar:
    """The service contract's renewal notice sent on 2026-11-20, ten days before it is due;
    the calendar as it then stands."""
    clock.set(at("2026-11-20T10:00:00"))
    desk.send_renewal_notice(service, channel)
    models.catch_up()
    return calendar_of(models)


# --- signing ----------------------------------------------------------------------------------


def test_the_service_contract_is_on_the_calendar_with_its_notice_due_date(
    desk: FrontDesk, models: ReadModels, zhang_wei: str, service: str
) -> None:
    models.catch_up()

    with models.reading() as db:
        row = calendar_of(models).get(db, service)

    assert row is not None
    assert (row.unit, row.household_id, row.kind) == ("3-2-1502", zhang_wei, "service")
    assert (row.start, row.end) == (date(2026, 3, 1), date(2027, 2, 28))
    assert row.monthly_fee == Decimal("268.50")
    assert row.notice_due == date(2026, 11, 30)
    assert row.notice_sent_at is None
    assert (row.renewals, row.breaches, row.terminated_on) == (0, 0, None)
    assert row.signed_by == "clerk1"
    assert row.status(date(2026, 3, 2)) == "running"


def test_an_amended_end_moves_the_notice_due_date(
    desk: FrontDesk, models: ReadModels, service: str
) -> None:
    desk.amend_contract(service, {"end": "2027-03-31", "monthly_fee": "275.00"}, "业主要求")
    models.catch_up()

    with models.reading() as db:
        row = calendar_of(models).get(db, service)

    assert row is not None
    assert (row.end, row.notice_due) == (date(2027, 3, 31), date(2026, 12, 31))
    assert row.monthly_fee == Decimal("275.00")
    assert row.start == date(2026, 3, 1)


def test_contracts_ending_soon_and_notices_coming_due(
    desk: FrontDesk,
    models: ReadModels,
    clock: SimulatedClock,
    service: str,
    renovation: str,
) -> None:
    models.catch_up()
    calendar = calendar_of(models)

    with models.reading() as db:
        ending_by_june = calendar.ending_within(db, date(2026, 3, 2), 91)
        ending_this_year = calendar.ending_within(db, date(2026, 3, 2), 365)
        due_in_november = calendar.notices_due(db, date(2026, 11, 20), 14)
        due_next_week = calendar.notices_due(db, date(2026, 11, 20), 7)

    assert [r.contract_id for r in ending_by_june] == [renovation]
    assert [r.contract_id for r in ending_this_year] == [renovation, service]
    assert [r.contract_id for r in due_in_november] == [service]
    assert due_next_week == []


def test_a_notice_sent_on_time_leaves_the_due_list(
    desk: FrontDesk, models: ReadModels, clock: SimulatedClock, service: str
) -> None:
    calendar = notice_sent_on_time(desk, models, clock, service, "letter")

    with models.reading() as db:
        row = calendar.get(db, service)
        due = calendar.notices_due(db, date(2026, 11, 20), 30)
        overdue = calendar.notices_overdue(db, date(2026, 12, 5))

    assert row is not None
    assert row.notice_sent_at == at("2026-11-20T10:00:00")
    assert (row.notice_sent_on, row.notice_channel, row.notices_sent) == (
        date(2026, 11, 20),
        "letter",
        1,
    )
    assert row.notice_on_time is True
    assert row.status(date(2026, 12, 5)) == "notice_sent"
    assert (due, overdue) == ([], [])


def test_a_forgotten_notice_is_overdue_and_then_the_contract_expires(
    desk: FrontDesk, models: ReadModels, clock: SimulatedClock, service: str
) -> None:
    clock.set(at("2026-12-05T09:00:00"))
    models.catch_up()
    calendar = calendar_of(models)

    with models.reading() as db:
        overdue_in_december = calendar.notices_overdue(db, desk.today())
        expired_in_december = calendar.expired(db, desk.today())
    clock.set(at("2027-03-05T09:00:00"))
    with models.reading() as db:
        overdue_in_march = calendar.notices_overdue(db, desk.today())
        expired_in_march = calendar.expired(db, desk.today())
        row = calendar.get(db, service)

    assert [r.contract_id for r in overdue_in_december] == [service]
    assert expired_in_december == []
    assert overdue_in_march == []
    assert [r.contract_id for r in expired_in_march] == [service]
    assert row is not None and row.status(date(2027, 3, 5)) == "expired"


def test_a_renewal_starts_a_new_term_whose_notice_is_yet_to_be_sent(
    desk: FrontDesk, models: ReadModels, clock: SimulatedClock, service: str
) -> None:
    clock.set(at("2026-11-20T10:00:00"))
    desk.send_renewal_notice(service, "phone")
    clock.set(at("2027-01-15T10:00:00"))
    desk.renew_contract(service, "2028-02-29", "280.00")
    models.catch_up()
    calendar = calendar_of(models)

    with models.reading() as db:
        row = calendar.get(db, service)
        expired = calendar.expired(db, date(2027, 3, 5))

    assert row is not None
    assert (row.end, row.notice_due) == (date(2028, 2, 29), date(2027, 12, 1))
    assert (row.notice_sent_at, row.notice_channel, row.notices_sent) == (None, "", 0)
    assert (row.renewals, row.monthly_fee) == (1, Decimal("280.00"))
    assert expired == []


def test_a_terminated_contract_is_neither_overdue_nor_expired(
    desk: FrontDesk, models: ReadModels, sign_in_as, service: str
) -> None:
    desk.record_breach(service, "arrears", "拖欠物业费三个月")
    desk.record_breach(service, "illegal_renovation", "擅自拆改承重墙")
    sign_in_as("supervisor1")
    desk.terminate_contract(service, "2026-06-30", "业主出售房屋")
    models.catch_up()
    calendar = calendar_of(models)

    with models.reading() as db:
        row = calendar.get(db, service)
        overdue = calendar.notices_overdue(db, date(2026, 12, 5))
        expired = calendar.expired(db, date(2027, 3, 5))
        ending = calendar.ending_within(db, date(2026, 3, 2), 365)

    assert row is not None
    assert (row.terminated_on, row.termination_reason) == (date(2026, 6, 30), "业主出售房屋")
    assert row.breaches == 2
    assert row.status(date(2026, 7, 1)) == "terminated"
    assert (overdue, expired, ending) == ([], [], [])


# --- the calendar's marks and its days ----------------------------------------------------


def test_each_day_is_marked_with_its_most_urgent_date(
    desk: FrontDesk,
    models: ReadModels,
    clock: SimulatedClock,
    service: str,
    renovation: str,
    li_ming: str,
) -> None:
    """The service contract ends 2027-02-28, its notice due 2026-11-30; the renovation ends
    2026-05-31 (notice due 2026-03-02); 李明's parking ends on 2026-11-30 too: that day
    shows the notice, the more urgent, and once overdue, the overdue notice."""
    desk.sign_contract("3-2-1501", li_ming, "parking", "2026-03-02", "2026-11-30", "300")
    models.catch_up()
    calendar = calendar_of(models)

    with models.reading() as db:
        in_march = calendar.marks(db, date(2026, 3, 2))
        in_december = calendar.marks(db, date(2026, 12, 5))
        # The weeks a calendar shows of November: only their days are counted.
        november = calendar.marks(db, date(2026, 3, 2), (date(2026, 10, 25), date(2026, 12, 15)))

    assert in_march[date(2027, 2, 28)] == "end"
    assert in_march[date(2026, 11, 30)] == "notice"  # beside the parking space's end
    assert in_march[date(2026, 3, 2)] == "notice"  # the renovation's, due today
    assert in_march[date(2026, 5, 31)] == "end"
    assert in_december[date(2026, 11, 30)] == "overdue"
    assert november == {date(2026, 11, 30): "notice"}
    # An ended contract keeps its end on the calendar, never a notice any more.
    assert in_december[date(2026, 5, 31)] == "end" and date(2026, 3, 2) not in in_december


def test_a_sent_notice_and_a_terminated_contract_leave_the_calendar(
    desk: FrontDesk, models: ReadModels, clock: SimulatedClock, sign_in_as, service: str
) -> None:
    calendar = notice_sent_on_time(desk, models, clock, service, "phone")
    with models.reading() as db:
        sent = calendar.marks(db, date(2026, 11, 20))
        due_that_day = calendar.on_day(db, date(2026, 11, 30))
        ending_that_day = calendar.on_day(db, date(2027, 2, 28))

    sign_in_as("supervisor1")
    desk.terminate_contract(service, "2026-12-31", "业主出售房屋")
    models.catch_up()
    with models.reading() as db:
        terminated = calendar.marks(db, date(2026, 11, 20))
        ending_after = calendar.on_day(db, date(2027, 2, 28))

    assert sent == {date(2027, 2, 28): "end"}
    assert due_that_day == []  # the notice went out
    assert [r.contract_id for r in ending_that_day] == [service]
    assert terminated == {} and ending_after == []


def test_a_day_lists_the_contracts_ending_on_it_and_the_notices_due_on_it(
    desk: FrontDesk, models: ReadModels, service: str, renovation: str
) -> None:
    models.catch_up()
    calendar = calendar_of(models)
    with models.reading() as db:
        notice_day = calendar.on_day(db, date(2026, 11, 30))
        renovation_end = calendar.on_day(db, date(2026, 5, 31))
        nothing = calendar.on_day(db, date(2026, 5, 30))

    assert [r.contract_id for r in notice_day] == [service]
    assert [r.contract_id for r in renovation_end] == [renovation]
    assert nothing == []


def test_the_renovation_deposit_is_paid_refunded_with_deductions_and_held(
    desk: FrontDesk, models: ReadModels, service: str, renovation: str
) -> None:
    desk.record_deposit(renovation, "3000")
    desk.refund_deposit(renovation, "2000", "500", "楼道墙面损坏修补")
    models.catch_up()

    with models.reading() as db:
        deposits = calendar_of(models).renovation_deposits(db)

    assert len(deposits) == 1
    row = deposits[0]
    assert row.contract_id == renovation
    assert (row.deposit, row.deposit_paid, row.deposit_refunded, row.deposit_deducted) == (
        Decimal("3000.00"),
        Decimal("3000.00"),
        Decimal("2000.00"),
        Decimal("500.00"),
    )
    assert row.deposit_held == Decimal("500.00")
    assert row.deposit_state == "held"


def test_a_deposit_agreed_but_not_paid_is_unpaid(
    desk: FrontDesk, models: ReadModels, renovation: str
) -> None:
    models.catch_up()

    with models.reading() as db:
        (row,) = calendar_of(models).renovation_deposits(db)

    assert (row.deposit_paid, row.deposit_held, row.deposit_state) == (
        Decimal("0.00"),
        Decimal("0.00"),
        "unpaid",
    )


def test_a_household_sees_only_its_own_contracts(
    desk: FrontDesk, models: ReadModels, zhang_wei: str, li_ming: str, service: str
) -> None:
    parking = desk.sign_contract("3-2-1501", li_ming, "parking", "2026-03-01", "2026-06-30", "300")
    models.catch_up()
    calendar = calendar_of(models)

    with models.reading() as db:
        zhang = calendar.for_household(db, zhang_wei)
        li = calendar.for_household(db, li_ming)
        unknown = calendar.get(db, "no-such-contract")

    assert [r.contract_id for r in zhang] == [service]
    assert [(r.contract_id, r.unit, r.kind) for r in li] == [(parking, "3-2-1501", "parking")]
    assert unknown is None


def test_a_rebuild_gives_the_same_calendar(
    desk: FrontDesk, models: ReadModels, clock: SimulatedClock, service: str, renovation: str
) -> None:
    desk.record_deposit(renovation, "3000")
    clock.set(at("2026-11-20T10:00:00"))
    desk.send_renewal_notice(service, "sms")
    models.catch_up()
    with models.reading() as db:
        before = calendar_of(models).all(db)

    models.rebuild()

    with models.reading() as db:
        assert calendar_of(models).all(db) == before


# --- the iCalendar feed -------------------------------------------------------------------------


def events_in(data: bytes) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def feed(models: ReadModels) -> dict[str, icalendar.Event]:
    """The .ics of every contract as the command line writes it, read back by icalendar."""
    models.catch_up()
    out = io.BytesIO()
    with models.reading() as db:
        rows = calendar_of(models).all(db)
        write_ics(rows, out, SHANGHAI, calendar_of(models).entry_versions(db, rows))
    return events_in(out.getvalue())


def test_the_ics_feed_has_the_end_and_the_notice_date_of_each_contract(
    desk: FrontDesk, models: ReadModels, tmp_path, service: str, renovation: str
) -> None:
    models.catch_up()
    with models.reading() as db:
        rows = calendar_of(models).all(db)
        versions = calendar_of(models).entry_versions(db, rows)
    path = tmp_path / "renewals.ics"

    write_ics(rows, path, SHANGHAI, versions)

    events = events_in(path.read_bytes())
    assert sorted(events) == sorted(
        [
            f"{service}-end@frontdesk",
            f"{service}-notice@frontdesk",
            f"{renovation}-end@frontdesk",
            f"{renovation}-notice@frontdesk",
        ]
    )
    end = events[f"{service}-end@frontdesk"]
    notice = events[f"{service}-notice@frontdesk"]
    assert str(end["SUMMARY"]) == "合同到期 3-2-1502 物业服务"
    assert end.decoded("DTSTART") == date(2027, 2, 28)
    assert end.decoded("DTEND") == date(2027, 3, 1)
    assert str(notice["SUMMARY"]) == "续约通知截止 3-2-1502 物业服务"
    assert notice.decoded("DTSTART") == date(2026, 11, 30)
    renovation_end = events[f"{renovation}-end@frontdesk"]
    assert str(renovation_end["SUMMARY"]) == "合同到期 3-2-1502 装修管理"
    assert renovation_end.decoded("DTSTART") == date(2026, 5, 31)


def test_the_ics_feed_keeps_its_uids_when_a_notice_is_sent(
    desk: FrontDesk, models: ReadModels, clock: SimulatedClock, service: str
) -> None:
    first = feed(models)
    clock.set(at("2026-11-20T10:00:00"))
    desk.send_renewal_notice(service, "letter")
    second = feed(models)

    assert sorted(first) == sorted(second)
    notice = second[f"{service}-notice@frontdesk"]
    assert "2026-11-20" in str(notice["DESCRIPTION"])
    assert "2026-11-20" not in str(first[f"{service}-notice@frontdesk"]["DESCRIPTION"])


def version(event: icalendar.Event) -> tuple[int, datetime]:
    return int(event["SEQUENCE"]), event.decoded("LAST-MODIFIED")


def test_every_entry_carries_its_sequence_and_last_modified(
    desk: FrontDesk, models: ReadModels, service: str
) -> None:
    events = feed(models)
    signed = at("2026-03-02T09:00:00")
    for kind in ("end", "notice"):
        assert version(events[f"{service}-{kind}@frontdesk"]) == (0, signed)
    assert events[f"{service}-end@frontdesk"].decoded("LAST-MODIFIED").utcoffset().seconds == 0


def test_a_moved_end_date_raises_the_sequence_so_a_re_import_updates_it(
    desk: FrontDesk, models: ReadModels, clock: SimulatedClock, service: str
) -> None:
    before = feed(models)
    clock.set(at("2026-06-01T15:30:00"))
    desk.amend_contract(service, {"end": "2027-05-31"}, "业主要求延长")

    after = feed(models)

    for kind in ("end", "notice"):
        uid = f"{service}-{kind}@frontdesk"
        assert version(after[uid]) == (1, at("2026-06-01T15:30:00"))
        assert version(after[uid])[0] > version(before[uid])[0]
    assert after[f"{service}-end@frontdesk"].decoded("DTSTART") == date(2027, 5, 31)
    assert after[f"{service}-notice@frontdesk"].decoded("DTSTART") == date(2027, 3, 2)  # 90 days


def test_each_change_to_an_entry_raises_it_and_nothing_else_does(
    desk: FrontDesk, models: ReadModels, clock: SimulatedClock, service: str
) -> None:
    uid = f"{service}-notice@frontdesk"
    steps = [
        (
            "2026-04-01T10:00:00",
            lambda: desk.amend_contract(service, {"monthly_fee": "300"}, "调价"),
        ),
        ("2026-04-02T10:00:00", lambda: desk.record_deposit(service, "500")),
        ("2026-04-03T10:00:00", lambda: desk.record_breach(service, "arrears", "欠费两个月")),
        ("2026-11-20T10:00:00", lambda: desk.send_renewal_notice(service, "letter")),
        ("2026-11-21T10:00:00", lambda: desk.send_renewal_notice(service, "phone")),
        ("2027-01-10T10:00:00", lambda: desk.renew_contract(service, "2028-02-29")),
        (
            "2027-02-01T10:00:00",
            lambda: desk.amend_contract(service, {"start": "2026-03-15"}, "补签"),
        ),
    ]
    seen = []
    for moment, step in steps:
        clock.set(at(moment))
        step()
        seen.append(version(feed(models)[uid]))
    signed = at("2026-03-02T09:00:00")
    notice, renewed, amended = (
        at(m) for m in ("2026-11-20T10:00:00", "2027-01-10T10:00:00", "2027-02-01T10:00:00")
    )
    assert seen == [
        (0, signed),  # the fee is not on the calendar
        (0, signed),  # nor the deposit
        (0, signed),  # nor a breach
        (1, notice),  # the first notice of the term is
        (1, notice),  # a second one changes nothing it says
        (2, renewed),
        (3, amended),
    ]
