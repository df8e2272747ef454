"""Personal data at rest and forgotten: the database holds no plain ID or phone number;
after the retention period a visitor's or household's data is gone, while the events, the
chain and the counts stay exactly as they were."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlparse
from uuid import UUID

import pytest

from desktop.usecases.retention import forget_expired
from domain import FrontDesk, SimulatedClock, errors
from domain.personal_data import ERASED
from domain.store import store_env
from projections.catalogue import open_read_models
from tests.support import PASSWORD, POSTGRES_URL, resident_id

pytestmark = pytest.mark.stores("sqlite", "postgres")

VISITOR_ID = resident_id("440305", "19900101", "456")
ZHANG_ID = resident_id()
SECRETS = (
    ZHANG_ID,
    "310104198703150022",
    VISITOR_ID,
    "13812345678",
    "13987654321",
    "13700137000",
    "13900139000",
)


@pytest.fixture
def visit(desk: FrontDesk, clock: SimulatedClock, zhang_wei: str) -> str:
    pass_id = desk.register_visitor(
        "3-2-1502", "刘洋", "resident_id", VISITOR_ID, "13900139000", "探亲", "guest"
    )
    desk.confirm_host(pass_id)
    desk.issue_pass(pass_id)
    desk.check_in(pass_id)
    clock.advance(timedelta(hours=1))
    desk.check_out(pass_id)
    return pass_id


def raw_bytes(url: str) -> bytes:
    """Everything the store's database holds, as a thief with the file would read it."""
    if url.startswith("sqlite"):
        path = Path(urlparse(url).path[1:])
        return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    schema = url.rpartition("schema=")[2]
    dump = subprocess.run(
        ["pg_dump", "--schema", schema, POSTGRES_URL], capture_output=True, check=True
    )
    return dump.stdout


def test_the_database_holds_no_plain_name_plate_id_or_phone_number(
    desk: FrontDesk, store_url: str, zhang_wei: str, visit: str
) -> None:
    desk.update_contact(zhang_wei, "张伟", "13700137000", "换号")
    desk.take_snapshot(UUID(zhang_wei))
    models = open_read_models(desk)
    with models.reading() as db:
        [found] = models.resident_files.search(db, "13700137000")  # type: ignore[attr-defined]
        assert found.household_id == zhang_wei and "13700137000" in found.phones
        [pass_row] = models.visitor_log.recent(db, desk.now())  # type: ignore[attr-defined]
        assert pass_row.phone == "13900139000"

    stored = raw_bytes(store_url)

    assert b"3-2-1502" in stored  # the file is readable; the people are not in it
    for secret in (*SECRETS, "张伟", "王芳", "刘洋", "沪A12345"):
        assert secret.encode() not in stored, secret
    assert desk.get_household(zhang_wei).member("王芳").id_number == "310104198703150022"


def test_a_visitor_is_forgotten_after_the_retention_period(
    desk: FrontDesk, clock: SimulatedClock, store_url: str, visit: str, sign_in_as
) -> None:
    models = open_read_models(desk)
    with models.reading() as db:
        counts_before = models.visitor_log.counts(db, desk.now())  # type: ignore[attr-defined]
    events = desk.event_count()
    clock.advance(timedelta(days=179))
    with pytest.raises(errors.RetentionNotOverError, match="2026-08-29"):
        desk.forget_personal_data(visit)
    assert forget_expired(desk, models).visitors == 0
    assert desk.event_count() == events

    clock.advance(timedelta(days=2))
    assert forget_expired(desk, models).visitors == 1

    forgotten = desk.get_pass(visit)
    assert (forgotten.name, forgotten.id_number, forgotten.phone) == (ERASED,) * 3
    assert str(forgotten.host_unit) == "3-2-1502" and forgotten.checked_out_at is not None
    assert desk.event_count() == events + 1
    assert desk.verify().ok
    with models.reading() as db:
        row = models.visitor_log.recent(db, desk.now())[0]  # type: ignore[attr-defined]
        assert (row.name, row.id_masked, row.phone, row.state) == (ERASED, ERASED, "", "left")
        assert models.visitor_log.counts(db, desk.now()) == counts_before  # type: ignore[attr-defined]
    models.rebuild()
    with models.reading() as db:
        assert models.visitor_log.recent(db, desk.now())[0] == row  # type: ignore[attr-defined]
    sign_in_as("auditor1")
    [erasure] = [r for r in desk.history() if r.type == "PersonalDataErased"]
    assert erasure.aggregate_id == visit and erasure.data["retention_days"] == 180
    assert VISITOR_ID.encode() not in raw_bytes(store_url)


def test_a_household_is_forgotten_only_after_its_move_out_and_the_retention_period(
    desk: FrontDesk, clock: SimulatedClock, zhang_wei: str
) -> None:
    with pytest.raises(errors.StillLivingHereError):
        desk.forget_personal_data(zhang_wei)
    desk.move_out(zhang_wei, desk.now().date().isoformat())
    models = open_read_models(desk)
    clock.advance(timedelta(days=181))
    with models.reading() as db:
        kpis_before = models.kpis.monthly(db, "2026-03")  # type: ignore[attr-defined]

    assert forget_expired(desk, models).households == 1
    assert forget_expired(desk, models).households == 0  # once forgotten, never again

    household = desk.get_household(zhang_wei)
    assert {m.name for m in household.members} == {ERASED}
    assert {m.id_number for m in household.members} == {ERASED}
    assert household.vehicles == [] and str(household.unit) == "3-2-1502"
    with models.reading() as db:
        files = models.resident_files  # type: ignore[attr-defined]
        assert files.search(db, "张伟") == [] and files.search(db, "13812345678") == []
        [former] = files.search(db, "3-2-1502")
        assert former.members == f"{ERASED}、{ERASED}" and former.moved_out_on is not None
        assert {m.phone for m in files.file(db, zhang_wei).members} == {""}
        assert models.kpis.monthly(db, "2026-03") == kpis_before  # type: ignore[attr-defined]
    assert desk.verify().ok


def test_the_retention_period_is_the_service_centers_to_set(
    desk: FrontDesk, sign_in_as, visit: str, clock: SimulatedClock
) -> None:
    with pytest.raises(errors.PermissionDeniedError):
        desk.set_retention(30, 30)
    sign_in_as("admin")
    count = desk.event_count()
    with pytest.raises(errors.InvalidInputError):
        desk.set_retention(0, 30)
    assert desk.event_count() == count
    desk.set_retention(30, 365)
    assert desk.retention() == (30, 365)
    clock.advance(timedelta(days=31))
    sign_in_as("auditor1")
    with pytest.raises(errors.PermissionDeniedError):
        desk.forget_personal_data(visit)
    sign_in_as("clerk1")
    assert desk.forget_personal_data(visit) == "visitor pass"


def test_a_desk_without_the_stores_key_is_told_where_to_put_it(
    desk: FrontDesk, store_url: str, clock: SimulatedClock, zhang_wei: str, tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("FRONTDESK_KEY_DIR", str(tmp_path / "elsewhere"))
    with pytest.raises(errors.KeyUnavailableError, match="elsewhere"):
        other = FrontDesk(store_env(store_url), clock=clock, password_cost=16)
        other.sign_in("clerk1", PASSWORD)
        other.get_household(zhang_wei)


def test_every_visitor_due_is_forgotten_however_many_there_are(
    desk: FrontDesk, clock: SimulatedClock, zhang_wei: str
) -> None:
    visits = []
    for n in range(3):
        visits.append(
            desk.register_visitor(
                "3-2-1502", f"访客{n}", "passport", f"E1234567{n}", "13900139000", "探亲", "guest"
            )
        )
        desk.decline_host(visits[-1], "不认识")
    models = open_read_models(desk)
    clock.advance(timedelta(days=181))

    assert forget_expired(desk, models, batch=2).visitors == 3

    assert {desk.get_pass(v).name for v in visits} == {ERASED}


def test_the_next_sign_in_does_not_read_again_what_the_retention_rule_just_forgot(
    desk: FrontDesk, clock: SimulatedClock, visit: str
) -> None:
    """Each erasure destroys its key with it: the search for unfinished ones at the next
    sign-in starts after them (a large store read 379,000 of them again: 5 s at sign-in)."""
    models = open_read_models(desk)
    clock.advance(timedelta(days=181))
    assert forget_expired(desk, models).visitors == 1
    erased, _ = desk.recorder.erasures_after_sweep()  # type: ignore[attr-defined]
    assert erased == []
