"""The pass's QR payload is signed by the store, and the gate's check tells a valid pass from
one that is not yet valid, expired, revoked, checked out or forged. Every print is recorded;
a reprint is a numbered copy. On SQLite; the key kept in the store, a signature and the
print records on PostgreSQL too."""

from __future__ import annotations

import re
import string
from datetime import timedelta
from uuid import UUID, uuid4

import pytest

from domain import errors
from domain.pass_signing import PassVerdict, sign_pass, verified_pass_id
from tests.support import resident_id

QR_ALPHANUMERIC = set(string.digits + string.ascii_uppercase + " $%*+-./:")


@pytest.fixture
def liu_yang(desk, zhang_wei) -> str:
    """刘洋, visiting 张伟 at 3-2-1502, confirmed by intercom; no pass yet."""
    pass_id = desk.register_visitor(
        "3-2-1502", "刘洋", "resident_id", resident_id(born="19900101"), "13900139000", "探亲"
    )
    desk.confirm_host(pass_id, "intercom")
    return pass_id


def printed(desk, pass_id: str) -> list[dict]:
    return [
        row.data
        for row in desk.history()
        if row.type == "PassPrinted" and row.aggregate_id == pass_id
    ]


def test_the_payload_is_short_signed_and_fits_the_qr_alphanumeric_set(desk, liu_yang) -> None:
    code = desk.issue_pass(liu_yang, 2)
    payload = desk.pass_payload(liu_yang)
    assert re.fullmatch(r"FD1\.[A-Z2-7]{26}\.[A-Z2-7]{16}", payload)  # 16 × 5 = 80 bits of MAC
    assert payload.split(".")[1].startswith(code)  # the pass code reads off the payload
    assert set(payload) <= QR_ALPHANUMERIC
    assert len(payload) == 47


@pytest.mark.stores("sqlite", "postgres")
def test_a_fresh_pass_is_valid_and_says_who_and_where(desk, liu_yang) -> None:
    desk.issue_pass(liu_yang, 2)
    check = desk.check_pass(desk.pass_payload(liu_yang))
    assert check.verdict is PassVerdict.VALID and check.valid
    assert (check.name, check.host_unit) == ("刘洋", "3-2-1502")
    number = resident_id(born="19900101")
    assert check.id_masked == number[:3] + "*" * 11 + number[-4:]
    assert check.valid_until - check.valid_from == timedelta(hours=2)


def test_the_verdict_follows_the_clock_and_the_pass(desk, liu_yang, clock) -> None:
    desk.issue_pass(liu_yang, 2)
    payload = desk.pass_payload(liu_yang)
    issued_at = clock.now()
    clock.set(issued_at - timedelta(minutes=5))
    assert desk.check_pass(payload).verdict is PassVerdict.NOT_YET_VALID
    clock.set(issued_at + timedelta(hours=2, minutes=1))
    assert desk.check_pass(payload).verdict is PassVerdict.EXPIRED
    clock.set(issued_at + timedelta(minutes=10))
    desk.check_in(liu_yang)
    assert desk.check_pass(payload).verdict is PassVerdict.VALID
    clock.advance(timedelta(minutes=30))
    desk.check_out(liu_yang)
    assert desk.check_pass(payload).verdict is PassVerdict.CHECKED_OUT


def test_a_revoked_pass_is_refused_at_the_gate(desk, liu_yang) -> None:
    desk.issue_pass(liu_yang, 2)
    payload = desk.pass_payload(liu_yang)
    desk.revoke_pass(liu_yang, "业主要求取消")
    assert desk.check_pass(payload).verdict is PassVerdict.REVOKED


def test_any_one_character_changed_is_a_forgery(desk, liu_yang) -> None:
    desk.issue_pass(liu_yang, 2)
    payload = desk.pass_payload(liu_yang)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567."
    key = desk._pass_signing_key()
    for i, original in enumerate(payload):
        for replacement in alphabet:
            if replacement != original:
                changed = payload[:i] + replacement + payload[i + 1 :]
                assert verified_pass_id(key, changed) is None, (i, replacement)
    forged = payload[:-1] + ("A" if payload[-1] != "A" else "B")
    check = desk.check_pass(forged)
    assert check.verdict is PassVerdict.FORGED and check.name == ""


@pytest.mark.parametrize("payload", ["", "HLWUSVGN", "FD1..", "FD2.AAAA.BBBB", "x" * 500])
def test_malformed_payloads_are_forgeries(desk, payload: str) -> None:
    assert desk.check_pass(payload).verdict is PassVerdict.FORGED


def test_a_well_signed_unknown_or_unissued_pass_is_a_forgery(desk, liu_yang) -> None:
    key = desk._pass_signing_key()
    assert desk.check_pass(sign_pass(key, uuid4())).verdict is PassVerdict.FORGED
    # Signed with this store's key, but the store never issued the pass.
    unissued = sign_pass(key, UUID(liu_yang))
    assert desk.check_pass(unissued).verdict is PassVerdict.FORGED


@pytest.mark.stores("sqlite", "postgres")
def test_another_stores_signature_is_a_forgery(desk, liu_yang) -> None:
    desk.issue_pass(liu_yang, 2)
    elsewhere = sign_pass("00" * 32, UUID(liu_yang))
    assert desk.check_pass(elsewhere).verdict is PassVerdict.FORGED


@pytest.mark.stores("sqlite", "postgres")
def test_every_print_is_recorded_and_a_reprint_is_a_numbered_copy(desk, liu_yang) -> None:
    desk.issue_pass(liu_yang, 2)
    assert desk.record_pass_printed(liu_yang, "badge") == 0
    assert desk.record_pass_printed(liu_yang, "a4") == 1
    assert desk.record_pass_printed(liu_yang, "label62") == 2
    assert printed(desk, liu_yang) == [
        {"size": "badge", "copy_number": 0},
        {"size": "a4", "copy_number": 1},
        {"size": "label62", "copy_number": 2},
    ]


def test_a_pass_that_cannot_be_used_cannot_be_printed(desk, liu_yang, clock) -> None:
    with pytest.raises(errors.PassNotIssuedError, match="No pass has been issued"):
        desk.record_pass_printed(liu_yang, "badge")
    with pytest.raises(errors.PassNotIssuedError):
        desk.pass_payload(liu_yang)
    desk.issue_pass(liu_yang, 1)
    with pytest.raises(errors.InvalidChoiceError, match="size"):
        desk.record_pass_printed(liu_yang, "poster")
    clock.advance(timedelta(hours=2))
    with pytest.raises(errors.PassExpiredError):
        desk.record_pass_printed(liu_yang, "badge")
    desk.revoke_pass(liu_yang, "已过期")
    with pytest.raises(errors.PassRevokedError):
        desk.record_pass_printed(liu_yang, "badge")
    assert printed(desk, liu_yang) == []


def test_an_auditor_may_check_a_pass_but_not_print_one(desk, liu_yang, sign_in_as) -> None:
    desk.issue_pass(liu_yang, 2)
    payload = desk.pass_payload(liu_yang)
    sign_in_as("auditor1")
    assert desk.check_pass(payload).valid
    with pytest.raises(errors.RoleForbidsError):
        desk.record_pass_printed(liu_yang, "badge")
    with pytest.raises(errors.RoleForbidsError):
        desk.pass_payload(liu_yang)


def test_printing_a_move_in_pack_is_recorded_with_its_copy_number(desk, zhang_wei) -> None:
    assert desk.record_move_in_pack_printed(zhang_wei) == 0
    assert desk.record_move_in_pack_printed(zhang_wei) == 1
    events = [r for r in desk.history() if r.type == "MoveInPackPrinted"]
    assert [(e.aggregate_id, e.data, e.operator) for e in events] == [
        (zhang_wei, {"copy_number": 0}, "clerk1"),
        (zhang_wei, {"copy_number": 1}, "clerk1"),
    ]
    desk.move_out(zhang_wei, "2026-03-20")
    with pytest.raises(errors.HouseholdMovedOutError):
        desk.record_move_in_pack_printed(zhang_wei)


def test_refusals_speak_every_language() -> None:
    refusal = errors.InvalidChoiceError(value="poster", field="size", choices="badge, label62, a4")
    assert "尺寸" in refusal.message("zh_CN") and "尺寸" in refusal.message("zh_TW")
    assert "size" in refusal.message("en")
    assert errors.PassNotIssuedError().message("zh_CN") == "通行证尚未发放"
