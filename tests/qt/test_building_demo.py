"""`frontdesk demo --open` on a new store: the demo is built behind the desk's progress
dialog, which fills day by day while the window keeps answering; a refusal is told, not
thrown."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from desktop import style, translations
from desktop.building_demo import STEPS, build_with_progress
from desktop.cli import open_desk
from desktop.demo import SOLE_WRITER, DemoProgress, DemoReport, build_demo
from domain.errors import StoreAlreadyInitialisedError


def test_the_dialog_fills_as_the_demo_is_built_and_the_window_keeps_answering(
    qapp, tmp_path: Path
) -> None:
    style.install(qapp)
    translations.install("zh_CN")
    desk = open_desk(f"sqlite:///{tmp_path / 'demo.sqlite'}", env=SOLE_WRITER, password_cost=16)
    seen: list[tuple[int, str]] = []

    def look() -> None:  # what a person sees, every 50 ms of the build
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                seen.append((widget.value(), widget.labelText()))

    watching = QTimer()
    watching.timeout.connect(look)
    watching.start(50)

    def build(told):  # type: ignore[no-untyped-def]
        return build_demo(desk, seed=3, scale="tiny", until=date(2026, 3, 1), progress=told)

    report = build_with_progress(build)
    watching.stop()
    translations.install("en")
    assert isinstance(report, DemoReport) and report.events > 5000
    values = [value for value, _ in seen]
    assert len(seen) > 20  # the event loop ran all along
    assert values == sorted(values) and values[0] < STEPS // 10 and max(values) > STEPS * 0.9
    texts = [text for _, text in seen]
    assert all("演示小区" in text for text in texts)  # in the desk's language
    assert any("2026-02-" in text and "个事件" in text for text in texts)  # the day it has reached
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets())  # gone at the end


def test_a_store_already_set_up_is_told_not_thrown(qapp, tmp_path: Path) -> None:
    desk = open_desk(f"sqlite:///{tmp_path / 'demo.sqlite'}", password_cost=16)
    desk.initialise("admin", "系统管理员", "desk-pass-1", community="阳光花园")
    told: list[DemoProgress] = []

    outcome = build_with_progress(
        lambda tell: build_demo(desk, scale="tiny", progress=tell, until=date(2026, 3, 1))
    )
    assert isinstance(outcome, StoreAlreadyInitialisedError) and not told
