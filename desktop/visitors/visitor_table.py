"""The visitor lists' table: times said as shortly as is clear, so the lists fit beside the
register form."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from desktop.labels import label
from desktop.live import LiveDesk
from desktop.widgets.table_model import Column, RowTableModel


class VisitorTableModel(RowTableModel):
    """Times said as shortly as is clear, so the lists fit beside the form: registered today
    at 09:12, or on 03-01; the pass's times against the day it was registered."""

    REGISTERED, IN_OUT = 0, 7

    def __init__(self, columns: list[Column], live: LiveDesk) -> None:
        super().__init__(columns, live.desk.timezone)
        self.live = live

    def shown(self, row: Any, column: int) -> str:
        zone = self.live.desk.timezone
        registered = row.registered_at.astimezone(zone).date()
        if column == self.REGISTERED:
            local = row.registered_at.astimezone(zone)
            today = self.live.now().astimezone(zone).date()
            return local.strftime("%H:%M") if local.date() == today else local.strftime("%m-%d")
        if column == self.IN_OUT:
            times = [_time(row.checked_in_at, registered, zone)]
            if row.checked_out_at is not None:
                times.append(_time(row.checked_out_at, registered, zone))
            return " – ".join(times) if row.checked_in_at else ""
        value = self._columns[column].value(row)
        if isinstance(value, datetime):
            return _time(value, registered, zone)
        return super().shown(row, column)


def _time(moment: datetime | None, day: Any, zone: Any) -> str:
    """09:12 on the given day, 03-02 09:12 on another."""
    if moment is None:
        return ""
    local = moment.astimezone(zone)
    return local.strftime("%H:%M") if local.date() == day else local.strftime("%m-%d %H:%M")


def visitor_name(row: Any) -> str:
    """A visitor as the lists name them: a courier without a name by their company."""
    return str(row.name or row.company)


def visitor_table_model(live: LiveDesk) -> VisitorTableModel:
    """The lists' columns (their headings are set in the page's language)."""
    return VisitorTableModel(
        [
            Column("", lambda r: r.registered_at),
            Column("", visitor_name),
            Column("", lambda r: r.host_unit),
            Column("", lambda r: label(r.kind)),
            Column(
                "",
                lambda r: label("overstayed" if r.overstayed else r.state),
                alert=lambda r: r.overstayed,
            ),
            Column("", lambda r: r.code),
            Column("", lambda r: r.valid_until, alert=lambda r: r.overstayed),
            Column("", lambda r: r.checked_in_at),  # shown with the time of leaving
        ],
        live,
    )
