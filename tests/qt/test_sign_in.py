"""The sign-in dialog's language list: opened from the keyboard it shows every language at once,
the one in use among them, drawn like the rest (not blank, not behind a scroll arrow)."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop import translations
from desktop.sign_in import SignInDialog
from domain.application import FrontDesk
from tests.support import PASSWORD


def test_the_language_list_shows_every_language_with_the_current_one_readable(
    qt_desk: FrontDesk, settings: QSettings, qtbot: QtBot
) -> None:
    dialog = SignInDialog(qt_desk, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    combo = dialog.language
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    assert combo.count() == len(translations.LANGUAGE_NAMES) == 3
    for row in range(combo.count()):  # each row whole inside the list: nothing to scroll to
        rect = view.visualRect(combo.model().index(row, 0))
        assert rect.isValid() and view.viewport().rect().contains(rect), combo.itemText(row)
        assert rect.height() >= view.fontMetrics().height()
    assert not view.verticalScrollBar().isVisible()
    assert view.currentIndex().row() == combo.currentIndex()
    # the current row in the list's own colours (the app's stylesheet, not the field's white)
    palette = view.palette()
    assert palette.highlightedText().color() != palette.highlight().color()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.isVisible())


def signed_in_through(dialog: SignInDialog, qtbot: QtBot, username: str) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.username.setText(username)
    dialog.password.setText(PASSWORD)
    dialog.password.setFocus()
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()


def test_signing_in_again_as_the_same_person_writes_nothing_to_the_settings_file(
    qt_desk: FrontDesk, settings: QSettings, qtbot: QtBot
) -> None:
    """Each write makes Qt save and flush the settings file on the window's thread: a
    freeze when the disk is busy, for what the desk already knew."""
    first = SignInDialog(qt_desk, settings)
    signed_in_through(first, qtbot, "clerk1")
    settings.sync()
    kept = Path(settings.fileName())
    assert settings.value("last_username") == "clerk1"
    written = kept.stat().st_mtime_ns, kept.read_bytes()

    time.sleep(0.02)
    again = SignInDialog(qt_desk, settings)
    signed_in_through(again, qtbot, "clerk1")
    settings.sync()
    assert (kept.stat().st_mtime_ns, kept.read_bytes()) == written

    other = SignInDialog(qt_desk, settings)
    signed_in_through(other, qtbot, "manager1")
    settings.sync()
    assert settings.value("last_username") == "manager1"
    assert kept.stat().st_mtime_ns != written[0]
