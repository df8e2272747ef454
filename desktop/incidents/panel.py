"""One incident at a glance: its deadlines counting down, its timeline, and a button for each
step — enabled only when the ticket's state allows it; a refusal is shown right here."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.incidents.actions import IncidentSteps
from desktop.labels import label
from desktop.live import LiveDesk
from desktop.widgets.quiet import set_flag, set_text
from desktop.widgets.table_model import Column, RowTableModel
from desktop.widgets.tables import RowTable
from domain.clock import local
from domain.errors import DomainError
from domain.incidents import IncidentState, next_steps
from domain.personal_data import readable
from projections.incident_board import IncidentRow, TimelineEntry

# Shared by the incidents workspace and its panel (the desk's main stylesheet is global).
PAGE_STYLE = """
QLabel#Ticket { font-size: 22px; font-weight: bold; color: #1a202c; }
QLabel#Caption { color: #718096; }
QLabel#Hint { color: #718096; }
QLabel#Value { color: #1a202c; }
QLabel#Value[alert="true"] { color: #c53030; font-weight: bold; }
QLabel#Countdown { font-size: 18px; font-weight: bold; color: #2c5282; }
QLabel#Countdown[alert="true"] { color: #c53030; }
QLabel#Summary { color: #4a5568; font-weight: bold; }
QLabel#Summary[alert="true"] { color: #c53030; }
QLabel#Badge { border-radius: 9px; padding: 1px 9px; background: #edf2f7; color: #4a5568;
    font-size: 12px; }
QLabel#Badge[tone="emergency"] { background: #fed7d7; color: #9b2c2c; }
QLabel#Badge[tone="late"] { background: #c53030; color: white; }
QLabel#Notice { color: #276749; }
QLabel#Notice[alert="true"] { color: #c53030; }
QFrame#Confirmation { background: #f0fff4; border: 1px solid #9ae6b4; border-radius: 6px; }
QFrame#Confirmation QLabel#Ticket { color: #22543d; font-size: 26px; }
QFrame#Confirmation QLabel#Say { color: #1a202c; font-size: 14px; }
QTabWidget::pane { border: none; border-left: 1px solid #d9dee5; background: white; }
QTabBar::tab { padding: 8px 16px; }
QScrollArea#PanelScroll { border: none; background: white; }
QWidget#PanelBody { background: white; }
"""


def countdown(left: timedelta) -> str:
    seconds = int(left.total_seconds())
    sign = "−" if seconds < 0 else ""
    hours, rest = divmod(abs(seconds), 3600)
    return f"{sign}{hours}:{rest // 60:02d}:{rest % 60:02d}"


class IncidentPanel(IncidentSteps, QWidget):
    """The selected incident; `recorded` is emitted after any step is recorded."""

    recorded = Signal()

    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.row: IncidentRow | None = None
        self.read_only = False
        self.dialog: QDialog | None = None
        self._names: dict[str, str] = {}
        zone = live.desk.timezone
        self.empty = QLabel()
        self.empty.setObjectName("Hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.ticket = QLabel()
        self.ticket.setObjectName("Ticket")
        self.ticket.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badges = [QLabel() for _ in range(3)]
        for badge in self.badges:
            badge.setObjectName("Badge")
        self.left = QLabel()
        self.left.setObjectName("Countdown")
        self.left_caption = QLabel()
        self.left_caption.setObjectName("Caption")
        keys = ("what", "where", "said", "reporter", "taken", "assigned", "respond", "resolve")
        self.captions = {key: QLabel() for key in keys}
        self.values = {key: QLabel() for key in keys}
        self.description = self.values["said"]
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.timeline = RowTableModel(
            [
                Column("", lambda e: e.at),
                Column("", lambda e: self._step_name(e.step)),
                Column("", lambda e: self._name(e.operator)),
                Column("", lambda e: e.detail),
            ],
            zone,
        )
        self.timeline_table = RowTable(self.timeline)
        self.timeline_table.fit_to_width(stretch_column=3)
        self.timeline_table.setWordWrap(True)  # what was done is read in full
        self.timeline_table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.timeline_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.timeline_table.setMinimumHeight(150)
        self.timeline_table.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding
        )
        names = [
            "acknowledge",
            "dispatch",
            "log",
            "hold",
            "resume",
            "escalate",
            "resolve",
            "callback",
            "reopen",
            "close",
        ]
        self.buttons = {name: QPushButton() for name in names}
        self.message = QLabel()
        self.message.setObjectName("Notice")
        self.message.setWordWrap(True)

        title = QVBoxLayout()
        title.setSpacing(4)
        title.addWidget(self.ticket)
        badges = QHBoxLayout()
        badges.setSpacing(6)
        for badge in self.badges:
            badges.addWidget(badge)
        badges.addStretch()
        title.addLayout(badges)
        clock = QVBoxLayout()
        clock.setSpacing(0)
        clock.addWidget(self.left_caption, 0, Qt.AlignmentFlag.AlignRight)
        clock.addWidget(self.left, 0, Qt.AlignmentFlag.AlignRight)
        clock.addStretch()
        header = QHBoxLayout()
        header.addLayout(title, 1)
        header.addLayout(clock)
        facts = QGridLayout()
        facts.setHorizontalSpacing(10)
        facts.setVerticalSpacing(4)
        facts.setColumnStretch(1, 1)
        for row, key in enumerate(keys):
            self.captions[key].setObjectName("Caption")
            self.values[key].setObjectName("Value")
            self.values[key].setWordWrap(True)
            facts.addWidget(self.captions[key], row, 0, Qt.AlignmentFlag.AlignTop)
            facts.addWidget(self.values[key], row, 1)
        actions = QGridLayout()
        actions.setSpacing(6)
        for position, name in enumerate(names):
            actions.addWidget(self.buttons[name], position // 3, position % 3)
            self.buttons[name].clicked.connect(getattr(self, f"_on_{name}_clicked"))

        body = QWidget()
        body.setObjectName("PanelBody")
        self.details = QWidget()
        inner = QVBoxLayout(self.details)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(10)
        inner.addLayout(header)
        inner.addLayout(facts)
        self.timeline_caption = QLabel()
        self.timeline_caption.setObjectName("Caption")
        inner.addWidget(self.timeline_caption)
        inner.addWidget(self.timeline_table, 1)
        inner.addLayout(actions)
        inner.addWidget(self.message)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(14, 12, 14, 12)
        outer.addWidget(self.empty)
        outer.addWidget(self.details)
        scroll = QScrollArea()
        scroll.setObjectName("PanelScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.details.hide()
        self.retranslate()

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.empty.setText(self.tr("Choose an incident on the board to see its timeline."))
        captions = {
            "what": self.tr("What"),
            "where": self.tr("Where"),
            "said": self.tr("Description"),
            "reporter": self.tr("Reported by"),
            "taken": self.tr("Taken"),
            "assigned": self.tr("Assigned"),
            "respond": self.tr("Respond by"),
            "resolve": self.tr("Resolve by"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.left_caption.setText(self.tr("Time left"))
        self.timeline_caption.setText(self.tr("Timeline"))
        self.timeline.set_headings(
            [self.tr("Time"), self.tr("Step"), self.tr("By"), self.tr("Detail")]
        )
        texts = {
            "acknowledge": self.tr("Acknowledge"),
            "dispatch": self.tr("Dispatch…"),
            "log": self.tr("Log action…"),
            "hold": self.tr("Hold…"),
            "resume": self.tr("Resume"),
            "escalate": self.tr("Escalate…"),
            "resolve": self.tr("Resolve…"),
            "callback": self.tr("Callback…"),
            "reopen": self.tr("Reopen…"),
            "close": self.tr("Close ticket"),
        }
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self._show()

    def _step_name(self, step: str) -> str:
        names = {
            "Reported": self.tr("Reported"),
            "Acknowledged": self.tr("Acknowledged"),
            "Dispatched": self.tr("Dispatched"),
            "ActionLogged": self.tr("Action"),
            "Escalated": self.tr("Escalated"),
            "PutOnHold": self.tr("Put on hold"),
            "Resumed": self.tr("Resumed"),
            "Resolved": self.tr("Resolved"),
            "CallbackRecorded": self.tr("Callback"),
            "Reopened": self.tr("Reopened"),
            "Closed": self.tr("Closed"),
        }
        return names.get(step, step)

    def _name(self, username: str) -> str:
        if username not in self._names:
            try:
                self._names[username] = self.live.desk.get_staff(username).name
            except DomainError:
                self._names[username] = username
        return self._names[username]

    # --- showing --------------------------------------------------------------------------

    @property
    def incident_id(self) -> str:
        return self.row.incident_id if self.row else ""

    def show_incident(self, incident_id: str) -> None:
        if incident_id != self.incident_id:
            self.message.clear()
        self._load(incident_id)

    def reload(self) -> None:
        if self.row is not None:
            self._load(self.row.incident_id)

    def _load(self, incident_id: str) -> None:
        board = self.live.models.incident_board
        now = self.live.now()

        def read(db: Any) -> tuple[IncidentRow | None, list[TimelineEntry]]:
            return board.get(db, incident_id, now), board.timeline(db, incident_id)

        self.row, entries = self.live.read(read)
        self.timeline.set_rows(entries)
        self._show()

    def tick(self, now: datetime) -> None:
        """The live countdown: re-read the row's times (cheap), keep the timeline."""
        if self.row is None:
            return
        board = self.live.models.incident_board
        incident_id = self.row.incident_id
        row = self.live.read(lambda db: board.get(db, incident_id, now))
        if row is not None:
            self.row = row
            self._show_clock()

    def _when(self, moment: datetime | None) -> str:
        if moment is None:
            return ""
        return local(moment, self.live.desk.timezone).strftime("%m-%d %H:%M")

    def _show(self) -> None:
        row = self.row
        self.empty.setVisible(row is None)
        self.details.setVisible(row is not None)
        if row is None:
            self._enable()
            return
        self.ticket.setText(row.ticket)
        badges = (
            (label(row.severity), "emergency" if row.severity == "emergency" else ""),
            (label(row.state), ""),
            (self.tr("Level {n}").format(n=row.level), "emergency" if row.level > 1 else ""),
        )
        for badge, (text, tone) in zip(self.badges, badges, strict=True):
            badge.setText(text)
            badge.setProperty("tone", tone)
            badge.style().unpolish(badge)
            badge.style().polish(badge)
        self.values["what"].setText(f"{label(row.kind)} · {label(row.category)}")
        where = row.location if not row.unit or row.unit in row.location else f"{row.location}"
        self.values["where"].setText(where + (f" ({row.unit})" if row.unit else ""))
        reporter = readable(" ".join(filter(None, (row.reporter, row.reporter_phone))))
        self.values["reporter"].setText(f"{reporter} · {label(row.channel)}")
        self.values["taken"].setText(
            self.tr("{when} by {who}").format(
                when=self._when(row.reported_at), who=self._name(row.reported_by)
            )
        )
        assigned = row.assignee or self.tr("not yet")
        self.values["assigned"].setText(assigned)
        self.description.setText(readable(row.description))
        self._show_clock()
        self._enable()

    def _show_clock(self) -> None:
        """Called every second: touches only what changed (see desktop.widgets.quiet)."""
        row = self.row
        if row is None:
            return
        respond = self._when(row.respond_by)
        if row.responded_at is not None:
            respond += "  " + self.tr("(responded {when})").format(
                when=self._when(row.responded_at)
            )
        if row.response_breached:
            respond += "  " + self.tr("LATE")
        set_text(self.values["respond"], respond)
        resolve = self._when(row.resolve_by)
        if row.resolved_at is not None:
            resolve += "  " + self.tr("(resolved {when})").format(when=self._when(row.resolved_at))
        if row.resolution_breached:
            resolve += "  " + self.tr("LATE")
        if row.on_hold_for > timedelta(0):
            resolve += "  " + self.tr("· on hold {time} so far").format(
                time=countdown(row.on_hold_for)
            )
        set_text(self.values["resolve"], resolve)
        set_flag(self.values["respond"], "alert", row.response_breached)
        set_flag(self.values["resolve"], "alert", row.resolution_breached)
        if row.countdown is None:
            left = "—"
        elif row.state == IncidentState.ON_HOLD:
            left = countdown(row.countdown) + " ⏸"
        else:
            left = countdown(row.countdown)
        set_text(self.left, left)
        late = row.response_breached or row.resolution_breached
        set_flag(self.left, "alert", bool(late and row.time_left is not None))

    def _enable(self) -> None:
        row = self.row
        allowed = (
            next_steps(row.state, row.level, row.satisfaction, self.live.role)
            if row is not None
            else frozenset()
        )
        for name, button in self.buttons.items():
            button.setEnabled(name in allowed and not self.read_only)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._enable()

    # --- running steps --------------------------------------------------------------------

    def _say(self, text: str, alert: bool = False) -> None:
        self.message.setText(text)
        set_flag(self.message, "alert", alert)

    def run(self, command: Callable[..., Any], *args: Any) -> bool:
        """Run a step on this incident; a refusal is shown in the panel."""
        if self.row is None:
            return False
        try:
            self.live.run(command, self.row.incident_id, *args)
        except DomainError as refusal:
            self._say(str(refusal), alert=True)
            return False
        self._after()
        return True

    def _after(self, said: str = "") -> None:
        self._say(said)
        self.reload()
        self.recorded.emit()

    def _open(self, dialog: QDialog, said: str) -> QDialog:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._after(said))
        dialog.open()
        return dialog

    def _step(self, command: Callable[..., Any]) -> Callable[..., None]:
        incident_id = self.incident_id

        def run(*args: Any) -> None:
            self.live.run(command, incident_id, *args)

        return run
