"""Widgets driven with qtbot over a real store (SQLite; the stores are tested elsewhere)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

from desktop import style, translations
from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from domain import FrontDesk, SimulatedClock
from tests.conftest import open_desk
from tests.support import PASSWORD, STAFF, member


@pytest.fixture(autouse=True)
def _delete_windows() -> Iterator[None]:
    """Delete each test's windows at its end. Left to the garbage collector they go whenever
    it next runs, which can be inside Qt's loop over every widget in the next test: a crash;
    and while alive, every later stylesheet restyles them all."""
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture
def qt_desk(tmp_path: Path, clock: SimulatedClock, qapp) -> Iterator[FrontDesk]:
    """阳光花园 with staff of every role, four units and 张伟 in 3-2-1502; signed in as clerk1."""
    style.install(qapp)
    translations.install("en")
    desk = open_desk(f"sqlite:///{tmp_path / 'desk.sqlite'}", clock)
    desk.initialise("admin", "系统管理员", PASSWORD, community="阳光花园")
    desk.sign_in("admin", PASSWORD)
    for username, name, role in STAFF:
        desk.add_staff(username, name, role, PASSWORD)
    desk.sign_in("manager1", PASSWORD)
    for unit in ("3-2-1501", "3-2-1502", "3-2-1601"):
        desk.register_unit(unit, "3", "89.50")
    desk.register_unit("5-1-0101", "5", "120.00", "commercial")
    desk.sign_in("clerk1", PASSWORD)
    desk.move_in("3-2-1502", [member("张伟")], "owner", "2026-03-02", ["沪A12345"])
    yield desk
    desk.close()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def live(qt_desk: FrontDesk) -> Iterator[LiveDesk]:
    desk = LiveDesk(qt_desk)
    yield desk
    desk.stop()


@pytest.fixture
def window(live: LiveDesk, settings: QSettings, qtbot) -> MainWindow:
    main = MainWindow(live, settings)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    return main


def sign_in_as(desk: FrontDesk, username: str) -> None:
    desk.sign_in(username, PASSWORD)
