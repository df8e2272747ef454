"""The demo community's raw SQLite file (with its WAL) holds none of its residents' or
visitors' names, plates, phones, ID numbers or work IDs, nor its incident reporters' names
and phones: every one of them, as the auditor's history reads them, is searched for (the
demo at its hidden "tiny" scale, built in seconds)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import open_desk
from desktop.demo import DEMO_PASSWORD, build_demo
from domain.personal_data import ERASED

COST = 2**4
PERSONAL = {
    "name",
    "id_number",
    "phone",
    "previous_phone",
    "plate",
    "vehicles",
    "work_id",
    "reporter",
    "reporter_phone",
}


def personal_values(data: Any, key: str | None = None) -> Iterator[str]:
    if isinstance(data, dict):
        for name, value in data.items():
            yield from personal_values(value, name)
    elif isinstance(data, list | tuple):
        for item in data:
            yield from personal_values(item, key)
    elif isinstance(data, str) and key in PERSONAL and data and data != ERASED:
        yield data


@pytest.mark.slow
def test_the_demo_stores_raw_file_holds_no_personal_data(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    desk = open_desk(f"sqlite:///{path}", password_cost=COST)
    build_demo(desk, seed=14, scale="tiny", until=date(2026, 3, 1))
    desk.sign_in("auditor1", DEMO_PASSWORD)
    staff: set[str] = set()
    values: set[str] = set()
    for row in desk.history():
        if row.aggregate == "Staff":  # staff are named in the clear: they are the desk
            staff |= set(personal_values(row.data))
            continue
        values |= set(personal_values(row.data))
    desk.close()
    values -= staff  # a staff member is named as an assignee, whoever shares the name
    # A courier's phone is often its last four digits: four digits stand in any file by
    # chance (a log position, a waybill, a time), so only longer numbers are looked for.
    values = {v for v in values if not (v.isdigit() and len(v) < 7)}
    kinds = {"names": [v for v in values if not re.search(r"\d", v)]}
    assert len(values) > 300 and len(kinds["names"]) > 100

    raw = b"".join(p.read_bytes() for p in tmp_path.glob("demo.sqlite*"))

    def found(value: str) -> bool:
        # A short run of digits may occur inside a record id or digest by chance: a number
        # counts as found only where no hex digit or dash is beside it.
        text, start = value.encode(), raw.find(value.encode())
        while start != -1:
            beside = raw[start - 1 : start] + raw[start + len(text) : start + len(text) + 1]
            if not value.isdigit() or not any(c in b"0123456789abcdef-" for c in beside):
                return True
            start = raw.find(text, start + 1)
        return False

    assert [value for value in values if found(value)] == []
