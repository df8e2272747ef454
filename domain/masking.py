"""Personal data as a counter's screen shows it: names, phones, plates and ID numbers with
their middles hidden. Who reads the whole history with personal data in clear is the
`read_personal_history` permission (domain/staff.py); everyone else reads it this way."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from domain.personal_data import ERASED, PERSONAL_FIELDS, UNREADABLE
from domain.values import mask_id

# The fields of each record that name, reach or identify a person (the sealed ones, and the
# incident's reporter, typed as a name with the unit).
NAME_FIELDS = frozenset(
    {"name", "reporter", "reporter_name", "contact_name", "person", "recipient", "picked_up_by"}
)
PLATE_FIELDS = frozenset({"plate", "plates", "vehicles"})
PHONE_FIELD = re.compile(r"(^|_)phones?($|_)")
PERSON_RECORDS = frozenset(PERSONAL_FIELDS) | {
    "Incident",
    "Contact",
    "MissedCall",
    "Parcel",
    "Loan",
    "Instruction",
}

_MOBILE = re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")
_RESIDENT_ID = re.compile(r"(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])")
_KEPT = (ERASED, UNREADABLE)


def _kept(text: str) -> bool:
    return not text or text in _KEPT


def mask_phone(phone: str) -> str:
    """138****5678; a landline keeps its area code's first 3 and its last 4 digits; a
    courier's last four digits, all that was asked, read *******5678."""
    text = str(phone)
    if _kept(text):
        return text
    if len(text) == 4 and text.isdigit():  # a courier's last four digits: the rest hidden
        return "*" * 7 + text
    if len(text) < 8:
        return text[:1] + "*" * (len(text) - 3) + text[-2:] if len(text) > 3 else text
    return text[:3] + "*" * (len(text) - 7) + text[-4:]


def mask_name(name: str) -> str:
    """Each word keeps its first letter: 张伟 → 张*, John Smith → J*** S****; digits and
    punctuation (a unit number beside the name) stay."""
    text = str(name)
    if _kept(text):
        return text
    out, in_word = [], False
    for c in text:
        letter = unicodedata.category(c).startswith("L")
        out.append("*" if letter and in_word else c)
        in_word = letter
    return "".join(out)


def mask_plate(plate: str) -> str:
    """The province and city letter and the last character: 沪A****5."""
    text = str(plate)
    if _kept(text) or len(text) < 4:
        return text
    return text[:2] + "*" * (len(text) - 3) + text[-1]


def masked_text(text: str) -> str:
    """Free text with any mobile number and mainland ID number in it masked."""
    text = _MOBILE.sub(lambda m: mask_phone(m.group()), text)
    return _RESIDENT_ID.sub(lambda m: mask_id(m.group().upper()), text)


def _field(key: str, value: Any, siblings: dict[str, Any], person: bool) -> Any:
    if isinstance(value, str):
        if key == "id_number":
            return mask_id(value, siblings.get("id_type"))
        if person and PHONE_FIELD.search(key):
            return mask_phone(value)
        if person and key in NAME_FIELDS:
            return mask_name(value)
        if person and key in PLATE_FIELDS:
            return mask_plate(value)
        if person and key == "work_id":
            return mask_id(value, "other")
        return masked_text(value)
    if isinstance(value, list) and person and key in PLATE_FIELDS:
        return [mask_plate(v) if isinstance(v, str) else counter_view(v, person) for v in value]
    return counter_view(value, person)


def counter_view(value: Any, person: bool) -> Any:
    """A JSON-ready value as a counter reads it: ID numbers masked everywhere, phones and ID
    numbers in free text masked; for a record about people (`person`), its names, phones,
    plates and work IDs masked too."""
    if isinstance(value, dict):
        return {k: _field(str(k), v, value, person) for k, v in value.items()}
    if isinstance(value, list):
        return [counter_view(v, person) for v in value]
    if isinstance(value, str):
        return masked_text(value)
    return value
