"""The desk opens a contract dated at the end of the calendar (recorded by an older desk):
renewing it offers a date instead of crashing the dialog."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.dialogs.contracts_actions import RenewDialog
from desktop.dialogs.contracts_sign import year_later
from domain import FrontDesk
from projections.catalogue import open_read_models
from tests.cli.test_extreme_history import _bypassing_checks


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_renewing_a_contract_ending_9999_12_31_opens(
    desk: FrontDesk, units: list[str], qtbot
) -> None:
    _bypassing_checks(desk)
    models = open_read_models(desk)
    with models.reading() as db:
        rows = models.renewal_calendar.all(db)  # type: ignore[attr-defined]
    assert {row.end.year for row in rows} == {1, 9999}

    for row in rows:
        dialog = RenewDialog(row, lambda *_: None, None)
        qtbot.addWidget(dialog)
        offered = dialog.new_end.date()
        assert 1 <= offered.year() <= 9999


def test_a_year_after_the_last_year_is_the_last_day() -> None:
    assert year_later(date(9999, 12, 30)) == date(9999, 12, 30)
    assert year_later(date(2026, 3, 2)) == date(2027, 3, 1)
