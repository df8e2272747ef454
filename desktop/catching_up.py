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
    thread = QThread()
    worker = _CatchUp(models)
    worker.moveToThread(thread)
    worker.advanced.connect(dialog.setValue)
    worker.finished.connect(thread.quit)
    thread.started.connect(worker.run)
    thread.start()
    while thread.isRunning():
        QApplication.processEvents()
        thread.wait(20)
    QApplication.processEvents()
    dialog.close()
