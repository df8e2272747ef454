"""The tamper suite: every rewrite a raw SQL session can make to a store (SQLite and
PostgreSQL) is either refused by the database or named by `verify`, and none of them makes
the desk act on forged state or end in a traceback."""

from __future__ import annotations

import contextlib
import json
from datetime import date, timedelta
from uuid import UUID

import pytest

from desktop.cli import main
from desktop.usecases import retention
from desktop.usecases.retention import forget_expired
from domain import FrontDesk, SimulatedClock, errors
from domain.personal_data import ERASED, UNREADABLE, readable
from ledger import chain, vault
from ledger.vault import KeyVault
from projections.catalogue import open_read_models
from tests.conftest import open_desk
from tests.ledger.conftest import RawStore
from tests.support import PASSWORD, member

pytestmark = pytest.mark.stores("sqlite", "postgres")

GUARDED = ("stored_events", "event_chain", "personal_keys", "store_key", "stored_snapshots")


@pytest.fixture(params=["one pass", "in spans", "key rows in one scan"])
def verifying(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """As in test_integrity: a long SQLite log is verified in spans, one process each, and
    what the key vault's check needs is noted, and its keys opened, by each span. The key
    rows of many records (ten years' worth) are read in one scan of the vault's table,
    those of a few looked up one by one: the same check either way."""
    if request.param == "in spans":
        monkeypatch.setattr(chain, "PARALLEL_FROM", 0)
        monkeypatch.setattr(chain, "SPANS", 3)
    if request.param == "key rows in one scan":
        monkeypatch.setattr(vault, "ROWS_LOOKED_UP", 0)
    return str(request.param)


@pytest.fixture
def history(desk: FrontDesk, zhang_wei: str) -> FrontDesk:
    desk.update_contact(zhang_wei, "张伟", "13700137000", "换了号码")
    desk.add_member(zhang_wei, member("张小明", "child", ""))
    return desk


@pytest.fixture
def cli(store_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """`frontdesk ...` run in this process against the test's store, as `operator`."""
    monkeypatch.setenv("FRONTDESK_STORE", store_url)
    monkeypatch.setenv("FRONTDESK_PASSWORD", PASSWORD)

    def run(operator: str, *args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main([*args[:1], "--operator", operator, *args[1:]])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err

    return run


def _household_key(raw: RawStore, record: str) -> str | None:
    return raw.run(
        f"SELECT wrapped_key FROM {raw.table('personal_keys')} WHERE subject = ?", record
    )[0][0]


# --- 1. an event appended with raw SQL is never sealed by anyone ----------------------------------


def test_a_raw_sql_append_is_reported_however_many_desks_open_the_store_after(
    verifying: str,
    history: FrontDesk,
    raw: RawStore,
    store_url: str,
    clock: SimulatedClock,
    zhang_wei: str,
) -> None:
    written_down = history.chain_head()
    # No trigger needs dropping: the forger copies the last event one version on.
    raw.run(
        f"""INSERT INTO {raw.events} (originator_id, originator_version, topic, state)
        SELECT originator_id, originator_version + 1, topic, state FROM {raw.events}
        ORDER BY {raw.position} DESC LIMIT 1"""
    )
    forged = (
        written_down[0] + 1
        if raw.kind == "sqlite"
        else max(row[0] for row in raw.run(f"SELECT {raw.position} FROM {raw.events}"))
    )
    other = open_desk(store_url, clock, "desk-2")  # a clerk's desk opens the store and works
    try:
        other.sign_in("clerk1", PASSWORD)
        open_read_models(other).catch_up()
        other.record_move_in_callback(zhang_wei, 5, "满意")
    finally:
        other.close()

    sign_in = open_desk(store_url, clock, "desk-3")
    try:
        sign_in.sign_in("auditor1", PASSWORD)
        report = sign_in.verify()
        assert (report.ok, report.problem, report.position) == (False, "inserted", forged)
        assert not sign_in.verify(expect=written_down).ok
    finally:
        sign_in.close()


def test_a_forged_event_never_reaches_the_screens_and_the_reads_go_on(
    history: FrontDesk,
    raw: RawStore,
    store_url: str,
    clock: SimulatedClock,
    zhang_wei: str,
    cli,
) -> None:
    """A second move-in of 张伟's household, copied in by hand one version on: the read
    models pass it over (it would have broken every desk's reads on a duplicate household),
    the lists read as before, and verify still names it."""
    moved_in = raw.run(
        f"""SELECT {raw.position} FROM {raw.events} WHERE topic LIKE ?
        ORDER BY {raw.position} LIMIT 1""",
        "%MovedIn%",
    )[0][0]
    raw.run(
        f"""INSERT INTO {raw.events} (originator_id, originator_version, topic, state)
        SELECT originator_id, 999, topic, state FROM {raw.events}
        WHERE {raw.position} = {moved_in}"""
    )
    other = open_desk(store_url, clock, "desk-2")
    try:
        other.sign_in("clerk1", PASSWORD)
        models = open_read_models(other)
        models.catch_up()
        forged = max(models.unsealed)
        assert models.behind() == 0  # passed over, not stuck on
        with models.reading() as db:
            assert [h.unit for h in models.resident_files.search(db, "3-2-1502")] == ["3-2-1502"]
    finally:
        other.close()
    code, out, _ = cli("clerk1", "residents")
    assert code == 0 and out.count("3-2-1502") == 1
    code, out, _ = cli("auditor1", "verify")
    assert code == 1 and f"#{forged}" in out


# --- 2. snapshots ---------------------------------------------------------------------------------


@pytest.fixture
def contract(history: FrontDesk, zhang_wei: str) -> str:
    return history.sign_contract(
        "3-2-1502", zhang_wei, "service", "2026-03-01", "2027-02-28", "268.50"
    )


def test_a_forged_snapshot_changes_nothing(
    history: FrontDesk, raw: RawStore, contract: str
) -> None:
    history.take_snapshot(UUID(contract))  # as a store made by an earlier version holds them
    snapshots = raw.snapshots
    [(state,)] = raw.run(f"SELECT state FROM {snapshots}")
    raw.disable_guards(snapshots)
    raw.run(f"UPDATE {snapshots} SET state = ?", bytes(state).replace(b"2027-02-28", b"2099-12-31"))

    assert history.get_contract(contract).end == date(2027, 2, 28)
    history.renew_contract(contract, "2070-02-28")  # refused while the forged end was believed
    assert history.get_contract(contract).end == date(2070, 2, 28)


def test_the_snapshot_table_refuses_to_be_rewritten(
    history: FrontDesk, raw: RawStore, contract: str
) -> None:
    history.take_snapshot(UUID(contract))
    snapshots = raw.snapshots
    for statement in (f"UPDATE {snapshots} SET state = state", f"DELETE FROM {snapshots}"):
        with pytest.raises(Exception, match="append-only"):
            raw.run(statement)
    assert len(raw.run(f"SELECT * FROM {snapshots}")) == 1


# --- 3. the key vault -----------------------------------------------------------------------------


def test_a_key_destroyed_without_an_erasure_is_reported(
    verifying: str, history: FrontDesk, raw: RawStore, zhang_wei: str, sign_in_as
) -> None:
    raw.run(
        f"UPDATE {raw.table('personal_keys')} SET wrapped_key = NULL WHERE subject = ?",
        zhang_wei,
    )
    sign_in_as("auditor1")

    report = history.verify()

    assert (report.ok, report.problem, report.aggregate_id) == (False, "key_destroyed", zhang_wei)
    assert report.position == _first_position(raw, zhang_wei)
    assert zhang_wei in report.message()


def test_a_key_destroyed_by_an_erasure_in_another_span_is_no_problem(
    verifying: str,
    desk: FrontDesk,
    zhang_wei: str,
    raw: RawStore,
    clock: SimulatedClock,
    sign_in_as,
) -> None:
    """In spans, a household's first events and the erasure that destroyed its key lie in
    different spans: each span settles the keys it can alone, and the rest are checked
    together. A forgotten household verifies clean; another whose key is destroyed with no
    erasure is still named."""
    other = desk.move_in(
        "3-2-1601", [member("李明", phone="13612345678")], "owner", "2026-03-02", []
    )
    desk.move_out(zhang_wei, desk.now().date().isoformat())
    models = open_read_models(desk)
    clock.advance(timedelta(days=181))
    assert forget_expired(desk, models).households == 1
    for n in range(6):  # the erasure well inside the log, not at its very end
        desk.update_contact(other, "李明", f"1361234567{n}", "换了号码")
    sign_in_as("auditor1")

    assert desk.verify().ok

    raw.run(f"UPDATE {raw.table('personal_keys')} SET wrapped_key = NULL WHERE subject = ?", other)
    report = desk.verify()

    assert (report.ok, report.problem, report.aggregate_id) == (False, "key_destroyed", other)
    assert report.position == _first_position(raw, other)


def test_a_deleted_key_row_is_refused_or_reported(
    verifying: str, history: FrontDesk, raw: RawStore, zhang_wei: str, sign_in_as
) -> None:
    keys = raw.table("personal_keys")
    with pytest.raises(Exception, match="append-only"):
        raw.run(f"DELETE FROM {keys} WHERE subject = ?", zhang_wei)
    raw.disable_guards(keys)
    raw.run(f"DELETE FROM {keys} WHERE subject = ?", zhang_wei)
    sign_in_as("auditor1")

    report = history.verify()

    assert (report.ok, report.problem, report.aggregate_id) == (False, "key_missing", zhang_wei)


def test_swapped_keys_are_reported_and_read_as_unreadable(
    verifying: str,
    history: FrontDesk,
    raw: RawStore,
    zhang_wei: str,
    store_url: str,
    clock: SimulatedClock,
    sign_in_as,
    cli,
) -> None:
    other = history.move_in(
        "3-2-1601", [member("李明", phone="13612345678")], "owner", "2026-03-02", []
    )
    keys = raw.table("personal_keys")
    mine, theirs = _household_key(raw, zhang_wei), _household_key(raw, other)
    raw.disable_guards(keys)
    raw.run(f"UPDATE {keys} SET wrapped_key = ? WHERE subject = ?", theirs, zhang_wei)
    raw.run(f"UPDATE {keys} SET wrapped_key = ? WHERE subject = ?", mine, other)

    fresh = open_desk(store_url, clock, "desk-2")
    try:
        fresh.sign_in("auditor1", PASSWORD)
        report = fresh.verify()
        assert (report.ok, report.problem) == (False, "key_tampered")
        assert report.aggregate_id in (zhang_wei, other)
        assert {m.name for m in fresh.get_household(zhang_wei).members} == {UNREADABLE}
        rows = [r for r in fresh.history() if r.aggregate_id == zhang_wei]
        assert rows and UNREADABLE in json.dumps(rows[0].data, ensure_ascii=False)
    finally:
        fresh.close()
    code, out, _ = cli("admin", "rebuild")
    assert code == 0 and "Rebuilt" in out
    code, out, _ = cli("auditor1", "history", "--json")
    assert code == 0 and UNREADABLE in out
    assert readable(UNREADABLE) == "cannot be unsealed"


# --- 4. INSERT OR REPLACE -------------------------------------------------------------------------


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("table", GUARDED)  # SQLite's names
def test_sqlite_refuses_insert_or_replace_on_every_guarded_table(
    history: FrontDesk, raw: RawStore, zhang_wei: str, contract: str, table: str
) -> None:
    history.take_snapshot(UUID(contract))
    before = sorted(raw.run(f"SELECT * FROM {table}"))
    with pytest.raises(Exception, match="append-only"):
        raw.run(f"INSERT OR REPLACE INTO {table} SELECT * FROM {table} LIMIT 1")
    with pytest.raises(Exception, match="append-only"):
        raw.run(f"REPLACE INTO {table} SELECT * FROM {table} LIMIT 1")
    assert sorted(raw.run(f"SELECT * FROM {table}")) == before
    assert history.verify().ok


# --- 5. verify never needs to decode what it checks ----------------------------------------------


def _first_position(raw: RawStore, record: str | UUID) -> int:
    rows = raw.run(
        f"SELECT {raw.position}, originator_id FROM {raw.events} ORDER BY {raw.position}"
    )
    return next(p for p, o in rows if UUID(str(o)) == UUID(str(record)))


def _retopic(raw: RawStore, record: str | UUID, new_topic: str) -> int:
    position = _first_position(raw, record)
    raw.disable_guards()
    raw.run(f"UPDATE {raw.events} SET topic = ? WHERE {raw.position} = ?", new_topic, position)
    return position


def test_a_tampered_store_setup_is_named_by_verify(history: FrontDesk, raw: RawStore, cli) -> None:
    from domain.setup import STORE_ID

    position = _retopic(raw, STORE_ID, "domain.nowhere:Forged.Initialised")

    code, out, err = cli("auditor1", "verify")

    assert code == 1 and f"#{position}" in out + err


def test_the_auditors_own_tampered_record_is_named_not_a_traceback(
    history: FrontDesk, raw: RawStore, cli
) -> None:
    from domain.staff import staff_id

    position = _retopic(raw, staff_id("auditor1"), "domain.nowhere:Forged.Added")

    code, out, err = cli("auditor1", "verify")

    assert code != 0 and f"#{position}" in out + err and "auditor1 cannot be read" in err
    code, out, _ = cli("admin", "verify")  # anyone else still checks the store
    assert code == 1 and f"#{position}" in out


def test_a_tampered_last_event_does_not_keep_the_store_shut(
    history: FrontDesk, raw: RawStore, zhang_wei: str, cli
) -> None:
    last = history.event_count()
    raw.disable_guards()
    raw.run(f"UPDATE {raw.events} SET state = ? WHERE {raw.position} = ?", b"{not json", last)

    code, out, _ = cli("auditor1", "verify")

    assert code == 1 and f"#{last}" in out


def test_reading_the_log_past_a_tampered_event_names_it(
    history: FrontDesk, raw: RawStore, zhang_wei: str, cli
) -> None:
    position = _retopic(raw, zhang_wei, "domain.nowhere:Forged.MovedIn")

    for operator, command in (("auditor1", "history"), ("admin", "rebuild")):
        code, out, err = cli(operator, command)
        assert code != 0 and f"Event #{position} cannot be read" in err, (command, err)
    code, out, _ = cli("auditor1", "verify")
    assert code == 1 and f"#{position}" in out


# --- 6. forgetting finishes what a crash interrupted ----------------------------------------------


def test_an_erasure_and_its_key_destruction_are_one_transaction(
    desk: FrontDesk, clock: SimulatedClock, zhang_wei: str, raw: RawStore, monkeypatch
) -> None:
    desk.move_out(zhang_wei, desk.now().date().isoformat())
    models = open_read_models(desk)
    clock.advance(timedelta(days=181))

    def crash(subjects):
        raise SystemExit("power cut")

    monkeypatch.setattr(desk.vault, "erase", crash)  # the desk stops right after recording
    with pytest.raises(SystemExit):
        forget_expired(desk, models)

    # Both or neither: on SQLite the forgettings committed together went with the crash,
    # on PostgreSQL the erasure had committed with its key's destruction.
    assert (_erasures(raw) == 1) == (_household_key(raw, zhang_wei) is None)
    monkeypatch.undo()
    forget_expired(desk, models)
    assert _erasures(raw) == 1 and _household_key(raw, zhang_wei) is None


def test_an_erasure_left_with_its_key_is_finished_by_the_next_retention_run(
    desk: FrontDesk, clock: SimulatedClock, zhang_wei: str, raw: RawStore, monkeypatch
) -> None:
    """As an earlier version left it: the erasure recorded, the desk stopped before it
    destroyed the key (it did so only after the event's transaction)."""
    desk.move_out(zhang_wei, desk.now().date().isoformat())
    models = open_read_models(desk)
    clock.advance(timedelta(days=181))

    def crash(subjects):
        raise SystemExit("power cut")

    with monkeypatch.context() as earlier_version:
        earlier_version.setattr(KeyVault, "destroy", lambda *args, **kwargs: None)
        earlier_version.setattr(desk.vault, "erase", crash)
        # which committed each forgetting on its own (now they are committed together)
        earlier_version.setattr(retention, "held", lambda app: contextlib.nullcontext())
        with pytest.raises(SystemExit):
            forget_expired(desk, models)
    assert _erasures(raw) == 1 and _household_key(raw, zhang_wei) is not None
    other = open_desk(raw.url, clock, "desk-2")
    try:
        other.sign_in("clerk1", PASSWORD)
        assert forget_expired(other, open_read_models(other)).households >= 1
    finally:
        other.close()

    assert _erasures(raw) == 1 and _household_key(raw, zhang_wei) is None
    fresh = open_desk(raw.url, clock, "desk-3")
    try:
        fresh.sign_in("auditor1", PASSWORD)
        assert {m.name for m in fresh.get_household(zhang_wei).members} == {ERASED}
        assert fresh.verify().ok
        assert desk.finish_interrupted_erasures() == []  # finished once, for good
    finally:
        fresh.close()


def _erasures(raw: RawStore) -> int:
    return raw.run(f"SELECT COUNT(*) FROM {raw.events} WHERE topic LIKE ?", "%DataErased")[0][0]


# --- 7. rebuild ---------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["clerk1", "manager1", "supervisor1", "auditor1"])
def test_only_an_admin_may_rebuild_the_read_models(history: FrontDesk, cli, role: str) -> None:
    code, out, err = cli(role, "rebuild")
    assert code == 1 and "Rebuilt" not in out and "may not" in err and "rebuild" in err
    with pytest.raises(errors.PermissionDeniedError):
        history.require("rebuild_read_models")
    code, out, _ = cli("admin", "rebuild")
    assert code == 0 and "Rebuilt" in out


def test_a_key_file_gone_while_verifying_is_no_traceback(
    verifying: str,
    history: FrontDesk,
    sign_in_as,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path,
) -> None:
    """The desk opened the store's master key when the auditor signed in; the file is gone
    by the time verify's processes look for it. The desk checks the keys itself, with the
    key it holds: the history is reported intact, not a traceback."""
    sign_in_as("auditor1")
    assert history.vault.master()
    monkeypatch.setenv("FRONTDESK_KEY_DIR", str(tmp_path / "no keys here"))
    monkeypatch.delenv("FRONTDESK_KEY", raising=False)

    report = history.verify()

    assert report.ok, report.message()
