"""The emergency log report prints from the desk, the same document the command line makes."""

from __future__ import annotations

import shutil
import subprocess
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from desktop.incidents.emergency_report import EmergencyReportDialog
from desktop.live import LiveDesk


class FakePrinter:
    """A real printer is the one part a test cannot have."""

    def __init__(self) -> None:
        self.printed: list[tuple[bytes, str]] = []

    def send(self, pdf: bytes, title: str, parent=None) -> bool:
        self.printed.append((pdf, title))
        return True

    preview = send


def test_the_gas_leak_in_building_5_is_in_the_months_report(
    live: LiveDesk, clock, qtbot, tmp_path
) -> None:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing: install Debian's poppler-utils (.ci/run does)")
    live.run(
        live.desk.report_incident,
        "emergency",
        "gas_leak",
        "emergency",
        "5号楼1单元",
        "闻到燃气味",
        "张伟",
        "phone",
    )
    clock.advance(timedelta(minutes=20))
    printer = FakePrinter()
    dialog = EmergencyReportDialog(live, output=printer)
    qtbot.addWidget(dialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    [(pdf, title)] = printer.printed
    assert title.startswith("Emergency log 2026-03-01")
    (tmp_path / "report.pdf").write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "report.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "E260302-001" in text and "5号楼1单元" in text


def test_a_period_that_ends_before_it_starts_is_refused_in_the_dialog(
    live: LiveDesk, qtbot
) -> None:
    printer = FakePrinter()
    dialog = EmergencyReportDialog(live, output=printer)
    qtbot.addWidget(dialog)
    dialog.end.setDate(dialog.start.date().addDays(-3))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "must come after" in dialog.error.text()
    assert printer.printed == []
