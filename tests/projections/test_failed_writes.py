"""A read model's write that fails undoes the whole catch-up transaction: the rows written
before it, and the rows its own statement had changed before the failing one. SQLite's
read-model writes stop where a constraint fails (OR FAIL, sparing the statement journal)
instead of undoing their own changes first; this holds only because nothing inside the
transaction catches a failure and goes on."""

from __future__ import annotations

from typing import Any

import pytest

from domain import FrontDesk
from projections.catalogue import ALL_MODELS
from projections.runner import ReadModels
from tests.support import resident_id

pytestmark = pytest.mark.stores("sqlite", "postgres")


def names(models: ReadModels) -> list[tuple[str, str]]:
    with models.reading() as db:
        rows = db.all("SELECT pass_id, name FROM visitor_passes ORDER BY pass_id")
    return [(r["pass_id"], r["name"]) for r in rows]


def visitor(desk: FrontDesk, name: str, n: int) -> str:
    return desk.register_visitor(
        "3-2-1502", name, "resident_id", resident_id(sequence=f"{n:03d}"), "13900139000", "探亲"
    )


def test_a_statement_failing_half_way_leaves_nothing_of_the_catch_up(
    desk: FrontDesk, zhang_wei: str
) -> None:
    models = ReadModels(desk, ALL_MODELS)
    visitor(desk, "李娜", 1)
    visitor(desk, "王芳", 2)
    models.catch_up()
    before, position = names(models), models.position()
    third = visitor(desk, "赵敏", 3)
    first = min(pass_id for pass_id, _ in before)

    def insert_then_fail(event: Any, db: Any) -> None:
        models.visitor_log.apply(event, db)  # the third pass's row, written
        # One statement over every pass: the first row changed, the next refused.
        db.execute(
            """UPDATE visitor_passes SET name = CASE WHEN pass_id = :first THEN 'changed'
            ELSE NULL END""",
            first=first,
        )

    with pytest.MonkeyPatch.context() as failing:
        failing.setattr(models, "_by_kind", {})
        failing.setattr(models.visitor_log, "handler_for", lambda kind: insert_then_fail)
        with pytest.raises(Exception, match=r"(?i)not null|null value"):
            models.catch_up()
    assert names(models) == before  # neither the third row nor the first one's change
    assert models.position() == position
    models._by_kind.clear()
    assert models.catch_up() == 1  # the event applied again, whole, once the fault is gone
    assert [name for pass_id, name in names(models) if pass_id == third]
    assert "changed" not in {name for _, name in names(models)}
