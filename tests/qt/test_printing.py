"""Printing from the desk: one key sends a document to the desk's printer at the document's
own size; the preview is only on request and is usable from the keyboard; a print is
recorded when it went to the printer, never for a preview closed unprinted.

FRONTDESK_PRINT_TO_PDF stands in for the printer: the same painting goes into a PDF file,
whose pages tell what paper the printer was given."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QWidget

from desktop import printer as printing_qt
from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from desktop.visitors.page import VisitorsPage
from domain import FrontDesk
from domain.history import HistoryFilter

CTRL = Qt.KeyboardModifier.ControlModifier
BADGE_MM = (86.0, 54.0)
MM = 72 / 25.4


@pytest.fixture
def printer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "printer.pdf"
    monkeypatch.setenv(printing_qt.PRINT_TO_PDF_ENV, str(target))
    return target


@pytest.fixture
def page(window: MainWindow) -> VisitorsPage:
    visitors = window.show_page("visitors")
    assert isinstance(visitors, VisitorsPage)
    return visitors


def confirmed_visitor(live: LiveDesk, desk: FrontDesk) -> str:
    pass_id = live.run(
        desk.register_visitor, "3-2-1502", "刘洋", "passport", "E12345678", "13900139000", "探亲"
    )
    live.run(desk.confirm_host, pass_id, "phone")
    return pass_id  # type: ignore[no-any-return]


def prints_recorded(desk: FrontDesk, pass_id: str) -> int:
    return recorded(desk, "VisitorPass.PassPrinted")


def recorded(desk: FrontDesk, event_type: str) -> int:
    return len(list(desk.history(filters=HistoryFilter(event_type=event_type))))


def pages_mm(path: Path) -> list[tuple[float, float]]:
    """Each page's width and height in millimetres, as the PDF says (to the half millimetre:
    a PDF page is measured in whole points)."""
    document = QPdfDocument()
    document.load(str(path))
    assert document.status() == QPdfDocument.Status.Ready
    sizes = []
    for page in range(document.pageCount()):
        size = document.pagePointSize(page)
        sizes.append((round(size.width() / MM * 2) / 2, round(size.height() / MM * 2) / 2))
    document.close()
    return sizes


def when_shown(action: Callable[[QWidget], None]) -> list[QWidget]:
    """Acts on the next modal dialog once it is open (exec() blocks the test until then)."""
    seen: list[QWidget] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        if QApplication.activeWindow() is not dialog:  # as a window manager would do
            dialog.activateWindow()
            QTimer.singleShot(20, look)
            return
        seen.append(dialog)
        action(dialog.focusWidget() or dialog)

    QTimer.singleShot(0, look)
    return seen


def test_ctrl_p_issues_the_pass_and_prints_a_badge_with_one_print_recorded(
    page: VisitorsPage, live: LiveDesk, qt_desk: FrontDesk, printer: Path, qtbot
) -> None:
    pass_id = confirmed_visitor(live, qt_desk)
    page.select_pass(pass_id)
    page.scanner.field.setFocus()  # the cursor anywhere on the workspace
    with qtbot.waitSignal(page.panel.printed):
        qtbot.keyClick(page.scanner.field, Qt.Key.Key_P, CTRL)
    assert page.panel.row.state == "issued"
    assert pages_mm(printer) == [BADGE_MM]  # a badge, not US Letter landscape
    assert prints_recorded(qt_desk, pass_id) == 1
    assert "printed" in page.panel.message.text()

    printer.unlink()
    with qtbot.waitSignal(page.panel.printed):
        qtbot.keyClick(page.scanner.field, Qt.Key.Key_P, CTRL)  # issued: Ctrl+P prints again
    assert pages_mm(printer) == [BADGE_MM]
    assert prints_recorded(qt_desk, pass_id) == 2
    assert page.panel.row.state == "issued"


@pytest.mark.parametrize(("size", "expected"), [("label62", (62.0, 110.0)), ("a4", (210.0, 297.0))])
def test_each_pass_size_prints_on_its_own_paper(
    page: VisitorsPage,
    live: LiveDesk,
    qt_desk: FrontDesk,
    printer: Path,
    size: str,
    expected: tuple[float, float],
    qtbot,
) -> None:
    pass_id = confirmed_visitor(live, qt_desk)
    page.select_pass(pass_id)
    page.panel.pass_size.setCurrentIndex(page.panel.pass_size.findData(size))
    with qtbot.waitSignal(page.panel.printed):
        qtbot.mouseClick(page.panel.issue_button, Qt.MouseButton.LeftButton)
    [(width, height)] = pages_mm(printer)
    assert (width, height) == expected or (height, width) == expected
    assert prints_recorded(qt_desk, pass_id) == 1


def test_a_preview_closed_with_esc_prints_and_records_nothing(
    page: VisitorsPage, live: LiveDesk, qt_desk: FrontDesk, printer: Path, qtbot
) -> None:
    pass_id = confirmed_visitor(live, qt_desk)
    live.run(qt_desk.issue_pass, pass_id, 4)
    page.select_pass(pass_id)
    assert page.panel.preview_action.isEnabled()
    shown = when_shown(lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    with qtbot.waitSignal(page.panel.printed):
        page.panel.preview_action.trigger()
    assert len(shown) == 1 and isinstance(shown[0], printing_qt.PreviewDialog)
    assert not printer.exists()
    assert prints_recorded(qt_desk, pass_id) == 0
    assert "not printed" in page.panel.message.text()

    shown = when_shown(lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_P, CTRL))
    with qtbot.waitSignal(page.panel.printed):
        page.panel.preview_action.trigger()
    assert shown
    assert pages_mm(printer) == [BADGE_MM]
    assert prints_recorded(qt_desk, pass_id) == 1  # the one printed is the original, copy 0
    assert qt_desk.record_pass_printed(pass_id) == 1


def test_the_preview_is_worked_from_the_keyboard(
    live: LiveDesk, qt_desk: FrontDesk, printer: Path, qtbot
) -> None:
    pass_id = confirmed_visitor(live, qt_desk)
    live.run(qt_desk.issue_pass, pass_id, 4)
    row = live.read(lambda db: live.models.visitor_log.recent(db, live.now()))[0]
    pdf = printing_qt.pass_pdf(qt_desk, row, "badge")
    document = printing_qt.load_pdf(pdf)
    sent: list[bool] = []
    dialog = printing_qt.PreviewDialog(
        document,
        printing_qt.printer_for(document),
        "pass",
        lambda: sent.append(True) or True,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.print_button.hasFocus()  # the main action has the cursor
    buttons = [
        dialog.zoom_in_button,
        dialog.zoom_out_button,
        dialog.fit_button,
        dialog.print_button,
        dialog.close_button,
    ]
    reached = []
    for _ in range(12):  # Tab walks through every button, the view included
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert all(button in reached for button in buttons)
    dialog.print_button.setFocus()
    qtbot.keyClick(dialog.print_button, Qt.Key.Key_Return)  # Enter prints, the default
    assert sent == [True]
    assert dialog.sent and dialog.result() == dialog.DialogCode.Accepted


def test_the_desks_printer_is_remembered_by_desk(tmp_path: Path, qapp) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    printing_qt.remember(settings, "north-gate", name="Front-Desk-Badges", page_size="A4")
    assert printing_qt.remembered_printer(settings, "north-gate")["name"] == "Front-Desk-Badges"
    assert printing_qt.remembered_printer(settings, "south-gate") == {}
    again = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert printing_qt.remembered_printer(again, "north-gate")["name"] == "Front-Desk-Badges"


def test_ctrl_p_prints_the_move_in_pack_on_a4_and_records_it(
    window: MainWindow, live: LiveDesk, qt_desk: FrontDesk, printer: Path, qtbot
) -> None:
    files = live.models.resident_files
    household = live.read(lambda db: files.of_unit(db, "3-2-1502")[0].household_id)
    page = window.show_page("residents")
    page.show_record("household", household)
    assert page.view.print_button.isEnabled()
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_P, CTRL)
    assert pages_mm(printer)[0] == (210.0, 297.0)
    assert recorded(qt_desk, "Household.MoveInPackPrinted") == 1
    assert page.view.print_status.text() == "Move-in pack printed."


def test_ctrl_p_twice_prints_the_emergency_report_and_records_it_once(
    window: MainWindow, live: LiveDesk, qt_desk: FrontDesk, printer: Path, qtbot
) -> None:
    live.run(
        qt_desk.report_incident,
        "emergency",
        "gas_leak",
        "emergency",
        "5号楼1单元",
        "闻到燃气味",
        "张伟",
        "phone",
    )
    page = window.show_page("incidents")
    page.search.setFocus()
    shown = when_shown(lambda widget: qtbot.keyClick(widget, Qt.Key.Key_P, CTRL))
    qtbot.keyClick(page.search, Qt.Key.Key_P, CTRL)  # the period, then Ctrl+P prints it
    qtbot.waitUntil(lambda: bool(shown) and not shown[0].isVisible())
    assert pages_mm(printer)[0] == (210.0, 297.0)
    assert recorded(qt_desk, "AuditTrail.ReportPrinted") == 1


def test_an_emergency_report_only_previewed_is_not_recorded(
    live: LiveDesk, qt_desk: FrontDesk, printer: Path, qtbot
) -> None:
    from desktop.incidents.emergency_report import EmergencyReportDialog

    dialog = EmergencyReportDialog(live)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = when_shown(lambda widget: qtbot.keyClick(widget, Qt.Key.Key_Escape))
    dialog.preview_button.click()
    assert shown and isinstance(shown[0], printing_qt.PreviewDialog)
    assert dialog.isVisible()  # back to the period, nothing printed
    assert not printer.exists()
    assert recorded(qt_desk, "AuditTrail.ReportPrinted") == 0


def test_ctrl_p_in_the_renewal_notice_sends_it_by_letter_and_prints_the_letter(
    window: MainWindow, live: LiveDesk, qt_desk: FrontDesk, printer: Path, qtbot
) -> None:
    from desktop.contracts.actions import NoticeDialog

    files = live.models.resident_files
    household = live.read(lambda db: files.of_unit(db, "3-2-1502")[0].household_id)
    contract_id = live.run(
        qt_desk.sign_contract,
        "3-2-1502",
        household,
        "service",
        "2026-03-02",
        "2026-05-31",
        "250.60",
    )
    page = window.show_page("contracts")
    page.show_record("contract", contract_id)
    qtbot.mouseClick(page.buttons["notice"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, NoticeDialog)
    dialog.channel.setCurrentIndex(dialog.channel.findData("sms"))
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_P, CTRL)
    assert page.selected.notice_channel == "letter"
    assert pages_mm(printer)[0] == (210.0, 297.0)
    assert page.message.text() == "Notice recorded and the letter printed."


def test_a_pass_saved_as_pdf_counts_as_a_print_and_a_cancelled_save_does_not(
    page: VisitorsPage,
    live: LiveDesk,
    qt_desk: FrontDesk,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot,
) -> None:
    pass_id = confirmed_visitor(live, qt_desk)
    live.run(qt_desk.issue_pass, pass_id, 4)
    page.select_pass(pass_id)
    monkeypatch.setattr(page.panel.output, "ask_path", lambda name, parent=None: None)
    page.panel.save_action.trigger()  # the file dialog cancelled
    assert prints_recorded(qt_desk, pass_id) == 0
    target = tmp_path / "saved"
    monkeypatch.setattr(page.panel.output, "ask_path", lambda name, parent=None: target)
    page.panel.save_action.trigger()
    assert pages_mm(tmp_path / "saved.pdf") == [BADGE_MM]
    assert prints_recorded(qt_desk, pass_id) == 1


@pytest.fixture
def drawing_process() -> Iterator[None]:
    printing_qt.start_drawing_process()
    yield
    printing_qt.stop_drawing_process()


def test_passes_are_drawn_in_a_process_of_their_own_and_still_print_if_it_dies(
    page: VisitorsPage,
    live: LiveDesk,
    qt_desk: FrontDesk,
    printer: Path,
    drawing_process: None,
    qtbot,
) -> None:
    [drawer] = multiprocessing.active_children()  # started with the desk, before any pass
    pass_id = confirmed_visitor(live, qt_desk)
    page.select_pass(pass_id)
    with qtbot.waitSignal(page.panel.printed, timeout=60_000) as outcome:
        qtbot.mouseClick(page.panel.issue_button, Qt.MouseButton.LeftButton)
    assert outcome.args == [True]
    assert pages_mm(printer) == [BADGE_MM]
    assert prints_recorded(qt_desk, pass_id) == 1

    drawer.kill()  # out of memory, or ended from the task manager
    drawer.join()
    printer.unlink()
    with qtbot.waitSignal(page.panel.printed, timeout=60_000) as outcome:
        qtbot.mouseClick(page.panel.print_button, Qt.MouseButton.LeftButton)
    assert outcome.args == [True]  # drawn in the desk's own process instead
    assert pages_mm(printer) == [BADGE_MM]
    assert prints_recorded(qt_desk, pass_id) == 2
    assert [p for p in multiprocessing.active_children() if p.pid != drawer.pid]  # a new one


@pytest.mark.slow
def test_the_drawing_process_goes_when_the_desk_is_killed(tmp_path: Path) -> None:
    script = (
        "import multiprocessing, os, signal, time\n"
        "from desktop import printer\n"
        "printer.start_drawing_process()\n"
        "while not multiprocessing.active_children(): time.sleep(0.05)\n"
        "print(multiprocessing.active_children()[0].pid, flush=True)\n"
        "time.sleep(3)\n"  # the font loaded meanwhile: the process is at work
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    ran = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    drawer = int(ran.stdout.split()[0])
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and running(drawer):
        time.sleep(0.1)
    assert not running(drawer)


def running(pid: int) -> bool:
    status = Path(f"/proc/{pid}/status")
    try:
        return "\\nState:\\tZ" not in status.read_text()  # a zombie has ended
    except FileNotFoundError:
        return False


def test_a_drawing_process_that_hangs_does_not_hang_the_print(
    page: VisitorsPage,
    live: LiveDesk,
    qt_desk: FrontDesk,
    printer: Path,
    drawing_process: None,
    monkeypatch: pytest.MonkeyPatch,
    qtbot,
) -> None:
    [drawer] = multiprocessing.active_children()
    os.kill(drawer.pid, signal.SIGSTOP)  # stuck, as a process can be
    monkeypatch.setattr(printing_qt, "DRAWING_TIMEOUT_S", 1.0)
    pass_id = confirmed_visitor(live, qt_desk)
    page.select_pass(pass_id)
    with qtbot.waitSignal(page.panel.printed, timeout=30_000) as outcome:
        qtbot.mouseClick(page.panel.issue_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(page.panel.print_button, Qt.MouseButton.LeftButton)  # impatient
        assert "still being drawn" in page.panel.message.text()
    assert outcome.args == [True]  # drawn in the desk instead, after the wait
    assert pages_mm(printer) == [BADGE_MM]
    assert prints_recorded(qt_desk, pass_id) == 1  # the second press was the same print
    drawer.join(10)
    assert not drawer.is_alive()  # the stuck one was ended, and a new one started
    assert [p for p in multiprocessing.active_children() if p.pid != drawer.pid]


def test_a_walk_in_s_number_and_a_parcel_s_label_are_drawn_in_the_drawing_process(
    live: LiveDesk,
    qt_desk: FrontDesk,
    drawing_process: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Drawn on the window's thread, the first receipt of the day froze the counter while
    reportlab read the CJK font (0.3 s on the large store's desk)."""
    from desktop.counter.receipt import queue_ticket_pdf
    from desktop.parcels.label import shelf_label_pdf

    drawer = printing_qt._drawer
    assert drawer is not None
    asked: list[str] = []
    submit = drawer.submit

    def noted(function: Callable[..., bytes], *args: object, **kwargs: object) -> object:
        asked.append(function.__name__)
        return submit(function, *args, **kwargs)

    monkeypatch.setattr(drawer, "submit", noted)
    ticket = live.run(qt_desk.take_queue_ticket, "enquiry")
    parcel = live.run(qt_desk.receive_parcel, "3-2-1502", "顺丰", "SF0001", "A-1")

    receipt = queue_ticket_pdf(live, ticket)
    label = shelf_label_pdf(live, parcel)

    assert asked == ["queue_ticket_pdf", "parcel_label_pdf"]
    assert receipt is not None and label is not None
    (tmp_path / "receipt.pdf").write_bytes(receipt)
    (tmp_path / "label.pdf").write_bytes(label)
    read = [
        subprocess.run(
            ["pdftotext", str(tmp_path / name), "-"], capture_output=True, text=True, check=True
        ).stdout
        for name in ("receipt.pdf", "label.pdf")
    ]
    assert ticket in read[0]
    assert "3-2-1502" in read[1].replace(" ", "")
