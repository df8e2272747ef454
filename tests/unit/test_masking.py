"""Masking that hides enough for every kind of ID document, and the phones, names and plates
a clerk's history shows masked."""

from __future__ import annotations

import pytest

from domain.masking import mask_name, mask_phone, mask_plate, masked_text
from domain.values import IdType, mask_id, validate_id_number
from tests.support import resident_id

# One real-looking number of each kind the desk accepts (validated below, so none is a
# number the desk would refuse).
SAMPLES = {
    IdType.RESIDENT_ID: ["11010519491231002X", resident_id()],
    IdType.PASSPORT: ["E12345678", "G87654321", "EA1234567", "P1234", "AB1234567890123"],
    IdType.HK_MACAU_PERMIT: ["M50936103", "C12345678", "H1234567890"],
    IdType.TAIWAN_PERMIT: ["02119746", "T02119746", "0211974612"],
    IdType.OTHER: ["WX-2026-88", "ABCD", "A1B2-C3D4-E5F6-G7H8"],
}
CASES = [(kind, number) for kind, numbers in SAMPLES.items() for number in numbers]


def shown(masked: str) -> int:
    return sum(c != "*" for c in masked)


@pytest.mark.parametrize(("kind", "number"), CASES)
def test_every_kind_of_id_number_is_at_least_half_hidden(kind: IdType, number: str) -> None:
    assert validate_id_number(kind, number)[1] == number
    masked = mask_id(number, kind)
    assert len(masked) == len(number)
    assert masked.count("*") * 2 >= len(number)
    # What shows is the number's own start and end, nothing from its middle.
    head, tail = masked.split("*")[0], masked.split("*")[-1]
    assert len(head) <= 3 and len(tail) <= 4
    assert number.startswith(head) and number.endswith(tail)
    if kind is not IdType.RESIDENT_ID:
        assert len(head) <= 2 and len(tail) <= 3


@pytest.mark.parametrize(("kind", "number"), CASES)
def test_without_its_type_a_number_is_masked_as_its_shape_says(kind: IdType, number: str) -> None:
    assert mask_id(number) == mask_id(number, kind)


def test_a_mainland_id_shows_its_first_3_and_last_4_as_the_resident_file_does() -> None:
    assert mask_id("11010519491231002X", "resident_id") == "110***********002X"
    assert "19491231" not in mask_id("11010519491231002X")  # the birth date is hidden


@pytest.mark.parametrize(
    ("kind", "number", "masked"),
    [
        ("passport", "E12345678", "E*****678"),
        ("passport", "P1234", "P***4"),
        ("hk_macau_permit", "M50936103", "M*****103"),
        ("hk_macau_permit", "C12345678", "C*****678"),
        ("taiwan_permit", "02119746", "0****746"),
        ("taiwan_permit", "0211974612", "0******612"),
        ("other", "WX-2026-88", "W*******88"),
        ("other", "ABCD", "A**D"),
    ],
)
def test_other_documents_show_at_most_two_first_and_three_last_characters(
    kind: str, number: str, masked: str
) -> None:
    assert mask_id(number, kind) == masked


def test_the_numbers_issue_14_found_barely_masked_are_now_hidden() -> None:
    assert mask_id("02119746", "taiwan_permit") != "021*9746"
    assert mask_id("M50936103", "hk_macau_permit") != "M50**6103"
    assert shown(mask_id("02119746", "taiwan_permit")) <= 4
    assert shown(mask_id("M50936103", "hk_macau_permit")) <= 4


def test_masking_twice_changes_nothing_and_erased_stays_erased() -> None:
    for _, number in CASES:
        once = mask_id(number)
        assert mask_id(once) == once
    assert mask_id("⊘") == "⊘" and mask_id("") == ""


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("13812345678", "138****5678"),
        ("010-12345678", "010*****5678"),
        ("075512345678", "075*****5678"),
        ("⊘", "⊘"),
        ("", ""),
    ],
)
def test_a_phone_shows_its_first_3_and_last_4_digits(phone: str, masked: str) -> None:
    assert mask_phone(phone) == masked
    assert mask_phone(masked) == masked


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("张伟", "张*"),
        ("欧阳娜娜", "欧***"),
        ("John Smith", "J*** S****"),
        ("张伟（3-2-1502）", "张*（3-2-1502）"),
        ("⊘", "⊘"),
    ],
)
def test_a_name_keeps_its_first_character(name: str, masked: str) -> None:
    assert mask_name(name) == masked


def test_a_plate_keeps_its_province_and_city_letter() -> None:
    assert mask_plate("沪A12345") == "沪A****5"
    assert mask_plate("粤B12345D") == "粤B*****D"


def test_free_text_keeps_its_words_and_masks_the_phones_and_id_numbers_in_it() -> None:
    text = masked_text("张伟（3-2-1502）说：请打13812345678，身份证11010519491231002X")
    assert "13812345678" not in text and "138****5678" in text
    assert "11010519491231002X" not in text and "110***********002X" in text
    assert "3-2-1502" in text


def test_a_star_typed_into_a_name_or_plate_does_not_pass_it_off_as_masked() -> None:
    assert mask_name("*张伟") == "*张*" and mask_name("张伟*") == "张**"
    assert mask_plate("沪A1234*") == "沪A*****"
