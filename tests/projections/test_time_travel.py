"""The past costs what lies before it: building the read models as of a moment reads the
log up to that moment (and a little past it, for desks whose clocks differ), not to its end."""

from __future__ import annotations

from datetime import timedelta

from eventsourcing.sqlite import SQLiteDatastore

from domain import FrontDesk, SimulatedClock
from projections.catalogue import ALL_MODELS
from projections.runner import ReadModels
from projections.store import SQLiteReadModelStore


def test_as_of_reads_no_further_than_the_moment(
    desk: FrontDesk, clock: SimulatedClock, zhang_wei: str, tmp_path
) -> None:
    for hour in range(30):
        clock.advance(timedelta(hours=1))
        desk.update_contact(zhang_wei, "张伟", f"1380013{hour:04d}", "换号")
        if hour == 4:
            moment = desk.now()
    read: list[int] = []
    select = desk.recorder.select_notifications

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        page = select(*args, **kwargs)
        read.extend(n.id for n in page)
        return page

    desk.recorder.select_notifications = counted  # type: ignore[method-assign]
    datastore = SQLiteDatastore(db_name=str(tmp_path / "past.sqlite"))
    store = SQLiteReadModelStore(datastore)
    store.create_table()
    past = ReadModels(desk, ALL_MODELS, store=store)

    past.catch_up(until=moment, batch=3)

    total = desk.event_count()
    before = total - 25  # the contact change at hour 4 and everything before it
    assert max(read) <= before + 3 * 4 < total
    with past.reading() as db:
        changes = past.resident_files.file(db, zhang_wei).contact_changes  # type: ignore[attr-defined]
    assert [c.phone for c in changes][-1] == "13800130004" and len(changes) == 5
    datastore.close()
