"""Parcels at the desk, for both front ends: which courier a waybill is from (guessed from
its prefix where the prefix is unmistakable), and what is waiting for a flat. Knows no Qt."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from domain.parcels import waybill_key
from projections.parcel_shelf import ParcelRow

# The couriers a desk sees most, as their waybills start (the longest prefix is tried first).
CARRIER_PREFIXES = (
    ("EMS", "邮政"),
    ("ZTO", "中通"),
    ("STO", "申通"),
    ("SF", "顺丰"),
    ("JD", "京东"),
    ("YT", "圆通"),
    ("ZT", "中通"),
    ("YD", "韵达"),
    ("JT", "极兔"),
)
CARRIERS = ("顺丰", "京东", "中通", "圆通", "韵达", "申通", "极兔", "邮政")
# An EMS item number (UPU S10): two letters, nine digits, the country: EA123456789CN.
EMS_NUMBER = re.compile(r"E[A-Z]\d{9}[A-Z]{2}")


def guess_carrier(waybill: str) -> str:
    """The courier a waybill's prefix names, or "" when it does not say."""
    bill = waybill_key(waybill)
    if EMS_NUMBER.fullmatch(bill):
        return "邮政"
    for prefix, carrier in CARRIER_PREFIXES:
        rest = bill[len(prefix) :]
        if bill.startswith(prefix) and rest.isalnum() and any(c.isdigit() for c in rest):
            return carrier
    return ""


def waiting_for(front: Any, unit: str) -> list[ParcelRow]:
    """The parcels waiting for a flat, the oldest first (`front`: a LiveDesk or a Front)."""
    shelf = front.models.parcel_shelf
    return list(front.read(lambda db: shelf.waiting(db, unit)))


def overdue_count(rows: list[ParcelRow], now: datetime) -> int:
    return sum(1 for r in rows if r.overdue(now))
