"""The selected pass: who, for whom, its state, and what can be done with it next.

The host's answer (confirmed by phone, intercom, app or in person; declined; a supervisor's
waiver), issue and print in one step, check-in, check-out and revoking. Only what the pass's
state and the operator's role allow is enabled; the domain still has the last word, and its
refusal is shown here in the interface language.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop import printer as printing_qt
from desktop.labels import label
from desktop.live import LiveDesk
from desktop.visitors.reason import ReasonDialog
from desktop.widgets import keyboard
from desktop.widgets.host_contact import HostContact
from desktop.widgets.jobs import Job
from desktop.widgets.print_key import print_key
from desktop.widgets.table_model import display
from domain import errors
from domain.visitors import MAX_VALID_HOURS, HostChannel, PassStep, pass_steps

CHANNELS = [channel.value for channel in HostChannel]


class PassPanel(QFrame):
    """Details and actions of one visitor pass; emits `changed` after every recorded action."""

    changed = Signal(str)  # pass id
    register_again = Signal(str)  # the past pass to fill the registration form in from
    printed = Signal(bool)  # a print asked for went out and was recorded (True), or did not

    def __init__(
        self,
        live: LiveDesk,
        lookup: Callable[[str], Any],
        settings: Callable[[], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.live = live
        self.lookup = lookup  # pass id -> VisitorRow | None
        self.settings = settings  # -> QSettings | None (the main window's)
        self.hosts: dict[str, str] = {}
        self._printing: Job | None = None  # the pass being drawn for the printer
        self.output = printing_qt.PdfOutput()
        self.reason_dialog: ReasonDialog | None = None
        self.row: Any = None
        self.read_only = False

        self.heading = QLabel()
        self.heading.setObjectName("CardTitle")
        self.state = QLabel()
        self.state.setObjectName("PassState")
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        details = QGridLayout()
        details.setHorizontalSpacing(10)
        details.setVerticalSpacing(4)
        for position, key in enumerate(
            ("visiting", "kind", "id", "phone", "purpose", "host", "pass", "times")
        ):
            caption, value = QLabel(), QLabel()
            caption.setObjectName("Caption")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setMinimumWidth(60)
            self.captions[key], self.values[key] = caption, value
            row, column = divmod(position, 2)
            details.addWidget(caption, row, column * 2, Qt.AlignmentFlag.AlignRight)
            details.addWidget(value, row, column * 2 + 1)
        details.setColumnStretch(1, 1)
        details.setColumnStretch(3, 1)

        self.channel = QComboBox()
        for channel in CHANNELS:
            self.channel.addItem(label(channel), channel)
        self.confirm_button = QPushButton()
        self.confirm_button.setProperty("primary", True)
        self.decline_button = QPushButton()
        self.waive_button = QPushButton()
        self.hours = QSpinBox()
        self.hours.setRange(1, MAX_VALID_HOURS)
        self.hours.setValue(4)
        self.pass_size = QComboBox()
        for size in printing_qt.PASS_SIZES:
            self.pass_size.addItem(size, size)
        self.issue_button = QPushButton()
        self.issue_button.setProperty("primary", True)
        self.print_button = QPushButton()
        # What is needed less often waits in a menu, so the pass row fits at 1366 wide.
        self.more_button = QPushButton()
        more = QMenu(self.more_button)
        self.preview_action = more.addAction("")
        self.save_action = more.addAction("")
        more.addSeparator()
        self.printer_action = more.addAction("")
        self.more_button.setMenu(more)
        self.check_in_button = QPushButton()
        self.check_in_button.setProperty("primary", True)
        self.check_out_button = QPushButton()
        self.check_out_button.setProperty("primary", True)
        self.revoke_button = QPushButton()
        keyboard.mark_destructive(self.revoke_button)  # no Space or Enter lands on it
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("FieldError")
        self.message.hide()

        self.action_captions = {key: QLabel() for key in ("host", "pass", "visit")}
        for caption in self.action_captions.values():
            caption.setObjectName("Caption")
        actions = QGridLayout()
        actions.setHorizontalSpacing(10)
        actions.setVerticalSpacing(6)
        rows: dict[str, list[QWidget]] = {
            "host": [self.channel, self.confirm_button, self.decline_button, self.waive_button],
            "pass": [
                self.hours,
                self.pass_size,
                self.issue_button,
                self.print_button,
                self.more_button,
            ],
            "visit": [self.check_in_button, self.check_out_button, self.revoke_button],
        }
        for position, (key, widgets) in enumerate(rows.items()):
            line = QHBoxLayout()
            line.setSpacing(6)
            for widget in widgets:
                line.addWidget(widget)
            line.addStretch()
            actions.addWidget(self.action_captions[key], position, 0, Qt.AlignmentFlag.AlignRight)
            actions.addLayout(line, position, 1)
        actions.setColumnStretch(1, 1)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch()
        self.again_button = QPushButton()
        self.again_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.again_button.clicked.connect(self._on_again_button_clicked)
        top.addWidget(self.again_button)
        top.addWidget(self.state)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setObjectName("Rule")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(details)
        self.host_contact = HostContact(live)
        layout.addWidget(self.host_contact)
        layout.addWidget(rule)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        self.setStyleSheet(
            "QLabel#Caption { color: #718096; }"
            "QLabel#PassState { font-weight: bold; padding: 2px 10px; border-radius: 9px;"
            " background: #e2e8f0; color: #2d3748; }"
            "QLabel#PassState[tone='good'] { background: #c6f6d5; color: #22543d; }"
            "QLabel#PassState[tone='wait'] { background: #feebc8; color: #7b341e; }"
            "QLabel#PassState[tone='bad'] { background: #fed7d7; color: #9b2c2c; }"
            "QLabel#FieldError[tone='done'] { color: #276749; }"
            "QFrame#Rule { color: #e2e8f0; }"
        )

        self.confirm_button.clicked.connect(self._on_confirm_button_clicked)
        self.decline_button.clicked.connect(self._on_decline_button_clicked)
        self.waive_button.clicked.connect(self._on_waive_button_clicked)
        self.issue_button.clicked.connect(self._on_issue_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.preview_action.triggered.connect(self._on_preview_action_triggered)
        self.save_action.triggered.connect(self._on_save_action_triggered)
        self.printer_action.triggered.connect(self._on_printer_action_triggered)
        # Ctrl+P prints the selected pass wherever the cursor is on the Visitors workspace,
        # issuing it first when the host has confirmed (the two are never both enabled).
        print_key(self.issue_button)
        print_key(self.print_button)
        self.check_in_button.clicked.connect(self._on_check_in_button_clicked)
        self.check_out_button.clicked.connect(self._on_check_out_button_clicked)
        self.revoke_button.clicked.connect(self._on_revoke_button_clicked)
        self.pass_size.currentIndexChanged.connect(self._on_size_current_index_changed)
        self.retranslate()
        self.set_pass(None)

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        captions = {
            "visiting": self.tr("Visiting"),
            "kind": self.tr("Kind"),
            "id": self.tr("ID"),
            "phone": self.tr("Phone"),
            "purpose": self.tr("Purpose"),
            "host": self.tr("Host"),
            "pass": self.tr("Code"),
            "times": self.tr("In / out"),
        }
        self._caption_texts = captions
        self.action_captions["host"].setText(self.tr("Host answer"))
        self.action_captions["pass"].setText(self.tr("Pass"))
        self.action_captions["visit"].setText(self.tr("Visit"))
        for index, channel in enumerate(CHANNELS):
            self.channel.setItemText(index, label(channel))
        sizes = {
            "badge": self.tr("Badge card"),
            "label62": self.tr("62 mm label"),
            "a4": self.tr("A4 sheet"),
        }
        for index, size in enumerate(printing_qt.PASS_SIZES):
            self.pass_size.setItemText(index, sizes[size])
        self.channel.setToolTip(self.tr("How the host confirmed"))
        self.confirm_button.setText(self.tr("Host &confirmed"))
        self.decline_button.setText(self.tr("&Declined…"))
        self.waive_button.setText(self.tr("Supervisor wai&ver…"))
        self.waive_button.setToolTip(self.tr("Only a supervisor may waive the host's confirmation"))
        self.hours.setSuffix(self.tr(" h valid"))
        self.pass_size.setToolTip(self.tr("Pass size (remembered for this desk)"))
        self.issue_button.setText(self.tr("Issue and prin&t"))
        self.print_button.setText(self.tr("Print &again"))
        self.print_button.setToolTip(self.tr("Print the pass again (Ctrl+P)"))
        self.issue_button.setToolTip(
            self.tr("Issue the pass and print it on this desk's printer (Ctrl+P)")
        )
        self.more_button.setText(self.tr("&More"))
        self.more_button.setToolTip(self.tr("Preview, save as PDF, this desk's printer"))
        self.preview_action.setText(self.tr("Pre&view…"))
        self.save_action.setText(self.tr("&Save PDF…"))
        self.printer_action.setText(self.tr("&Printer for this desk…"))
        self.check_in_button.setText(self.tr("Ch&eck in"))
        self.check_out_button.setText(self.tr("Check &out"))
        self.revoke_button.setText(self.tr("&Revoke…"))
        self.set_pass(self.row)

    # --- showing a pass --------------------------------------------------------------------

    def set_pass(self, row: Any) -> None:
        if row is None or self.row is None or row.pass_id != self.row.pass_id:
            self.say("")  # what was said was about another pass ("Pass revoked.")
        self.row = row
        self.host_contact.show_household(row.host_household_id if row is not None else "")
        self.again_button.setText(self.tr("Register again (F2)"))
        for key, caption in self.captions.items():  # no captions beside nothing
            caption.setText("" if row is None else self._caption_texts[key])
        if row is None:
            self.heading.setText(self.tr("No pass selected"))
            self.state.setText("")
            self.state.hide()
            for value in self.values.values():
                value.setText("")
            self.values["visiting"].setText(
                self.tr("Select a visitor in the list, or register one.")
            )
        else:
            self._show_row(row)
        self._enable()

    def _show_row(self, row: Any) -> None:
        zone = self.live.desk.timezone
        self.heading.setText(row.name or row.company)
        state = "overstayed" if row.overstayed else row.state
        self.state.setText(label(state))
        tone = {
            "on_site": "good",
            "issued": "good",
            "awaiting_host": "wait",
            "host_confirmed": "wait",
            "overstayed": "bad",
            "revoked": "bad",
            "host_declined": "bad",
        }.get(state, "")
        self.state.setProperty("tone", tone)
        self.state.style().unpolish(self.state)
        self.state.style().polish(self.state)
        self.state.show()
        host = self.hosts.get(row.host_unit, "")
        self.values["visiting"].setText(f"{row.host_unit}  {host}".strip())
        kind = label(row.kind)
        self.values["kind"].setText(f"{kind} · {row.company}" if row.company else kind)
        self.values["id"].setText(f"{label(row.id_type)} {row.id_masked}")
        self.values["phone"].setText(row.phone)
        self.values["purpose"].setText(row.purpose)
        self.values["host"].setText(self._host_answer(row))
        if row.code and row.valid_from and row.valid_until:
            self.values["pass"].setText(
                f"{row.code} · {_span(row.valid_from, row.valid_until, zone)}"
            )
        else:
            self.values["pass"].setText(self.tr("not issued"))
        if row.checked_in_at and row.checked_out_at:
            self.values["times"].setText(_span(row.checked_in_at, row.checked_out_at, zone))
        else:
            self.values["times"].setText(display(row.checked_in_at, zone) or "—")

    def _host_answer(self, row: Any) -> str:
        if row.state == "awaiting_host":
            return self.tr("not asked yet")
        if row.state == "host_declined":
            return self.tr("declined: {reason}").format(reason=row.note)
        if row.note in CHANNELS:
            return self.tr("confirmed ({channel})").format(channel=label(row.note))
        if row.state == "revoked":
            return self.tr("pass revoked: {reason}").format(reason=row.note)
        if row.note:
            return self.tr("waived: {reason}").format(reason=row.note)
        return "—"

    def _enable(self) -> None:
        row = None if self.read_only else self.row
        writable = row is not None
        steps = pass_steps(row.state, self.live.role) if row is not None else frozenset()
        awaiting = PassStep.CONFIRM_HOST in steps
        self.channel.setEnabled(awaiting)
        self.confirm_button.setEnabled(awaiting)
        self.decline_button.setEnabled(PassStep.DECLINE_HOST in steps)
        self.waive_button.setEnabled(PassStep.WAIVE_HOST_CONFIRMATION in steps)
        issuable = PassStep.ISSUE in steps
        printable = PassStep.PRINT in steps
        self.hours.setEnabled(issuable)
        self.issue_button.setEnabled(issuable)
        self.pass_size.setEnabled(issuable or printable)
        self.print_button.setEnabled(printable)
        self.preview_action.setEnabled(printable)
        self.save_action.setEnabled(printable)
        self.printer_action.setEnabled(not self.read_only)
        self.more_button.setEnabled(not self.read_only)
        self.check_in_button.setEnabled(PassStep.CHECK_IN in steps)
        self.check_out_button.setEnabled(PassStep.CHECK_OUT in steps)
        self.revoke_button.setEnabled(PassStep.REVOKE in steps)
        self.again_button.setVisible(writable)

    def _on_again_button_clicked(self) -> None:
        if self.row is not None and not self.read_only:
            self.register_again.emit(self.row.pass_id)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._enable()

    def load_settings(self) -> None:
        size = printing_qt.remembered_pass_size(self.settings(), self.live.desk.desk_name)
        self.pass_size.blockSignals(True)
        self.pass_size.setCurrentIndex(max(0, self.pass_size.findData(size)))
        self.pass_size.blockSignals(False)

    # --- telling what happened ---------------------------------------------------------------

    def say(self, text: str, refusal: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("tone", "" if refusal else "done")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setVisible(bool(text))

    def _run(
        self, command: Callable[..., Any], *args: Any, done: str = "", pass_id: str = ""
    ) -> Any:
        """Runs a command on the selected pass (or on `pass_id`, which the panel may have
        moved away from meanwhile); a refusal is shown here and returns None."""
        shown = self.row.pass_id if self.row is not None else ""
        pass_id = pass_id or shown
        if not pass_id:
            return None
        try:
            result = self.live.run(command, pass_id, *args)
        except errors.DomainError as refusal:
            if pass_id == shown:
                self.say(str(refusal), refusal=True)
            return None
        if pass_id == shown:
            self._reload(pass_id)
            self.say(done)
            self.changed.emit(pass_id)
        return True if result is None else result

    def _reload(self, pass_id: str) -> None:
        self.set_pass(self.lookup(pass_id))

    # --- the host's answer -----------------------------------------------------------------

    def _on_confirm_button_clicked(self) -> None:
        channel = self.channel.currentData()
        done = self.tr("Host confirmed by {channel}. Issue the pass next.")
        if self._run(
            self.live.desk.confirm_host, channel, done=done.format(channel=label(channel))
        ):
            self.issue_button.setFocus()

    def _ask_reason(
        self,
        title: str,
        prompt: str,
        suggestions: list[str],
        action: str,
        command: Callable[..., Any],
        done: str,
        destructive: bool = False,
    ) -> None:
        if self.row is None:
            return
        row = self.row

        def run(reason: str) -> None:
            self.live.run(command, row.pass_id, reason)

        if self.reason_dialog is not None:
            self.reason_dialog.deleteLater()
        dialog = ReasonDialog(title, prompt, suggestions, run, action, self, destructive)
        dialog.accepted.connect(lambda: self._after_reason(row.pass_id, done))
        self.reason_dialog = dialog
        dialog.open()

    def _after_reason(self, pass_id: str, done: str) -> None:
        self._reload(pass_id)
        self.say(done)
        self.changed.emit(pass_id)

    def _on_decline_button_clicked(self) -> None:
        self._ask_reason(
            self.tr("Host declined"),
            self.tr("Why does the host not want {name} to come in?").format(name=self.row.name),
            [
                self.tr("Host does not know the visitor"),
                self.tr("Host not at home"),
                self.tr("Host asked to refuse"),
            ],
            self.tr("Record decline"),
            self.live.desk.decline_host,
            self.tr("Recorded: the host declined. The visitor may not enter."),
        )

    def _on_waive_button_clicked(self) -> None:
        self._ask_reason(
            self.tr("Supervisor waiver"),
            self.tr(
                "The host cannot be reached. Why may {name} come in without the host's "
                "confirmation?"
            ).format(name=self.row.name),
            [self.tr("Host unreachable; urgent repair"), self.tr("Property staff escort")],
            self.tr("Waive confirmation"),
            self.live.desk.waive_host_confirmation,
            self.tr("Confirmation waived. Issue the pass next."),
        )

    def _on_revoke_button_clicked(self) -> None:
        self._ask_reason(
            self.tr("Revoke pass"),
            self.tr("Why is the pass of {name} revoked?").format(name=self.row.name),
            [
                self.tr("Host withdrew the invitation"),
                self.tr("Misconduct on site"),
                self.tr("Registered by mistake"),
            ],
            self.tr("Revoke"),
            self.live.desk.revoke_pass,
            self.tr("Pass revoked."),
            destructive=True,
        )

    # --- the pass ------------------------------------------------------------------------------

    def _on_size_current_index_changed(self, _index: int) -> None:
        printing_qt.remember_pass_size(
            self.settings(), self.live.desk.desk_name, self.pass_size.currentData()
        )

    def confirm_issue_and_print(self) -> None:
        """The host confirmed while the visitor was registered: each step is recorded as
        it would be one key at a time, and a refusal stops where it happened."""
        if self.row is None or PassStep.CONFIRM_HOST not in pass_steps(
            self.row.state, self.live.role
        ):
            return
        if self._run(self.live.desk.confirm_host, HostChannel.PHONE.value):
            self._on_issue_button_clicked()

    def _on_issue_button_clicked(self) -> None:
        code = self._run(self.live.desk.issue_pass, self.hours.value())
        if not code:
            return
        self.say(self.tr("Pass {code} issued.").format(code=code))
        self.print_pass()

    def _on_print_button_clicked(self) -> None:
        self.print_pass()

    def _on_preview_action_triggered(self) -> None:
        self.print_pass(preview=True)

    def _on_printer_action_triggered(self) -> None:
        try:
            if self.output.choose_printer(self):
                self.say(self.tr("Passes now print on this printer."))
        except printing_qt.PrintingUnavailableError as problem:
            self.say(str(problem), refusal=True)

    def _drawing(self) -> Callable[[], bytes] | None:
        """How to draw the pass shown as PDF, carrying the copy number its print will be
        recorded with; None (and why, said here) when it cannot be drawn."""
        if self.row is None:
            return None
        row, size = self.row, self.pass_size.currentData()
        try:
            copy = self.live.desk.pass_copy_number(row.pass_id)
            fresh = self.lookup(row.pass_id) or row
            return printing_qt.pass_drawing(self.live.desk, fresh, size, copy)
        except errors.DomainError as refusal:
            self.say(str(refusal), refusal=True)
        except printing_qt.PrintingUnavailableError as problem:
            self.say(str(problem), refusal=True)
        return None

    def print_pass(self, preview: bool = False) -> None:
        """Prints the pass straight to the desk's printer (or shows the preview, when
        asked). The PDF is drawn away from the window (see `printer.pass_drawing`), which
        answers meanwhile; the print is recorded once it has gone to the printer, never
        before. `printed` tells the outcome."""
        if self._printing is not None:  # one pass at a time: a second press is the same print
            self.say(self.tr("The pass is still being drawn for the printer…"))
            return
        draw = self._drawing()
        if draw is None:
            self.printed.emit(False)
            return
        row, size = self.row, self.pass_size.currentData()
        self._printing = Job(lambda _progress: draw(), self)
        self._printing.succeeded.connect(lambda pdf: self._send(pdf, row, size, preview))
        self._printing.failed.connect(self._on_drawing_failed)
        self._printing.start()

    def _send(self, pdf: bytes, row: Any, size: str, preview: bool) -> None:
        self._printing = None
        shown = self.row is not None and self.row.pass_id == row.pass_id
        title = self.tr("Visitor pass {code} · {name}").format(
            code=row.code, name=row.name or row.company
        )
        try:
            printed = (self.output.preview if preview else self.output.send)(pdf, title, self)
        except printing_qt.PrintingUnavailableError as problem:
            if shown:
                self.say(str(problem), refusal=True)
            self.printed.emit(False)
            return
        if not printed:
            if shown:
                self.say(self.tr("Pass {code} not printed.").format(code=row.code))
            self.printed.emit(False)
            return
        copy = self._run(self.live.desk.record_pass_printed, size, pass_id=row.pass_id)
        if copy is not None and self.row is not None and self.row.pass_id == row.pass_id:
            said = (
                self.tr("Pass {code} printed: copy {copy}. Hand it over with the safety reminders.")
                if copy  # a reprint says its copy number, as the paper does
                else self.tr("Pass {code} printed. Hand it over with the safety reminders.")
            )
            self.say(said.format(code=row.code, copy=copy))
        self.printed.emit(copy is not None)

    def _on_drawing_failed(self, problem: BaseException) -> None:
        self._printing = None
        self.say(
            self.tr("The pass could not be drawn: {problem}").format(problem=problem),
            refusal=True,
        )
        self.printed.emit(False)

    def _on_save_action_triggered(self) -> None:
        """A saved PDF counts as a print (it can be printed anywhere)."""
        if self.row is None:
            return
        path = self.output.ask_path(f"pass-{self.row.code}.pdf", self)
        if path is None:
            return
        draw = self._drawing()
        if draw is None:
            return
        saved = self.output.save(draw(), path)
        self._run(
            self.live.desk.record_pass_printed,
            self.pass_size.currentData(),
            done=self.tr("Saved to {path}").format(path=str(saved)),
        )

    # --- in and out ------------------------------------------------------------------------------

    def _on_check_in_button_clicked(self) -> None:
        if self.row is not None:
            self._run(
                self.live.desk.check_in,
                done=self.tr("{name} checked in.").format(name=self.row.name),
            )

    def _on_check_out_button_clicked(self) -> None:
        if self.row is not None:
            self._run(
                self.live.desk.check_out,
                done=self.tr("{name} checked out.").format(name=self.row.name),
            )


def _span(start: datetime, end: datetime, zone: Any) -> str:
    """03-02 09:00 – 13:00, or 03-02 20:00 – 03-03 08:00 across midnight."""
    first, last = start.astimezone(zone), end.astimezone(zone)
    shown = "%H:%M" if first.date() == last.date() else "%m-%d %H:%M"
    return f"{first:%m-%d %H:%M} – {last.strftime(shown)}"
