"""One record's life, step by step: each event, who recorded it when and at which desk, and
the record as it stood after it, with what that step changed marked."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.audit.field_names import field_name
from desktop.audit.fields import FieldTable
from desktop.audit.names import event_name, record_name, summary
from desktop.live import LiveDesk
from desktop.widgets.detail_stack import DetailStack, side_column, split_beside
from desktop.widgets.forms import key_inside
from desktop.widgets.jobs import Job
from desktop.widgets.table_model import Column, RowTableModel
from desktop.widgets.tables import RowTable
from domain.errors import DomainError
from projections.handles import record_for_reference

MOMENT = "%Y-%m-%d %H:%M:%S"


class TimelineView(QWidget):
    """Type or paste a record's id (or open it from the log), then step through its life."""

    show_moment = Signal(object)  # datetime

    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.steps: list[Any] = []  # TimelineStep, up to the moment shown
        self.hidden_later = 0
        self.index = -1
        self.record_id = ""
        self.job: Job | None = None
        self.generation = 0
        top = self._build_steps()
        self.right = DetailStack(self._build_step())
        left = side_column(top, self.error, self.title, self.table, self.later, grows=self.table)
        split_beside(self, left, self.right, (440, 680))
        self._connect()
        self._show_step()

    def _build_steps(self) -> QHBoxLayout:
        """Which record (its line and Show its life), its title and its steps a row each."""
        zone = self.live.desk.timezone
        self.record = QLineEdit()
        self.record.setClearButtonEnabled(True)
        self.open_button = QPushButton()
        self.title = QLabel()
        self.title.setObjectName("AuditHeading")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.hide()
        self.model = RowTableModel(
            [
                Column("", lambda n_s: n_s[0], align_right=True),
                Column("", lambda n_s: n_s[1].row.timestamp.astimezone(zone).strftime(MOMENT)),
                Column("", lambda n_s: n_s[1].row.operator),
                Column("", lambda n_s: event_name(n_s[1].row.aggregate, n_s[1].row.type)),
            ],
            zone,
        )
        self.table = RowTable(self.model)
        self.table.setObjectName("AuditSteps")
        self.table.setSortingEnabled(False)
        self.table.fit_to_width(3)
        self.later = QLabel()
        self.later.setObjectName("Hint")
        self.later.setWordWrap(True)
        self.later.hide()
        top = QHBoxLayout()
        top.addWidget(self.record, 1)
        top.addWidget(self.open_button)
        return top

    def _build_step(self) -> QWidget:
        """The step shown: Previous/Next, who recorded what, what it said, the record after."""
        self.step_title = QLabel()
        self.step_title.setObjectName("AuditHeading")
        self.step_meta = QLabel()
        self.step_meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.step_meta.setWordWrap(True)
        self.said_caption = QLabel()
        self.said_caption.setObjectName("Caption")
        self.said = FieldTable(fit_rows=6)
        self.state_caption = QLabel()
        self.state_caption.setObjectName("Caption")
        self.changes = QLabel()
        self.changes.setObjectName("Changes")
        self.changes.setWordWrap(True)
        self.state = FieldTable(with_before=True)
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.position = QLabel()
        self.moment_button = QPushButton()
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.position)
        nav.addWidget(self.next_button)
        nav.addStretch()
        nav.addWidget(self.moment_button)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(14, 4, 14, 12)
        detail_layout.setSpacing(6)
        detail_layout.addLayout(nav)
        detail_layout.addWidget(self.step_title)
        detail_layout.addWidget(self.step_meta)
        detail_layout.addWidget(self.said_caption)
        detail_layout.addWidget(self.said)
        detail_layout.addWidget(self.state_caption)
        detail_layout.addWidget(self.changes)
        detail_layout.addWidget(self.state, 1)
        return detail

    def _connect(self) -> None:
        """The buttons, and ←/→ (PgUp/PgDn) through the steps anywhere in the view."""
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.record.returnPressed.connect(self._on_open_button_clicked)
        self.previous_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.moment_button.clicked.connect(self._on_moment_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        for key, step in (
            (Qt.Key.Key_Left, self.previous),
            (Qt.Key.Key_PageUp, self.previous),
            (Qt.Key.Key_Right, self.next),
            (Qt.Key.Key_PageDown, self.next),
        ):
            key_inside(self, key, step)

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.record.setPlaceholderText(
            self.tr("Record id, unit, ticket number or pass code — or open it from the log")
        )
        self.open_button.setText(self.tr("Show its life"))
        self.model.set_headings(
            [self.tr("Step"), self.tr("Recorded"), self.tr("By"), self.tr("Event")]
        )
        self.said_caption.setText(self.tr("What the event said"))
        self.said.set_headings(self.tr("Field"), self.tr("Value"))
        self.state_caption.setText(self.tr("The record after this step (changes marked)"))
        self.state.set_headings(self.tr("Field"), self.tr("Now"), self.tr("Before"))
        self.previous_button.setText(self.tr("◀ Previous"))
        self.previous_button.setToolTip(self.tr("Previous step (← or Page Up)"))
        self.next_button.setText(self.tr("Next ▶"))
        self.next_button.setToolTip(self.tr("Next step (→ or Page Down)"))
        self.moment_button.setText(self.tr("The desk at this step"))
        self.moment_button.setToolTip(
            self.tr("Show every workspace as it stood right after this step (read-only)")
        )
        self.right.empty.setText(
            self.tr(
                "Choose an event in the log and open its timeline,\nor paste a record's id above."
            )
        )
        self._show_title()
        self._show_step()

    # --- loading --------------------------------------------------------------------------

    def show_record(self, record_id: str) -> None:
        """Read the record's life off the GUI thread, then show its last step."""
        self.record.setText(record_id)
        self.record_id = record_id.strip()
        self.generation += 1
        self.error.hide()
        if not self.record_id:
            self._set_steps([], 0)
            return
        desk = self.live.desk
        try:  # a unit, a ticket, a pass code or a letter's reference: its record
            with self.live.live_models.reading() as db:
                wanted = record_for_reference(
                    desk, self.live.live_models, db, self.record_id, desk.now()
                )
        except DomainError as problem:
            self._show_error(str(problem))
            return
        timeline = desk.timeline
        self.title.setText(self.tr("Reading the record's life…"))
        self.job = Job(lambda _progress: timeline(wanted), self)
        self.job.succeeded.connect(partial(self._on_timeline_read, self.generation))
        self.job.failed.connect(partial(self._on_timeline_failed, self.generation))
        self.job.start()

    def refresh(self) -> None:
        """The moment shown changed: read the same record again."""
        if self.record_id:
            self.show_record(self.record_id)

    def _on_timeline_read(self, generation: int, steps: list[Any]) -> None:
        if generation != self.generation:
            return
        as_of = self.live.as_of
        shown = [s for s in steps if as_of is None or s.row.timestamp <= as_of]
        self._set_steps(shown, len(steps) - len(shown))

    def _on_timeline_failed(self, generation: int, problem: BaseException) -> None:
        if generation != self.generation:
            return
        self._show_error(str(problem) if isinstance(problem, DomainError) else repr(problem))

    def _show_error(self, message: str) -> None:
        self._set_steps([], 0)
        self.error.setText(message)
        self.error.show()

    def _set_steps(self, steps: list[Any], hidden_later: int) -> None:
        self.steps = steps
        self.hidden_later = hidden_later
        self.model.set_rows(list(enumerate(steps, 1)))  # (step number, step)
        self.later.setVisible(hidden_later > 0)
        self.later.setText(
            self.tr("Steps after the moment shown, not listed: {n}").format(n=hidden_later)
        )
        self._show_title()
        self.step_to(len(steps) - 1 if steps else -1)

    def _show_title(self) -> None:
        if not self.steps:
            self.title.setText(
                self.tr("Not yet recorded at the moment shown.") if self.hidden_later else ""
            )
            return
        first = self.steps[0].row
        zone = self.live.desk.timezone
        said = summary(first.data, zone)
        self.title.setText(
            self.tr("{record} {id} · {n} steps").format(
                record=record_name(first.aggregate), id=first.aggregate_id[:8], n=len(self.steps)
            )
            + (f"\n{said}" if said else "")
        )

    # --- stepping -------------------------------------------------------------------------

    def step_to(self, index: int) -> None:
        if not self.steps:
            self.index = -1
        else:
            self.index = max(0, min(index, len(self.steps) - 1))
            selected = self.table.selectionModel().selectedRows()
            if not selected or selected[0].row() != self.index:
                self.table.selectRow(self.index)
        self._show_step()

    def previous(self) -> None:
        if self.index > 0:
            self.step_to(self.index - 1)

    def next(self) -> None:
        if 0 <= self.index < len(self.steps) - 1:
            self.step_to(self.index + 1)

    def current(self) -> Any:
        return self.steps[self.index] if 0 <= self.index < len(self.steps) else None

    def _show_step(self) -> None:
        step = self.current()
        self.right.show_detail(step is not None)
        self.previous_button.setEnabled(step is not None and self.index > 0)
        self.next_button.setEnabled(step is not None and self.index < len(self.steps) - 1)
        self.moment_button.setEnabled(step is not None)
        if step is None:
            self.position.setText("")
            return
        row, zone = step.row, self.live.desk.timezone
        self.position.setText(
            self.tr("Step {n} of {total}").format(n=self.index + 1, total=len(self.steps))
        )
        self.step_title.setText(event_name(row.aggregate, row.type))
        self.step_meta.setText(
            self.tr("{moment} · by {operator} at desk {desk} · log position #{position}").format(
                moment=row.timestamp.astimezone(zone).strftime(MOMENT),
                operator=row.operator or "—",
                desk=row.desk or "—",
                position=row.position,
            )
        )
        self.said.show_fields(row.data, zone)
        before = self.steps[self.index - 1].state if self.index > 0 else None
        self.state.show_fields(step.state, zone, before)
        changed = self.state.changed_fields
        if before is None:
            self.changes.setText(self.tr("The record begins here."))
        elif changed:
            names = ", ".join(field_name(key) for key in changed)
            self.changes.setText(self.tr("Changed: {fields}").format(fields=names))
            self.state.scroll_to_field(changed[0])
        else:
            self.changes.setText(self.tr("The record's fields did not change."))

    def _on_table_selection_changed(self, *_: Any) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].row() != self.index:
            self.index = rows[0].row()
            self._show_step()

    def _on_open_button_clicked(self) -> None:
        self.show_record(self.record.text())

    def _on_moment_button_clicked(self) -> None:
        step = self.current()
        if step is not None:
            self.show_moment.emit(step.row.timestamp)
