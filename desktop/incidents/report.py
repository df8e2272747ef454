"""The incident report: filled from the keyboard while the resident is on the line, and then
what to tell them — the ticket number and the deadlines, in a sentence to read out."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.labels import label
from desktop.live import LiveDesk
from desktop.widgets.forms import add_captioned, error_label, form_layout, key_inside
from desktop.widgets.unit_field import UnitField
from domain.errors import DomainError
from domain.incidents import CATEGORIES, POLICY, Channel, IncidentKind, Severity, suggested_severity
from projections.store import Db


def spoken_moment(moment: datetime, now: datetime, zone: ZoneInfo) -> str:
    """'11:00 today', '09:00 tomorrow' or '03-05 09:00' — what a person says on the phone."""
    local, today = moment.astimezone(zone), now.astimezone(zone).date()
    clock = local.strftime("%H:%M")
    if local.date() == today:
        return QCoreApplication.translate("IncidentTimes", "{time} today").format(time=clock)
    if local.date() == today + timedelta(days=1):
        return QCoreApplication.translate("IncidentTimes", "{time} tomorrow").format(time=clock)
    return local.strftime("%m-%d %H:%M")


def span(delta: timedelta) -> str:
    hours = int(delta.total_seconds() // 3600)
    if hours >= 48:
        return QCoreApplication.translate("IncidentTimes", "{n} days").format(n=hours // 24)
    if hours >= 1:
        return QCoreApplication.translate("IncidentTimes", "{n} h").format(n=hours)
    minutes = int(delta.total_seconds() // 60)
    return QCoreApplication.translate("IncidentTimes", "{n} min").format(n=minutes)


class ReportForm(QWidget):
    """Report a repair, complaint or emergency; `reported` carries the new incident's id."""

    reported = Signal(str)
    open_ticket = Signal(str)

    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.last_id = ""
        self._build_fields()
        self._build_form()
        self._build_confirmation()
        self._build_layout()
        self._connect()
        self.retranslate()

    def _build_fields(self) -> None:
        self.kind = QComboBox()
        for kind in IncidentKind:
            self.kind.addItem("", kind.value)
        self.category = QComboBox()
        self.severity = QComboBox()
        for level in Severity:
            self.severity.addItem("", level.value)
        self.deadlines = QLabel()
        self.deadlines.setObjectName("Hint")
        self.location = QLineEdit()
        self.unit = UnitField()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(64)
        self.reporter = QLineEdit()
        self.reporters = QStringListModel(self)
        completer = QCompleter(self.reporters, self.reporter)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.reporter.setCompleter(completer)
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem("", channel.value)
        # most reports come in on the phone; the channel chosen stays for the next report
        self.channel.setCurrentIndex(self.channel.findData(Channel.PHONE.value))
        self.submit = QPushButton()
        self.submit.setProperty("primary", True)
        self.submit.setMinimumHeight(34)
        self.error = error_label()

    def _build_form(self) -> None:
        """A caption a field, in the order they are asked; the deadlines under the severity."""
        self.form = form_layout(spacing=(10, 7))
        self._fields = (
            self.kind,
            self.category,
            self.severity,
            self.location,
            self.unit,
            self.description,
            self.reporter,
            self.channel,
        )
        self._labels: list[QLabel] = []
        for field in self._fields:
            self._labels.append(add_captioned(self.form, field))
            if field is self.severity:
                self.form.addRow("", self.deadlines)

    def _build_confirmation(self) -> None:
        """What to tell the resident, once the report is recorded."""
        self.confirmation = QFrame()
        self.confirmation.setObjectName("Confirmation")
        self.ticket = QLabel()
        self.ticket.setObjectName("Ticket")
        self.ticket.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.say = QLabel()
        self.say.setObjectName("Say")
        self.say.setWordWrap(True)
        self.say.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.say_caption = QLabel()
        self.say_caption.setObjectName("Caption")
        self.open_button = QPushButton()
        self.next_button = QPushButton()
        box = QVBoxLayout(self.confirmation)
        box.setContentsMargins(12, 10, 12, 10)
        box.setSpacing(4)
        box.addWidget(self.say_caption)
        box.addWidget(self.ticket)
        box.addWidget(self.say)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch()
        buttons.addWidget(self.next_button)
        box.addLayout(buttons)
        self.confirmation.hide()

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.submit)
        layout.addWidget(self.confirmation)
        layout.addStretch()

    def _connect(self) -> None:
        """The signals; Tab and Enter through the fields in order, Ctrl+Enter reports."""
        for first, second in pairwise(self._fields):
            QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(self.channel, self.submit)
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self.category.currentIndexChanged.connect(self._on_category_current_index_changed)
        self.severity.currentIndexChanged.connect(self._on_severity_current_index_changed)
        self.unit.editingFinished.connect(self._on_unit_editing_finished)
        self.submit.clicked.connect(self._on_submit_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        key_inside(self, "Ctrl+Return", self._on_submit_clicked)
        for field in self._fields:
            field.installEventFilter(self)

    # --- Enter: on to what the report still needs, then report ---------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            if watched is self.unit:
                self._on_unit_editing_finished()  # the unit gives the location
            self.next_needed()
            return True
        return super().eventFilter(watched, event)

    def next_needed(self) -> None:
        """Enter in the form: the cursor goes to the first thing the report still needs (the
        location, what happened, who reported it); when nothing is missing, it is reported.
        Shift+Enter is a new line in the description."""
        for field, text in (
            (self.location, self.location.text()),
            (self.description, self.description.toPlainText()),
            (self.reporter, self.reporter.text()),
        ):
            if not text.strip():
                field.setFocus(Qt.FocusReason.TabFocusReason)
                return
        self._on_submit_clicked()

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        captions = (
            self.tr("&Kind"),
            self.tr("&Category"),
            self.tr("&Severity"),
            self.tr("&Location"),
            self.tr("&Unit"),
            self.tr("&Description"),
            self.tr("&Reporter"),
            self.tr("C&hannel"),
        )
        for caption, text in zip(self._labels, captions, strict=True):
            caption.setText(text)
        for combo in (self.kind, self.severity, self.channel):
            for index in range(combo.count()):
                combo.setItemText(index, label(combo.itemData(index)))
        self._fill_categories()
        self.location.setPlaceholderText(self.tr("Building, floor, room or place"))
        self.unit.setPlaceholderText(self.tr("Optional, e.g. 3-2-1502"))
        self.description.setPlaceholderText(self.tr("What the resident says is wrong"))
        self.reporter.setPlaceholderText(self.tr("Name, and a phone number if new"))
        self.submit.setText(self.tr("Report and give the ticket number (Ctrl+Enter)"))
        self.say_caption.setText(self.tr("Tell the resident"))
        self.open_button.setText(self.tr("Open the ticket"))
        self.next_button.setText(self.tr("Next report"))
        self._show_deadlines()

    def _fill_categories(self) -> None:
        kind = IncidentKind(self.kind.currentData())
        chosen = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        for code in CATEGORIES[kind]:
            self.category.addItem(label(code), code)
        index = self.category.findData(chosen)
        self.category.setCurrentIndex(max(index, 0))
        self.category.blockSignals(False)
        self._on_category_current_index_changed()

    def _show_deadlines(self) -> None:
        level = Severity(self.severity.currentData())
        policy = POLICY[level]
        self.deadlines.setText(
            self.tr("Respond within {respond}, resolve within {resolve}").format(
                respond=span(policy.respond_within),
                resolve=span(policy.resolve_within),
            )
        )

    # --- slots ----------------------------------------------------------------------------

    def _on_kind_current_index_changed(self) -> None:
        self._fill_categories()
        emergency = self.kind.currentData() == IncidentKind.EMERGENCY
        self.severity.setEnabled(not emergency and self.submit.isEnabled())

    def _on_category_current_index_changed(self) -> None:
        code = self.category.currentData()
        if code:
            self.severity.setCurrentIndex(self.severity.findData(suggested_severity(code).value))

    def _on_severity_current_index_changed(self) -> None:
        self._show_deadlines()

    def _on_unit_editing_finished(self) -> None:
        unit = self.unit.unit()
        if not unit or not self.isVisible():  # not when focus leaves a closing window
            return
        if not self.location.text().strip():
            self.location.setText(unit)
        files = self.live.models.resident_files

        def members(db: Db) -> list[str]:
            households = files.of_unit(db, unit)
            if not households or not households[0].living:
                return []
            found = files.file(db, households[0].household_id)
            return [m.name for m in found.members if m.current] if found else []

        self.reporters.setStringList(self.live.read(members))

    def _on_submit_clicked(self) -> None:
        if not self.submit.isEnabled():
            return
        desk = self.live.desk
        try:
            incident_id = self.live.run(
                desk.report_incident,
                self.kind.currentData(),
                self.category.currentData(),
                self.severity.currentData(),
                self.location.text(),
                self.description.toPlainText(),
                self.reporter.text(),
                self.channel.currentData(),
                unit=self.unit.unit() or None,
            )
        except DomainError as refusal:
            self.error.setText(str(refusal))
            self.error.show()
            return
        self.error.hide()
        self.last_id = incident_id
        incident = desk.get_incident(incident_id)
        now, zone = self.live.now(), desk.timezone
        self.ticket.setText(incident.ticket)
        self.say.setText(
            self.tr(
                "Your reference number is {ticket}. We will get back to you by {respond} "
                "and have it resolved by {resolve}."
            ).format(
                ticket=incident.ticket,
                respond=spoken_moment(incident.respond_by, now, zone),
                resolve=spoken_moment(incident.resolve_by, now, zone),
            )
        )
        self.confirmation.show()
        for field in (self.location, self.unit, self.reporter):
            field.clear()
        self.description.clear()
        self.reported.emit(incident_id)

    def _on_open_button_clicked(self) -> None:
        if self.last_id:
            self.open_ticket.emit(self.last_id)

    def _on_next_button_clicked(self) -> None:
        self.start()

    # --- what the page asks ---------------------------------------------------------------

    def start(self) -> None:
        """A fresh report, the cursor in the first field."""
        self.confirmation.hide()
        self.error.hide()
        self.kind.setFocus()

    def confirmation_text(self) -> str:
        return "" if self.confirmation.isHidden() else f"{self.ticket.text()} {self.say.text()}"

    def set_units(self, units: list[str]) -> None:
        self.unit.set_units(units)

    def set_read_only(self, read_only: bool) -> None:
        for widget in (
            self.kind,
            self.category,
            self.location,
            self.unit,
            self.description,
            self.reporter,
            self.channel,
            self.submit,
        ):
            widget.setEnabled(not read_only)
        self.severity.setEnabled(
            not read_only and self.kind.currentData() != IncidentKind.EMERGENCY
        )
