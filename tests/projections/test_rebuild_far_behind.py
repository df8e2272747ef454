"""Far behind (a rebuild, a desk off for weeks), the read models journal their changes and
write the past once a batch: the past they keep is the one kept change by change,
forgetting included."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from desktop.usecases.retention import forget_expired
from domain import FrontDesk, SimulatedClock
from domain.personal_data import ERASED
from projections import runner
from projections.catalogue import open_read_models
from projections.past import past_of
from projections.runner import ReadModels
from tests.support import member, resident_id

pytestmark = pytest.mark.stores("sqlite")


def every_version(models: ReadModels) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every read model and every version kept of it, in a stable order."""
    with models.reading() as db:
        return {
            table: sorted(tuple(map(repr, row)) for row in db.tuples(f"SELECT * FROM {table}"))
            for table in [*models.tables, *map(past_of, models.tables)]
        }


def a_visit(desk: FrontDesk, clock: SimulatedClock, name: str) -> str:
    pass_id = desk.register_visitor(
        "3-2-1502", name, "resident_id", resident_id("440305", "19900101", "456"),
        "13900139000", "探亲",
    )  # fmt: skip
    for step in (desk.confirm_host, desk.issue_pass, desk.check_in, desk.check_out):
        clock.advance(timedelta(minutes=20))
        step(pass_id)
    return pass_id


def test_a_rebuild_far_behind_keeps_the_past_kept_change_by_change(
    desk: FrontDesk,
    clock: SimulatedClock,
    zhang_wei: str,
    sign_in_as,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    live = open_read_models(desk)
    a_visit(desk, clock, "刘洋")
    a_visit(desk, clock, "刘洋")  # recalled at the counter the second time
    for hour in range(3):
        clock.advance(timedelta(hours=1))
        desk.update_contact(zhang_wei, "张伟", f"1380013{hour:04d}", "换号")
    desk.register_vehicle(zhang_wei, "沪B54321")
    desk.move_out(zhang_wei, desk.now().date().isoformat())
    clock.advance(timedelta(days=181))
    sign_in_as("supervisor1")
    forgotten = forget_expired(desk, live)
    assert (forgotten.visitors, forgotten.households) == (2, 1)
    # The story goes on after the forgetting: a new household, and its first visitor.
    desk.move_in("3-2-1502", [member("王芳", id_number=resident_id(born="19880101"))], "tenant",
                 desk.today(), [])  # fmt: skip
    later = a_visit(desk, clock, "杨磊")
    # Rebuilt change by change (the forgotten records' keys are gone by now: their text
    # reads as erased in both), then far behind.
    monkeypatch.setattr(runner, "BULK_FROM", 10**12)
    live.rebuild()
    change_by_change = every_version(live)

    folds: list[int] = []
    fold = runner.fold_past
    monkeypatch.setattr(runner, "BULK_FROM", 1)  # this short log counts as far behind
    monkeypatch.setattr(runner, "fold_past", lambda db, tables: folds.append(1) or fold(db, tables))
    live.rebuild()

    assert folds, "the rebuild journalled its changes"
    assert every_version(live) == change_by_change
    with live.reading() as db:
        names = {r["name"] for r in db.all("SELECT pass_id, name FROM visitor_passes__past")}
        kept = db.all("SELECT name FROM visitor_passes__past WHERE pass_id = :id", id=later)
    assert ERASED in names and len(kept) == 5 and ERASED not in {r["name"] for r in kept}
