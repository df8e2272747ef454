"""The counter's queue: who is waiting and for how long, the wait the next person is told,
and the keys that hand out a number (F2) and call the next one to this window (F3). Skipping
someone who left and calling out of turn are there too, never where the focus goes."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.labels import label
from desktop.live import LiveDesk
from desktop.visitors.reason import ReasonDialog
from desktop.widgets.forms import error_label
from desktop.widgets.keyboard import confirm, mark_destructive
from desktop.widgets.table_model import Column, RowTableModel
from desktop.widgets.tables import RowTable
from domain.errors import DomainError
from domain.queue import WINDOWS, QueuePurpose
from domain.staff import may

LONG_WAIT = timedelta(minutes=15)  # a wait this long is shown in red: tell them how much longer


class QueuePanel(QFrame):
    """The waiting list and its keys; `called` carries the number called to this window,
    `taken` the number just handed out."""

    called = Signal(str)
    taken = Signal(str)

    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.setObjectName("Card")
        self.heading = QLabel()
        self.heading.setObjectName("CardTitle")
        self.count = QLabel()
        self.count.setObjectName("CardCount")
        self.estimate = QLabel()
        self.estimate.setWordWrap(True)
        self.estimate.setStyleSheet("color: #2d3748;")
        self.model = RowTableModel(
            [
                Column("", lambda r: r.ticket),
                Column("", lambda r: label(r.purpose)),
                Column(
                    "",
                    lambda r: r.waited(self.live.now()),
                    alert=lambda r: r.waited(self.live.now()) >= LONG_WAIT,
                    align_right=True,
                ),
            ],
            live.desk.timezone,
        )
        self.table = RowTable(self.model)
        self.table.setObjectName("queue_waiting")
        self.table.fit_to_width(1)
        self.window_caption = QLabel()
        self.window_number = QComboBox()
        for number in range(1, WINDOWS + 1):
            self.window_number.addItem(str(number), number)
        self.window_caption.setBuddy(self.window_number)
        self.take_button = QPushButton()
        self.call_button = QPushButton()
        self.call_button.setProperty("primary", True)
        self.skip_button = QPushButton()
        mark_destructive(self.skip_button)
        self.out_of_turn_button = QPushButton()
        self.out_of_turn_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.out_of_turn_button.setVisible(may(live.role, "call_out_of_turn"))
        self.error = error_label()
        self.purposes = QMenu(self)
        for number, purpose in enumerate(QueuePurpose, start=1):
            action = QAction(self.purposes)
            action.setData(purpose.value)
            action.setShortcut(str(number))
            self.purposes.addAction(action)
        self.purposes.triggered.connect(self._on_purposes_triggered)
        self._build_layout()
        self.take_button.clicked.connect(self.choose_purpose)
        self.call_button.clicked.connect(self.call_next)
        self.skip_button.clicked.connect(self._on_skip_button_clicked)
        self.out_of_turn_button.clicked.connect(self._on_out_of_turn_button_clicked)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch()
        top.addWidget(self.count)
        window_line = QHBoxLayout()
        window_line.addWidget(self.window_caption)
        window_line.addWidget(self.window_number)
        window_line.addStretch()
        buttons = QHBoxLayout()
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.call_button, 1)
        rare = QHBoxLayout()
        rare.addWidget(self.skip_button)
        rare.addStretch()
        rare.addWidget(self.out_of_turn_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.estimate)
        layout.addWidget(self.table, 1)
        layout.addLayout(window_line)
        layout.addLayout(buttons)
        layout.addLayout(rare)
        layout.addWidget(self.error)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Waiting"))
        self.model.set_headings([self.tr("Number"), self.tr("For"), self.tr("Waited")])
        self.window_caption.setText(self.tr("This desk calls to &window"))
        self.take_button.setText(self.tr("Take a number (F2)"))
        self.call_button.setText(self.tr("Call next (F3)"))
        self.skip_button.setText(self.tr("Left the queue…"))
        self.skip_button.setToolTip(self.tr("The selected number's holder has gone"))
        self.out_of_turn_button.setText(self.tr("Call out of turn…"))
        self.out_of_turn_button.setToolTip(
            self.tr("Call the selected number first (an elderly resident, a pregnant woman)")
        )
        for action in self.purposes.actions():
            number = self.purposes.actions().index(action) + 1
            action.setText(f"&{number}  {label(action.data())}")

    # --- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        board, day, now = self.live.models.queue_board, self.live.today(), self.live.now()
        rows, estimate = self.live.read(
            lambda db: (board.waiting(db, day), board.estimate(db, day, now))
        )
        self.model.update_rows(rows, key=lambda r: r.ticket)
        self.count.setText(str(len(rows)))
        alert = any(r.waited(now) >= LONG_WAIT for r in rows)
        self.count.setProperty("alert", alert)
        self.count.style().polish(self.count)
        if rows:
            text = self.tr("{waiting} waiting · the next person waits about {minutes} min")
            self.estimate.setText(text.format(waiting=len(rows), minutes=estimate.minutes))
        else:
            self.estimate.setText(self.tr("Nobody is waiting."))

    def counter_window(self) -> int:
        """The window number this desk calls to."""
        return int(self.window_number.currentData())

    def selected_ticket(self) -> str:
        row = self.table.selected_row()
        return row.ticket if row is not None else ""

    # --- the keys -------------------------------------------------------------------------

    def choose_purpose(self) -> None:
        """F2: what the number is for (Enter takes an enquiry, a digit another purpose)."""
        if not self.take_button.isEnabled():
            return
        self.purposes.setActiveAction(self.purposes.actions()[0])
        at = self.take_button.mapToGlobal(self.take_button.rect().bottomLeft())
        self.purposes.popup(at)

    def _on_purposes_triggered(self, action: QAction) -> None:
        ticket = self._run(self.live.desk.take_queue_ticket, action.data())
        if ticket:
            self.taken.emit(ticket)

    def call_next(self) -> None:
        """F3: the longest-waiting number, to this desk's window."""
        if not self.call_button.isEnabled():
            return
        ticket = self._run(self.live.desk.call_next, self.counter_window())
        if ticket:
            self.called.emit(ticket)

    def _on_skip_button_clicked(self) -> None:
        ticket = self.selected_ticket()
        if not ticket:
            self._say(self.tr("Select the number whose holder has left."))
            return
        confirm(
            self,
            self.tr("Left the queue"),
            self.tr("{ticket} has left and will not be called?").format(ticket=ticket),
            self.tr("They have left"),
            lambda: self._run(self.live.desk.skip_ticket, ticket),
        )

    def _on_out_of_turn_button_clicked(self) -> None:
        """A supervisor calls the selected number first, saying why (the display tells
        those waiting)."""
        ticket = self.selected_ticket()
        if not ticket:
            self._say(self.tr("Select the number to call first."))
            return
        window = self.counter_window()
        dialog = ReasonDialog(
            self.tr("Call out of turn"),
            self.tr("Why {ticket} goes first (those waiting are told):").format(ticket=ticket),
            [self.tr("Elderly resident"), self.tr("Pregnant woman"), self.tr("Disability")],
            lambda reason: self.live.run(self.live.desk.call_ticket, ticket, window, reason),
            self.tr("Call {ticket} now").format(ticket=ticket),
            self,
        )
        # A reason chosen from the list is complete: without this its inline completion took
        # the Enter meant for the dialog.
        dialog.reason.setCompleter(None)  # type: ignore[arg-type]  # Qt takes none: removed
        dialog.accepted.connect(lambda: self.called.emit(ticket))
        self.reason_dialog = dialog
        dialog.open()

    def _run(self, command: Any, *args: Any) -> Any:
        try:
            result = self.live.run(command, *args)
        except DomainError as refusal:
            self._say(str(refusal))
            return None
        self.error.hide()
        return result if result is not None else True

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def set_read_only(self, read_only: bool) -> None:
        for button in (self.take_button, self.call_button, self.skip_button):
            button.setEnabled(not read_only)
        self.out_of_turn_button.setVisible(may(self.live.role, "call_out_of_turn"))
        self.out_of_turn_button.setEnabled(not read_only)
