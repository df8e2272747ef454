"""Is the log intact, and a sealed copy of it to take away: verifying the integrity chain
from the first event to the last, and exporting events, tables and a manifest (auditors and
administrators; the export itself is recorded)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.audit.names import record_name
from desktop.live import LiveDesk
from desktop.usecases.export import export_store
from desktop.widgets.jobs import Cancelled, Job
from desktop.widgets.quiet import set_flag
from domain.errors import DomainError
from domain.staff import Role, may

STYLE = """
QLabel#Verdict { border-radius: 6px; padding: 10px 12px; font-size: 13px;
    background: #f7fafc; border: 1px solid #d9dee5; color: #1a202c; }
QLabel#Verdict[tone="ok"] { background: #f0fff4; border: 1px solid #9ae6b4; color: #22543d; }
QLabel#Verdict[tone="bad"] { background: #fff5f5; border: 1px solid #feb2b2; color: #9b2c2c; }
"""
MOMENT = "%Y-%m-%d %H:%M:%S"


def may_export(role: Role) -> bool:
    return may(role, "export_history")


def _heading_and_intro() -> tuple[QLabel, QLabel]:
    heading = QLabel()
    heading.setObjectName("AuditHeading")
    intro = QLabel()
    intro.setWordWrap(True)
    return heading, intro


def _verdict() -> QLabel:
    """What was found, hidden until there is something; selectable, to copy a hash from."""
    verdict = QLabel()
    verdict.setObjectName("Verdict")
    verdict.setWordWrap(True)
    verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    verdict.hide()
    return verdict


def _section(heading: QLabel, intro: QLabel, rows: list[QHBoxLayout], verdict: QLabel) -> QFrame:
    """A card: its heading, what it does, its controls a row each, then what was found."""
    frame = QFrame()
    frame.setObjectName("Card")
    box = QVBoxLayout(frame)
    box.setContentsMargins(16, 14, 16, 14)
    box.setSpacing(8)
    box.addWidget(heading)
    box.addWidget(intro)
    for row in rows:
        box.addLayout(row)
    box.addWidget(verdict)
    return frame


class IntegrityPanel(QWidget):
    """Verify (anyone may look) and export (auditor or administrator)."""

    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.live = live
        self.verify_job: Job | None = None
        self.export_job: Job | None = None
        self.report: Any = None  # the last IntegrityReport
        self.verified_at: Any = None
        self.expected: tuple[int, str] | None = None  # the written-down head it was checked against
        self.manifest: Path | None = None  # the last export's manifest
        # Asks where to export; tests put a function returning a folder here.
        self.choose_folder: Callable[[], Path | None] = self._ask_folder

        verify_box = self._build_verify()
        export_box = self._build_export()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(14)
        layout.addWidget(verify_box)
        layout.addWidget(export_box)
        layout.addStretch()
        self.verify_button.clicked.connect(self.verify)
        self.expect.returnPressed.connect(self.verify)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.export_button.clicked.connect(self.export)
        self._update_buttons()

    def _build_verify(self) -> QFrame:
        """Verify: against the head written down last time, if given; a bar while it runs."""
        self.verify_heading, self.verify_intro = _heading_and_intro()
        self.verify_button = QPushButton()
        self.verify_button.setProperty("primary", True)
        self.expect = QLineEdit()
        self.expect.setClearButtonEnabled(True)
        self.expect.setMinimumWidth(420)
        self.expect_caption = QLabel()
        self.cancel_button = QPushButton()
        self.cancel_button.hide()
        self.verify_bar = QProgressBar()
        self.verify_bar.hide()
        self.verdict = _verdict()
        expect_row = QHBoxLayout()
        expect_row.addWidget(self.expect_caption)
        expect_row.addWidget(self.expect, 1)
        row = QHBoxLayout()
        row.addWidget(self.verify_button)
        row.addWidget(self.verify_bar, 1)
        row.addWidget(self.cancel_button)
        row.addStretch()
        return _section(self.verify_heading, self.verify_intro, [expect_row, row], self.verdict)

    def _build_export(self) -> QFrame:
        self.export_heading, self.export_intro = _heading_and_intro()
        self.export_button = QPushButton()
        self.export_result = _verdict()
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addStretch()
        return _section(self.export_heading, self.export_intro, [row], self.export_result)

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.verify_heading.setText(self.tr("Integrity of the log"))
        self.verify_intro.setText(
            self.tr(
                "Every event is sealed with a digest that covers the one before it. "
                "Verifying recomputes the whole chain, from the first event to the last, "
                "and names the first position that does not match."
            )
        )
        self.verify_button.setText(self.tr("Verify the whole log"))
        self.expect_caption.setText(self.tr("Head written down earlier (optional):"))
        self.expect.setPlaceholderText(self.tr("POSITION:DIGEST, e.g. from an earlier export"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.export_heading.setText(self.tr("Export for auditors"))
        self.export_intro.setText(
            self.tr(
                "Writes into an empty folder every event as stored and as decoded, the "
                "integrity chain, the desk's lists (CSV files and one Excel workbook) with a "
                "data dictionary, and a manifest sealing each file; frontdesk export --check "
                "recomputes the chain from the copy alone. The export itself is recorded in "
                "the log."
            )
        )
        self.export_button.setText(self.tr("Export to a folder…"))
        self._update_buttons()
        if self.report is not None:
            self._show_report(self.report)

    # --- what may be pressed --------------------------------------------------------------

    def set_read_only(self, _read_only: bool) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.verify_button.setEnabled(self.verify_job is None)
        allowed = may_export(self.live.role)
        past = self.live.as_of is not None
        self.export_button.setEnabled(allowed and not past and self.export_job is None)
        if not allowed:
            tip = self.tr("Only an auditor or an administrator may export the history.")
        elif past:
            tip = self.tr("Return to live to export: the export is recorded in the log.")
        else:
            tip = ""
        self.export_button.setToolTip(tip)

    # --- verifying ------------------------------------------------------------------------

    def written_down(self) -> tuple[int, str] | None:
        """The head an auditor wrote down earlier, `POSITION:DIGEST`; raises ValueError."""
        text = self.expect.text().strip().lstrip("#")
        if not text:
            return None
        position, _, digest = text.replace(" ", "").partition(":")
        if not position.isdigit() or not re.fullmatch(r"[0-9a-fA-F]{64}", digest):
            raise ValueError(text)
        return int(position), digest.lower()

    def verify(self) -> None:
        if self.verify_job is not None:
            return
        try:
            expect = self.written_down()
        except ValueError:
            self._show_verdict(
                self.tr("Write the head down as POSITION:DIGEST (64 hex digits)."), "bad"
            )
            return
        desk = self.live.desk
        self.report, self.expected = None, expect
        self.verify_bar.setRange(0, 0)
        self.verify_bar.show()
        self.cancel_button.show()
        self.verdict.hide()
        self.verify_job = Job(lambda progress: desk.verify(progress, expect=expect), self)
        self.verify_job.progressed.connect(self._on_verify_progressed)
        self.verify_job.succeeded.connect(self._on_verified)
        self.verify_job.failed.connect(self._on_verify_failed)
        self.verify_job.start()
        self._update_buttons()

    def _on_verify_progressed(self, done: int, total: int) -> None:
        if total and self.verify_bar.maximum() != total:
            self.verify_bar.setRange(0, total)
        self.verify_bar.setValue(min(done, total))

    def _verify_over(self) -> None:
        self.verify_job = None
        self.verify_bar.hide()
        self.cancel_button.hide()
        self._update_buttons()

    def _on_verified(self, report: Any) -> None:
        self._verify_over()
        self.report = report
        self.verified_at = self.live.desk.now()
        self._show_report(report)

    def _on_verify_failed(self, problem: BaseException) -> None:
        self._verify_over()
        if isinstance(problem, Cancelled):
            self._show_verdict(self.tr("Verification cancelled; nothing was concluded."), "")
        else:
            self._show_verdict(
                self.tr("Verification could not run: {problem}").format(problem=problem), "bad"
            )

    def _show_report(self, report: Any) -> None:
        if report.ok:
            text = self.tr(
                "✓ The log is intact: {n} events checked.\n"
                "Head: position #{position}\nHead digest: {digest}"
            ).format(n=report.checked, position=report.head_position, digest=report.head_digest)
            if self.expected is not None:
                text += "\n" + self.tr(
                    "The head written down earlier, #{position}, is unchanged."
                ).format(position=self.expected[0])
            if self.verified_at is not None:
                text += "\n" + self.tr("Verified at {moment}").format(
                    moment=self.verified_at.astimezone(self.live.desk.timezone).strftime(MOMENT)
                )
            self._show_verdict(text, "ok")
            return
        lines = ["✗ " + report.message()]
        if report.position and report.timestamp:
            zone = self.live.desk.timezone
            lines.append(
                self.tr("First bad position: #{position} · {moment} · {record} {id}").format(
                    position=report.position,
                    moment=report.timestamp.astimezone(zone).strftime(MOMENT),
                    record=record_name(report.aggregate or ""),
                    id=report.aggregate_id or "",
                )
            )
        self._show_verdict("\n".join(lines), "bad")

    def _show_verdict(self, text: str, tone: str) -> None:
        self.verdict.setText(text)
        set_flag(self.verdict, "tone", tone)
        self.verdict.show()

    def _on_cancel_button_clicked(self) -> None:
        if self.verify_job is not None:
            self.verify_job.cancel()

    # --- exporting ------------------------------------------------------------------------

    def _ask_folder(self) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("An empty folder for the export"))
        return Path(folder) if folder else None

    def export(self) -> None:
        if not self.export_button.isEnabled():
            return
        folder = self.choose_folder()
        if folder is None:
            return
        progress = QProgressDialog(self)
        progress.setWindowTitle(self.tr("Export for auditors"))
        progress.setLabelText(self.tr("Writing the export to {folder}…").format(folder=folder))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(300)
        progress.setRange(0, 0)
        progress.setValue(0)
        self.export_progress = progress
        live = self.live
        self.export_job = Job(
            lambda report: export_store(live.desk, live.live_models, folder, report), self
        )
        self.export_job.progressed.connect(self._on_export_progressed)
        self.export_job.succeeded.connect(self._on_exported)
        self.export_job.failed.connect(self._on_export_failed)
        self.export_job.start()
        self._update_buttons()

    def _on_export_progressed(self, done: int, total: int) -> None:
        progress = self.export_progress
        if total and progress.maximum() != total:
            progress.setRange(0, total)
        progress.setValue(min(done, total))

    def _export_over(self) -> None:
        self.export_job = None
        self.export_progress.hide()
        self.export_progress.deleteLater()
        self._update_buttons()

    def _on_exported(self, manifest_path: Path) -> None:
        self._export_over()
        self.manifest = Path(manifest_path)
        try:
            manifest = json.loads(self.manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            manifest = {}
        self._show_export(
            self.tr(
                "✓ Exported {n} events to {folder}\n"
                "Head: position #{position}\nHead digest: {digest}\nManifest: {manifest}"
            ).format(
                n=manifest.get("event_count", "?"),
                folder=self.manifest.parent,
                position=manifest.get("head_position", "?"),
                digest=manifest.get("head_digest", "") or "—",
                manifest=self.manifest,
            ),
            "ok",
        )
        self.live.live_models.catch_up()  # the export's own event, shown at once

    def _on_export_failed(self, problem: BaseException) -> None:
        self._export_over()
        message = str(problem) if isinstance(problem, DomainError) else repr(problem)
        text = self.tr("✗ Nothing was exported: {problem}").format(problem=message)
        self._show_export(text, "bad")

    def _show_export(self, text: str, tone: str) -> None:
        self.export_result.setText(text)
        set_flag(self.export_result, "tone", tone)
        self.export_result.show()
