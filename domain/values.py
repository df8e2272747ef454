"""Value objects for what the desk types in all day, each validated where it is made."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, TypeVar

from domain import errors
from domain.clock import EARLIEST_DAY, LATEST_DAY, shifted

E = TypeVar("E", bound=StrEnum)


def choice(enum: type[E], value: Any, field: str) -> E:
    """One of the enum's values, as typed (full-width letters and stray spaces forgiven);
    none given at all (a field left out of a batch line, or null) is asked for by name."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise errors.MissingValueError(field=field)
    try:
        return enum(normalised(value).strip() if isinstance(value, str) else value)
    except ValueError:
        raise errors.InvalidChoiceError(
            value=value, field=field, choices=", ".join(m.value for m in enum)
        ) from None


# A courier's or rider's pass: long enough to reach the door and back. Here, not beside the
# visitor pass, because it is register_delivery's default: the application names it without
# loading the visitor pass's record (domain/visitors.py hands it on).
DELIVERY_MINUTES = 30

# Free text that may run over several lines; every other field is one line.
MULTILINE_FIELDS = frozenset(
    {"reason", "details", "description", "note", "notes", "comment", "resolution"}
)
# Prose keeps its full-width Chinese punctuation (，：（）); names and codes do not.
PROSE_FIELDS = MULTILINE_FIELDS | {
    "title",
    "place",
    "location",
    "purpose",
    "question",
    "answer",
    "topic",
}
_LINE_BREAKS = re.compile("\r\n|[\r\u0085\u2028\u2029]")


def normalised(value: Any, prose: bool = False) -> str:
    """Text as the desk keeps it: NFKC (full-width letters and digits become ASCII ones, as
    do other compatibility forms; prose only NFC), and every decimal digit of any script
    written 0-9, so that "１３８…" or "١٣٨…" is the same phone number as "138…"."""
    text = "" if value is None else str(value)
    if text.isascii():
        return text
    text = unicodedata.normalize("NFC" if prose else "NFKC", text)
    return "".join(
        str(unicodedata.digit(c)) if unicodedata.category(c) == "Nd" else c for c in text
    )


def _unprintable(c: str, multiline: bool) -> bool:
    """Control characters (C0, DEL, C1), format characters (bidi overrides and isolates,
    zero-width spaces and joiners, BOM), line and paragraph separators, lone surrogates
    (JSON allows them; no store can keep them)."""
    if c == "\n":
        return not multiline
    return unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp", "Cs")


def single_line(value: Any, field: str) -> str:
    """A code, a number or a name as typed: normalised, and refused if it hides a control,
    bidi, zero-width or line-breaking character anywhere (not only at its ends)."""
    text = normalised(value)
    bad = next((c for c in text if _unprintable(c, multiline=False)), None)
    if bad is not None:
        raise errors.UnprintableCharacterError(field=field, code=f"U+{ord(bad):04X}")
    return text


def required_text(value: Any, field: str, max_length: int = 500) -> str:
    if value is not None and not isinstance(value, str | int | float | Decimal):
        raise errors.InvalidValueError(field=field, value=str(value))
    multiline = field in MULTILINE_FIELDS
    text = normalised(value, prose=field in PROSE_FIELDS)
    if multiline:
        text = _LINE_BREAKS.sub("\n", text)
    text = text.strip()
    if not text:
        raise errors.MissingValueError(field=field)
    bad = next((c for c in text if _unprintable(c, multiline)), None)
    if bad is not None:
        raise errors.UnprintableCharacterError(field=field, code=f"U+{ord(bad):04X}")
    if len(text) > max_length:
        raise errors.TextTooLongError(field=field, limit=max_length, length=len(text))
    return text


def optional_text(value: Any, field: str, max_length: int = 2000) -> str:
    if value is None or not str(value).strip():
        return ""
    return required_text(value, field, max_length)


def whole_number(
    value: Any, field: str, low: int, high: int, refusal: type[errors.DomainError] | None = None
) -> int:
    """A count typed at the desk: a whole number from low to high, nothing else (no 2.5,
    no True, no Infinity)."""
    text = normalised(value).strip()
    number = (
        int(text)
        if re.fullmatch(r"[+-]?[0-9]{1,9}", text) and not isinstance(value, bool)
        else None
    )
    if number is None and isinstance(value, float) and value.is_integer():
        number = int(value)  # 3.0 from a spreadsheet export is 3
    if number is None or not low <= number <= high:
        if refusal is not None:
            raise refusal()
        raise errors.InvalidValueError(field=field, value=text[:40])
    return number


# --- unit numbers -------------------------------------------------------------------------

_UNIT = re.compile(r"([0-9]{1,3})-([0-9]{1,2})-([0-9]{3,4})")


@dataclass(frozen=True, order=True)
class UnitNumber:
    """`building-entrance-room`, e.g. 3-2-1502 (building 3, entrance 2, floor 15, room 02)."""

    building: int
    entrance: int
    room: int

    @classmethod
    def parse(cls, text: Any) -> UnitNumber:
        if isinstance(text, UnitNumber):
            return text
        raw = single_line(text or "", "unit").strip().replace("—", "-").replace("–", "-")
        if not raw:  # nothing typed is missing, not malformed
            raise errors.MissingValueError(field="unit_number")
        match = _UNIT.fullmatch(raw)
        # Floor 0 (room < 100) is refused too: it would be written back as "3-2-1", unreadable.
        if not match or int(match[1]) == 0 or int(match[2]) == 0 or int(match[3]) % 100 == 0:
            raise errors.InvalidUnitNumberError(value=raw)
        if int(match[3]) < 100:
            raise errors.InvalidUnitNumberError(value=raw)
        return cls(int(match[1]), int(match[2]), int(match[3]))

    @property
    def floor(self) -> int:
        return self.room // 100

    def __str__(self) -> str:
        return f"{self.building}-{self.entrance}-{self.room}"


# --- identity documents -------------------------------------------------------------------


class IdType(StrEnum):
    RESIDENT_ID = "resident_id"
    PASSPORT = "passport"
    HK_MACAU_PERMIT = "hk_macau_permit"
    TAIWAN_PERMIT = "taiwan_permit"
    OTHER = "other"


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_OTHER_ID = {
    IdType.PASSPORT: re.compile(r"^[A-Z0-9]{5,17}$"),
    IdType.HK_MACAU_PERMIT: re.compile(r"^[CHM][0-9A-Z]{8,10}$"),
    IdType.TAIWAN_PERMIT: re.compile(r"^(?:T?\d{8}|\d{10})$"),
    IdType.OTHER: re.compile(r"^[A-Z0-9\-]{4,30}$"),
}


def resident_id_check_digit(first17: str) -> str:
    """GB 11643-1999, ISO 7064 MOD 11-2."""
    total = sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def validate_id_number(id_type: Any, number: Any, today: date | None = None) -> tuple[IdType, str]:
    kind = choice(IdType, id_type, "id_type")
    raw = re.sub(r"\s", "", single_line(number or "", "id_number")).upper()
    if not raw:
        raise errors.MissingValueError(field="id_number")
    if kind is IdType.RESIDENT_ID:
        if not re.fullmatch(r"[0-9]{17}[0-9X]", raw):
            raise errors.InvalidIdNumberError(
                value=raw, reason="18 characters: 17 digits and a digit or X"
            )
        try:
            born = datetime.strptime(raw[6:14], "%Y%m%d").date()
        except ValueError:
            raise errors.IdBirthDateError(value=raw[6:14]) from None
        if born.year < 1900 or (today is not None and born > today):
            raise errors.IdBirthDateError(value=born.isoformat())
        expected = resident_id_check_digit(raw[:17])
        if raw[17] != expected:
            raise errors.IdChecksumError()
    elif not _OTHER_ID[kind].fullmatch(raw):
        raise errors.InvalidIdNumberError(value=raw, reason=kind.value)
    return kind, raw


# How much of each kind of number may show: (first, last) characters. A mainland ID shows
# its region's first 3 and last 4 (never the birth date); any other document at most 1 and
# 3, and never more than half of it.
_ID_SHOWN = {
    IdType.RESIDENT_ID: (3, 4),
    IdType.PASSPORT: (1, 3),
    IdType.HK_MACAU_PERMIT: (1, 3),
    IdType.TAIWAN_PERMIT: (1, 3),
    IdType.OTHER: (1, 2),
}


def _id_shape(number: str) -> IdType:
    if re.fullmatch(r"[0-9]{17}[0-9X]", number):
        return IdType.RESIDENT_ID
    if any(_OTHER_ID[kind].fullmatch(number) for kind in _OTHER_ID if kind is not IdType.OTHER):
        return IdType.PASSPORT
    return IdType.OTHER


def mask_id(number: str, id_type: Any = None) -> str:
    """The number with its middle hidden as its kind allows (without a kind, as its shape
    says): 110***********002X, E*****678. A masked or erased value is returned as it is."""
    if len(number) <= 1 or "*" in number:
        return number
    try:
        kind = IdType(id_type) if id_type else _id_shape(number)
    except ValueError:
        kind = _id_shape(number)
    first, last = _ID_SHOWN[kind]
    if kind is IdType.RESIDENT_ID and len(number) != 18:
        first, last = _ID_SHOWN[IdType.OTHER]
    while first + last > len(number) // 2:  # at least half hidden, the end kept longest
        if first > 1 or (first == 1 and last == 1):
            first -= 1
        else:
            last -= 1
    return number[:first] + "*" * (len(number) - first - last) + number[len(number) - last :]


# --- phones and plates ---------------------------------------------------------------------

_MOBILE = re.compile(r"1[3-9][0-9]{9}")
_LANDLINE = re.compile(r"0[0-9]{2,3}-?[0-9]{7,8}")


def validate_phone(value: Any) -> str:
    raw = re.sub(r"[\s()]", "", single_line(value or "", "phone"))
    if not raw:  # nothing typed is missing, not a number that cannot be dialled
        raise errors.MissingValueError(field="phone")
    if raw.startswith("+86"):
        raw = raw[3:]
    if _MOBILE.fullmatch(raw.replace("-", "")):
        return raw.replace("-", "")
    if _LANDLINE.fullmatch(raw):
        return raw
    raise errors.InvalidPhoneError(value=str(value or ""))


_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领"
_PLATE = re.compile(rf"[{_PROVINCES}][A-Z][A-HJ-NP-Z0-9]{{5,6}}")


def validate_plate(value: Any) -> str:
    raw = re.sub(r"[\s·.\-]", "", single_line(value or "", "plate")).upper()
    if not _PLATE.fullmatch(raw):
        raise errors.InvalidPlateError(value=str(value or ""))
    return raw


# --- money and dates -------------------------------------------------------------------------


def money(value: Any, field: str = "amount") -> Decimal:
    try:
        amount = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        raise errors.InvalidAmountError(value=value) from None
    exponent = amount.as_tuple().exponent  # a letter only for infinities and NaN
    if not amount.is_finite() or amount < 0 or not isinstance(exponent, int) or exponent < -2:
        raise errors.InvalidAmountError(value=value)
    if amount > Decimal("100000000"):
        raise errors.InvalidAmountError(value=value)
    return (abs(amount) if amount == 0 else amount).quantize(Decimal("0.01"))  # no "-0.00"


def as_date(value: Any, field: str = "date") -> date:
    """An ISO date, YYYY-MM-DD (a date object as it is); never a number or a boolean."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise errors.InvalidValueError(field=field, value=repr(value))
    try:
        return date.fromisoformat(normalised(value).strip())
    except ValueError:
        raise errors.InvalidValueError(field=field, value=value) from None


def as_moment(value: Any, field: str = "time") -> datetime:
    """An ISO 8601 moment with its time zone; never a number, a boolean or a bare date."""
    if isinstance(value, datetime):
        moment = value
    elif not isinstance(value, str):
        raise errors.InvalidValueError(field=field, value=repr(value))
    else:
        try:
            moment = datetime.fromisoformat(normalised(value).strip())
        except ValueError:
            raise errors.InvalidValueError(field=field, value=value) from None
    try:
        offset = moment.utcoffset()
    except ValueError:  # a tzinfo whose offset is not a whole day's fraction
        offset = None
    if offset is None:
        raise errors.InvalidValueError(field=field, value=value)
    if not EARLIEST_DAY < moment.date() < LATEST_DAY:
        # At the ends of the calendar it could not even be put in UTC; out of any range.
        raise errors.DateOutOfRangeError(
            field=field, value=str(value), earliest=EARLIEST_DAY, latest=LATEST_DAY
        )
    return moment


def years(count: int) -> timedelta:
    return timedelta(days=round(365.25 * count))


# How far from the desk's today each kind of date may lie: (years before, years after).
MOVE_IN_YEARS = (20, 1)  # a migrated household may have moved in long ago; none years ahead
CONTRACT_YEARS = (30, 50)  # contract terms, renewals, terminations, move-outs: decades
ACTIVITY_YEARS = (5, 5)


def plausible_date(value: Any, field: str, today: date, span: tuple[int, int]) -> date:
    """A date within `span` years of today, else a refusal that states the accepted range."""
    day = as_date(value, field)
    earliest, latest = shifted(today, -years(span[0])), shifted(today, years(span[1]))
    if not earliest <= day <= latest:
        raise errors.DateOutOfRangeError(
            field=field, value=day.isoformat(), earliest=earliest, latest=latest
        )
    return day


def plausible_moment(value: Any, field: str, now: datetime, span: tuple[int, int]) -> datetime:
    moment = as_moment(value, field)
    today = now.astimezone(UTC).date()
    earliest, latest = shifted(today, -years(span[0])), shifted(today, years(span[1]))
    if not earliest <= moment.astimezone(UTC).date() <= latest:
        raise errors.DateOutOfRangeError(
            field=field, value=moment.isoformat(), earliest=earliest, latest=latest
        )
    return moment


@dataclass(frozen=True)
class DateRange:
    """A period whose end comes after its start."""

    start: date
    end: date

    @classmethod
    def of(cls, start: Any, end: Any) -> DateRange:
        first, last = as_date(start, "start"), as_date(end, "end")
        if last <= first:
            raise errors.InvalidDateRangeError(start=first.isoformat(), end=last.isoformat())
        return cls(first, last)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


# --- household members ---------------------------------------------------------------------


class Relation(StrEnum):
    SELF = "self"
    SPOUSE = "spouse"
    CHILD = "child"
    PARENT = "parent"
    RELATIVE = "relative"
    TENANT = "tenant"
    OTHER = "other"


@dataclass(frozen=True)
class Member:
    """A person living in a household, as recorded at the desk."""

    name: str
    relation: str
    id_type: str
    id_number: str
    phone: str = ""

    @classmethod
    def from_input(cls, data: Any, today: date | None = None) -> Member:
        if isinstance(data, Member):
            return data
        if not isinstance(data, dict):
            raise errors.InvalidValueError(field="member", value=str(data)[:40])
        name = required_text(data.get("name"), "name", 60)
        relation = choice(Relation, data.get("relation") or "self", "relation")
        id_type, id_number = validate_id_number(data.get("id_type"), data.get("id_number"), today)
        phone = data.get("phone")
        return cls(
            name=name,
            relation=relation.value,
            id_type=id_type.value,
            id_number=id_number,
            phone=validate_phone(phone) if phone else "",
        )

    @property
    def masked_id(self) -> str:
        return mask_id(self.id_number, self.id_type)
