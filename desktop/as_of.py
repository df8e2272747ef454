"""The desk as it stood at a past moment: every workspace reads the read models as they
stood then (they keep their past, so this is a query, made off the GUI thread), nothing can
be changed, and an amber banner says so until the auditor returns to live."""

from __future__ import annotations

from contextlib import ExitStack
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from desktop.audit.as_of_dialog import AsOfDialog
from desktop.live import LiveDesk
from desktop.widgets.jobs import Cancelled, Job, Progress
from projections.past import PastReadModels
from projections.runner import ReadModels
from projections.time_travel import read_models_as_of

SHOW_AFTER_MS = 300
BANNER_STYLE = """
QFrame#AsOfBanner { background: #fbd38d; border-bottom: 1px solid #dd6b20; }
QFrame#AsOfBanner QLabel { color: #652b19; font-weight: bold; font-size: 14px; }
QFrame#AsOfBanner QPushButton { background: white; color: #652b19; border: 1px solid #c05621;
    border-radius: 4px; padding: 4px 12px; }
QFrame#AsOfBanner QPushButton#BackToLive { background: #c05621; color: white; font-weight: bold; }
"""


def moment_text(moment: datetime, zone: Any) -> str:
    """`2026-10-14 14:32`, with the seconds only when they matter."""
    local = moment.astimezone(zone)
    return local.strftime("%Y-%m-%d %H:%M:%S" if local.second else "%Y-%m-%d %H:%M")


def build_as_of(
    live: ReadModels, moment: datetime, progress: Progress
) -> tuple[PastReadModels, ExitStack]:
    """Every read model as of `moment`: the live ones, caught up first (with progress), read
    at the log's position then. Closing the stack lets them go."""
    total = live.source.recorder.max_notification_id() or 0
    stack = ExitStack()
    try:
        models = stack.enter_context(
            read_models_as_of(
                live.source, moment, live, progress=lambda position: progress(position, total)
            )
        )
    except BaseException:
        stack.close()
        raise
    progress(total, total)
    return models, stack


class AsOfBanner(QFrame):
    """Across the window while the past is shown: which moment, and the way back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AsOfBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.text = QLabel()
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.other = QPushButton()
        self.back = QPushButton()
        self.back.setObjectName("BackToLive")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 6, 18, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.other)
        layout.addWidget(self.back)
        self.hide()

    def show_moment(self, moment: datetime | None, zone: Any) -> None:
        if moment is None:
            self.hide()
            return
        self.text.setText(
            self.tr("Read-only: the desk as it stood at {moment}").format(
                moment=moment_text(moment, zone)
            )
        )
        self.show()

    def retranslate(self) -> None:
        self.other.setText(self.tr("Another moment…"))
        self.back.setText(self.tr("Return to live"))


class AsOfControl(QObject):
    """Takes the whole desk to a past moment and back."""

    failed = Signal(str)  # the moment could not be shown (why)

    def __init__(self, live: LiveDesk, window: QWidget) -> None:
        super().__init__(window)
        self.live = live
        self.window = window
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None
        self.pending: datetime | None = None
        self.dialog: AsOfDialog | None = None

    def choose(self) -> None:
        """Ask for the moment, then go there."""
        desk, zone = self.live.desk, self.live.desk.timezone
        latest = desk.now()
        first = next(iter(desk.history(1, 1)), None)
        an_hour_ago = (latest - timedelta(hours=1)).replace(second=0, microsecond=0)
        suggested = self.live.as_of or an_hour_ago
        self.dialog = AsOfDialog(
            suggested, zone, first.timestamp if first else None, latest, parent=self.window
        )
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.open()

    def _on_dialog_accepted(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
            if dialog.chosen is not None:
                self.go_to(dialog.chosen)

    def go_to(self, moment: datetime) -> None:
        """Build the read models as of `moment` off the GUI thread, then show them."""
        if self.job is not None:
            return
        self.pending = moment
        zone = self.live.desk.timezone
        progress = QProgressDialog(self.window)
        progress.setWindowTitle(self.tr("As of {moment}").format(moment=moment_text(moment, zone)))
        progress.setLabelText(
            self.tr("Reading the desk as of {moment}…").format(moment=moment_text(moment, zone))
        )
        progress.setCancelButtonText(self.tr("Cancel"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(SHOW_AFTER_MS)
        progress.setRange(0, 0)
        self.progress = progress
        live = self.live.live_models
        self.job = Job(lambda report: build_as_of(live, moment, report), self)
        self.job.progressed.connect(self._on_job_progressed)
        self.job.succeeded.connect(self._on_job_succeeded)
        self.job.failed.connect(self._on_job_failed)
        progress.canceled.connect(self.job.cancel)
        progress.setValue(0)
        self.job.start()

    def return_to_live(self) -> None:
        self.live.show_live()

    def _on_job_progressed(self, done: int, total: int) -> None:
        if self.progress is not None and total:
            if self.progress.maximum() != total:
                self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _finish(self) -> datetime | None:
        moment, self.pending, self.job = self.pending, None, None
        progress, self.progress = self.progress, None
        if progress is not None:
            progress.canceled.disconnect()
            progress.hide()
            progress.deleteLater()
        return moment

    def _on_job_succeeded(self, built: tuple[PastReadModels, ExitStack]) -> None:
        moment = self._finish()
        models, stack = built
        if moment is None:
            stack.close()
            return
        self.live.show_as_of(moment, models, stack.close)

    def _on_job_failed(self, problem: BaseException) -> None:
        self._finish()
        if isinstance(problem, Cancelled):
            return
        message = str(problem) or type(problem).__name__
        self.failed.emit(message)
        QMessageBox.warning(
            self.window,
            self.tr("As of a moment"),
            self.tr("The desk could not be shown as of that moment:\n{problem}").format(
                problem=message
            ),
        )
