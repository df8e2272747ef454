"""The Qt binding itself must not leak: a desk stays open all day, every day."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_qt_calls_that_return_nothing_keep_none_alive(qapp) -> None:
    """PySide6 6.12.0 on Python 3.11 lost one reference to None per such call, and the
    desk's once-a-second clock alone would abort Python within hours."""
    thing = QObject()
    before = sys.getrefcount(None)
    for _ in range(5000):
        thing.setObjectName("clock")
    assert sys.getrefcount(None) >= before - 50
