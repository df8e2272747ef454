"""The history browser: the log in its recorded order, narrowed by time, operator, desk,
event, record and unit, read a page at a time off the GUI thread as the table scrolls, beside
the whole of the event chosen."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.audit.as_of_dialog import from_qdatetime, moment_edit, to_qdatetime
from desktop.audit.event import EventDetail
from desktop.audit.log import Filters, LogModel
from desktop.audit.names import event_name, event_names, record_name, summary
from desktop.labels import label
from desktop.live import LiveDesk
from desktop.widgets.detail_stack import DetailStack, side_column, split_beside
from desktop.widgets.forms import error_label
from desktop.widgets.table_model import Column
from desktop.widgets.tables import RowTable
from domain.errors import DomainError

FILTER_DELAY_MS = 350
MOMENT = "%Y-%m-%d %H:%M:%S"


class HistoryBrowser(QWidget):
    """Filters over the log table, and the chosen event beside it."""

    open_timeline = Signal(str)
    show_moment = Signal(object)

    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self._scroll_to_latest = False
        self._filling = False
        self._loaded_once = False
        self._shown_as_of: datetime | None = None
        self._until_set = False  # the auditor chose the "To" moment: it stays as chosen
        self._following = False  # the "To" moment being moved on to now, not by the auditor
        filters = self._build_filters()
        status_line = self._build_log()
        self.detail = EventDetail(live)
        self.right = DetailStack(self.detail)
        left = side_column(filters, self.filter_error, self.table, status_line, grows=self.table)
        split_beside(self, left, self.right, (800, 380))
        self._connect()

    def _build_filters(self) -> QGridLayout:
        """From, to, operator and desk on one line; event, record and unit on the next."""
        zone = self.live.desk.timezone
        now = self.live.desk.now()
        self.since_check = QCheckBox()
        midnight = now.astimezone(zone).replace(hour=0, minute=0, second=0, microsecond=0)
        self.since = moment_edit(midnight, zone)  # the desk's midnight, not UTC's (08:00)
        self.until_check = QCheckBox()
        self.until = moment_edit(now.replace(microsecond=0), zone)
        for edit in (self.since, self.until):
            edit.setMinimumWidth(172)
            edit.setEnabled(False)
        self.operator = QComboBox()
        self.operator.setMinimumContentsLength(12)
        self.desk = QLineEdit()
        self.desk.setClearButtonEnabled(True)
        self.event_type = QComboBox()
        self.event_type.setMinimumContentsLength(14)
        self.record = QLineEdit()
        self.record.setClearButtonEnabled(True)
        self.unit = QLineEdit()
        self.unit.setClearButtonEnabled(True)
        self.clear_button = QPushButton()
        self.filter_error = error_label()
        filters = QGridLayout()
        filters.setHorizontalSpacing(8)
        filters.setVerticalSpacing(6)
        filters.addWidget(self.since_check, 0, 0)
        filters.addWidget(self.since, 0, 1)
        filters.addWidget(self.until_check, 0, 2)
        filters.addWidget(self.until, 0, 3)
        filters.addWidget(self.operator, 0, 4)
        filters.addWidget(self.desk, 0, 5)
        filters.addWidget(self.event_type, 1, 0, 1, 2)
        filters.addWidget(self.record, 1, 2, 1, 2)
        filters.addWidget(self.unit, 1, 4)
        filters.addWidget(self.clear_button, 1, 5)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)
        filters.setColumnStretch(5, 1)
        return filters

    def _build_log(self) -> QWidget:
        """The log's table, read a page at a time; under it how much is shown, and Earlier."""
        zone = self.live.desk.timezone
        self.model = LogModel(
            self.live.desk,
            [
                Column("", lambda r: r.position, align_right=True),
                Column("", lambda r: r.timestamp.astimezone(zone).strftime(MOMENT)),
                Column("", lambda r: r.operator),
                Column("", lambda r: r.desk),
                Column("", lambda r: event_name(r.aggregate, r.type)),
                Column("", lambda r: f"{record_name(r.aggregate)} {r.aggregate_id[:8]}"),
                Column("", lambda r: summary(r.data, zone)),
            ],
            zone,
        )
        self.table = RowTable(self.model)
        self.table.setObjectName("AuditLog")
        self.table.setSortingEnabled(False)  # the log's own order; pages arrive as it scrolls
        for column, width in enumerate((62, 142, 76, 100, 120, 130)):
            self.table.setColumnWidth(column, width)
        self.status = QLabel()
        self.status.setObjectName("Hint")
        self.earlier = QPushButton()
        self.earlier.clicked.connect(self.model.fetch_earlier)
        status_line = QWidget()
        status_layout = QHBoxLayout(status_line)
        status_layout.setContentsMargins(0, 0, 0, 0)
        status_layout.addWidget(self.status, 1)
        status_layout.addWidget(self.earlier)
        return status_line

    def _connect(self) -> None:
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(FILTER_DELAY_MS)
        self.timer.timeout.connect(self.apply_filters)
        self.since_check.toggled.connect(self._on_since_check_toggled)
        self.until_check.toggled.connect(self._on_until_check_toggled)
        self.since.dateTimeChanged.connect(self._on_filter_edited)
        self.until.dateTimeChanged.connect(self._on_until_date_time_changed)
        self.operator.currentIndexChanged.connect(self.apply_filters)
        self.event_type.currentIndexChanged.connect(self.apply_filters)
        for line in (self.desk, self.record, self.unit):
            line.textChanged.connect(self._on_filter_edited)
            line.returnPressed.connect(self.apply_filters)
        self.clear_button.clicked.connect(self.clear_filters)
        self.model.loading_changed.connect(self._show_status)
        self.model.rowsInserted.connect(self._show_status)
        self.model.rowsInserted.connect(self._on_model_rows_inserted)
        self.model.failed.connect(self._on_model_failed)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.row_activated.connect(self._on_table_row_activated)
        self.detail.open_timeline.connect(self.open_timeline)
        self.detail.show_moment.connect(self.show_moment)

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._filling = True
        try:
            self.earlier.setText(self.tr("Earlier events…"))
            self.since_check.setText(self.tr("From"))
            self.until_check.setText(self.tr("To"))
            self._fill_operators()
            self._fill_event_types()
        finally:
            self._filling = False
        self.desk.setPlaceholderText(self.tr("Any desk"))
        self.record.setPlaceholderText(self.tr("Record id (paste)"))
        self.unit.setPlaceholderText(self.tr("Unit, e.g. 3-2-1502"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.model.set_headings(
            [
                self.tr("#"),
                self.tr("Recorded"),
                self.tr("Operator"),
                self.tr("Desk"),
                self.tr("Event"),
                self.tr("Record"),
                self.tr("What it says"),
            ]
        )
        self.right.empty.setText(
            self.tr(
                "Choose an event to see all it says.\nDouble-click (or Enter) opens the "
                "timeline of its record."
            )
        )
        self.detail.retranslate()
        self._show_status()

    def _fill_operators(self) -> None:
        chosen = self.operator.currentData()
        self.operator.clear()
        self.operator.addItem(self.tr("Any operator"), None)
        try:
            roster = self.live.desk.list_staff()
        except DomainError:
            roster = {}
        for username in sorted(roster):
            self.operator.addItem(f"{username} · {label(roster[username])}", username)
        self.operator.setCurrentIndex(max(0, self.operator.findData(chosen)))

    def _fill_event_types(self) -> None:
        chosen = self.event_type.currentData()
        self.event_type.clear()
        self.event_type.addItem(self.tr("Any event"), None)
        for code, name in sorted(event_names().items()):
            self.event_type.addItem(f"{record_name(code.partition('.')[0])} · {name}", code)
        self.event_type.setCurrentIndex(max(0, self.event_type.findData(chosen)))

    # --- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """The first time, or when the moment shown changed, read the log from its start;
        when live and the end was reached, read what was recorded since."""
        as_of = self.live.as_of
        if not self.until_check.isChecked():
            self._until_follows_now()
        if not self._loaded_once or as_of != self._shown_as_of:
            self.apply_filters()
        elif as_of is None and self.model.at_end and not self.model.loading:
            self.model.at_end = False
            self.model.fetchMore()

    def filters(self) -> Filters:
        zone = self.live.desk.timezone

        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        until = None
        if self.until_check.isChecked():
            until = from_qdatetime(self.until.dateTime(), zone)
        if self.live.as_of is not None:  # the past being shown: nothing after it
            until = self.live.as_of if until is None else min(until, self.live.as_of)
        return Filters(
            since=from_qdatetime(self.since.dateTime(), zone)
            if self.since_check.isChecked()
            else None,
            until=until,
            operator=self.operator.currentData(),
            desk=text(self.desk),
            event_type=self.event_type.currentData(),
            aggregate_id=text(self.record),
            unit=text(self.unit),
        )

    def apply_filters(self) -> None:
        if self._filling:
            return
        self.timer.stop()
        self.filter_error.hide()
        self.detail.row = None
        self.right.show_detail(False)
        self._loaded_once = True
        self._shown_as_of = self.live.as_of
        self._scroll_to_latest = True
        self.model.reload(self.filters())

    def clear_filters(self) -> None:
        self._filling = True
        try:
            self.since_check.setChecked(False)
            self.until_check.setChecked(False)
            self._until_set = False
            self._until_follows_now()
            self.operator.setCurrentIndex(0)
            self.event_type.setCurrentIndex(0)
            for edit in (self.desk, self.record, self.unit):
                edit.clear()
        finally:
            self._filling = False
        self.apply_filters()

    def show_record(self, record_id: str) -> None:
        self.record.setText(record_id)
        self.apply_filters()

    def _on_filter_edited(self, *_: Any) -> None:
        if not self._filling:
            self.timer.start()

    def _on_since_check_toggled(self, checked: bool) -> None:
        self.since.setEnabled(checked)
        self.apply_filters()

    def _on_until_check_toggled(self, checked: bool) -> None:
        if checked:
            self._until_follows_now()  # "To" ticked later in the day: up to now, not to then
        self.until.setEnabled(checked)
        self.apply_filters()

    def _until_follows_now(self) -> None:
        """Unless the auditor chose the "To" moment, it is now (not when the page was made)."""
        if self._until_set:
            return
        now = self.live.desk.now().replace(microsecond=0)
        self._following = True
        try:
            self.until.setDateTime(to_qdatetime(now, self.live.desk.timezone))
        finally:
            self._following = False

    def _on_until_date_time_changed(self, *_: Any) -> None:
        if not self._following:
            self._until_set = True
            self._on_filter_edited()

    def _on_model_failed(self, message: str) -> None:
        self.filter_error.setText(message)
        self.filter_error.show()
        self._show_status()

    def _on_model_rows_inserted(self, _parent: Any, first: int, _last: int) -> None:
        if self._scroll_to_latest and first == 0 and self.model.has_earlier:
            self._scroll_to_latest = False
            self.table.scrollToBottom()  # opened at the latest page: its end in view
        elif self._scroll_to_latest:
            self._scroll_to_latest = False

    def _show_status(self, *_: Any) -> None:
        self.earlier.setEnabled(self.model.has_earlier and not self.model.loading)
        self.earlier.setVisible(self.model.has_earlier)
        count = self.model.rowCount()
        if self.model.loading:
            text = self.tr("Reading the log… {n} events so far").format(n=count)
        elif not self.model.at_end:
            text = self.tr("{n} events shown · more as you scroll").format(n=count)
        elif self.model.filters.narrowed:
            text = self.tr("{n} matching events").format(n=count)
        else:
            text = self.tr("{n} events").format(n=count)
        if self.live.as_of is not None:
            text += " · " + self.tr("up to the moment shown")
        self.status.setText(text)

    # --- choosing -------------------------------------------------------------------------

    def _on_table_selection_changed(self, *_: Any) -> None:
        row = self.table.selected_row()
        if row is None:
            return
        self.detail.show_row(row)
        self.right.show_detail(True)

    def _on_table_row_activated(self, row: Any) -> None:
        if row is not None:
            self.open_timeline.emit(row.aggregate_id)

    def rows(self) -> list[Any]:
        return self.model.rows()
