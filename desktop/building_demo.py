"""`frontdesk demo --open` on a new store: the demo community is built on a worker thread
while the desk shows how far it has come, then the sign-in opens on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog

from desktop.catching_up import run_behind
from desktop.demo.report import DemoProgress
from domain.errors import DomainError

STEPS = 1000
Build = Callable[[Callable[[DemoProgress], None]], Any]


class _Builder(QObject):
    told = Signal(object)  # a DemoProgress
    finished = Signal()

    def __init__(self, build: Build) -> None:
        super().__init__()
        self.build = build
        self.outcome: Any = None

    def run(self) -> None:
        try:
            self.outcome = self.build(self.told.emit)
        except DomainError as refused:
            self.outcome = refused
        self.finished.emit()


def build_with_progress(build: Build) -> Any:
    """Run `build` (which tells its progress) off the GUI thread behind a progress dialog;
    its result, or the refusal that stopped it."""
    dialog = QProgressDialog()
    dialog.setWindowTitle(QApplication.translate("BuildingDemo", "Front Desk"))
    dialog.setLabelText(QApplication.translate("BuildingDemo", "Building the demo community…"))
    dialog.setCancelButton(None)
    dialog.setRange(0, STEPS)
    dialog.setMinimumWidth(460)
    dialog.setMinimumDuration(0)
    dialog.setValue(0)

    def show(progress: DemoProgress) -> None:
        dialog.setLabelText(
            QApplication.translate(
                "BuildingDemo",
                "Building the demo community: a year of its life, day by day\n"
                "{day} · {events} events · {seconds} s",
            ).format(
                day=progress.day.isoformat(),
                events=f"{progress.events:,}",
                seconds=round(progress.seconds),
            )
        )
        dialog.setValue(round(progress.share * STEPS))

    builder = _Builder(build)
    builder.told.connect(show)
    run_behind(dialog, builder)
    return builder.outcome
