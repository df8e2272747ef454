"""The log cannot be rewritten by mistake, and a deliberate rewrite is found: edit, delete,
insert or reorder one event in the real database file and `verify` names its position."""

from __future__ import annotations

import pytest

from domain import FrontDesk
from ledger import chain
from ledger.chain import link
from tests.ledger.conftest import RawStore
from tests.support import member

pytestmark = pytest.mark.stores("sqlite", "postgres")


@pytest.fixture(params=["one pass", "in spans"], autouse=True)
def verifying(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every check both ways: one pass, and a SQLite file's log in spans, one process each
    (what a long log gets); a break must be found, and named, either way."""
    if request.param == "in spans":
        monkeypatch.setattr(chain, "PARALLEL_FROM", 0)
        monkeypatch.setattr(chain, "SPANS", 3)
    return str(request.param)


@pytest.fixture
def history(desk: FrontDesk, zhang_wei: str) -> FrontDesk:
    desk.update_contact(zhang_wei, "张伟", "13700137000", "换了号码")
    desk.report_incident(
        "repair", "plumbing", "general", "3-2-1502 厨房", "水管漏水", "张伟", "phone"
    )
    desk.add_member(zhang_wei, member("张小明", "child", "", id_number="310104202001010016"))
    return desk


def test_an_untouched_store_verifies_to_its_head(history: FrontDesk) -> None:
    report = history.verify()
    assert report.ok, report.message()
    assert report.checked == history.event_count()
    assert (report.head_position, report.head_digest) == history.chain_head()
    assert str(report.checked) in report.message()


def test_every_new_event_moves_the_head(history: FrontDesk, zhang_wei: str) -> None:
    position, digest = history.chain_head()
    history.record_move_in_callback(zhang_wei, 5, "满意")
    new_position, new_digest = history.chain_head()
    assert new_position == position + 1 and new_digest != digest
    assert history.verify().ok


@pytest.mark.parametrize("statement", ["UPDATE {events} SET topic = 'x'", "DELETE FROM {events}"])
def test_the_event_table_refuses_to_be_rewritten(
    history: FrontDesk, raw: RawStore, statement: str
) -> None:
    count = history.event_count()
    with pytest.raises(Exception, match="append-only"):
        raw.run(statement.format(events=raw.events))
    with pytest.raises(Exception, match="append-only"):
        raw.run(statement.format(events=raw.chain).replace("topic = 'x'", "digest = digest"))
    assert history.event_count() == count
    assert history.verify().ok


def test_one_edited_byte_is_found_at_its_position(history: FrontDesk, raw: RawStore) -> None:
    target = 5
    _, _, topic, state = raw.event(target)
    raw.disable_guards()
    forged = bytes(state).replace(b"desk-1", b"desk-9")
    assert forged != bytes(state)
    raw.run(f"UPDATE {raw.events} SET state = ? WHERE {raw.position} = ?", forged, target)

    report = history.verify()

    assert not report.ok and report.problem == "edited" and report.position == target
    assert report.timestamp is not None and report.aggregate == topic.split(":")[1].split(".")[0]
    assert f"#{target}" in report.message()


# Only SQLite lets a forger change a value's type; PostgreSQL columns keep theirs.
@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_an_event_rewritten_as_text_is_found_too(history: FrontDesk, raw: RawStore) -> None:
    raw.disable_guards()
    raw.run(f"UPDATE {raw.events} SET state = CAST(state AS TEXT) || ' ' WHERE rowid = 6")

    report = history.verify()

    assert (report.ok, report.problem, report.position) == (False, "edited", 6)
    assert report.aggregate_id is not None and report.aggregate_id.count("-") == 4


# A verify that links each row without testing its columns' types must still tell a column
# turned into another type (each reported where it is, named by its record) from one stored
# as other bytes that its link holds the same.
@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize(
    "change",
    [
        "originator_version = 'v' || originator_version",
        "originator_version = originator_version + 0.5",
        "topic = 5",
        "originator_id = 7",
        "originator_id = NULL",
        "state = NULL",
    ],
)
def test_a_column_turned_into_another_type_is_found_at_its_position(
    history: FrontDesk, raw: RawStore, change: str
) -> None:
    raw.disable_guards()
    raw.run(f"UPDATE {raw.events} SET {change} WHERE rowid = 6")

    report = history.verify()

    assert (report.ok, report.problem, report.position) == (False, "edited", 6)
    assert report.checked == 5


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_a_record_id_stored_as_the_same_bytes_still_links(
    history: FrontDesk, raw: RawStore
) -> None:
    """The link holds a record id's and a topic's bytes, not their column types: rewritten
    as blobs of the same bytes they link as they did, and verify says so both ways."""
    raw.disable_guards()
    raw.run(
        f"""UPDATE {raw.events} SET originator_id = CAST(originator_id AS BLOB),
        topic = CAST(topic AS BLOB) WHERE rowid = 6"""
    )
    assert raw.run(
        f"SELECT typeof(originator_id), typeof(topic) FROM {raw.events} WHERE rowid = 6"
    ) == [("blob", "blob")]

    report = history.verify()

    assert report.ok and report.checked == history.event_count()


def test_a_deleted_event_is_found_at_its_position(history: FrontDesk, raw: RawStore) -> None:
    raw.disable_guards()
    raw.run(f"DELETE FROM {raw.events} WHERE {raw.position} = ?", 4)

    report = history.verify()

    assert (report.ok, report.problem, report.position) == (False, "missing", 4)
    assert report.checked == 3


def test_an_inserted_event_is_found_at_its_position(history: FrontDesk, raw: RawStore) -> None:
    originator, version, topic, state = raw.event(6)
    after = history.event_count() + 1
    raw.disable_guards()
    if raw.kind == "sqlite":
        raw.run(
            f"INSERT INTO {raw.events} (rowid, originator_id, originator_version, topic, state) "
            "VALUES (?, ?, ?, ?, ?)",
            after,
            originator,
            version + 100,
            topic,
            state,
        )
    else:
        raw.run(
            f"INSERT INTO {raw.events} (originator_id, originator_version, topic, state) "
            "VALUES (?, ?, ?, ?)",
            originator,
            version + 100,
            topic,
            state,
        )

    report = history.verify()

    assert not report.ok and report.problem == "inserted"
    assert report.position == max(
        row[0] for row in raw.run(f"SELECT {raw.position} FROM {raw.events}")
    )
    assert report.position >= after


def test_two_swapped_events_are_found_at_the_first(history: FrontDesk, raw: RawStore) -> None:
    first, second = raw.event(3), raw.event(7)
    raw.disable_guards()
    raw.run(f"DELETE FROM {raw.events} WHERE {raw.position} IN (3, 7)")
    for position, (originator, version, topic, state) in ((3, second), (7, first)):
        raw.run(
            f"INSERT INTO {raw.events} ({raw.position}, originator_id, originator_version, "
            "topic, state) VALUES (?, ?, ?, ?, ?)",
            position,
            originator,
            version,
            topic,
            state,
        )

    report = history.verify()

    assert (report.ok, report.problem, report.position) == (False, "edited", 3)


def test_a_rewritten_chain_is_caught_by_the_head_written_down(
    history: FrontDesk, raw: RawStore
) -> None:
    """A forger who recomputes every digest after his edit passes the chain's own check,
    but not the head digest the auditor wrote down before."""
    written_down = history.chain_head()
    raw.disable_guards()
    _, _, _, state = raw.event(2)
    raw.run(
        f"UPDATE {raw.events} SET state = ? WHERE {raw.position} = ?",
        bytes(state).replace(b"desk-1", b"desk-9"),
        2,
    )
    rows = raw.run(
        f"""SELECT {raw.position}, originator_id, originator_version, topic, state
        FROM {raw.events} ORDER BY {raw.position}"""
    )
    digest = bytes(32)
    raw.run(f"DELETE FROM {raw.chain}")
    for position, originator, version, topic, state in rows:
        digest = link(digest, position, originator, version, topic, bytes(state))
        raw.run(f"INSERT INTO {raw.chain} (position, digest) VALUES (?, ?)", position, digest)
    assert history.verify().ok

    report = history.verify(expect=written_down)

    assert (report.ok, report.problem, report.position) == (False, "head_changed", written_down[0])
    assert history.verify(expect=history.chain_head()).ok


def test_a_rows_digest_is_the_same_whatever_the_driver_hands_back() -> None:
    """SQLite gives the record id as text and PostgreSQL as a UUID; a forged row may hold
    a value of another type. Same bytes, same digest; other bytes, another digest."""
    from uuid import uuid4

    record = uuid4()
    usual = link(bytes(32), 7, record, 3, "domain.units:Unit.Registered", b'{"a":1}')
    assert usual == link(bytes(32), 7, record.hex, 3, "domain.units:Unit.Registered", b'{"a":1}')
    assert usual == link(
        bytes(32), 7, record.hex, 3, "domain.units:Unit.Registered", memoryview(b'{"a":1}')
    )
    assert usual != link(bytes(32), 7, record.hex, 3, "domain.units:Unit.Registered", b'{"a":2}')
    assert usual != link(bytes(32), 7, record.hex, "3", "domain.units:Unit.Registered", b'{"a":1}')


def test_an_event_gone_from_any_position_is_found_there(history: FrontDesk, raw: RawStore) -> None:
    """Whichever position a deleted event held (a span's first, its last, the log's last),
    verify names that position: the spans cover the whole log between them."""
    rows = raw.run(
        f"""SELECT {raw.position}, originator_id, originator_version, topic, state
        FROM {raw.events} ORDER BY {raw.position}"""
    )
    raw.disable_guards()
    for position, *event in rows:
        if ":Staff." in event[2]:
            continue  # verify asks who is signed in: the desk's staff must still read
        raw.run(f"DELETE FROM {raw.events} WHERE {raw.position} = ?", position)

        report = history.verify()

        assert (report.ok, report.problem, report.position) == (False, "missing", position)
        raw.run(
            f"INSERT INTO {raw.events} ({raw.position}, originator_id, originator_version, "
            "topic, state) VALUES (?, ?, ?, ?, ?)",
            position,
            *event,
        )
    assert history.verify().ok
