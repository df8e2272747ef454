"""Names, plates, phones, ID numbers and what reporters said are sealed in the events and
in the read models alike (and in their kept past): the raw SQLite file with its WAL, or a
pg_dump, holds none of them. Search by part of a name or plate still works through keyed
digests; forgetting a household takes its digests and its incidents' text with it."""

from __future__ import annotations

import dataclasses
import json
from datetime import timedelta
from uuid import UUID

import pytest

from desktop.usecases.retention import forget_expired
from domain import FrontDesk, SimulatedClock
from domain.personal_data import ERASED
from domain.values import mask_id
from projections.catalogue import open_read_models
from projections.past import past_of
from tests.ledger.test_personal_data import raw_bytes
from tests.support import member, resident_id

pytestmark = pytest.mark.stores("sqlite", "postgres")

OUYANG_ID = resident_id("110105", "19700101", "011")
SIMA_ID = resident_id("440305", "19881212", "022")
LEE_PASSPORT = "E12345678"
VISITOR_ID = resident_id("320102", "19950505", "033")
ZHUGE_ID = resident_id("510104", "19600606", "044")
# Every piece of personal data the community below holds.
NAMES = ("欧阳明月", "欧阳小雨", "司马青云", "Lee Ka Wing", "诸葛孔亮", "上官婉清")
PLATES = ("沪A7K3Q9", "浙B9X2M7", "沪C5D8E6")
PHONES = ("13811112222", "13933334444", "13755556666", "13677778888", "13599990000")
ID_NUMBERS = (OUYANG_ID, SIMA_ID, LEE_PASSPORT, VISITOR_ID, ZHUGE_ID)
SAID = ("东方不败说漏水", "邻居13522223333")  # what a reporter said, names and phones inside


@pytest.fixture
def ids(desk: FrontDesk, clock: SimulatedClock, units: list[str]) -> dict[str, str]:
    return community(desk, clock)


def community(desk: FrontDesk, clock: SimulatedClock) -> dict[str, str]:
    """Two households (one later moves out), a visitor, and incidents they reported."""
    ouyang = desk.move_in(
        "3-2-1501",
        [
            member("欧阳明月", phone="13811112222", id_number=OUYANG_ID),
            member("欧阳小雨", "child", ""),
        ],
        "owner",
        "2026-03-02",
        ["沪A7K3Q9"],
    )
    sima = desk.move_in(
        "3-2-1502",
        [
            member("司马青云", phone="13933334444", id_number=SIMA_ID),
            member(
                "Lee Ka Wing", "tenant", "13755556666", id_type="passport", id_number=LEE_PASSPORT
            ),
        ],
        "tenant",
        "2026-03-02",
        ["浙B9X2M7"],
    )
    desk.register_vehicle(ouyang, "沪C5D8E6")
    desk.remove_vehicle(ouyang, "沪A7K3Q9", "卖了")
    desk.update_contact(sima, "司马青云", "13677778888", "换号")
    desk.add_member(ouyang, member("诸葛孔亮", "other", "13599990000", id_number=ZHUGE_ID))
    desk.record_move_in_callback(sima, 5, "Lee Ka Wing 很满意")
    visit = desk.register_visitor(
        "3-2-1501", "上官婉清", "resident_id", VISITOR_ID, "13599990000", "探亲"
    )
    desk.confirm_host(visit)
    leak = desk.report_incident(
        "repair",
        "plumbing",
        "general",
        "3-2-1502 卫生间",
        f"{SAID[0]}，司马青云 13933334444 在家",
        "司马青云",
        "phone",
        reporter_phone="13933334444",
        reporter_household_id=sima,
    )
    desk.log_action(leak, f"{SAID[1]}，找 Lee Ka Wing")
    desk.resolve(leak, "换了阀门，司马青云签字")
    desk.record_callback(leak, 5, "司马青云 满意")
    noise = desk.report_incident(
        "complaint", "noise", "minor", "3-2-1501", "楼上欧阳明月家装修", "欧阳明月", unit="3-2-1501"
    )
    clock.advance(timedelta(hours=1))
    return {"ouyang": ouyang, "sima": sima, "visit": visit, "leak": leak, "noise": noise}


def found_in(stored: bytes, secret: str) -> bool:
    """In the bytes as written, or hex-encoded as pg_dump shows a bytea column."""
    return secret.encode() in stored or secret.encode().hex().encode() in stored


def test_the_raw_database_holds_no_name_plate_phone_id_number_or_what_was_said(
    desk: FrontDesk, clock: SimulatedClock, store_url: str, ids: dict[str, str]
) -> None:
    models = open_read_models(desk)
    models.catch_up()
    with models.reading() as db:  # the read models and their past are filled
        file = models.resident_files.file(db, ids["ouyang"])  # type: ignore[attr-defined]
        assert file.former_vehicles == ["沪A7K3Q9"] and file.vehicles == ["沪C5D8E6"]
        for table in ("household_members", "household_vehicles", "resident_search"):
            assert db.value(f"SELECT COUNT(*) FROM {past_of(table)}") > 0

    stored = raw_bytes(store_url)

    for secret in (*NAMES, *PLATES, *PHONES, *ID_NUMBERS, *SAID):
        assert not found_in(stored, secret), secret
    assert found_in(stored, "3-2-1502")  # what is not personal stays readable


def test_the_desk_still_reads_and_finds_people_by_part_of_a_name_or_plate(
    desk: FrontDesk, ids: dict[str, str]
) -> None:
    models = open_read_models(desk)
    models.catch_up()
    files = models.resident_files  # type: ignore[attr-defined]
    with models.reading() as db:

        def units(text: str) -> list[str]:
            return [h.unit for h in files.search(db, text)]

        assert units("欧阳") == ["3-2-1501"]
        assert units("明") == ["3-2-1501"]
        assert units("司马青云") == ["3-2-1502"]
        assert units("lee ka") == ["3-2-1502"] and units("KaWing") == ["3-2-1502"]
        assert units("c5d8") == ["3-2-1501"] and units("浙B") == ["3-2-1502"]
        assert units("沪A7K") == []  # a plate no longer registered
        assert units("7778") == ["3-2-1502"] and units("1502") == ["3-2-1502"]
        assert units("孔亮") == ["3-2-1501"]
        household = files.get(db, ids["ouyang"])
        assert household.members == "欧阳明月、欧阳小雨、诸葛孔亮"
        assert household.plates == "沪C5D8E6"
        file = files.file(db, ids["sima"])
        assert [m.name for m in file.members] == ["司马青云", "Lee Ka Wing"]
        assert file.members[1].id_masked == mask_id(LEE_PASSPORT) != LEE_PASSPORT
        assert file.contact_changes[0].name == "司马青云"
        assert file.callback_notes == "Lee Ka Wing 很满意"
        [visit] = models.visitor_log.recent(db, desk.now())  # type: ignore[attr-defined]
        assert visit.name == "上官婉清"
        leak = models.incident_board.get(db, ids["leak"], desk.now())  # type: ignore[attr-defined]
        assert (leak.reporter, leak.reporter_phone) == ("司马青云", "13933334444")
        assert leak.reporter_household_id == ids["sima"]
        assert leak.description.startswith(SAID[0])
        timeline = models.incident_board.timeline(db, ids["leak"])  # type: ignore[attr-defined]
        assert [t.detail for t in timeline][:2] == [leak.description, f"{SAID[1]}，找 Lee Ka Wing"]
        noise = models.incident_board.get(db, ids["noise"], desk.now())  # type: ignore[attr-defined]
        # Named in the unit's household: linked to it without being told.
        assert noise.reporter_household_id == ids["ouyang"]


def test_forgetting_a_household_takes_its_search_digests_and_its_incidents_text(
    desk: FrontDesk, clock: SimulatedClock, store_url: str, ids: dict[str, str]
) -> None:
    sima, leak = ids["sima"], ids["leak"]
    desk.move_out(sima, desk.now().date().isoformat())
    clock.advance(timedelta(days=181))
    models = open_read_models(desk)
    models.catch_up()
    with models.reading() as db:
        terms_before = db.value(
            f"SELECT COUNT(*) FROM {past_of('resident_search')} WHERE household_id = :id", id=sima
        )
    events = desk.event_count()

    forgotten = forget_expired(desk, models)

    assert (forgotten.households, forgotten.visitors) == (1, 1)  # the visit is over too
    assert desk.event_count() == events + 2  # two erasures; the incident's events unchanged
    assert desk.verify().ok
    files, board = models.resident_files, models.incident_board  # type: ignore[attr-defined]

    def seen(db) -> tuple:
        row = board.get(db, leak, desk.now())
        steps = [t.detail for t in board.timeline(db, leak)]
        return (row.reporter, row.reporter_phone, row.description, row.state, steps)

    with models.reading() as db:
        assert files.search(db, "司马") == [] and files.search(db, "浙B9") == []
        assert files.search(db, "lee") == [] and [h.unit for h in files.search(db, "1502")]
        # Found by its unit alone, which is searched in the households' rows: not one of its
        # digests is left, now or in the past.
        assert (
            db.value("SELECT COUNT(*) FROM resident_search WHERE household_id = :id", id=sima) == 0
        )
        kept = db.value(
            f"SELECT COUNT(*) FROM {past_of('resident_search')} WHERE household_id = :id", id=sima
        )
        assert kept == 0 < terms_before
        after = seen(db)
        assert after[:4] == (ERASED, ERASED, ERASED, "resolved")
        assert after[4] == [ERASED] * 4  # description, note, resolution, callback comment
        other = board.get(db, ids["noise"], desk.now())
        assert other.reporter == "欧阳明月"  # another household's incident is untouched
    models.rebuild()
    with models.reading() as db:
        assert seen(db) == after
    incident = desk.get_incident(leak)
    assert (incident.reporter, incident.description) == (ERASED, ERASED)
    stored = raw_bytes(store_url)
    for secret in (*NAMES, *PLATES, *PHONES, *ID_NUMBERS, *SAID):
        assert not found_in(stored, secret), secret


def test_an_incident_reported_in_the_old_shape_still_reads(desk: FrontDesk) -> None:
    """Version 2 of the report had the reporter as free text and no link: it reads with
    none, its text as it was written."""
    incident_id = desk.report_incident(
        "repair", "lighting", "minor", "5号楼大堂", "灯坏了", "巡逻保安", "patrol"
    )
    [stored] = [
        s
        for s in desk.recorder.select_events(UUID(incident_id))  # type: ignore[attr-defined]
        if s.topic.endswith("Incident.Reported")
    ]
    state = json.loads(stored.state)
    assert state["class_version"] == 3 and "_sealed_" in state["reporter"]
    old = {k: v for k, v in state.items() if k not in ("reporter_household_id", "reporter_phone")}
    old.update(class_version=2, description="灯坏了", reporter="巡逻保安", location="5号楼大堂")
    event = desk.mapper.to_domain_event(
        dataclasses.replace(stored, state=json.dumps(old, ensure_ascii=False).encode())
    )
    assert (event.reporter, event.reporter_household_id, event.reporter_phone) == (
        "巡逻保安",
        "",
        "",
    )


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_a_reporter_named_by_a_household_that_is_not_there_is_refused(desk: FrontDesk) -> None:
    from domain import errors

    with pytest.raises(errors.DomainError):
        desk.report_incident(
            "repair",
            "lighting",
            "minor",
            "大堂",
            "灯坏了",
            "某人",
            reporter_household_id="00000000-0000-0000-0000-000000000000",
        )


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_read_models_an_earlier_version_left_in_the_clear_are_rebuilt_sealed(
    desk: FrontDesk, store_url: str, ids: dict[str, str]
) -> None:
    """An earlier version kept names in the read models' tables: opened by this one, they
    are dropped with their freed pages zeroed and rebuilt sealed."""
    models = open_read_models(desk)
    models.catch_up()
    with models.store.writing() as db:
        db.execute(
            "UPDATE household_members SET name = '欧阳明月' WHERE household_id = :id",
            id=ids["ouyang"],
        )
        db.execute("UPDATE read_model_schema SET fingerprint = 'an earlier version'")
    assert found_in(raw_bytes(store_url), "欧阳明月")

    again = open_read_models(desk)
    again.catch_up()

    with again.reading() as db:
        assert again.resident_files.get(db, ids["ouyang"]).members.startswith("欧阳明月")  # type: ignore[attr-defined]
    assert not found_in(raw_bytes(store_url), "欧阳明月")


def test_another_desk_holding_the_incidents_key_shows_it_erased_too(
    desk: FrontDesk, clock: SimulatedClock, store_url: str, ids: dict[str, str]
) -> None:
    from tests.conftest import open_desk
    from tests.support import PASSWORD

    other = open_desk(store_url, clock, "desk-2")
    other.sign_in("supervisor1", PASSWORD)
    theirs = open_read_models(other)
    with theirs.reading() as db:  # their desk has opened the incident: its key is in memory
        assert theirs.incident_board.get(db, ids["leak"], other.now()).reporter == "司马青云"  # type: ignore[attr-defined]
    desk.move_out(ids["sima"], desk.now().date().isoformat())
    clock.advance(timedelta(days=181))
    forget_expired(desk, open_read_models(desk))

    theirs.catch_up()

    with theirs.reading() as db:
        row = theirs.incident_board.get(db, ids["leak"], other.now())  # type: ignore[attr-defined]
        assert (row.reporter, row.description) == (ERASED, ERASED)
        steps = theirs.incident_board.timeline(db, ids["leak"])  # type: ignore[attr-defined]
        assert {s.detail for s in steps} == {ERASED}
    other.close()
