"""What the desk remembers between sessions (QSettings): the last person to sign in, the
desk's printer, the window's size, each list's columns."""

from __future__ import annotations

from typing import Any


def keep(settings: Any, key: str, value: Any) -> None:
    """Write a value only when it is not the one kept already: each write makes Qt save the
    settings file, and flush it to disk, on the window's thread soon after (a freeze while
    the disk is busy), though the same person signs in at the same desk day after day."""
    if settings.contains(key) and settings.value(key) == value:
        return
    settings.setValue(key, value)
