"""A rebuild writes each kind of row through an index, forgetting included: a household or a
visitor forgotten years ago is found in every table and every past version by an index, not
by reading a whole table (millions of versions, once for every one of hundreds of thousands
of visitors forgotten). Asked of SQLite's own plan for every statement the handlers run."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest

from domain import FrontDesk, SimulatedClock
from ledger.db import Db
from projections import runner
from projections.catalogue import open_read_models
from projections.past import index_names, past_of
from projections.runner import ReadModels
from tests.projections.test_time_travel import past_indexes_missing, register_liu_yang

pytestmark = pytest.mark.stores("sqlite")


def forgotten_story(desk: FrontDesk, clock: SimulatedClock, household: str) -> None:
    """张伟's household sent a parcel, lent a wheelchair, leaving an instruction, calling the
    desk and reporting a leak; 刘洋 on site when a gas leak is reported; then both forgotten
    once their retention is over."""
    parcel = desk.receive_parcel("3-2-1502", "顺丰", "SF1234567890123", "A-01", recipient="张伟")
    desk.pick_up_parcel(parcel, "张伟", "id_check")
    chair = desk.add_item("轮椅 1 号", "wheelchair")
    desk.lend_item(chair, "3-2-1502", "张伟", (desk.today() + timedelta(days=2)).isoformat())
    desk.return_item(chair)
    desk.set_instruction("3-2-1502", "permission_to_enter", "李保姆", "每周三上午")
    contact = desk.open_contact("phone", "13812345678", "3-2-1502", "问物业费")
    desk.close_contact(contact, "answered")
    desk.report_incident(
        "repair", "plumbing", "general", "3-2-1502", "厨房漏水", "张伟", "phone", "3-2-1502"
    )
    visit = register_liu_yang(desk)
    desk.confirm_host(visit)
    desk.issue_pass(visit)
    desk.check_in(visit)
    desk.report_incident("emergency", "gas_leak", "emergency", "3号楼", "燃气味", "王芳", "phone")
    desk.check_out(visit)
    desk.move_out(household, desk.today().isoformat())
    clock.advance(timedelta(days=max(desk.retention()) + 1))
    for record in (visit, household):
        desk.forget_personal_data(record)


def whole_tables_read(models: ReadModels, planned: list[tuple[str, list[str]]]) -> set[str]:
    """The statements whose plan reads a read model's table or its past whole."""
    tables = "|".join(re.escape(t) for t in [*models.tables, *map(past_of, models.tables)])
    whole = re.compile(rf"^SCAN ({tables})\b")
    return {statement for statement, plan in planned if any(whole.match(s) for s in plan)}


@pytest.fixture
def planned(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, list[str]]]]:
    """Every statement run through `Db.execute` that changes rows, with SQLite's plan for
    it, asked in the same transaction just before it runs."""
    seen: list[tuple[str, list[str]]] = []
    execute = Db.execute

    def planning(db: Db, statement: str, **params: Any) -> None:
        if re.match(r"\s*(INSERT|UPDATE|DELETE|SELECT)\b", statement, re.IGNORECASE):
            db.cursor.execute(f"EXPLAIN QUERY PLAN {statement}", params)
            seen.append((" ".join(statement.split()), [r[3] for r in db.cursor.fetchall()]))
        execute(db, statement, **params)

    monkeypatch.setattr(Db, "execute", planning)
    yield seen


def test_a_rebuild_forgets_through_indexes_with_the_past_s_others_left_out(
    desk: FrontDesk,
    clock: SimulatedClock,
    zhang_wei: str,
    planned: list[tuple[str, list[str]]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    forgotten_story(desk, clock, zhang_wei)
    models = open_read_models(desk)
    planned.clear()
    missing_while_applied: list[set[str]] = []
    apply = models._apply

    def watched(batch, bulk=False):  # type: ignore[no-untyped-def]
        missing_while_applied.append(past_indexes_missing(models))
        return apply(batch, bulk)

    monkeypatch.setattr(models, "_apply", watched)
    monkeypatch.setattr(runner, "BULK_FROM", 1)  # as far behind as a rebuild of years
    models.rebuild()

    assert any("__past" in statement for statement, _ in planned)  # forgetting was planned
    assert whole_tables_read(models, planned) == set()
    assert missing_while_applied and all(missing_while_applied)  # the others were left out
    assert past_indexes_missing(models) == set()


def test_a_store_made_before_an_index_was_added_gets_it_when_next_opened(
    desk: FrontDesk, zhang_wei: str
) -> None:
    models = open_read_models(desk)
    with models.store.writing() as db:
        for index in ("parcels_household", "loans_household__past"):
            db.execute(f"DROP INDEX {index}")

    reopened = open_read_models(desk)

    with reopened.reading() as db:
        names = index_names(db)
    assert {"parcels_household", "loans_household__past"} <= names
    assert reopened.position() == models.position()  # found as they were: not rebuilt
