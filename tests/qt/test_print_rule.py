"""The desk records a print once the printer (or the PDF writer standing in for it) accepted
the document, never before: a preview closed unprinted, a printer choice cancelled or a
printer that fails leaves no print on record; one sent is recorded once. The same rule as
`frontdesk print` (desktop/usecases/printing.py), for the move-in pack, the renewal letter
and the emergency log report."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop import printer as printing_qt
from desktop.contracts.actions import NoticeDialog
from desktop.incidents.emergency_report import EmergencyReportDialog
from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from desktop.residents.move_in_pack import print_move_in_pack
from domain import FrontDesk
from domain.history import HistoryFilter


class Printer:
    """Stands in for the desk's printer: sends, or is cancelled, or fails, as told."""

    def __init__(self, answer: bool | Exception = True) -> None:
        self.answer = answer
        self.sent: list[bytes] = []

    def send(self, pdf: bytes, title: str, parent: object = None) -> bool:
        assert pdf.startswith(b"%PDF")  # rendered before it goes anywhere
        if isinstance(self.answer, Exception):
            raise self.answer
        if self.answer:
            self.sent.append(pdf)
        return self.answer

    preview = send  # True: printed from the preview; False: closed unprinted


NOT_SENT = {
    "cancelled": False,
    "failed": printing_qt.PrintingUnavailableError("The printer is out of paper."),
}


def recorded(desk: FrontDesk, *kinds: str) -> int:
    return sum(len(list(desk.history(filters=HistoryFilter(event_type=k)))) for k in kinds)


def household(live: LiveDesk) -> str:
    files = live.models.resident_files
    return str(live.read(lambda db: files.of_unit(db, "3-2-1502")[0].household_id))


# --- the move-in pack ------------------------------------------------------------------------


@pytest.mark.parametrize("preview", [False, True], ids=["sent", "previewed"])
@pytest.mark.parametrize("how", NOT_SENT)
def test_a_move_in_pack_not_printed_is_not_recorded(
    live: LiveDesk, qt_desk: FrontDesk, how: str, preview: bool
) -> None:
    said = print_move_in_pack(live, household(live), None, Printer(NOT_SENT[how]), preview)
    if how == "cancelled":
        assert said == "Not printed."
    else:
        assert said == "The pack could not be printed: The printer is out of paper."
    assert recorded(qt_desk, "Household.MoveInPackPrinted") == 0


def test_a_move_in_pack_printed_is_recorded_once_each_time(
    window: MainWindow, live: LiveDesk, qt_desk: FrontDesk, qtbot
) -> None:
    page = window.show_page("residents")
    page.show_record("household", household(live))
    page.print_output = printer = Printer()
    qtbot.mouseClick(page.view.print_button, Qt.MouseButton.LeftButton)
    assert page.view.print_status.text() == "Move-in pack printed."
    assert recorded(qt_desk, "Household.MoveInPackPrinted") == 1
    page.print_output = Printer(False)
    qtbot.mouseClick(page.view.print_button, Qt.MouseButton.LeftButton)
    assert page.view.print_status.text() == "Not printed."
    page.print_output = printer
    qtbot.mouseClick(page.view.print_button, Qt.MouseButton.LeftButton)
    assert page.view.print_status.text() == "Move-in pack printed again (copy 2)."
    assert recorded(qt_desk, "Household.MoveInPackPrinted") == 2
    assert len(printer.sent) == 2


# --- the renewal letter ----------------------------------------------------------------------


def send_by_letter(window: MainWindow, live: LiveDesk, qt_desk: FrontDesk, printer: Printer, qtbot):
    contract_id = live.run(
        qt_desk.sign_contract,
        "3-2-1502",
        household(live),
        "service",
        "2026-03-02",
        "2026-05-31",
        "250.60",
    )
    page = window.show_page("contracts")
    page.output = printer
    page.show_record("contract", contract_id)
    qtbot.mouseClick(page.buttons["notice"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, NoticeDialog) and dialog.wants_letter()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    return page


LETTER = ("Contract.RenewalNoticeSent", "Contract.RenewalLetterReprinted")


@pytest.mark.parametrize("how", NOT_SENT)
def test_a_renewal_letter_not_printed_records_no_notice(
    window: MainWindow, live: LiveDesk, qt_desk: FrontDesk, qtbot, how: str
) -> None:
    page = send_by_letter(window, live, qt_desk, Printer(NOT_SENT[how]), qtbot)
    if how == "cancelled":
        assert page.message.text() == "The letter was not printed; nothing recorded."
    else:
        assert page.message.text() == (
            "The letter could not be printed: The printer is out of paper.; nothing recorded."
        )
    assert recorded(qt_desk, *LETTER) == 0
    assert page.selected.notices_sent == 0


def test_a_renewal_letter_printed_is_the_notice_recorded_once(
    window: MainWindow, live: LiveDesk, qt_desk: FrontDesk, qtbot
) -> None:
    printer = Printer()
    page = send_by_letter(window, live, qt_desk, printer, qtbot)
    assert page.message.text() == "Notice recorded and the letter printed."
    assert len(printer.sent) == 1
    assert recorded(qt_desk, "Contract.RenewalNoticeSent") == 1
    assert recorded(qt_desk, "Contract.RenewalLetterReprinted") == 0


# --- the emergency log report ----------------------------------------------------------------


@pytest.mark.parametrize("preview", [False, True], ids=["sent", "previewed"])
@pytest.mark.parametrize("how", NOT_SENT)
def test_an_emergency_report_not_printed_is_not_recorded(
    live: LiveDesk, qt_desk: FrontDesk, qtbot, how: str, preview: bool
) -> None:
    dialog = EmergencyReportDialog(live, Printer(NOT_SENT[how]))
    qtbot.addWidget(dialog)
    dialog.show()
    (dialog.preview_button if preview else dialog.print_button).click()
    assert dialog.isVisible()  # still open: print it again, or close
    assert ("out of paper" in dialog.error.text()) == (how == "failed")
    assert recorded(qt_desk, "AuditTrail.ReportPrinted") == 0


@pytest.mark.parametrize("preview", [False, True], ids=["sent", "previewed"])
def test_an_emergency_report_printed_is_recorded_once(
    live: LiveDesk, qt_desk: FrontDesk, qtbot, preview: bool
) -> None:
    printer = Printer()
    dialog = EmergencyReportDialog(live, printer)
    qtbot.addWidget(dialog)
    dialog.show()
    (dialog.preview_button if preview else dialog.print_button).click()
    assert not dialog.isVisible()
    assert len(printer.sent) == 1
    assert recorded(qt_desk, "AuditTrail.ReportPrinted") == 1
