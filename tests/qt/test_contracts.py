"""The contracts workspace: signing with the unit's household, the calendar's marks, renewal
notices with the letter, renewals, deposits, and who may press what."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.contracts.actions import NoticeDialog, RenewDialog
from desktop.contracts.calendar import END, NOTICE
from desktop.contracts.sign import SignContractDialog
from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from tests.support import PASSWORD


# Completion pop-ups on the offscreen platform, which cannot raise or grab.
def type_in(widget: QWidget, text: str) -> None:
    """What a Chinese input method sends when the receptionist picks the characters."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


class FakeOutput:
    """Stands in for the printer: keeps what would have been printed."""

    def __init__(self) -> None:
        self.printed: list[tuple[bytes, str]] = []

    def send(self, pdf: bytes, title: str, parent: object = None) -> bool:
        self.printed.append((pdf, title))
        return True


def household_of(live: LiveDesk, unit: str) -> str:
    files = live.models.resident_files
    return live.read(lambda db: files.of_unit(db, unit)[0].household_id)


def sign_service(live: LiveDesk, start: str = "2026-03-02", end: str = "2027-03-01") -> str:
    household = household_of(live, "3-2-1502")
    return live.run(live.desk.sign_contract, "3-2-1502", household, "service", start, end, "250.60")


def open_sign(window: MainWindow, qtbot) -> SignContractDialog:
    page = window.show_page("contracts")
    qtbot.mouseClick(page.sign, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, SignContractDialog)
    qtbot.keyClicks(dialog.unit, "3-2-1502")
    dialog.unit.editingFinished.emit()
    return dialog


def test_signing_with_the_end_before_the_start_says_so_and_stores_nothing(
    window: MainWindow, qt_desk, qtbot
) -> None:
    dialog = open_sign(window, qtbot)
    assert "张伟" in dialog.household.text()  # the unit's current household comes with it
    dialog.start.setDate(QDate(2026, 3, 2))
    dialog.end.setDate(QDate(2026, 3, 1))
    before = qt_desk.event_count()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert dialog.error.text() == "The end 2026-03-01 must come after the start 2026-03-02"
    assert dialog.isVisible()
    assert qt_desk.event_count() == before


def test_a_service_contract_is_signed_with_the_fee_from_the_floor_area(
    window: MainWindow, qtbot
) -> None:
    dialog = open_sign(window, qtbot)
    assert dialog.fee.text() == "250.60"  # 89.50 m² × ¥2.80
    assert dialog.end.date() == QDate(2027, 3, 1)  # a year from today
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    page = window.page("contracts")
    assert page.selected is not None and page.selected.unit == "3-2-1502"
    assert page.selected.end == date(2027, 3, 1)
    assert "张伟" in page.values["household"].text()
    assert "signed" in page.message.text().lower()


def test_a_unit_nobody_lives_in_cannot_be_signed_for(window: MainWindow, qt_desk, qtbot) -> None:
    page = window.show_page("contracts")
    qtbot.mouseClick(page.sign, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.unit, "3-2-1601")
    dialog.unit.editingFinished.emit()
    assert "No one lives in 3-2-1601" in dialog.household.text()
    before = qt_desk.event_count()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Nobody lives in 3-2-1601 at present"
    assert qt_desk.event_count() == before


def test_the_calendar_marks_the_end_and_the_notice_and_a_click_filters_the_list(
    window: MainWindow, live: LiveDesk, qtbot
) -> None:
    sign_service(live, "2026-03-02", "2026-05-31")
    page = window.show_page("contracts")
    page.refresh()
    page.calendar.setCurrentPage(2026, 5)
    end = page.calendar.dateTextFormat(QDate(2026, 5, 31))
    assert end.background().color() == END
    page.calendar.setCurrentPage(2026, 3)
    notice = page.calendar.dateTextFormat(QDate(2026, 3, 2))  # 90 days before the end: today
    assert notice.background().color() == NOTICE

    page.calendar.clicked.emit(QDate(2026, 5, 31))
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == "3-2-1502"
    assert "2026-05-31" in page.day_filter.text()
    page.calendar.clicked.emit(QDate(2026, 5, 30))
    assert page.model.rowCount() == 0
    qtbot.mouseClick(page.show_list, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1  # ending within 90 days


def test_renewing_extends_the_contract(window: MainWindow, live: LiveDesk, qtbot) -> None:
    contract_id = sign_service(live)
    page = window.show_page("contracts")
    page.show_record("contract", contract_id)
    qtbot.mouseClick(page.buttons["renew"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, RenewDialog)
    assert dialog.new_end.date() == QDate(2028, 3, 1)  # a complete new year
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert page.selected.end == date(2028, 3, 1)
    assert page.selected.renewals == 1
    assert "renewed 1×" in page.values["term"].text()

    qtbot.mouseClick(page.buttons["renew"], Qt.MouseButton.LeftButton)
    page.dialog.new_end.setDate(QDate(2027, 6, 1))
    qtbot.mouseClick(page.dialog.ok, Qt.MouseButton.LeftButton)
    assert "must be later than the current end 2028-03-01" in page.dialog.error.text()


def test_the_renewal_notice_by_letter_is_recorded_and_printed(
    window: MainWindow, live: LiveDesk, qtbot
) -> None:
    contract_id = sign_service(live, "2026-03-02", "2026-05-31")
    page = window.show_page("contracts")
    page.output = FakeOutput()
    page.show_record("contract", contract_id)
    qtbot.mouseClick(page.buttons["notice"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, NoticeDialog)
    assert dialog.channel.currentData() == "letter"
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert page.selected.notices_sent == 1
    assert page.selected.notice_channel == "letter"
    pdf, title = page.output.printed[0]
    assert pdf.startswith(b"%PDF") and "3-2-1502" in title
    assert page.message.text() == "Notice recorded and the letter printed."


def test_a_deposit_is_paid_and_refunded_with_deductions(
    window: MainWindow, live: LiveDesk, qtbot
) -> None:
    household = household_of(live, "3-2-1502")
    contract_id = live.run(
        live.desk.sign_contract,
        "3-2-1502",
        household,
        "renovation",
        "2026-03-02",
        "2026-06-01",
        "0",
        "3000",
    )
    page = window.show_page("contracts")
    page.show_record("contract", contract_id)
    assert not page.buttons["refund"].isEnabled()
    qtbot.mouseClick(page.buttons["deposit"], Qt.MouseButton.LeftButton)
    assert page.dialog.amount.text() == "3000.00"
    qtbot.mouseClick(page.dialog.ok, Qt.MouseButton.LeftButton)
    assert page.selected.deposit_held == 3000
    qtbot.mouseClick(page.buttons["refund"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.deductions.clear()
    qtbot.keyClicks(dialog.deductions, "500")
    assert dialog.amount.text() == "2500.00"  # refund + deductions = what is held
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert page.selected.deposit_refunded == 2500
    assert page.selected.deposit_deducted == 500
    assert page.selected.deposit_held == 0


def test_only_a_supervisor_terminates(
    live: LiveDesk, settings, qt_desk, qtbot, window: MainWindow
) -> None:
    contract_id = sign_service(live)
    page = window.show_page("contracts")
    page.show_record("contract", contract_id)
    assert not page.buttons["terminate"].isEnabled()
    assert not page.run(live.desk.terminate_contract, "2026-04-01", "业主出售房屋")
    assert "may not terminate contracts" in page.message.text()

    qt_desk.sign_in("supervisor1", PASSWORD)
    main = MainWindow(LiveDesk(qt_desk), settings)
    qtbot.addWidget(main)
    page = main.show_page("contracts")
    page.show_record("contract", contract_id)
    assert page.buttons["terminate"].isEnabled()


def test_an_auditor_cannot_press_what_changes_things(
    live: LiveDesk, settings, qt_desk, qtbot
) -> None:
    contract_id = sign_service(live)
    qt_desk.sign_in("auditor1", PASSWORD)
    main = MainWindow(LiveDesk(qt_desk), settings)
    qtbot.addWidget(main)
    page = main.show_page("contracts")
    page.show_record("contract", contract_id)
    assert page.selected is not None
    assert not page.sign.isEnabled()
    assert not any(button.isEnabled() for button in page.buttons.values())
    assert page._on_sign_clicked() is None


def test_an_amendment_and_a_breach_go_on_record(window: MainWindow, live: LiveDesk, qtbot):
    contract_id = sign_service(live)
    page = window.show_page("contracts")
    page.show_record("contract", contract_id)
    qtbot.mouseClick(page.buttons["amend"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Nothing to change"  # nothing ticked
    dialog.change_fee.setChecked(True)
    dialog.fee.setText("260.00")
    type_in(dialog.reason, "业主委员会通过新的收费标准")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert page.selected.monthly_fee == 260
    assert page.message.text() == "Amendment recorded."

    qtbot.mouseClick(page.buttons["breach"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("arrears"))
    type_in(dialog.details, "物业费拖欠三个月，已电话沟通并发书面催缴通知")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert page.selected.breaches == 1
    assert "breaches: 1" in page.values["record"].text()


def test_a_contract_listed_names_its_household_even_after_it_moved_out(
    window: MainWindow, live: LiveDesk, qtbot
) -> None:
    contract = sign_service(live, "2026-03-02", "2026-05-31")
    live.run(live.desk.move_out, household_of(live, "3-2-1502"), "2026-03-20")
    page = window.show_page("contracts")
    page.list.setCurrentIndex(page.list.findData("all"))
    page.refresh()
    rows = [
        [page.model.index(row, column).data() for column in range(page.model.columnCount())]
        for row in range(page.model.rowCount())
    ]
    assert len(rows) == 1 and "张伟" in rows[0]
    page.calendar.clicked.emit(QDate(2026, 5, 31))  # the day's list names it too
    assert page.model.rowCount() == 1
    assert "张伟" in [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert page.selected is None or page.selected.contract_id == contract
