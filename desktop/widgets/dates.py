"""Qt's dates as Python's, typed: PySide6's stubs say toPython() returns an object."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def to_date(value: QDate) -> date:
    day = value.toPython()
    assert isinstance(day, date)
    return day
