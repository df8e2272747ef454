"""Counter (现场接待): the first page a clerk sees. The queue with its waits (F2 hands out a
number, F3 calls the next one to this window and starts serving them), the phone (F4 picks
it up, F7 logs a call nobody answered), who it is (the caller pop, Ctrl+F) beside the
standard answers (Ctrl+K), and one key to end the contact as answered with the answer used
(Ctrl+Enter). The other endings have their Alt keys; none of them is where the focus goes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.counter.caller_card import CallerCardView
from desktop.counter.display import CustomerDisplay
from desktop.counter.incident_outcome import IncidentOutcomeDialog
from desktop.counter.knowledge import KnowledgePanel
from desktop.counter.queue_panel import QueuePanel
from desktop.counter.receipt import print_queue_ticket
from desktop.labels import label
from desktop.live import LiveDesk
from desktop.usecases.caller import read_as
from desktop.visitors.reason import ReasonDialog
from desktop.widgets.forms import error_label
from desktop.widgets.keyboard import confirm, mark_destructive
from desktop.widgets.page import Page
from domain.errors import DomainError

WAITS_MS = 15_000  # the waits shown move on by themselves


@dataclass(frozen=True)
class Serving:
    """The contact open at this desk."""

    contact_id: str
    channel: str
    ticket: str
    opened_at: datetime


class CounterPage(Page):
    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(live, parent)
        self.serving: Serving | None = None
        self._looked_for_serving = False
        self.display: CustomerDisplay | None = None
        self.output: Any = None  # where queue tickets print (None: the desk's printer)
        self.queue = QueuePanel(live)
        self.caller = CallerCardView(live)
        self.knowledge = KnowledgePanel(live)
        self._build_contact_bar()
        self._build_layout()
        self._connect()
        self.waits = QTimer(self)
        self.waits.timeout.connect(self._on_waits_timeout)
        self.waits.start(WAITS_MS)
        self.retranslate()

    def _build_contact_bar(self) -> None:
        """What is being served now, the phone keys, the endings of the contact."""
        self.contact_bar = QFrame()
        self.contact_bar.setObjectName("Card")
        self.now_serving = QLabel()
        self.now_serving.setObjectName("now_serving")
        self.now_serving.setStyleSheet("font-size: 17px; font-weight: bold; color: #1a202c;")
        self.now_serving.setWordWrap(True)  # a long line wraps: the page fits 1366 px
        self.phone_button = QPushButton()
        self.missed_button = QPushButton()
        self.display_button = QPushButton()
        self.answered_button = QPushButton()
        self.answered_button.setProperty("primary", True)
        self.incident_button = QPushButton()
        self.visitor_button = QPushButton()
        self.referred_button = QPushButton()
        self.abandoned_button = QPushButton()
        mark_destructive(self.abandoned_button)
        for button in (self.incident_button, self.visitor_button, self.referred_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # their Alt keys, never the focus
        self.error = error_label()
        first = QHBoxLayout()
        first.addWidget(self.now_serving, 1)
        for button in (self.phone_button, self.missed_button, self.display_button):
            first.addWidget(button)
        endings = QHBoxLayout()
        endings.addWidget(self.answered_button)
        for button in (self.incident_button, self.visitor_button, self.referred_button):
            endings.addWidget(button)
        endings.addStretch()
        endings.addWidget(self.abandoned_button)
        layout = QVBoxLayout(self.contact_bar)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(8)
        layout.addLayout(first)
        layout.addLayout(endings)
        layout.addWidget(self.error)

    def _build_layout(self) -> None:
        self.queue.setFixedWidth(300)
        work = QHBoxLayout()
        work.setSpacing(14)
        work.addWidget(self.caller, 1)
        work.addWidget(self.knowledge, 1)
        right = QVBoxLayout()
        right.setSpacing(14)
        right.addWidget(self.contact_bar)
        right.addLayout(work, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(14)
        layout.addWidget(self.queue)
        layout.addLayout(right, 1)

    def _connect(self) -> None:
        self.queue.called.connect(self._on_queue_called)
        self.queue.taken.connect(self._on_queue_taken)
        self.phone_button.clicked.connect(self.pick_up_phone)
        self.missed_button.clicked.connect(self._on_missed_button_clicked)
        self.display_button.clicked.connect(self.show_display)
        self.answered_button.clicked.connect(self.close_answered)
        self.incident_button.clicked.connect(self._on_incident_button_clicked)
        self.visitor_button.clicked.connect(lambda: self._close("visitor"))
        self.referred_button.clicked.connect(lambda: self._close("referred"))
        self.abandoned_button.clicked.connect(self._on_abandoned_button_clicked)
        keys = {
            "F2": self.queue.choose_purpose,
            "F3": self.queue.call_next,
            "F4": self.pick_up_phone,
            "F7": self._on_missed_button_clicked,
            "F9": self.show_display,
            "Ctrl+F": lambda: self._focus(self.caller.search),
            "Ctrl+K": lambda: self._focus(self.knowledge.search),
            "Ctrl+Return": self.close_answered,
            "Ctrl+Enter": self.close_answered,
            "Alt+I": self._on_incident_button_clicked,
            "Alt+V": lambda: self._close("visitor"),
            "Alt+R": lambda: self._close("referred"),
        }
        # Anywhere in the window while the counter shows (a hidden page's keys are asleep):
        # the phone rings whatever has the focus.
        for key, slot in keys.items():
            QShortcut(QKeySequence(key), self).activated.connect(slot)

    def title(self) -> str:
        return self.tr("Counter")

    def retranslate(self) -> None:
        self.queue.retranslate()
        self.caller.retranslate()
        self.knowledge.retranslate()
        self.phone_button.setText(self.tr("Phone call (F4)"))
        self.missed_button.setText(self.tr("Missed call… (F7)"))
        self.display_button.setText(self.tr("Queue display (F9)"))
        self.answered_button.setText(self.tr("Answered (Ctrl+Enter)"))
        self.answered_button.setToolTip(self.tr("Ends the contact with the answer chosen"))
        self.incident_button.setText(self.tr("Incident… (Alt+I)"))
        self.visitor_button.setText(self.tr("Visitor (Alt+V)"))
        self.referred_button.setText(self.tr("Referred (Alt+R)"))
        self.abandoned_button.setText(self.tr("Left unserved…"))
        self._show_serving()
        if self.display is not None:
            self.display.retranslate()

    def refresh(self) -> None:
        if not self._looked_for_serving and self.live.as_of is None:
            self._looked_for_serving = True
            self.serving = self._still_serving()
        self.queue.refresh()
        self.caller.refresh()
        if self.knowledge.model.rowCount() == 0 or self.knowledge.search.text():
            self.knowledge.refresh()
        self._show_serving()

    def _still_serving(self) -> Serving | None:
        """The contact this person left open (the desk was locked, or closed, meanwhile):
        serving them goes on where it was."""
        me, log = self.live.desk.operator, self.live.models.contact_log
        mine = [c for c in self.live.read(log.open_ones) if c.opened_by == me]
        if not mine:
            return None
        c = mine[0]  # the latest
        return Serving(c.contact_id, c.channel, c.queue_ticket, c.opened_at)

    def work_starts(self) -> QWidget | None:
        return self.caller.search

    def _focus(self, field: QWidget) -> None:
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if hasattr(field, "selectAll"):
            field.selectAll()

    def _on_waits_timeout(self) -> None:
        if self.isVisible():
            self.queue.refresh()

    # --- serving --------------------------------------------------------------------------

    def _open(self, channel: str, ticket: str = "", phone: str = "", unit: str = "") -> bool:
        try:
            contact_id = self.live.run(
                self.live.desk.open_contact, channel, phone=phone, unit=unit, queue_ticket=ticket
            )
        except DomainError as refusal:
            self._say(str(refusal))
            return False
        self.serving = Serving(contact_id, channel, ticket, self.live.now())
        self._show_serving()
        return True

    def _busy(self) -> bool:
        if self.serving is None:
            return False
        self._say(self.tr("End the contact being served first (Ctrl+Enter when answered)."))
        return True

    def _on_queue_called(self, ticket: str) -> None:
        """A number called to this window: serving them starts at once."""
        if self.serving is not None:  # called out of turn while serving: end that first
            self._say(
                self.tr("{ticket} is called; end the contact being served first.").format(
                    ticket=ticket
                )
            )
            return
        if self._open("counter", ticket=ticket):
            self.caller.clear()
            self.knowledge.clear()
            self._focus(self.knowledge.search)  # a walk-in asks first; who they are may follow

    def _on_queue_taken(self, ticket: str) -> None:
        def not_printed() -> None:
            self._say(
                self.tr("The receipt for {ticket} could not be printed; the number stands.").format(
                    ticket=ticket
                )
            )

        print_queue_ticket(self, ticket, self.output, not_printed)

    def pick_up_phone(self) -> None:
        """F4: the phone is answered; the caller's number or unit, if typed already, with it."""
        if self.read_only or self._busy():
            return
        kind, value = read_as(self.caller.search.text())
        phone = value if kind == "phone" and len(value) >= 7 else ""
        unit = value if kind == "unit" else ""
        if self._open("phone", phone=phone, unit=unit):
            self._focus(self.caller.search)

    def _on_missed_button_clicked(self) -> None:
        """F7: a call nobody answered, with the number to call back (the one in the caller
        box offered)."""
        if self.read_only:
            return
        kind, value = read_as(self.caller.search.text())
        dialog = ReasonDialog(
            self.tr("Missed call"),
            self.tr("The number to call back:"),
            [],
            lambda phone: self.live.run(self.live.desk.log_missed_call, phone),
            self.tr("Log the missed call"),
            self,
        )
        if kind == "phone":  # typed in, not chosen: Enter logs it (a chosen item ate Enter)
            dialog.reason.setEditText(value)
        dialog.accepted.connect(
            lambda: self._say(
                self.tr("Missed call from {phone} logged.").format(phone=dialog.text()), good=True
            )
        )
        self.missed_dialog = dialog
        dialog.open()

    # --- ending the contact ---------------------------------------------------------------

    def close_answered(self) -> None:
        """Ctrl+Enter: answered, with the standard answer chosen (if one is)."""
        answer = self.knowledge.selected()
        self._close("answered", answer_id=answer.answer_id if answer else "")

    def _on_incident_button_clicked(self) -> None:
        if self.serving is None:
            self._say(self.tr("No contact is being served."))
            return
        dialog = IncidentOutcomeDialog(self.live, self.serving.channel, self.caller.pop, self)
        dialog.linked.connect(lambda incident_id: self._close("incident", incident_id=incident_id))
        self.incident_dialog = dialog
        dialog.open()

    def _on_abandoned_button_clicked(self) -> None:
        if self.serving is None:
            self._say(self.tr("No contact is being served."))
            return
        confirm(
            self,
            self.tr("Left unserved"),
            self.tr("They left before being served?"),
            self.tr("They left"),
            lambda: self._close("abandoned"),
        )

    def _close(self, outcome: str, answer_id: str = "", incident_id: str = "") -> None:
        if self.read_only:
            return
        if self.serving is None:
            self._say(self.tr("No contact is being served."))
            return
        try:
            self.live.run(
                self.live.desk.close_contact,
                self.serving.contact_id,
                outcome,
                answer_id=answer_id,
                incident_id=incident_id,
            )
        except DomainError as refusal:
            self._say(str(refusal))
            return
        self.last_closed = (self.serving.contact_id, outcome)
        self.serving = None
        self._show_serving()
        self._say(self.tr("Ended: {outcome}.").format(outcome=label(outcome)), good=True)
        self.caller.clear()
        self.knowledge.clear()
        self._focus(self.caller.search)

    # --- what is shown --------------------------------------------------------------------

    def _show_serving(self) -> None:
        serving = self.serving
        zone = self.live.desk.timezone
        if serving is None:
            self.now_serving.setText(
                self.tr("Nobody is being served — F3 calls the next number, F4 answers the phone")
            )
        else:
            since = serving.opened_at.astimezone(zone).strftime("%H:%M")
            if serving.ticket:
                text = self.tr("Serving {ticket} at window {window} since {time}").format(
                    ticket=serving.ticket, window=self.queue.counter_window(), time=since
                )
            else:
                text = self.tr("On the phone since {time}").format(time=since)
            self.now_serving.setText(text)
        open_contact = serving is not None and not self.read_only
        for button in (
            self.answered_button,
            self.incident_button,
            self.visitor_button,
            self.referred_button,
            self.abandoned_button,
        ):
            button.setEnabled(open_contact)
        self.phone_button.setEnabled(serving is None and not self.read_only)

    def _say(self, text: str, good: bool = False) -> None:
        self.error.setStyleSheet("color: #2f855a;" if good else "")
        self.error.setText(text)
        self.error.show()

    # --- the customer display -------------------------------------------------------------

    def show_display(self) -> CustomerDisplay:
        if self.display is None:
            self.display = CustomerDisplay(self.live, self)
        self.display.show_on_screen()
        return self.display

    @property
    def read_only(self) -> bool:
        return self.live.read_only

    def set_read_only(self, read_only: bool) -> None:
        self.queue.set_read_only(read_only)
        self.missed_button.setEnabled(not read_only)
        self._show_serving()
