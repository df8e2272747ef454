"""The emergency alarm: a short two-tone sound bundled with the desk, or the system beep
where Qt Multimedia cannot play (no audio library or device). It never fails."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication

import resources

_effect: Any = None
_tried = False


def _sound_effect() -> Any:
    global _effect, _tried
    if not _tried:
        _tried = True
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:  # e.g. libpulse missing: Qt Multimedia does not load
            return None
        effect = QSoundEffect(QApplication.instance())
        effect.setSource(QUrl.fromLocalFile(str(resources.path("sounds", "emergency.wav"))))
        _effect = effect
    return _effect


def sound_alarm() -> None:
    effect = _sound_effect()
    try:
        if effect is not None and effect.status() != effect.Status.Error:
            effect.play()
            return
    except RuntimeError:  # the effect went with a previous QApplication
        pass
    QApplication.beep()
