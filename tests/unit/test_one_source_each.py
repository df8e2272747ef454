"""Rules the desk used to keep for itself, each now in one place in the domain: the monthly
fee and its rounding, the deposit still owed, the move-in callback period, the time zone,
and where the fee rate is read from."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from domain.clock import DEFAULT_TIMEZONE, desk_timezone
from domain.contracts import deposit_outstanding, monthly_service_fee, refund_beside
from domain.households import CALLBACK_WITHIN
from projections.documents import texts
from projections.documents.move_in_pack import fee_schedule


def test_the_monthly_fee_is_rounded_half_up_to_the_fen_as_a_receipt_shows() -> None:
    # 89.25 m² × ¥2.82 = ¥251.685: the wizard said 251.68 (half to even), the pack 251.69.
    assert monthly_service_fee(Decimal("89.25"), Decimal("2.82")) == Decimal("251.69")
    assert monthly_service_fee("89.50", "2.80") == Decimal("250.60")
    assert monthly_service_fee(Decimal("100"), Decimal("0.0049")) == Decimal("0.49")


def test_the_pack_prints_the_fee_the_domain_works_out() -> None:
    assert fee_schedule(Decimal("89.25"), Decimal("2.82")) == (
        Decimal("251.69"),
        Decimal("3020.28"),
    )


def test_the_deposit_still_owed_is_never_below_nothing() -> None:
    assert deposit_outstanding(Decimal("3000.00"), Decimal("1000.00")) == Decimal("2000.00")
    assert deposit_outstanding(Decimal("3000.00"), Decimal("3000.00")) == 0
    assert deposit_outstanding(Decimal("3000.00"), Decimal("3500.00")) == 0


def test_the_refund_beside_the_deductions_gives_back_all_that_is_held() -> None:
    assert refund_beside(Decimal("3000.00"), Decimal("450.00")) == Decimal("2550.00")
    assert refund_beside(Decimal("3000.00"), Decimal("3000.00")) == 0
    assert refund_beside(Decimal("3000.00"), Decimal("3000.01")) is None


@pytest.fixture
def edited_texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A service center's own copy of settings.json, named by FRONTDESK_DOCUMENT_TEXTS."""
    bundled = json.loads(texts.resources.path("documents", "settings.json").read_text("utf-8"))
    bundled["rate_per_m2_month"] = "3.15"
    bundled["callback_within_days"] = "30"  # not theirs to change: the domain's rule
    (tmp_path / "settings.json").write_text(json.dumps(bundled), encoding="utf-8")
    monkeypatch.setenv(texts.OVERRIDE_ENV, str(tmp_path))
    return tmp_path


def test_the_fee_rate_is_read_where_the_documents_read_it(edited_texts: Path) -> None:
    assert texts.service_rate() == Decimal("3.15")
    assert texts.load_texts("en").default_rate == Decimal("3.15")


def test_the_bundled_rate_without_an_edited_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(texts.OVERRIDE_ENV, raising=False)
    assert texts.service_rate() == Decimal("2.80")


def test_the_documents_promise_the_callback_period_the_domain_holds(edited_texts: Path) -> None:
    assert CALLBACK_WITHIN.days == 7
    assert texts.settings()["callback_within_days"] == "7"
    followup = texts.load_texts("en").section("move_in_pack")["followup"]
    assert "within 7 days" in followup


def test_the_time_zone_is_the_desks_setting_else_shanghai() -> None:
    assert desk_timezone({}) == DEFAULT_TIMEZONE == ZoneInfo("Asia/Shanghai")
    assert desk_timezone({"FRONTDESK_TZ": "Europe/London"}) == ZoneInfo("Europe/London")
