"""Documents leave the desk here: PDF bytes in, straight to the desk's printer, a print
preview on request, or a file.

The pages never paint documents themselves: projections/documents renders the PDF, Qt's
QtPdf draws its pages onto the printer, each on paper of the page's own size (a badge is
printed on a badge, not on US Letter). Each desk remembers its printer (chosen once in the
printer settings). FRONTDESK_PRINT_TO_PDF=path sends every print to that PDF file instead,
through the same painting: how tests and a desk without a printer see what would be printed.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEventLoop,
    QIODevice,
    QMarginsF,
    QRectF,
    QSize,
    QSizeF,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.preferences import keep
from desktop.usecases import printing
from domain.application import FrontDesk
from projections.visitor_log import VisitorRow

PASS_SIZES = ("badge", "label62", "a4")
DEFAULT_PASS_SIZE = "badge"
MAX_RENDER_DPI = 300  # enough for QR codes and small print; an A4 at 1200 dpi would need GBs
PRINT_TO_PDF_ENV = "FRONTDESK_PRINT_TO_PDF"
BAND_ROWS = 128  # image rows drawn at a time (see paint)
# A pass takes a tenth of a second to draw, a few seconds while the process is still
# starting; longer and the process hangs: the pass is drawn in the desk instead.
DRAWING_TIMEOUT_S = 20.0


class PrintingUnavailableError(Exception):
    """The document cannot be produced on this installation; the record is unaffected."""


# --- where the pass comes from ----------------------------------------------------------


def pass_drawing(
    desk: FrontDesk, row: VisitorRow, size: str, copy_number: int = 0
) -> Callable[[], bytes]:
    """The printed visitor pass, read from the desk now; the function returned draws the
    PDF bytes in the drawing process when it runs (see `start_drawing_process`), else
    where it is called."""
    from domain.messages import current_language
    from projections.documents.drawing_process import pass_pdf as draw_pass

    drawing = printing.pass_drawing(desk, row, size, current_language(), copy_number)

    def draw() -> bytes:
        return drawn(
            draw_pass, drawing.row, drawing.payload, size, drawing.language, **drawing.shown
        )

    return draw


def drawn(function: Callable[..., bytes], *args: Any, **kwargs: Any) -> bytes:
    """A document drawn by one of `projections.documents.drawing_process`'s functions (named
    by it, the process loads no more than it draws): in the drawing process when it runs,
    else here. The first receipt or label of the day drawn on the window's thread froze it
    while reportlab read the CJK font (0.3 s)."""
    drawer = _drawer
    if drawer is not None:
        try:
            return drawer.submit(function, *args, **kwargs).result(timeout=DRAWING_TIMEOUT_S)
        except (BrokenProcessPool, TimeoutError):
            # It died (killed, out of memory) or hangs: drawn here instead, and a new one
            # started for the next document.
            stop_drawing_process()
            start_drawing_process()
    return function(*args, **kwargs)


# --- the drawing process ------------------------------------------------------------------

_drawer: ProcessPoolExecutor | None = None


def start_drawing_process() -> None:
    """Passes, receipts and labels are drawn in a process of their own, which loads the CJK
    font (~0.7 s) as it starts. Drawing is Python work: on a thread of the desk's own process
    it would hold the interpreter between the window's own Python calls, and the window
    would freeze."""
    global _drawer
    if _drawer is None:
        from projections.documents import drawing_process

        _drawer = ProcessPoolExecutor(
            max_workers=1, mp_context=get_context("spawn"), initializer=drawing_process.warm
        )
        _drawer.submit(int)  # the process starts now, not at the first pass


def stop_drawing_process() -> None:
    """Ends the drawing process at once, even one that hangs: a pass it was drawing is
    drawn in the desk instead."""
    global _drawer
    drawer, _drawer = _drawer, None
    if drawer is not None:
        drawer.shutdown(wait=False, cancel_futures=True)
        for process in multiprocessing.active_children():  # the desk starts no others
            process.kill()


def pass_pdf(desk: FrontDesk, row: VisitorRow, size: str, copy_number: int = 0) -> bytes:
    """The printed visitor pass as PDF bytes, drawn here and now."""
    return pass_drawing(desk, row, size, copy_number)()


# --- the pass size each desk prints ------------------------------------------------------


def _size_key(desk_name: str) -> str:
    return f"desks/{desk_name or 'default'}/pass_size"


def remembered_pass_size(settings: Any, desk_name: str) -> str:
    if settings is None:
        return DEFAULT_PASS_SIZE
    size = str(settings.value(_size_key(desk_name), DEFAULT_PASS_SIZE))
    return size if size in PASS_SIZES else DEFAULT_PASS_SIZE


def remember_pass_size(settings: Any, desk_name: str, size: str) -> None:
    if settings is not None and size in PASS_SIZES:
        keep(settings, _size_key(desk_name), size)


# --- PDF to printer or file --------------------------------------------------------------


def load_pdf(pdf: bytes, parent: Any = None) -> QPdfDocument:
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise PrintingUnavailableError(
            QCoreApplication.translate("Printing", "The document could not be read for printing.")
        )
    return document


def printer_for(document: QPdfDocument, printer: QPrinter | None = None) -> QPrinter:
    """A printer whose paper is the document's own page size (a badge is not an A4)."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    points = document.pagePointSize(0)
    landscape = points.width() > points.height()
    portrait = QSizeF(min(points.width(), points.height()), max(points.width(), points.height()))
    printer.setPageSize(
        QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    )
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    printer.setFullPage(True)
    return printer


def paint(document: QPdfDocument, printer: QPrinter) -> None:
    """Draw every page of the document onto the printer, each filling one sheet."""
    painter = QPainter(printer)
    if not painter.isActive():
        raise PrintingUnavailableError(
            QCoreApplication.translate(
                "Printing", "The printer {printer} could not be used: check it, or choose another."
            ).format(printer=printer.printerName() or printer.outputFileName())
        )
    try:
        dpi = min(printer.resolution(), MAX_RENDER_DPI)
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(
                page, QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            )
            target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            scale = min(target.width() / image.width(), target.height() / image.height())
            # In bands: Qt holds Python's lock while it draws an image, so a whole A4 page
            # in one call (~0.3 s) would stop the window even from a worker thread.
            for top in range(0, image.height(), BAND_ROWS):
                rows = min(BAND_ROWS, image.height() - top)
                painter.drawImage(
                    QRectF(
                        target.x(),
                        target.y() + top * scale,
                        image.width() * scale,
                        rows * scale,
                    ),
                    image,
                    QRectF(0, top, image.width(), rows),
                )
    finally:
        painter.end()


def paint_in_background(document: QPdfDocument, printer: QPrinter) -> None:
    """paint(), on a worker thread: an A4 page drawn at 300 dpi takes the better part of a
    second, and the counter's window keeps drawing meanwhile. What is typed or clicked waits
    until the document has gone (so nothing is printed twice), and is not lost."""
    failed: list[BaseException] = []

    def work() -> None:
        try:
            paint(document, printer)
        except BaseException as problem:  # handed back to the GUI thread below
            failed.append(problem)

    worker = threading.Thread(target=work, name="printing", daemon=True)
    loop = QEventLoop()
    watch = QTimer()
    watch.setInterval(10)
    watch.timeout.connect(lambda: None if worker.is_alive() else loop.quit())
    worker.start()
    watch.start()
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    watch.stop()
    worker.join()
    if failed:
        raise failed[0]


# --- the printer each desk prints to ------------------------------------------------------


def _printer_key(desk_name: str, what: str) -> str:
    return f"desks/{desk_name or 'default'}/printer/{what}"


def _desk_of(parent: QWidget | None) -> tuple[Any, str]:
    """The settings and desk name of the main window a widget (or dialog) belongs to."""
    widget = parent
    while widget is not None:
        settings, live = getattr(widget, "settings", None), getattr(widget, "live", None)
        if settings is not None and not callable(settings) and live is not None:
            return settings, str(live.desk.desk_name or "")
        widget = widget.parentWidget()
    return None, ""


def remembered_printer(settings: Any, desk_name: str) -> dict[str, Any]:
    """Printer name, paper and orientation last chosen at this desk ({} when never)."""
    if settings is None:
        return {}
    found = {
        what: settings.value(_printer_key(desk_name, what))
        for what in ("name", "page_size", "orientation")
    }
    return {what: value for what, value in found.items() if value not in (None, "")}


def remember_printer(settings: Any, desk_name: str, printer: QPrinter) -> None:
    layout = printer.pageLayout()
    landscape = layout.orientation() == QPageLayout.Orientation.Landscape
    remember(
        settings,
        desk_name,
        name=printer.printerName(),
        page_size=layout.pageSize().key(),
        orientation="landscape" if landscape else "portrait",
    )


def remember(settings: Any, desk_name: str, **chosen: str) -> None:
    if settings is not None:
        for what, value in chosen.items():
            keep(settings, _printer_key(desk_name, what), value)


def _pdf_file() -> str:
    return os.environ.get(PRINT_TO_PDF_ENV, "").strip()


def desk_printer(settings: Any, desk_name: str) -> QPrinter:
    """A printer as this desk last set it up (or the system's default printer)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if _pdf_file():
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(_pdf_file())
        return printer
    remembered = remembered_printer(settings, desk_name)
    name = str(remembered.get("name") or "")
    if name and not QPrinterInfo.printerInfo(name).isNull():
        printer.setPrinterName(name)
    return printer


def has_printer(printer: QPrinter) -> bool:
    """Whether the printer can take a document without asking anyone first."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return bool(printer.outputFileName())
    name = printer.printerName()
    return bool(name) and not QPrinterInfo.printerInfo(name).isNull()


class PreviewDialog(QDialog):
    """The print preview, usable from the keyboard: Ctrl+P (or Enter) prints, Esc closes,
    Tab reaches every button. Printing from here sends the document to the desk's printer."""

    def __init__(
        self,
        document: QPdfDocument,
        printer: QPrinter,
        title: str,
        send: Any,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.send = send  # () -> bool: print to the desk's printer
        self.sent = False
        self.printer, self.document = printer, document  # the view only borrows them
        self.view = QPrintPreviewWidget(printer, self)
        self.view.paintRequested.connect(lambda target: paint(document, target))
        self.view.fitInView()
        self.print_button = QPushButton(self.tr("&Print (Ctrl+P)"))
        self.print_button.setDefault(True)
        self.zoom_in_button = QPushButton(self.tr("Zoom &in"))
        self.zoom_out_button = QPushButton(self.tr("Zoom &out"))
        self.fit_button = QPushButton(self.tr("&Fit"))
        self.close_button = QPushButton(self.tr("Close (Esc)"))
        self.where = QLabel()
        self.where.setObjectName("Hint")
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.zoom_in_button.clicked.connect(lambda: self.view.zoomIn())
        self.zoom_out_button.clicked.connect(lambda: self.view.zoomOut())
        self.fit_button.clicked.connect(self.view.fitInView)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self).activated.connect(
            self._on_print_button_clicked
        )
        buttons = QHBoxLayout()
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            buttons.addWidget(button)
        buttons.addWidget(self.where, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.resize(900, 700)
        self.print_button.setFocus()

    def _on_print_button_clicked(self) -> None:
        if self.send():
            self.sent = True
            self.accept()


class PdfOutput:
    """Where a document goes; tests may put a fake here, or set FRONTDESK_PRINT_TO_PDF."""

    def send(self, pdf: bytes, title: str, parent: QWidget | None = None) -> bool:
        """Print straight to the desk's printer, at the document's own paper size; True when
        it was sent. A desk that has never chosen a printer (and has no default one) is
        asked once, and the choice is remembered."""
        document = load_pdf(pdf)
        settings, desk_name = _desk_of(parent)
        printer = desk_printer(settings, desk_name)
        if not has_printer(printer) and not self.choose_printer(parent, printer):
            return False
        printer_for(document, printer)
        printer.setDocName(title)
        paint_in_background(document, printer)
        return True

    def preview(self, pdf: bytes, title: str, parent: QWidget | None = None) -> bool:
        """Show the print preview; True only when the person printed from it."""
        document = load_pdf(pdf)
        settings, desk_name = _desk_of(parent)
        shown = printer_for(document, desk_printer(settings, desk_name))
        dialog: PreviewDialog = PreviewDialog(
            document, shown, title, lambda: self.send(pdf, title, dialog), parent
        )
        dialog.exec()
        return dialog.sent

    def choose_printer(
        self, parent: QWidget | None = None, printer: QPrinter | None = None
    ) -> bool:
        """The printer settings (Qt's print dialog): the desk's printer, paper and
        orientation, remembered for this desk; False when the person cancelled."""
        settings, desk_name = _desk_of(parent)
        printer = printer or desk_printer(settings, desk_name)
        remembered = remembered_printer(settings, desk_name)
        if remembered.get("page_size"):
            printer.setPageSize(QPageSize(_page_size_id(str(remembered["page_size"]))))
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("Printing", "Printer for this desk"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        remember_printer(settings, desk_name, printer)
        return True

    def ask_path(self, suggested_name: str, parent: QWidget | None = None) -> Path | None:
        """Where to save a PDF; None when the person cancelled."""
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("Printing", "Save as PDF"),
            suggested_name,
            QCoreApplication.translate("Printing", "PDF documents (*.pdf)"),
        )
        return Path(name) if name else None

    def save(self, pdf: bytes, path: Path) -> Path:
        return save_pdf(pdf, path)


def _page_size_id(key: str) -> QPageSize.PageSizeId:
    for size_id in QPageSize.PageSizeId:
        if QPageSize.key(size_id) == key:
            return size_id
    return QPageSize.PageSizeId.A4


def save_pdf(pdf: bytes, path: Path) -> Path:
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    path.write_bytes(pdf)
    return path


def print_to_file(pdf: bytes, path: Path) -> Path:
    """The same painting as the printer gets, into a PDF file (what tests can look at)."""
    document = load_pdf(pdf)
    printer = printer_for(document, QPrinter(QPrinter.PrinterMode.HighResolution))
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    paint(document, printer)
    return path
