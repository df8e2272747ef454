"""The words on the documents, per language, and how numbers, dates and times are written.

Texts live in resources/documents/{zh_CN,zh_TW,en}.json; the service center's own figures
(phone numbers, hours, the fee rate) in resources/documents/settings.json, usable in any text
as {name}, as are the periods the domain fixes (callback_within_days). A folder named by
FRONTDESK_DOCUMENT_TEXTS may hold edited copies of any of these files, which then replace
the bundled ones, so house rules and contacts change without code; the desk reads the fee
rate from the same place (service_rate).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import resources
from domain import vocabulary
from domain.households import CALLBACK_WITHIN

LANGUAGES = ("zh_CN", "zh_TW", "en")
OVERRIDE_ENV = "FRONTDESK_DOCUMENT_TEXTS"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


class _Blank(dict[str, Any]):
    """Formatting leaves a placeholder it has no value for as it is."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, **values: Any) -> str:
    return template.format_map(_Blank(values))


def _file(name: str) -> Path:
    folder = os.environ.get(OVERRIDE_ENV)
    if folder and (Path(folder) / name).is_file():
        return Path(folder) / name
    return resources.path("documents", name)


def _substitute(value: Any, settings: dict[str, str]) -> Any:
    if isinstance(value, str):
        return _PLACEHOLDER.sub(lambda m: settings.get(m[1], m[0]), value)
    if isinstance(value, list):
        return [_substitute(v, settings) for v in value]
    if isinstance(value, dict):
        return {k: _substitute(v, settings) for k, v in value.items()}
    return value


@dataclass(frozen=True)
class Texts:
    """One language's document texts, with the service center's figures filled in."""

    language: str
    data: dict[str, Any]
    settings: dict[str, str]

    def section(self, name: str) -> dict[str, Any]:
        return dict(self.data[name])

    def term(self, group: str, key: str) -> str:
        """The name a document prints for a code: the texts' own where they word it for
        print (a formal name: 港澳居民来往内地通行证, property service contract), else the
        domain's (domain.vocabulary), as the desk shows it."""
        worded = self.data["terms"].get(group, {}).get(key)
        return vocabulary.name(key, self.language) if worded is None else str(worded)

    @property
    def cjk(self) -> bool:
        return self.data.get("wrap") == "CJK"

    @property
    def default_rate(self) -> Decimal:
        return Decimal(self.settings["rate_per_m2_month"])

    def _format(self, key: str, **values: Any) -> str:
        return str(self.data["format"][key]).format(**values)

    def day(self, day: date) -> str:
        names = self.data["format"].get("month_names")
        month_name = names[day.month - 1] if names else ""
        return self._format(
            "date", year=day.year, month=day.month, day=day.day, month_name=month_name
        )

    def month_day(self, day: date) -> str:
        names = self.data["format"].get("month_names")
        month_name = names[day.month - 1] if names else ""
        return self._format("month_day", month=day.month, day=day.day, month_name=month_name)

    def clock(self, moment: datetime, zone: ZoneInfo) -> str:
        local = moment.astimezone(zone)
        return self._format("time", hour=local.hour, minute=local.minute)

    def moment(self, moment: datetime, zone: ZoneInfo) -> str:
        local = moment.astimezone(zone)
        return self._format("datetime", date=self.day(local.date()), time=self.clock(local, zone))

    def short_moment(self, moment: datetime, zone: ZoneInfo) -> str:
        """Day and month with the time: for tables where the year is known."""
        local = moment.astimezone(zone)
        return self._format(
            "datetime", date=self.month_day(local.date()), time=self.clock(local, zone)
        )

    def money(self, amount: Decimal) -> str:
        rounded = amount.quantize(Decimal("0.01"), ROUND_HALF_UP)
        return self._format("money", amount=f"{rounded:,.2f}")

    def area(self, area: Decimal) -> str:
        return self._format("area", area=f"{area:,.2f}")

    def rate(self, rate: Decimal) -> str:
        return self._format("rate", rate=f"{rate:.2f}")

    def duration(self, span: timedelta) -> str:
        minutes = max(0, round(span.total_seconds() / 60))
        if minutes < 60:
            return self._format("minutes", minutes=minutes)
        hours, minutes = divmod(minutes, 60)
        if hours < 48:
            return self._format("hours_minutes", hours=hours, minutes=minutes)
        days, hours = divmod(hours, 24)
        return self._format("days_hours", days=days, hours=hours)

    def page(self, page: int, pages: int) -> str:
        return self._format("page", page=page, pages=pages)

    def printed(self, moment: datetime, zone: ZoneInfo) -> str:
        return self._format("printed", moment=self.moment(moment, zone))

    def join(self, items: list[str]) -> str:
        return str(self.data["format"]["list_separator"]).join(items)


@cache
def _settings(folder: str | None) -> dict[str, str]:
    settings = json.loads(_file("settings.json").read_text(encoding="utf-8"))
    settings = {k: str(v) for k, v in settings.items() if not k.startswith("_")}
    # The domain's own rule, whatever an edited copy says: the documents promise what the
    # desk will hold the service center to.
    settings["callback_within_days"] = str(CALLBACK_WITHIN.days)
    return settings


def settings() -> dict[str, str]:
    """The service center's own figures, from where the documents read them: the bundled
    settings.json, or its edited copy in the folder FRONTDESK_DOCUMENT_TEXTS names."""
    return dict(_settings(os.environ.get(OVERRIDE_ENV)))


def service_rate() -> Decimal | None:
    """The monthly service fee per m² the documents print; None when there is none."""
    try:
        return Decimal(settings()["rate_per_m2_month"])
    except (OSError, ValueError, KeyError, ArithmeticError):
        return None


@cache
def _load(language: str, folder: str | None) -> Texts:
    settings = dict(_settings(folder))
    data = json.loads(_file(f"{language}.json").read_text(encoding="utf-8"))
    settings["service_center"] = data["service_center"]
    return Texts(language, _substitute(data, settings), settings)


def load_texts(language: str) -> Texts:
    """The texts of a language (zh_CN, zh_TW or en), read once per process."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose one of {LANGUAGES}")
    return _load(language, os.environ.get(OVERRIDE_ENV))
