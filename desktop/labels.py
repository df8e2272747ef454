"""How the codes stored in events are named on screen, in the interface language (the names
themselves are the domain's: domain.vocabulary), and how the desk writes its units."""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import QCoreApplication

from domain.messages import current_language
from domain.vocabulary import NAMES, name


def label(code: str | None) -> str:
    """The name shown for a stored code (a state, kind, category, role…)."""
    if not code:
        return ""
    return _names_in(current_language()).get(code, code)


def minutes(value: float) -> str:
    """A length of time in minutes, as the dashboard shows it: 12.5 min, 12.5 分钟."""
    return QCoreApplication.translate("Units", "{value} min").format(value=f"{value:.1f}")


def days(count: int, sign: str = "") -> str:
    """A countdown of two days or more: 3d, 3天; `sign` is − when it is overdue."""
    return QCoreApplication.translate("Units", "{sign}{days}d").format(sign=sign, days=count)


def unit_name(unit: str) -> str:
    """A KPI's unit on its own (an axis title): min, 分钟; % stays %."""
    return QCoreApplication.translate("Units", "min") if unit == "min" else unit


def target_text(target: Any) -> str:
    """A KPI target such as "< 15 min" in the interface language, ≥ written as such."""
    amount = f"{target.value:g}"
    shown = (
        QCoreApplication.translate("Units", "{value} min").format(value=amount)
        if target.unit == "min"
        else f"{amount} %"
    )
    return f"{target.comparison.replace('>=', '≥')} {shown}"


def known_label(code: str) -> str:
    """The name of a stored code, or "" when the text is not one (for every value an audit
    screen shows: the names are made once per language)."""
    return _names_in(current_language()).get(code, "")


@functools.lru_cache(maxsize=4)
def _names_in(language: str) -> dict[str, str]:
    """The names in one language, made once (a list of 2,000 visits asks for thousands)."""
    return {code: name(code, language) for code in NAMES}
