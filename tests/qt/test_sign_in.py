"""The sign-in dialog's language list: opened from the keyboard it shows every language at once,
the one in use among them, drawn like the rest (not blank, not behind a scroll arrow)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from desktop import translations
from desktop.sign_in import SignInDialog
from domain.application import FrontDesk


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
