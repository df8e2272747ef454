"""A courier's or food-delivery rider's quick pass (F6 in Visitors): the flat, a company from
the list, a phone's last four digits; printed in three keys beyond typing, or checked in
without a print; listed on site by the company, with no name and no ID number."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.main_window import MainWindow
from desktop.visitors.courier import CourierDialog
from desktop.visitors.page import VisitorsPage
from domain import FrontDesk
from tests.qt.actions import Actions, Printer, recorded, today_read

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def page(window: MainWindow, qtbot) -> VisitorsPage:
    shown = window.show_page("visitors")
    assert isinstance(shown, VisitorsPage)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(shown.knows_households)  # read off the GUI thread
    shown.scanner.field.setFocus()
    return shown


def open_courier(act: Actions, page: VisitorsPage, qtbot) -> CourierDialog:
    act.key(Qt.Key.Key_F6)
    dialog = page.courier
    assert isinstance(dialog, CourierDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.unit.hasFocus()
    return dialog


def test_a_food_delivery_pass_is_printed_in_3_actions(
    window: MainWindow, page: VisitorsPage, qt_desk: FrontDesk, qtbot
) -> None:
    printer = Printer()
    page.panel.output = printer  # type: ignore[assignment]
    act = Actions(qtbot, window)
    before = qt_desk.event_count()
    dialog = open_courier(act, page, qtbot)
    act.type("3-2-1502", into=dialog.unit)
    act.key(Qt.Key.Key_3, ALT)  # 美团外卖, and on to the phone
    assert dialog.company.currentText() == "美团外卖" and dialog.phone.hasFocus()
    act.type("8000", into=dialog.phone)  # the last four digits the app shows
    with qtbot.waitSignal(page.panel.printed):
        act.key(Qt.Key.Key_Return)  # issued for half an hour, and printed
    act.within(3)
    record = qt_desk.get_pass(dialog.pass_id)
    assert (record.kind, record.company, record.phone, record.id_number, record.name) == (
        "delivery",
        "美团外卖",
        "8000",
        "",
        "",
    )
    assert recorded(qt_desk, before) == ["Registered", "HostConfirmed", "PassIssued", "PassPrinted"]
    assert len(printer.sent) == 1 and record.code in printer.sent[0]
    assert printer.sent[0].endswith("美团外卖")  # the pass names the company, not a blank
    row = page.panel.row
    assert row is not None and row.pass_id == dialog.pass_id and row.state == "issued"
    assert page.panel.heading.text() == "美团外卖"  # no name: the company says who


def test_a_rider_checked_in_without_a_print_is_on_site_by_the_company(
    window: MainWindow, page: VisitorsPage, qt_desk: FrontDesk, qtbot
) -> None:
    printer = Printer()
    page.panel.output = printer  # type: ignore[assignment]
    act = Actions(qtbot, window)
    dialog = open_courier(act, page, qtbot)
    act.type("3-2-1502", into=dialog.unit)
    act.key(Qt.Key.Key_1, ALT)  # 顺丰
    act.type("13900139000", into=dialog.phone)
    act.key(Qt.Key.Key_Return, CTRL)  # checked in, nothing printed
    act.within(3)
    assert printer.sent == []
    assert qt_desk.get_pass(dialog.pass_id).checked_in_at is not None
    rows = page._lists["on_site"]
    assert [(r.name, r.company, r.host_unit) for r in rows] == [("", "顺丰", "3-2-1502")]
    page.tabs.setCurrentIndex(1)  # On site
    names = [page.model.data(page.model.index(i, 1)) for i in range(page.model.rowCount())]
    assert names == ["顺丰"]
    today = today_read(window, qtbot)
    assert today.on_site.data(today.on_site.index(0, 0)) == "顺丰"  # type: ignore[attr-defined]


def test_an_empty_flat_is_refused_in_the_form_and_nothing_is_recorded(
    window: MainWindow, page: VisitorsPage, qt_desk: FrontDesk, qtbot
) -> None:
    act = Actions(qtbot, window)
    before = qt_desk.event_count()
    dialog = open_courier(act, page, qtbot)
    act.type("3-2-1601", into=dialog.unit)
    act.key(Qt.Key.Key_2, ALT)
    act.type("8000", into=dialog.phone)
    act.key(Qt.Key.Key_Return)
    assert qt_desk.event_count() == before
    assert dialog.isVisible() and dialog.error.isVisible() and dialog.unit.hasFocus()


def test_esc_in_the_company_box_asks_before_discarding_the_form(
    window: MainWindow, page: VisitorsPage, qtbot
) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    act = Actions(qtbot, window)
    dialog = open_courier(act, page, qtbot)
    act.type("3-2-1502", into=dialog.unit)
    dialog.company.setFocus()
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)  # the editable box no longer swallows Esc
        asked.append(box.text())
        box.reject()  # keep what was typed

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, answer)
    qtbot.keyClick(dialog.company.lineEdit(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(asked), timeout=2000)
    assert dialog.isVisible()
