"""What the command line refuses in its own options, before the store is asked anything: the
text comes from the domain's catalogue (domain/messages.py), in the desk's language."""

from __future__ import annotations

import re
from typing import Any

from domain import errors
from domain.values import normalised


class MonthFormatError(errors.InvalidInputError):
    """`--month` is not a real month written YYYY-MM."""

    key = "cli_month_format"


def month(text: Any) -> str:
    """YYYY-MM with a real month (2026-3 is 2026-03), else a refusal saying how to write it."""
    typed = normalised(str(text)).strip()
    found = re.fullmatch(r"([0-9]{4})-([0-9]{1,2})", typed)
    if found is None or int(found[1]) == 0 or not 1 <= int(found[2]) <= 12:
        raise MonthFormatError(value=text)
    return f"{found[1]}-{int(found[2]):02d}"
