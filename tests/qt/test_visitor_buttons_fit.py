"""At 1366×768 every button of the visitor form and of the pass panel shows its whole caption,
in each of the desk's languages (English's are the longest)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop import translations
from desktop.main_window import MainWindow
from desktop.visitors.page import VisitorsPage


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_the_visitor_buttons_show_their_whole_caption(
    window: MainWindow, language: str, qtbot: QtBot
) -> None:
    try:
        translations.install(language)
        window.retranslate()
        qtbot.keyClick(window.nav, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
        page = window.page("visitors")
        assert isinstance(page, VisitorsPage)
        qtbot.waitUntil(page.isVisible)
        form, panel = page.form, page.panel
        buttons: list[QPushButton] = [
            form.clear_button,
            form.confirmed_button,
            form.register_button,
            panel.confirm_button,
            panel.decline_button,
            panel.waive_button,
            panel.issue_button,
            panel.print_button,
            panel.more_button,
            panel.check_in_button,
            panel.check_out_button,
            panel.revoke_button,
        ]
        qtbot.wait(10)  # the layouts settle
        for button in buttons:
            caption = button.text()
            assert button.isVisible(), caption
            assert button.width() >= button.sizeHint().width(), caption
            card: QWidget = form if button.parent() is form else panel
            right = button.mapTo(card, QPoint(button.width(), 0)).x()
            assert right <= card.contentsRect().right() + 1, caption
    finally:
        translations.install("en")
        window.retranslate()
