"""What the desk types in all day: unit numbers, ID numbers, phones, plates, money, dates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from domain import errors, values
from domain.messages import set_language
from domain.values import (
    DateRange,
    IdType,
    Member,
    UnitNumber,
    mask_id,
    money,
    resident_id_check_digit,
    validate_id_number,
    validate_phone,
    validate_plate,
)
from tests.support import resident_id, wrong_check_digit

TODAY = date(2026, 3, 2)

# The worked example of GB 11643-1999: a Beijing resident born 1949-12-31, check digit X.
BEIJING_X = "11010519491231002X"


# --- unit numbers -----------------------------------------------------------------------------


def test_3_2_1502_is_building_3_entrance_2_floor_15() -> None:
    unit = UnitNumber.parse("3-2-1502")
    assert (unit.building, unit.entrance, unit.room, unit.floor) == (3, 2, 1502, 15)
    assert str(unit) == "3-2-1502"


def test_unit_numbers_typed_with_spaces_or_full_width_dashes_are_the_same_unit() -> None:
    assert UnitNumber.parse(" 3－2－1502 ") == UnitNumber.parse("3-2-1502")
    assert UnitNumber.parse("3—2—1502") == UnitNumber.parse("3-2-1502")


def test_a_ground_floor_shop_keeps_its_place_whether_written_0101_or_101() -> None:
    assert UnitNumber.parse("5-1-0101") == UnitNumber.parse("5-1-101")
    assert UnitNumber.parse("5-1-0101").floor == 1


def test_unit_numbers_sort_by_building_entrance_then_room() -> None:
    numbers = ["3-2-1601", "3-1-1502", "3-2-1502", "12-1-0201"]
    assert [str(u) for u in sorted(UnitNumber.parse(n) for n in numbers)] == [
        "3-1-1502",
        "3-2-1502",
        "3-2-1601",
        "12-1-201",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "3-2",
        "3/2/1502",
        "3-2-15",  # too short for floor and room
        "3-2-15020",  # too long
        "0-2-1502",  # there is no building 0
        "3-0-1502",  # nor entrance 0
        "3-2-1500",  # nor room 00
        "3-2-001",  # nor floor 0
        "A-2-1502",
    ],
)
def test_malformed_unit_numbers_are_refused(text: str) -> None:
    with pytest.raises(errors.InvalidUnitNumberError):
        UnitNumber.parse(text)


@pytest.mark.parametrize("text", ["", "   ", None])
def test_a_missing_unit_number_is_asked_for_not_called_malformed(text: str | None) -> None:
    with pytest.raises(errors.MissingValueError) as refused:
        UnitNumber.parse(text)
    assert str(refused.value) == "Please fill in unit number"


def test_every_accepted_unit_number_reads_back_as_the_same_unit() -> None:
    """The store writes a unit as text and parses it back; that must never fail."""
    for text in ["3-2-1502", "5-1-0101", "5-1-101", "1-1-101", "12-3-2608"]:
        unit = UnitNumber.parse(text)
        assert UnitNumber.parse(str(unit)) == unit


# --- resident ID numbers (GB 11643) -----------------------------------------------------------


def test_a_valid_resident_id_is_accepted() -> None:
    number = resident_id()
    assert validate_id_number("resident_id", number, TODAY) == (IdType.RESIDENT_ID, number)


def test_the_check_digit_follows_iso_7064_mod_11_2() -> None:
    assert resident_id_check_digit("11010519491231002") == "X"
    assert resident_id_check_digit("31010419850612123") == resident_id()[-1]


def test_a_resident_id_ending_in_x_is_accepted_in_either_case() -> None:
    assert validate_id_number("resident_id", BEIJING_X, TODAY)[1] == BEIJING_X
    assert validate_id_number("resident_id", BEIJING_X.lower(), TODAY)[1] == BEIJING_X


def test_spaces_typed_inside_an_id_number_are_ignored() -> None:
    number = resident_id()
    spaced = f"{number[:6]} {number[6:14]} {number[14:]}"
    assert validate_id_number("resident_id", spaced, TODAY)[1] == number


@pytest.mark.parametrize("number", [resident_id(), BEIJING_X])
def test_a_wrong_check_digit_is_refused_without_giving_the_right_one_away(number: str) -> None:
    """Telling the right digit would let anyone make a valid-looking number up."""
    with pytest.raises(errors.IdChecksumError) as refusal:
        validate_id_number("resident_id", wrong_check_digit(number), TODAY)
    assert isinstance(refusal.value, errors.InvalidIdNumberError)
    for language in ("zh_CN", "zh_TW", "en"):
        said = refusal.value.message(language)
        assert number[-1] not in said
    assert "check digit" in str(refusal.value) and "wrong" in str(refusal.value)


def test_an_x_where_a_digit_belongs_is_a_wrong_check_digit() -> None:
    number = resident_id()
    assert number[-1] != "X"
    with pytest.raises(errors.IdChecksumError):
        validate_id_number("resident_id", number[:17] + "X", TODAY)


def test_the_check_digit_refusal_speaks_chinese_at_a_chinese_desk() -> None:
    set_language("zh_CN")
    with pytest.raises(errors.IdChecksumError) as refusal:
        validate_id_number("resident_id", wrong_check_digit(resident_id()), TODAY)
    assert "身份证号码校验位错误" in str(refusal.value)


@pytest.mark.parametrize(
    "born",
    [
        "19850230",  # 30 February
        "19851301",  # month 13
        "19850631",  # 31 June
        "20250229",  # 2025 is no leap year
        "18991231",  # before 1900
        "20300101",  # not born yet
    ],
)
def test_impossible_birth_dates_are_refused_even_with_a_right_check_digit(born: str) -> None:
    number = resident_id(born=born)  # the check digit is computed, so only the date is wrong
    with pytest.raises(errors.IdBirthDateError):
        validate_id_number("resident_id", number, TODAY)


def test_someone_born_on_29_february_of_a_leap_year_is_fine() -> None:
    number = resident_id(born="20000229")
    assert validate_id_number("resident_id", number, TODAY)[1] == number


@pytest.mark.parametrize(
    "number",
    ["31010419850612123", "3101041985061212345", "31010419850612A234", "X10104198506121234"],
)
def test_resident_ids_not_of_18_characters_ending_in_a_digit_or_x_are_refused(
    number: str,
) -> None:
    with pytest.raises(errors.InvalidIdNumberError):
        validate_id_number("resident_id", number, TODAY)


def test_an_empty_id_number_is_missing_and_an_unknown_id_type_is_refused() -> None:
    with pytest.raises(errors.MissingValueError):
        validate_id_number("resident_id", "  ", TODAY)
    with pytest.raises(errors.InvalidChoiceError):
        validate_id_number("driving_licence", "A1234567", TODAY)


# --- other identity documents -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("id_type", "number", "stored"),
    [
        ("passport", "E12345678", "E12345678"),
        ("passport", "g 1234 5678", "G12345678"),
        ("hk_macau_permit", "C12345678", "C12345678"),
        ("hk_macau_permit", "H1234567890", "H1234567890"),
        ("taiwan_permit", "12345678", "12345678"),
        ("taiwan_permit", "T12345678", "T12345678"),
        ("taiwan_permit", "1234567890", "1234567890"),
        ("other", "SZ-2026-0042", "SZ-2026-0042"),
    ],
)
def test_other_identity_documents_are_accepted_in_their_own_formats(
    id_type: str, number: str, stored: str
) -> None:
    assert validate_id_number(id_type, number, TODAY) == (IdType(id_type), stored)


@pytest.mark.parametrize(
    ("id_type", "number"),
    [
        ("passport", "E12"),
        ("passport", "E1234567890123456789"),
        ("hk_macau_permit", "A12345678"),
        ("hk_macau_permit", "C1234"),
        ("taiwan_permit", "1234567"),
        ("taiwan_permit", "X12345678"),
        ("other", "AB"),
        ("other", "工作证123"),
    ],
)
def test_other_identity_documents_in_the_wrong_format_are_refused(
    id_type: str, number: str
) -> None:
    with pytest.raises(errors.InvalidIdNumberError):
        validate_id_number(id_type, number, TODAY)


def test_a_document_of_another_type_is_not_checked_as_a_resident_id() -> None:
    """18 digits typed as an 'other' document: no GB 11643 check digit applies."""
    number = wrong_check_digit(resident_id())
    assert validate_id_number("other", number, TODAY)[1] == number


# --- phones -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("19987654321", "19987654321"),
    ],
)
def test_mobile_numbers_are_stored_as_eleven_digits(typed: str, stored: str) -> None:
    assert validate_phone(typed) == stored


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("021-62345678", "021-62345678"),
        ("02162345678", "02162345678"),
        ("(021) 62345678", "02162345678"),
        ("0755-1234567", "0755-1234567"),
    ],
)
def test_landline_numbers_with_an_area_code_are_accepted(typed: str, stored: str) -> None:
    assert validate_phone(typed) == stored


@pytest.mark.parametrize(
    "typed",
    ["1381234567", "138123456789", "12812345678", "23812345678", "62345678", "021-123", "abc"],
)
def test_phone_numbers_that_cannot_be_dialled_are_refused(typed: str) -> None:
    with pytest.raises(errors.InvalidPhoneError):
        validate_phone(typed)


@pytest.mark.parametrize("typed", ["", "  ", None])
def test_a_missing_phone_number_is_asked_for(typed: str | None) -> None:
    with pytest.raises(errors.MissingValueError) as refused:
        validate_phone(typed)
    assert str(refused.value) == "Please fill in phone"


# --- plates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("沪A12345", "沪A12345"),
        ("沪a 12345", "沪A12345"),
        ("沪A·12345", "沪A12345"),
        ("粤B-D12345", "粤BD12345"),  # a new-energy plate has six characters after the letter
        ("京AD1234F", "京AD1234F"),
    ],
)
def test_plates_are_stored_in_one_spelling(typed: str, stored: str) -> None:
    assert validate_plate(typed) == stored


@pytest.mark.parametrize(
    "typed",
    ["", "沪A1234", "沪A1234567", "XA12345", "沪112345", "沪AI2345", "沪AO2345", "A12345"],
)
def test_malformed_plates_are_refused(typed: str) -> None:
    with pytest.raises(errors.InvalidPlateError):
        validate_plate(typed)


# --- money ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("2.8", Decimal("2.80")),
        (" 1500 ", Decimal("1500.00")),
        (0, Decimal("0.00")),
        (Decimal("3000.5"), Decimal("3000.50")),
        ("100000000", Decimal("100000000.00")),
    ],
)
def test_amounts_are_kept_to_the_fen(typed: object, amount: Decimal) -> None:
    assert money(typed) == amount
    assert money(typed).as_tuple().exponent == -2


@pytest.mark.parametrize(
    "typed", ["-1", "-0.01", "12.345", "abc", "", None, "NaN", "Infinity", "100000000.01"]
)
def test_negative_fractional_fen_or_absurd_amounts_are_refused(typed: object) -> None:
    with pytest.raises(errors.InvalidAmountError):
        money(typed)


# --- date ranges ------------------------------------------------------------------------------


def test_a_year_long_contract_term_contains_its_first_and_last_day() -> None:
    term = DateRange.of("2026-03-01", "2027-02-28")
    assert term == DateRange(date(2026, 3, 1), date(2027, 2, 28))
    assert term.contains(date(2026, 3, 1))
    assert term.contains(date(2027, 2, 28))
    assert not term.contains(date(2027, 3, 1))
    assert not term.contains(date(2026, 2, 28))


@pytest.mark.parametrize(
    ("start", "end"), [("2026-03-01", "2026-03-01"), ("2026-03-01", "2026-02-28")]
)
def test_a_range_must_end_after_it_starts(start: str, end: str) -> None:
    with pytest.raises(errors.InvalidDateRangeError):
        DateRange.of(start, end)


def test_a_range_with_a_date_that_is_not_a_date_is_refused() -> None:
    with pytest.raises(errors.InvalidValueError):
        DateRange.of("2026-02-30", "2027-02-28")


# --- masking ----------------------------------------------------------------------------------


def test_an_id_number_shows_only_its_first_3_and_last_4_characters() -> None:
    number = resident_id()
    assert mask_id(number) == number[:3] + "*" * 11 + number[-4:]
    assert mask_id(BEIJING_X) == "110***********002X"


def test_a_short_document_number_shows_at_most_half_of_itself() -> None:
    assert mask_id("A1234") == "A***4"
    assert mask_id("E1234567") == "E****567"  # every kind: tests/unit/test_masking.py


def test_a_member_typed_at_the_desk_is_validated_and_masked() -> None:
    zhang = Member.from_input(
        {
            "name": " 张伟 ",
            "relation": "self",
            "id_type": "resident_id",
            "id_number": resident_id(),
            "phone": "138 1234 5678",
        },
        TODAY,
    )
    assert (zhang.name, zhang.phone) == ("张伟", "13812345678")
    assert zhang.masked_id == mask_id(resident_id())
    assert zhang.masked_id.startswith("310***")
    assert resident_id()[6:14] not in zhang.masked_id  # the birth date is hidden


@pytest.mark.parametrize("typed", [2.5, "2.5", True, "Infinity", float("inf"), None, "", "三"])
def test_a_count_is_a_whole_number_and_nothing_else(typed) -> None:
    from domain.values import whole_number

    with pytest.raises(errors.InvalidValueError):
        whole_number(typed, "headcount", 1, 20)


@pytest.mark.parametrize(("typed", "count"), [(3, 3), ("3", 3), (" 4 ", 4), (3.0, 3), ("+2", 2)])
def test_a_count_as_people_type_it(typed, count: int) -> None:
    from domain.values import whole_number

    assert whole_number(typed, "headcount", 1, 20) == count


# --- text normalised on entry (issue 13) --------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "１３８１２３４５６７８",
        "١٣٨١٢٣٤٥٦٧٨",
        "۱۳۸۱۲۳۴۵۶۷۸",
        "138 １２３４ ٥٦٧٨",
        "+86 138-1234-5678",
    ],
)
def test_a_phone_in_any_digits_is_kept_as_ascii_digits(typed: str) -> None:
    assert values.validate_phone(typed) == "13812345678"


def test_full_width_letters_in_names_and_codes_become_ascii_but_prose_keeps_its_punctuation() -> (
    None
):
    assert values.required_text("ＡＢＣ公司", "company") == "ABC公司"
    assert values.required_text("煤气味，三楼（最重）", "description") == "煤气味，三楼（最重）"
    assert values.UnitNumber.parse("３－２－１５０２") == values.UnitNumber.parse("3-2-1502")
    assert values.validate_plate("沪Ａ １２３４５") == "沪A12345"


@pytest.mark.parametrize(
    "character",
    [
        *("\x00", "\x1b", "\x7f", "\x85", "\x9b", "\u200b", "\u200e", "\u202e", "\u2066"),
        *("\ufeff", "\n", "\t", "\u2028", "\u2029", "\ud800"),
    ],
)
def test_a_name_hiding_a_control_bidi_or_zero_width_character_is_refused(character: str) -> None:
    with pytest.raises(errors.UnprintableCharacterError) as refusal:
        values.required_text(f"张{character}伟", "name")
    assert refusal.value.params == {"field": "name", "code": f"U+{ord(character):04X}"}
    assert "姓名中含有不可见字符或控制字符" in refusal.value.message("zh_CN")


def test_notes_keep_their_lines_and_nothing_else() -> None:
    assert values.required_text("漏水\r\n二楼\u2028已关阀", "note") == "漏水\n二楼\n已关阀"
    with pytest.raises(errors.UnprintableCharacterError):
        values.required_text("漏水\t二楼", "note")
    with pytest.raises(errors.UnprintableCharacterError):
        values.required_text("漏水\u202e二楼", "description")


def test_a_megabyte_is_refused_without_being_echoed() -> None:
    with pytest.raises(errors.TextTooLongError) as refusal:
        values.required_text("灯" * 1_000_000, "name", 60)
    assert len(str(refusal.value)) < 100
    with pytest.raises(errors.InvalidPhoneError) as bad_phone:
        values.validate_phone("1" * 1_000_000)
    assert len(str(bad_phone.value)) < 200 and "…" in str(bad_phone.value)


# --- plausible dates (issue 13) -------------------------------------------------------------------


@pytest.mark.parametrize("day", ["0001-01-01", "2099-01-01", "9999-12-31", "2000-01-01"])
def test_a_move_in_date_far_from_today_is_refused_and_the_range_stated(day: str) -> None:
    with pytest.raises(errors.DateOutOfRangeError) as refusal:
        values.plausible_date(day, "move_in_date", TODAY, values.MOVE_IN_YEARS)
    earliest, latest = refusal.value.params["earliest"], refusal.value.params["latest"]
    assert earliest < TODAY < latest
    said = {language: refusal.value.message(language) for language in ("zh_CN", "zh_TW", "en")}
    for text in said.values():
        assert day in text and earliest.isoformat() in text and latest.isoformat() in text
    assert said["zh_CN"].startswith("入住日期")


@pytest.mark.parametrize("moment", ["9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+05:00"])
def test_a_moment_at_the_ends_of_the_calendar_is_refused_not_a_crash(moment: str) -> None:
    with pytest.raises(errors.DateOutOfRangeError):
        values.as_moment(moment, "at")


@pytest.mark.parametrize("typed", [0, False, True, 20260301, None, [], 1.5])
def test_a_date_or_moment_that_is_not_text_is_refused(typed: object) -> None:
    with pytest.raises(errors.InvalidValueError):
        values.as_date(typed, "date")
    with pytest.raises(errors.InvalidValueError):
        values.as_moment(typed, "at")


def test_a_choice_typed_in_full_width_or_with_spaces_is_still_that_choice() -> None:
    assert values.choice(IdType, "ｐａｓｓｐｏｒｔ ", "id_type") is IdType.PASSPORT
    with pytest.raises(errors.InvalidChoiceError):
        values.choice(IdType, "pass\u202eport", "id_type")
