"""Receiving parcels from a courier: the waybill scanned (a USB scanner types its Code 128 or
QR text, then Enter), the flat typed, Enter records it — and the cursor is back in the scan
field for the next one. The courier is guessed from the waybill and can be changed; the
shelf stays as the last parcel left it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.labels import label
from desktop.live import LiveDesk
from desktop.usecases.parcels import CARRIERS, guess_carrier, waiting_for
from desktop.visitors.host_unit import HostUnit
from desktop.widgets.forms import add_captioned, error_label, form_layout
from desktop.widgets.instructions_note import InstructionsNote
from domain import errors
from domain.parcels import LABEL_PREFIX, parcel_id, waybill_key

GOOD = "color: #2f855a;"


class ReceivePanel(QFrame):
    """Emits `received` with each parcel id recorded."""

    received = Signal(str)

    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.last_id = ""  # the parcel received last (its label prints with one key)
        self.setObjectName("Card")
        self.heading = QLabel()
        self.heading.setObjectName("CardTitle")
        self.scan = QLineEdit()
        self.scan.setObjectName("ParcelScan")
        self.scan.setClearButtonEnabled(True)
        self.scan.setMaxLength(60)
        self.unit = HostUnit(lambda _unit: True)
        self.unit.unit.setObjectName("ParcelUnit")
        self.carrier = QComboBox()
        self.carrier.setEditable(True)
        self.carrier.addItems(list(CARRIERS))
        self.carrier.setCurrentIndex(-1)
        self.shelf = QLineEdit()
        self.shelf.setMaxLength(20)
        self.shelf.setFixedWidth(110)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = error_label()
        self.label_button = QPushButton()
        self.label_button.setEnabled(False)
        self.label_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+P, never the focus
        form = form_layout((10, 6))
        self.scan_caption = add_captioned(form, self.scan)
        self.unit_caption = add_captioned(form, self.unit, self.unit.unit)
        self.instructions = InstructionsNote(live)  # the flat's standing instructions
        form.addRow("", self.instructions)
        details = QHBoxLayout()
        details.setSpacing(8)
        details.addWidget(self.carrier, 1)
        self.shelf_caption = QLabel()
        self.shelf_caption.setBuddy(self.shelf)
        details.addWidget(self.shelf_caption)
        details.addWidget(self.shelf)
        self.carrier_caption = add_captioned(form, _holder(details), self.carrier)
        done = QHBoxLayout()
        done.addWidget(self.result, 1)
        done.addWidget(self.label_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(done)
        self.setStyleSheet("QLineEdit#ParcelScan { font-size: 15px; padding: 5px 8px; }")
        self.scan.returnPressed.connect(self._on_scan_return_pressed)
        self.unit.unit.textChanged.connect(self.unit.show_host)
        self.unit.unit.textChanged.connect(self.instructions.show_for)
        self.unit.unit.returnPressed.connect(self.receive)
        self.shelf.returnPressed.connect(self.receive)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Receive from a courier (F2)"))
        self.scan_caption.setText(self.tr("&Waybill:"))
        self.scan.setPlaceholderText(self.tr("Scan the courier's barcode, or type it, then Enter"))
        self.unit_caption.setText(self.tr("&Unit:"))
        self.unit.nobody_here = self.tr("nobody lives here")
        self.carrier_caption.setText(self.tr("&Courier:"))
        line = self.carrier.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("from the waybill"))
        self.shelf_caption.setText(self.tr("S&helf:"))
        self.shelf.setPlaceholderText("A-1")
        self.label_button.setText(self.tr("Print shelf label (Ctrl+P)"))
        self.instructions.retranslate()
        if not self.result.text() or self.result.property("hint"):  # the hint, in this language
            self.result.setText(self.tr("Scan → unit → Enter, for each parcel."))
            self.result.setProperty("hint", True)

    def set_households(self, households: dict[str, str]) -> None:
        self.unit.set_households(households)

    def set_read_only(self, read_only: bool) -> None:
        for field in (self.scan, self.unit.unit, self.carrier, self.shelf):
            field.setEnabled(not read_only)
        self.label_button.setEnabled(bool(self.last_id) and not read_only)

    def start(self) -> None:
        """The cursor in the scan field, what was there selected: the next scan replaces it."""
        self.scan.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.scan.selectAll()

    # --- the steps ------------------------------------------------------------------------

    def _on_scan_return_pressed(self) -> None:
        """A waybill scanned: its courier guessed, a parcel already on the shelf said at once,
        and on to the unit."""
        bill = waybill_key(self.scan.text())
        if not bill:
            return
        self.error.hide()
        if bill.startswith(LABEL_PREFIX.rstrip(":")):
            self.say(self.tr("That is a shelf label: hand the parcel over with F3."))
            self.scan.selectAll()
            return
        shelf, bill_id = self.live.models.parcel_shelf, str(parcel_id(bill))
        known = self.live.read(lambda db: shelf.get(db, bill_id))
        if known is not None:
            self.say(
                self.tr("Already received for {unit} (shelf {shelf}, {state}).").format(
                    unit=known.unit, shelf=known.shelf, state=label(known.state)
                )
            )
            self.scan.selectAll()
            return
        guessed = guess_carrier(bill)
        if guessed:
            self.carrier.setCurrentText(guessed)
        elif self.carrier.currentText() not in CARRIERS:
            self.carrier.setCurrentText("")
        self.unit.unit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.unit.unit.selectAll()

    def receive(self) -> str | None:
        """Enter on the unit: the parcel recorded, and back to the scan field."""
        if self.live.read_only:
            return None
        self.unit.hide_completions()
        bill, unit = self.scan.text().strip(), self.unit.unit.text().strip()
        carrier, shelf = self.carrier.currentText().strip(), self.shelf.text().strip()
        for field, value in ((self.scan, bill), (self.unit.unit, unit)):
            if not value:
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                return None
        if not carrier or not shelf:
            self.say(self.tr("Which courier, and which shelf? Then Enter."))
            (self.carrier if not carrier else self.shelf).setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        try:
            parcel = self.live.run(self.live.desk.receive_parcel, unit, carrier, bill, shelf)
        except errors.DomainError as refusal:
            self.say(str(refusal))
            return None
        code = self.live.desk.get_parcel(parcel).pickup_code
        waiting = len(waiting_for(self.live, str(self.live.desk.get_parcel(parcel).unit)))
        self.last_id = parcel
        self.error.hide()
        self.result.setStyleSheet(GOOD)
        self.result.setProperty("hint", False)  # what was received replaces the hint
        self.result.setText(
            self.tr("Received for {unit}: {carrier} {waybill}, shelf {shelf}, code {code}").format(
                unit=unit, carrier=carrier, waybill=waybill_key(bill), shelf=shelf, code=code
            )
            + "\n"
            + self.tr("Waiting for this flat now: {count}").format(count=waiting)
        )
        self.label_button.setEnabled(True)
        self.scan.clear()
        self.unit.unit.clear()
        self.start()
        self.received.emit(parcel)
        return parcel

    def say(self, text: str) -> None:
        """A problem, said under the form."""
        self.error.setText(text)
        self.error.show()


def _holder(layout: QHBoxLayout) -> QWidget:
    holder = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    holder.setLayout(layout)
    return holder
