"""Readable terminal tables that keep Chinese text aligned (wide characters take two cells)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from domain.personal_data import readable


def cell_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def shown(value: Any, zone: ZoneInfo) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, datetime):
        return value.astimezone(zone).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, timedelta):
        minutes = int(value.total_seconds() // 60)
        sign = "-" if minutes < 0 else ""
        hours, mins = divmod(abs(minutes), 60)
        return f"{sign}{hours}h{mins:02d}m"
    return readable(str(value))


def clip(text: str, width: int) -> str:
    if cell_width(text) <= width:
        return text
    out = ""
    for char in text:
        if cell_width(out + char + "…") > width:
            break
        out += char
    return out + "…"


def table(
    rows: Sequence[Any],
    columns: Sequence[tuple[str, str]],
    zone: ZoneInfo,
    max_width: int = 28,
) -> str:
    """`columns` are (attribute, heading) pairs; rows are dataclasses or dicts."""
    if not rows:
        return "(none)"

    def get(row: Any, name: str) -> Any:
        return row[name] if isinstance(row, dict) else getattr(row, name, None)

    cells = [[clip(shown(get(r, name), zone), max_width) for name, _ in columns] for r in rows]
    headings = [heading for _, heading in columns]
    widths = [
        max(cell_width(h), *(cell_width(c[i]) for c in cells)) for i, h in enumerate(headings)
    ]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (w - cell_width(v)) for v, w in zip(values, widths, strict=True))

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(headings).rstrip(), rule, *(line(c).rstrip() for c in cells)])
