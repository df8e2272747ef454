"""Resident files: search by any part of what the desk knows, corrections kept, follow-ups."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from domain import FrontDesk, SimulatedClock
from projections.catalogue import open_read_models
from tests.support import member, resident_id

pytestmark = pytest.mark.stores("sqlite", "postgres")


def test_zhang_wei_is_found_by_name_unit_phone_and_plate(desk: FrontDesk, zhang_wei: str) -> None:
    models = open_read_models(desk)
    with models.reading() as db:
        files = models.resident_files  # type: ignore[attr-defined]
        for text in ("伟", "王芳", "3-2-15", "1502", "2345678", "沪a123", "2-1", "-15", "02"):
            assert [h.household_id for h in files.search(db, text)] == [zhang_wei], text
        assert files.search(db, "李") == []
        # The unit is matched as typed: never a wildcard, never a single character.
        for text in ("%", "_", "3-2-1_02", "3%2", "!", "3", "3-2-1503", "2-15022"):
            assert files.search(db, text) == [], text


def test_a_unit_is_found_by_its_number_in_the_past_too(
    desk: FrontDesk, zhang_wei: str, clock: SimulatedClock
) -> None:
    """A unit's number is searched in the households' own rows, as they stood at a moment."""
    from projections.time_travel import read_models_as_of

    before_li = clock.now()
    clock.advance(timedelta(hours=1))
    desk.move_in("3-2-1601", [member("李娜", phone="13700001111")], "tenant", "2026-03-05")
    open_read_models(desk)
    with read_models_as_of(desk, before_li) as then, then.reading() as db:
        found = then.resident_files.search(db, "3-2-1")  # type: ignore[attr-defined]
        assert [h.unit for h in found] == ["3-2-1502"]
    models = open_read_models(desk)
    with models.reading() as db:
        found = models.resident_files.search(db, "3-2-1")  # type: ignore[attr-defined]
        assert [h.unit for h in found] == ["3-2-1502", "3-2-1601"]


def test_a_phone_is_found_by_any_four_or_more_of_its_digits_in_a_row_and_only_so(
    desk: FrontDesk, units: list[str]
) -> None:
    """Only every four digits of a phone are indexed; a longer search is one phone's digits
    in a row, never windows picked from two phones of the household."""
    desk.move_in(
        "3-2-1601",
        [member("李强", phone="13800001234"), member("刘洋", "spouse", "139-0000-5678")],
        "owner",
        "2026-01-02",
    )
    desk.move_in("3-2-1502", [member("张伟", phone="13812345678")], "owner", "2026-01-02")
    models = open_read_models(desk)
    with models.reading() as db:
        files = models.resident_files  # type: ignore[attr-defined]

        def units_found(text: str) -> list[str]:
            return [h.unit for h in files.search(db, text)]

        assert units_found("5678") == ["3-2-1502", "3-2-1601"]
        for text in ("0000", "00005678", "139 0000 5678", "13800001234", "001234"):
            assert units_found(text) == ["3-2-1601"], text
        # Every four of these digits is in one phone or the other, all of them in neither.
        assert units_found("13800005678") == [] and units_found("000012345") == []
        assert units_found("1381234") == ["3-2-1502"] and units_found("12345678") == ["3-2-1502"]


def test_a_corrected_phone_is_found_by_the_new_number_and_the_old_one_stays_in_the_file(
    desk: FrontDesk, zhang_wei: str
) -> None:
    desk.update_contact(zhang_wei, "张伟", "13700001111", "住户换号")
    models = open_read_models(desk)
    with models.reading() as db:
        files = models.resident_files  # type: ignore[attr-defined]
        assert files.search(db, "0001111")[0].household_id == zhang_wei
        assert files.search(db, "13812345678") == []
        [change] = files.file(db, zhang_wei).contact_changes
        assert (change.previous_phone, change.phone, change.reason, change.operator) == (
            "13812345678",
            "13700001111",
            "住户换号",
            "clerk1",
        )


def test_the_first_week_follow_up_is_owed_only_for_move_ins_recorded_in_time(
    desk: FrontDesk, clock: SimulatedClock, zhang_wei: str
) -> None:
    """张伟 moved in today; 李强's file is migrated from paper two months after his move-in."""
    li_qiang = desk.move_in(
        "3-2-1601", [member("李强", id_number=resident_id(born="19700101"))], "owner", "2026-01-02"
    )
    models = open_read_models(desk)
    later = date(2026, 3, 2) + timedelta(days=10)
    with models.reading() as db:
        files = models.resident_files  # type: ignore[attr-defined]
        assert [h.household_id for h in files.callbacks_due(db, later)] == [zhang_wei]
        assert files.get(db, zhang_wei).callback_overdue(later)
        assert not files.get(db, li_qiang).callback_overdue(later)
    desk.record_move_in_callback(zhang_wei, 5, "很满意")
    models.catch_up()
    with models.reading() as db:
        assert models.resident_files.callbacks_due(db, later) == []  # type: ignore[attr-defined]


def test_the_occupied_units_and_the_names_of_the_households_asked_for(
    desk: FrontDesk, zhang_wei: str
) -> None:
    """A unit field completes from the occupied units (nothing personal opened); a list of
    contracts names each household it lists, one that moved out too."""
    li_qiang = desk.move_in(
        "3-2-1601", [member("李强", id_number=resident_id(born="19700101"))], "owner", "2026-01-02"
    )
    models = open_read_models(desk)
    files = models.resident_files  # type: ignore[attr-defined]
    with models.reading() as db:
        assert files.occupied_units(db) == ["3-2-1502", "3-2-1601"]
    desk.move_out(li_qiang, "2026-03-02")
    models.catch_up()
    with models.reading() as db:
        assert files.occupied_units(db) == ["3-2-1502"]
        names = files.members_of(db, [li_qiang, zhang_wei, li_qiang, "no-such-household"])
    assert set(names) == {li_qiang, zhang_wei}  # each once; an unknown one is not named
    assert names[li_qiang] == "李强" and "张伟" in names[zhang_wei]
