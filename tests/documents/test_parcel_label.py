"""The parcel's shelf label as the desk and the resident read it: 62 mm wide, the unit, the
shelf and the pickup code in words (pdftotext), and a QR code the scan field reads back as
FDPARCEL:<code> (zbarimg), in each language; the recipient's name never on it."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest

from domain.parcels import LABEL_PREFIX, code_in
from projections.documents.parcel_label import render_parcel_label
from projections.parcel_shelf import ParcelRow
from tests.documents.conftest import (
    SHANGHAI,
    decode_qr,
    fonts,
    page_sizes_mm,
    pdf_text,
    render_pages,
    squeezed,
)

RECEIVED = datetime(2026, 3, 2, 10, 15, tzinfo=SHANGHAI)


def parcel(**changes: object) -> ParcelRow:
    values: dict[str, object] = {
        "parcel_id": "7d67e3a2-9c9d-55b3-9695-1f4f7e83e7c1",
        "unit": "3-2-1502",
        "household_id": "h1",
        "carrier": "顺丰速运",
        "waybill": "SF1234567890",
        "shelf": "B-03",
        "pickup_code": "483920",
        "recipient": "张伟",
        "note": "易碎",
        "state": "waiting",
        "received_at": RECEIVED,
        "received_by": "clerk1",
        "picked_up_at": None,
        "picked_up_by": "",
        "proof": "",
        "handed_over_by": "",
        "returned_at": None,
        "return_reason": "",
    }
    values.update(changes)
    return ParcelRow(**values)  # type: ignore[arg-type]


def rendered(tmp_path: Path, name: str, row: ParcelRow, language: str = "zh_CN") -> Path:
    out = io.BytesIO()
    render_parcel_label(row, "阳光花园", out, language, zone=SHANGHAI)
    pdf = tmp_path / f"{name}.pdf"
    pdf.write_bytes(out.getvalue())
    return pdf


def test_the_label_reads_in_chinese_and_its_qr_gives_the_code_back(tmp_path: Path) -> None:
    pdf = rendered(tmp_path, "label", parcel())

    [(width, height)] = page_sizes_mm(pdf)
    assert (width, height) == (62.0, 100.0)
    text = squeezed(pdf_text(pdf))
    for needle in ("阳光花园", "快递代收", "3-2-1502", "货架B-03", "取件码", "483920", "顺丰速运"):
        assert needle in text, needle
    assert "2026年3月2日10:15" in text
    assert "张伟" not in text and "易碎" not in text  # the shelf is open: no name on it
    assert all("WenQuanYiMicroHei" in row for row in fonts(pdf))

    [png] = render_pages(pdf, 200)
    assert decode_qr(png) == [f"{LABEL_PREFIX}483920"]
    # What the scan field does with it: the pickup code.
    assert code_in(decode_qr(png)[0]) == "483920"


@pytest.mark.parametrize(
    ("language", "needles"),
    [
        ("zh_TW", ("包裹代收", "貨架", "取件碼", "憑取件碼或掃碼取件")),
        ("en", ("Parcel kept at the desk", "Pickup code", "Shelf", "2 Mar 2026, 10:15")),
    ],
)
def test_the_other_languages(tmp_path: Path, language: str, needles: tuple[str, ...]) -> None:
    pdf = rendered(tmp_path, language, parcel(), language)
    text = pdf_text(pdf)
    for needle in needles:
        assert needle in text or squeezed(needle) in squeezed(text), needle
    [png] = render_pages(pdf, 200)
    assert decode_qr(png) == ["FDPARCEL:483920"]


def test_a_long_shelf_and_carrier_shrink_to_fit_and_the_code_still_scans(tmp_path: Path) -> None:
    row = parcel(
        shelf="东侧大件货架第三层", carrier="中国邮政速递物流股份有限公司", unit="12-3-2501"
    )
    pdf = rendered(tmp_path, "long", row)
    text = squeezed(pdf_text(pdf))
    assert "12-3-2501" in text and "483920" in text
    [png] = render_pages(pdf, 200)
    assert decode_qr(png) == ["FDPARCEL:483920"]
