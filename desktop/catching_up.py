"""Bringing the read models up to date off the GUI thread, with progress when it is slow."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from projections.runner import ReadModels

SHOW_AFTER_MS = 500


class _CatchUp(QObject):
    advanced = Signal(int)
    finished = Signal()

    def __init__(self, models: ReadModels) -> None:
        super().__init__()
        self.models = models

    def run(self) -> None:
        self.models.catch_up(progress=self.advanced.emit)
        self.finished.emit()


def catch_up_with_progress(models: ReadModels, parent: QWidget | None = None) -> None:
    """Apply what the read models have not seen yet; the window stays responsive, and a
    progress dialog appears if it takes longer than half a second."""
    start = models.position()
    target = start + models.behind()
    if target == start:
        return
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(QApplication.translate("CatchUp", "Front Desk"))
    dialog.setLabelText(
        QApplication.translate(
            "CatchUp", "Bringing the desk up to date with {n} new events…"
        ).format(n=target - start)
    )
    dialog.setCancelButton(None)
    dialog.setRange(start, target)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    worker = _CatchUp(models)
    worker.advanced.connect(dialog.setValue)
    run_behind(dialog, worker)


def run_behind(dialog: QWidget, worker: QObject) -> None:
    """Run `worker.run` on a thread of its own while the window keeps answering behind
    `dialog`; close the dialog when the worker says `finished`."""
    thread = QThread()
    worker.moveToThread(thread)
    worker.finished.connect(thread.quit)  # type: ignore[attr-defined]
    thread.started.connect(worker.run)  # type: ignore[attr-defined]
    thread.start()
    while thread.isRunning():
        QApplication.processEvents()
        thread.wait(20)
    QApplication.processEvents()
    dialog.close()
