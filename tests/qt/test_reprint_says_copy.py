"""A reprint says it is one: the pass panel names the copy a reprinted pass carries (副本 N on
the paper), and the renewal notice's button, once a letter went out this term, says it only
reprints the letter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop import printer as printing_qt
from desktop import translations
from desktop.contracts.actions import NoticeDialog
from desktop.contracts.page import ContractsPage
from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from desktop.visitors.page import VisitorsPage
from domain.application import FrontDesk
from tests.qt.test_renewal_letter_reprint import Printer, send_by_letter

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def printer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "printer.pdf"
    monkeypatch.setenv(printing_qt.PRINT_TO_PDF_ENV, str(target))
    return target


def test_a_reprinted_pass_says_its_copy_number(
    window: MainWindow, live: LiveDesk, qt_desk: FrontDesk, printer: Path, qtbot: QtBot
) -> None:
    pass_id = live.run(
        qt_desk.register_visitor, "3-2-1502", "刘洋", "passport", "E12345678", "13900139000", "探亲"
    )
    live.run(qt_desk.confirm_host, pass_id, "phone")
    page = window.show_page("visitors")
    assert isinstance(page, VisitorsPage)
    page.select_pass(pass_id)
    page.scanner.field.setFocus()
    with qtbot.waitSignal(page.panel.printed):  # issued and printed: the original
        qtbot.keyClick(page.scanner.field, Qt.Key.Key_P, CTRL)
    code = page.panel.row.code
    said = page.panel.message.text()
    assert said == f"Pass {code} printed. Hand it over with the safety reminders."
    for copy in (1, 2):
        with qtbot.waitSignal(page.panel.printed):
            qtbot.keyClick(page.scanner.field, Qt.Key.Key_P, CTRL)
        said = page.panel.message.text()
        assert said == (
            f"Pass {code} printed: copy {copy}. Hand it over with the safety reminders."
        )
    try:
        translations.install("zh_CN")
        with qtbot.waitSignal(page.panel.printed):
            qtbot.keyClick(page.scanner.field, Qt.Key.Key_P, CTRL)
        assert page.panel.message.text() == (
            f"通行证 {code} 已打印（副本 3）。交给访客时请一并告知安全须知。"
        )
    finally:
        translations.install("en")


def test_the_second_notice_by_letter_is_named_a_reprint(
    window: MainWindow, live: LiveDesk, qtbot: QtBot
) -> None:
    household = live.desk.get_unit("3-2-1502").household_id
    contract_id = live.run(
        live.desk.sign_contract,
        "3-2-1502", household, "service", "2026-03-02", "2026-05-31", "268.50",
    )  # fmt: skip
    page = window.show_page("contracts")
    assert isinstance(page, ContractsPage)
    page.output = Printer()
    page.show_record("contract", contract_id)
    qtbot.mouseClick(page.buttons["notice"], Qt.MouseButton.LeftButton)
    first = page.dialog
    assert isinstance(first, NoticeDialog)
    assert first.ok.text() == "Record notice"  # no letter yet: this one is the notice
    first.reject()
    send_by_letter(page, qtbot)

    qtbot.mouseClick(page.buttons["notice"], Qt.MouseButton.LeftButton)
    again = page.dialog
    assert isinstance(again, NoticeDialog)
    assert again.ok.text() == "Reprint the letter"
    again.print_letter.setChecked(False)  # not printed: a notice recorded again
    assert again.ok.text() == "Record notice"
    again.print_letter.setChecked(True)
    again.channel.setCurrentIndex(again.channel.findData("phone"))  # by phone: a notice
    assert again.ok.text() == "Record notice"
    again.channel.setCurrentIndex(again.channel.findData("letter"))
    assert again.ok.text() == "Reprint the letter"
    qtbot.keyClick(again.channel, Qt.Key.Key_Return)  # Enter runs it: the reprint
    assert page.message.text() == (
        "Copy 1 of the letter printed; recorded as a reprint, not a notice."
    )
    assert page.selected is not None and page.selected.notices_sent == 1
