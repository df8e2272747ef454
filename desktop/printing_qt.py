"""Documents leave the desk here: PDF bytes in, a print preview (then the printer) or a file.

The pages never paint documents themselves: projections/documents renders the PDF, Qt's
QtPdf draws its pages onto whatever printer the person picks in the preview.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSize,
    QSizeF,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

PASS_SIZES = ("badge", "label62", "a4")
DEFAULT_PASS_SIZE = "badge"
MAX_RENDER_DPI = 300  # enough for QR codes and small print; an A4 at 1200 dpi would need GBs


class PrintingUnavailableError(Exception):
    """The document cannot be produced on this installation; the record is unaffected."""


# --- where the pass comes from ----------------------------------------------------------


def pass_pdf(desk: Any, row: Any, size: str, copy_number: int = 0) -> bytes:
    """The printed visitor pass as PDF bytes, its QR code carrying the signed payload."""
    try:
        from projections.documents.visitor_pass import render_pass
    except ImportError:
        raise PrintingUnavailableError(
            QCoreApplication.translate(
                "Printing", "Printing is not available: the visitor pass document is not installed."
            )
        ) from None
    from domain.messages import current_language

    out = BytesIO()
    render_pass(
        row,
        desk.pass_payload(row.pass_id),
        size,
        current_language(),
        out,
        copy_number=copy_number,
        desk=desk.desk_name,
        operator=desk.get_staff(desk.operator).name if desk.operator else "",
        community=desk.community(),
        zone=desk.timezone,
        printed_at=desk.now(),
    )
    return out.getvalue()


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
        settings.setValue(_size_key(desk_name), size)


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
            width, height = image.width() * scale, image.height() * scale
            painter.drawImage(QRectF(target.x(), target.y(), width, height), image)
    finally:
        painter.end()


class PdfOutput:
    """Where a document goes; tests put a fake here, since a real printer is impossible."""

    def preview(self, pdf: bytes, title: str, parent: QWidget | None = None) -> bool:
        """Show the print preview; True when the person printed it."""
        document = load_pdf(pdf)
        printer = printer_for(document)
        printer.setDocName(title)
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setWindowTitle(title)
        dialog.paintRequested.connect(lambda target: paint(document, target))
        dialog.resize(900, 700)
        return dialog.exec() == QDialog.DialogCode.Accepted

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
