"""Incidents: report and tell the resident the ticket; the board by time left, counting down;
one ticket's timeline and the steps its state allows; the Emergency action."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.incidents.emergency import EmergencyDialog
from desktop.incidents.panel import PAGE_STYLE, IncidentPanel
from desktop.incidents.report import ReportForm
from desktop.labels import label
from desktop.live import LiveDesk
from desktop.widgets.incident_rows import IncidentRowsModel
from desktop.widgets.page import Page
from desktop.widgets.print_key import print_key
from desktop.widgets.quiet import set_flag, set_text
from desktop.widgets.table_model import Column
from desktop.widgets.tables import RowTable
from projections.incident_board import IncidentRow

COUNTDOWN_MS = 1000
VIEWS = ("open", "breached", "callbacks", "all")


def _late(row: IncidentRow) -> bool:
    return row.response_breached or row.resolution_breached


class IncidentsPage(Page):
    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(live, parent)
        self.setStyleSheet(PAGE_STYLE)
        self.read_only = False
        self.emergency: EmergencyDialog | None = None
        self.view = QComboBox()
        for key in VIEWS:
            self.view.addItem("", key)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.summary = QLabel()
        self.summary.setObjectName("Summary")
        self.print_report = QPushButton()
        self.print_report.clicked.connect(self._on_print_report_clicked)
        print_key(self.print_report)  # Ctrl+P: the period to print, then Ctrl+P again
        self.new_report = QPushButton()
        self.new_report.setProperty("primary", True)
        self.board = IncidentRowsModel(
            [
                Column("", lambda r: r.ticket, alert=_late),
                Column("", lambda r: label(r.severity)),
                Column("", lambda r: f"{label(r.category)} · {r.location}"),
                Column("", self._state_text),
                Column("", lambda r: r.assignee),
                Column("", lambda r: r.deadline),
                Column("", lambda r: r.countdown, alert=_late, align_right=True),
            ],
            live.desk.timezone,
        )
        self.table = RowTable(self.board)
        self.table.fit_to_width(stretch_column=2)
        self.form = ReportForm(live)
        self.panel = IncidentPanel(live)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.form, "")
        self.tabs.addTab(self.panel, "")

        tools = QHBoxLayout()
        tools.setSpacing(8)
        tools.addWidget(self.view)
        tools.addWidget(self.search, 1)
        tools.addWidget(self.summary)
        tools.addWidget(self.print_report)
        tools.addWidget(self.new_report)
        board_box = QWidget()
        board_layout = QVBoxLayout(board_box)
        board_layout.setContentsMargins(14, 12, 6, 12)
        board_layout.setSpacing(8)
        board_layout.addLayout(tools)
        board_layout.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(board_box)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 420])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.view.currentIndexChanged.connect(self._on_view_current_index_changed)
        self.table.filter_as_typed(self.search)
        self.new_report.clicked.connect(self._on_new_report_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.row_activated.connect(self._on_table_row_activated)
        self.form.reported.connect(self._on_form_reported)
        self.form.open_ticket.connect(self._on_form_open_ticket)
        self.panel.recorded.connect(self._on_panel_recorded)
        shortcut = QShortcut(QKeySequence("Ctrl+N"), self)  # active while the page is shown
        shortcut.activated.connect(self._on_new_report_clicked)
        self.countdown = QTimer(self)
        self.countdown.timeout.connect(self._on_countdown_timeout)
        self.countdown.start(COUNTDOWN_MS)
        self._restoring = False
        self.retranslate()

    # --- texts ----------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Incidents")

    def retranslate(self) -> None:
        names = {
            "open": self.tr("Open — least time left first"),
            "breached": self.tr("Late (deadline missed)"),
            "callbacks": self.tr("Callbacks due"),
            "all": self.tr("All, newest first"),
        }
        for index in range(self.view.count()):
            self.view.setItemText(index, names[self.view.itemData(index)])
        self.search.setPlaceholderText(self.tr("Filter: ticket, place, person…"))
        self.new_report.setText(self.tr("New report (Ctrl+N)"))
        self.print_report.setText(self.tr("Emergency report (Ctrl+P)…"))
        self.board.set_headings(
            [
                self.tr("Ticket"),
                self.tr("Severity"),
                self.tr("What and where"),
                self.tr("State"),
                self.tr("Assigned"),
                self.tr("Due by"),
                self.tr("Left"),
            ]
        )
        self.tabs.setTabText(0, self.tr("New report"))
        self.form.retranslate()
        self.panel.retranslate()
        self._set_panel_tab_text()
        if self.emergency is not None:
            self.emergency.retranslate()
        self.refresh()

    def _state_text(self, row: IncidentRow) -> str:
        if row.urgent:
            return self.tr("Not acknowledged — respond now")
        text = label(row.state)
        return f"{text} ↑{row.level}" if row.level > 1 else text

    def _set_panel_tab_text(self) -> None:
        row = self.panel.row
        self.tabs.setTabText(1, row.ticket if row else self.tr("Ticket"))

    # --- reading --------------------------------------------------------------------------

    def _rows(self, now: datetime) -> list[IncidentRow]:
        board = self.live.models.incident_board
        view = self.view.currentData()
        query = {
            "open": board.open,
            "breached": board.breached,
            "callbacks": board.callbacks_due,
            "all": board.all,
        }[view]
        return self.live.read(lambda db: query(db, now))

    def _show_rows(self, rows: list[IncidentRow]) -> None:
        self.board.update_rows(rows, key=lambda r: r.incident_id)
        late = sum(1 for r in rows if _late(r))
        text = self.tr("Shown: {n}").format(n=len(rows))
        if late:
            text += " · " + self.tr("late: {n}").format(n=late)
        set_text(self.summary, text)
        set_flag(self.summary, "alert", late > 0)
        self._select(self.panel.incident_id)

    def refresh(self) -> None:
        now = self.live.now()
        self._show_rows(self._rows(now))
        files = self.live.models.resident_files
        units = self.live.read(files.occupied_units)
        self.form.set_units(units)
        self.panel.reload()
        self._set_panel_tab_text()

    def _on_countdown_timeout(self) -> None:
        if not self.isVisible():
            return
        now = self.live.now()
        self._show_rows(self._rows(now))
        self.panel.tick(now)

    # --- selection ------------------------------------------------------------------------

    def _select(self, incident_id: str) -> None:
        """Select the row of an incident, if it is in the list, without switching tabs."""
        selection = self.table.selectionModel()
        current = self.table.selected_row()
        if current is not None and current.incident_id == incident_id:
            return
        self._restoring = True
        try:
            for row, found in enumerate(self.board.rows()):
                if found.incident_id == incident_id:
                    index = self.table.proxy.mapFromSource(self.board.index(row, 0))
                    self.table.selectRow(index.row())
                    return
            if selection.hasSelection():
                selection.clearSelection()
        finally:
            self._restoring = False

    def _on_table_selection_changed(self, *_: Any) -> None:
        if self._restoring:
            return
        row = self.table.selected_row()
        if row is not None:
            self._open(row.incident_id)

    def _on_table_row_activated(self, row: IncidentRow | None) -> None:
        if row is not None:
            self._open(row.incident_id)

    def _open(self, incident_id: str) -> None:
        self.panel.show_incident(incident_id)
        self._set_panel_tab_text()
        self.tabs.setCurrentWidget(self.panel)

    def show_record(self, kind: str, record_id: str) -> None:
        if kind != "incident":
            return
        if all(r.incident_id != record_id for r in self.board.rows()):
            self.view.setCurrentIndex(self.view.findData("all"))
        self._open(record_id)
        self._select(record_id)

    # --- actions --------------------------------------------------------------------------

    def _on_view_current_index_changed(self) -> None:
        self.board.set_rows([])
        self._show_rows(self._rows(self.live.now()))

    def _on_print_report_clicked(self) -> None:
        from desktop.incidents.emergency_report import EmergencyReportDialog

        EmergencyReportDialog(self.live, parent=self).exec()

    def start_work(self) -> None:
        """Ctrl+5: a new report; it is a repair unless said otherwise, so the cursor is on
        what broke."""
        self._on_new_report_clicked()
        if not self.read_only:
            self.form.category.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_new_report_clicked(self) -> None:
        if self.read_only:
            return
        self.tabs.setCurrentWidget(self.form)
        self.form.start()

    def _on_form_reported(self, incident_id: str) -> None:
        self.refresh()
        self.panel.show_incident(incident_id)
        self._set_panel_tab_text()
        self._select(incident_id)

    def _on_form_open_ticket(self, incident_id: str) -> None:
        self.show_record("incident", incident_id)

    def _on_panel_recorded(self) -> None:
        self.refresh()

    def start_emergency(self, parent: QWidget | None = None) -> EmergencyDialog | None:
        """The Emergency button: the short report, its first steps, and who is on site.
        `parent` is the dialog open when F12 was pressed: the report opens over it."""
        if self.read_only:
            return None
        if self.emergency is not None and self.emergency.isVisible():
            self.emergency.raise_()
            self.emergency.activateWindow()
            return self.emergency
        self.emergency = EmergencyDialog(self.live, parent or self)
        self.emergency.finished.connect(self._on_emergency_finished)
        self.emergency.open()
        return self.emergency

    def _on_emergency_finished(self) -> None:
        dialog = self.emergency
        self.emergency = None
        if dialog is not None:
            dialog.deleteLater()
        if not self.isVisible():
            return  # the window is closing: nothing to show, the store may be closed
        if dialog is not None and dialog.incident_id:
            self.show_record("incident", dialog.incident_id)
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.new_report.setEnabled(not read_only)
        self.form.set_read_only(read_only)
        self.panel.set_read_only(read_only)
        if read_only and self.panel.row is None:
            self.tabs.setCurrentWidget(self.panel)
