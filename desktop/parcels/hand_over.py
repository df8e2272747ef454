"""Handing a parcel over: the pickup code typed (or the shelf label, or the code's QR on the
resident's phone, scanned) shows the parcel as it is typed — the flat, the shelf, the
courier, how long it waited, and the flat's other parcels — and Enter hands it over on the
code. Known by an ID seen (Alt+I) or by sight (Alt+K) it goes to the name typed; back to the
courier (Alt+R) is on purpose only, never where the focus is."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
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
from desktop.usecases.parcels import waiting_for
from desktop.visitors.reason import ReasonDialog
from desktop.widgets.forms import add_captioned, error_label, form_layout
from desktop.widgets.instructions_note import InstructionsNote
from desktop.widgets.keyboard import mark_destructive
from desktop.widgets.table_model import display
from domain import errors
from domain.parcels import code_in
from projections.parcel_shelf import ParcelRow

GOOD, GREY, RED = "#2f855a", "#718096", "#c53030"


class HandOverPanel(QFrame):
    """Emits `done` with each parcel handed over or returned."""

    done = Signal(str)

    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.current: ParcelRow | None = None  # the parcel shown, by its code or from the shelf
        self.pending = ""  # a proof (id_check, known_resident) waiting for the name
        self.reason_dialog: ReasonDialog | None = None
        self.setObjectName("Card")
        self.heading = QLabel()
        self.heading.setObjectName("CardTitle")
        self.code = QLineEdit()
        self.code.setObjectName("PickupCode")
        self.code.setClearButtonEnabled(True)
        self.code.setMaxLength(40)
        self.person = QLineEdit()
        self.person.setMaxLength(60)
        self.parcel = QLabel()
        self.parcel.setObjectName("ParcelShown")
        self.parcel.setWordWrap(True)
        self.parcel.setTextFormat(Qt.TextFormat.RichText)
        self.parcel.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.instructions = InstructionsNote(live)  # the flat's standing instructions
        self.error = error_label()
        self.hand_button = QPushButton()
        self.hand_button.setProperty("primary", True)
        self.id_button = QPushButton()
        self.known_button = QPushButton()
        self.return_button = QPushButton()
        mark_destructive(self.return_button)  # never the focus, never Enter's
        for button in (self.hand_button, self.id_button, self.known_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter and the Alt keys do it
        form = form_layout((10, 6))
        self.code_caption = add_captioned(form, self.code)
        self.person_caption = add_captioned(form, self.person)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch()
        top.addWidget(self.return_button)  # up here, away from the keys used every time
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        for button in (self.hand_button, self.id_button, self.known_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.parcel)
        layout.addWidget(self.instructions)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setStyleSheet("QLineEdit#PickupCode { font-size: 15px; padding: 5px 8px; }")
        self.code.textChanged.connect(self._on_code_text_changed)
        self.code.returnPressed.connect(self.hand_over)
        self.person.returnPressed.connect(self._on_person_return_pressed)
        self.hand_button.clicked.connect(self.hand_over)
        self.id_button.clicked.connect(lambda: self.hand_over_known("id_check"))
        self.known_button.clicked.connect(lambda: self.hand_over_known("known_resident"))
        self.return_button.clicked.connect(self.send_back)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Hand over (F3)"))
        self.code_caption.setText(self.tr("&Pickup code:"))
        self.code.setPlaceholderText(self.tr("The code the resident was sent, or scan the label"))
        self.person_caption.setText(self.tr("Collected b&y:"))
        self.person.setPlaceholderText(self.tr("Name (needed without the code)"))
        self.hand_button.setText(self.tr("Hand over (Enter)"))
        self.id_button.setText(self.tr("ID checked (Alt+I)"))
        self.known_button.setText(self.tr("Known resident (Alt+K)"))
        self.return_button.setText(self.tr("Return to courier… (Alt+R)"))
        self._show()

    def set_read_only(self, read_only: bool) -> None:
        for button in (self.hand_button, self.id_button, self.known_button, self.return_button):
            button.setEnabled(not read_only)

    def start(self) -> None:
        self.code.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.code.selectAll()

    # --- what is shown --------------------------------------------------------------------

    def _on_code_text_changed(self, text: str) -> None:
        """The parcel shows as soon as its code is complete: the clerk fetches it meanwhile."""
        self.pending = ""
        self.error.hide()
        code = code_in(text)
        if code is None:
            self.current = None
        else:
            shelf = self.live.models.parcel_shelf
            self.current = self.live.read(lambda db: shelf.by_code(db, code))
        self._show()

    def show_parcel(self, row: ParcelRow | None) -> None:
        """A parcel chosen on the shelf (no code given: Alt+I or Alt+K hands it over)."""
        self.code.blockSignals(True)
        self.code.clear()
        self.code.blockSignals(False)
        self.pending = ""
        self.error.hide()
        self.current = row
        self._show()

    def refresh_shown(self) -> None:
        """The parcel shown, read again (another desk may have handed it over)."""
        if self.current is not None:
            shelf, parcel = self.live.models.parcel_shelf, self.current.parcel_id
            self.current = self.live.read(lambda db: shelf.get(db, parcel))
        self._show()

    def _show(self) -> None:
        row, now = self.current, self.live.now()
        self.instructions.show_for(row.unit if row is not None else "")
        if row is None:
            typed = self.code.text().strip()
            if typed and code_in(typed) is not None:
                text = _colour(RED, self.tr("No parcel has this code."))
            else:
                text = _colour(GREY, self.tr("The parcel shows here as its code is typed."))
            self.parcel.setText(text)
            return
        head = self.tr("{unit} · shelf {shelf}").format(unit=row.unit, shelf=row.shelf)
        waited = display(row.waited(now), self.live.desk.timezone)
        facts = self.tr("{carrier} {waybill} · received {at} · waited {waited}").format(
            carrier=row.carrier,
            waybill=row.waybill,
            at=display(row.received_at, self.live.desk.timezone),
            waited=waited,
        )
        text = f"<span style='font-size:17px; font-weight:bold'>{_e(head)}</span><br>"
        text += _colour(RED if row.overdue(now) else "#2d3748", facts)
        if row.state != "waiting":
            text += "<br>" + _colour(
                RED, self.tr("Not on the shelf: {state}").format(state=label(row.state))
            )
        others = [p for p in waiting_for(self.live, row.unit) if p.parcel_id != row.parcel_id]
        if others:
            listed = ", ".join(f"{p.shelf} {p.carrier}" for p in others)
            text += "<br>" + _colour(
                "#2c5282",
                self.tr("Also waiting for this flat ({count}): {parcels}").format(
                    count=len(others), parcels=listed
                ),
            )
        self.parcel.setText(text)

    def _say(self, text: str, good: bool = False) -> None:
        self.error.setStyleSheet(f"color: {GOOD};" if good else "")
        self.error.setText(text)
        self.error.show()

    # --- handing over ---------------------------------------------------------------------

    def hand_over(self) -> None:
        """Enter: the parcel whose code was typed or scanned goes to whoever gave it."""
        if self.pending:
            self.hand_over_known(self.pending)
            return
        typed = self.code.text().strip()
        code = code_in(typed)
        if code is None:
            self._say(self.tr("Type the 6-digit pickup code, or scan the shelf label."))
            self.start()
            return
        row = self.current
        if row is None:
            self._say(
                self.tr("No parcel has the code {code}: nothing was handed over.").format(code=code)
            )
            self.start()
            return
        person = self.person.text().strip() or row.unit  # the code holder, for that flat
        self._run(row, "code", typed, person)

    def hand_over_known(self, proof: str) -> None:
        """Alt+I / Alt+K: handed to the person named, known by an ID seen or by sight."""
        row = self.current
        if row is None:
            self._say(self.tr("Type the code, or choose the parcel on the shelf first."))
            return
        person = self.person.text().strip()
        if not person:
            self.pending = proof
            self._say(self.tr("Who is collecting? Type the name, then Enter."))
            self.person.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._run(row, proof, row.parcel_id, person)

    def _on_person_return_pressed(self) -> None:
        self.hand_over()

    def _run(self, row: ParcelRow, proof: str, parcel: str, person: str) -> None:
        if self.live.read_only:
            return
        try:
            self.live.run(self.live.desk.pick_up_parcel, parcel, person, proof)
        except errors.DomainError as refusal:
            self._say(str(refusal))
            return
        self._finish(
            self.tr("Handed over: {unit}, shelf {shelf} ({proof}).").format(
                unit=row.unit, shelf=row.shelf, proof=label(proof)
            ),
            row,
        )

    def send_back(self) -> None:
        """Alt+R: back to the courier, with the reason (refused, wrong address, never
        collected), confirmed before it is recorded."""
        row = self.current
        if row is None or self.live.read_only:
            self._say(self.tr("Type the code, or choose the parcel on the shelf first."))
            return

        def run(reason: str) -> None:
            self.live.run(self.live.desk.return_parcel, row.parcel_id, reason)

        self.reason_dialog = ReasonDialog(
            self.tr("Return to courier"),
            self.tr("Why does {unit}'s parcel (shelf {shelf}) go back?").format(
                unit=row.unit, shelf=row.shelf
            ),
            [
                self.tr("Refused by the resident"),
                self.tr("Wrong address"),
                self.tr("Not collected in time"),
            ],
            run,
            self.tr("Return to courier"),
            self,
            destructive=True,
        )
        self.reason_dialog.accepted.connect(
            lambda: self._finish(
                self.tr("Returned to the courier: {unit}, shelf {shelf}.").format(
                    unit=row.unit, shelf=row.shelf
                ),
                row,
            )
        )
        self.reason_dialog.open()

    def _finish(self, said: str, row: ParcelRow) -> None:
        others = len(waiting_for(self.live, row.unit))
        if others:
            said += " " + self.tr("{count} more waiting for this flat.").format(count=others)
        self.show_parcel(None)
        self.person.clear()
        self._say(said, good=True)
        self.start()
        self.done.emit(row.parcel_id)


def _e(text: object) -> str:
    return html.escape(str(text))


def _colour(colour: str, text: str) -> str:
    return f"<span style='color:{colour}'>{_e(text)}</span>"
