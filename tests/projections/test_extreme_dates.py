"""Every read model catches up over a history holding the ends of the calendar, on SQLite
and PostgreSQL: the move-in on 9999-12-31, the contract of year 1, activities in years 1
and 9999, and commands stamped 9999-12-31T23:59:59Z (all let through by older desks)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from domain import FrontDesk, SimulatedClock
from projections.catalogue import open_read_models
from tests.cli.test_extreme_history import END_OF_TIME, _bypassing_checks

pytestmark = pytest.mark.stores("sqlite", "postgres")


def test_every_read_model_answers_over_the_ends_of_the_calendar(
    desk: FrontDesk, units: list[str], clock: SimulatedClock
) -> None:
    _bypassing_checks(desk)
    clock.set(END_OF_TIME)
    emergency = desk.report_incident(
        "emergency", "gas_leak", "emergency", "5号楼1单元", "煤气味", "张伟"
    )
    minor = desk.report_incident("repair", "plumbing", "minor", "3号楼", "漏水", "张伟")

    assert desk.get_incident(minor).resolve_by >= desk.get_incident(emergency).respond_by
    models = open_read_models(desk)
    with models.reading() as db:
        now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
        files = models.resident_files.current(db)  # type: ignore[attr-defined]
        assert {str(f.unit) for f in files} >= {"3-2-1502", "3-2-1601"}
        calendar = models.renewal_calendar  # type: ignore[attr-defined]
        assert len(calendar.all(db)) == 2
        calendar.ending_within(db, date(9999, 12, 1), 3650)
        calendar.notices_due(db, date(2026, 3, 2), 3_000_000)
        calendar.expired(db, date(2026, 3, 2))
        board = models.incident_board  # type: ignore[attr-defined]
        assert len(board.open(db, now)) == 2
        board.breached(db, now)
        models.kpis.monthly(db, "9999-12")  # type: ignore[attr-defined]
        models.kpis.monthly(db)  # type: ignore[attr-defined]
        assert len(models.activity_roll.all(db)) == 2  # type: ignore[attr-defined]
        models.visitor_log.on_site(db, now)  # type: ignore[attr-defined]
    assert models.rebuild() == desk.event_count()
