"""Visitors: register at the counter, the host's answer, issue and print the pass, the scan
field at the gate (one key to check in or out), and the lists — on site, awaiting the host,
today, recent."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from desktop.labels import label
from desktop.live import LiveDesk
from desktop.visitors.courier import COURIER_KEY, CourierDialog
from desktop.visitors.pass_panel import PassPanel
from desktop.visitors.register import RegistrationForm
from desktop.visitors.scan import ScanCard
from desktop.visitors.visitor_table import VisitorTableModel, visitor_table_model
from desktop.widgets.forms import key_inside
from desktop.widgets.jobs import Job
from desktop.widgets.page import Page
from desktop.widgets.table_model import ALERT, ROW_ROLE
from desktop.widgets.tables import RowTable
from desktop.widgets.visitor_recall import RECALL_KEY
from desktop.widgets.who_lives_where import WhoLivesWhere

TABS = ("today", "on_site", "awaiting", "recent")


class _Slot(QWidget):
    """Room that claims nothing: it takes what is left, whatever its content would like."""

    def hasHeightForWidth(self) -> bool:
        return False


class VisitorsPage(Page):
    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(live, parent)
        self._lists: dict[str, list[Any]] = {key: [] for key in TABS}
        self._read_at: tuple[Any, int] | None = None  # (moment shown, log position) last read
        self._generation = 0  # how many times the lists were read: a late read is dropped
        self._selected_id = ""
        self.read_only = False
        self.form = RegistrationForm(live)
        self.panel = PassPanel(live, self._lookup, self._settings)
        self.scanner = ScanCard(live, self._lookup)
        self.courier: CourierDialog | None = None
        self.courier_button = QPushButton()
        self.households = WhoLivesWhere(live, self._on_households_read, self)
        self.form.heading_line.insertWidget(2, self.courier_button)  # beside Clear
        self._build_reminders()
        lists_card = self._build_lists()
        self._build_layout(lists_card)
        self._connect()
        self.retranslate()

    def _build_reminders(self) -> None:
        """What to tell the visitor, where the column has room for it."""
        self.reminders = QFrame()
        self.reminders.setObjectName("Card")
        self.reminders_heading = QLabel()
        self.reminders_heading.setObjectName("CardTitle")
        self.reminders_text = QLabel()
        self.reminders_text.setWordWrap(True)
        self.reminders_text.setTextFormat(Qt.TextFormat.RichText)
        reminders_layout = QVBoxLayout(self.reminders)
        reminders_layout.setContentsMargins(16, 12, 16, 12)
        reminders_layout.setSpacing(6)
        reminders_layout.addWidget(self.reminders_heading)
        reminders_layout.addWidget(self.reminders_text)

    def _build_lists(self) -> QFrame:
        """The lists' card: a tab a list, the filter, the table."""
        self.model = visitor_table_model(self.live)
        self.table = RowTable(self.model)
        self.table.setObjectName("visitor_list")  # its column layout is remembered by this name
        # names and codes always whole; the visit's times take what is left
        self.table.fit_to_width(stretch_column=VisitorTableModel.IN_OUT)
        self.tabs = QTabBar()
        self.tabs.setDocumentMode(True)
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        for _ in TABS:
            self.tabs.addTab("")
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(200)
        self.filter.setMaximumWidth(280)
        lists_card = QFrame()
        lists_card.setObjectName("Card")
        tab_line = QHBoxLayout()
        tab_line.addWidget(self.tabs)
        tab_line.addStretch()
        tab_line.addWidget(self.filter)
        lists_layout = QVBoxLayout(lists_card)
        lists_layout.setContentsMargins(12, 8, 12, 10)
        lists_layout.setSpacing(6)
        lists_layout.addLayout(tab_line)
        lists_layout.addWidget(self.table)
        return lists_card

    def _build_layout(self, lists_card: QFrame) -> None:
        """The counter's column (scan, register, reminders) beside the lists and the pass."""
        left = QVBoxLayout()
        left.setSpacing(14)
        left.addWidget(self.scanner)
        left.addWidget(self.form)
        # The reminders take what the form leaves, and show only when they fit there whole:
        # never a reason for the window to grow, never clipped.
        self.reminders_slot = _Slot()
        self.reminders_slot.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        slot = QVBoxLayout(self.reminders_slot)
        slot.setContentsMargins(0, 0, 0, 0)
        slot.addWidget(self.reminders)
        slot.addStretch()
        self.reminders_slot.installEventFilter(self)
        left.addWidget(self.reminders_slot, 1)
        right = QVBoxLayout()
        right.setSpacing(14)
        right.addWidget(lists_card, 1)
        right.addWidget(self.panel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(14)
        self.left_box = QWidget()
        self.left_box.setLayout(left)
        left.setContentsMargins(0, 0, 0, 0)
        self.left_box.setFixedWidth(404)
        layout.addWidget(self.left_box)
        layout.addLayout(right, 1)

    def _connect(self) -> None:
        self.form.registered.connect(self._on_form_registered)
        self.form.registered_confirmed.connect(self._on_form_registered_confirmed)
        self.panel.changed.connect(self._on_panel_changed)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.table.filter_as_typed(self.filter)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.scanner.found.connect(self.select_pass)
        self.panel.register_again.connect(self._on_panel_register_again)
        for holder in (self.table, self.panel):  # F2 on a selected pass: register again
            key_inside(holder, RECALL_KEY, self.panel.again_button.click)
        key_inside(self, COURIER_KEY, self.open_courier)
        self.courier_button.clicked.connect(self.open_courier)

    # --- the page --------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Visitors")

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter: name, unit, code…"))
        self.model.set_headings(
            [
                self.tr("Registered"),
                self.tr("Visitor"),
                self.tr("Unit"),
                self.tr("Kind"),
                self.tr("State"),
                self.tr("Pass"),
                self.tr("Valid until"),
                self.tr("In – out"),
            ]
        )
        self.courier_button.setText(self.tr("Courier  (F6)"))
        self.courier_button.setToolTip(
            self.tr("A quick pass for a courier or food-delivery rider: no ID number")
        )
        self.reminders_heading.setText(self.tr("Before handing over the pass"))
        reminders = [
            self.tr("Check the ID against the person; workers also show their work ID."),
            self.tr("Tell the time limit: staying longer means registering again."),
            self.tr("Drive slowly, keep quiet, keep valuables with you."),
            self.tr("Do not lend access cards or let strangers in behind you."),
        ]
        self.reminders_text.setText(
            "<table cellspacing='0' cellpadding='2'>"
            + "".join(f"<tr><td>•&nbsp;</td><td>{line}</td></tr>" for line in reminders)
            + "</table>"
        )
        self.form.retranslate()
        self.panel.retranslate()
        self._show_counts()
        self.scanner.retranslate()
        self.refresh()

    def work_starts(self) -> QWidget:
        return self.scanner.field  # a pass to check in or out: the busiest work here

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.form.setEnabled(not read_only)
        self.courier_button.setEnabled(not read_only)
        self.panel.set_read_only(read_only)
        self.scanner.set_read_only(read_only)

    def show_record(self, kind: str, record_id: str) -> None:
        if kind == "visitor":
            self.select_pass(record_id)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.panel.load_settings()

    def _settings(self) -> Any:
        """The main window's QSettings, where this desk's choices are remembered."""
        return getattr(self.window(), "settings", None)

    # --- reading ---------------------------------------------------------------------------

    def _read_lists(self, households: bool = True, recent: bool | None = None) -> dict[str, Any]:
        """The lists; "All recent" (the longest, and shown without a count) only while its
        tab is open, or when asked for."""
        if recent is None:
            recent = TABS[max(0, self.tabs.currentIndex())] == "recent"
        live, models = self.live, self.live.models
        now, today, zone = live.now(), live.today(), live.desk.timezone
        log = models.visitor_log
        files = models.resident_files

        def read(db: Any) -> dict[str, Any]:
            found: dict[str, Any] = {
                # The lists show no phone: none is opened (the pass shown gets its own).
                "today": log.on_day(db, today, zone, now, phones=False),
                "on_site": log.on_site(db, now, phones=False),
                "awaiting": log.by_state(db, "awaiting_host", now, phones=False),
                "recent": log.recent(db, now, phones=False) if recent else [],
            }
            if households:
                found["households"] = files.households_version(db)
            return found

        return live.read(read)

    def refresh(self) -> None:
        self._reload(households=True)

    def _reload(self, households: bool) -> None:
        """The lists again, and the households (who lives where) only when they may have
        changed: a pass's own action never changes them."""
        self._read_at = (self.live.as_of, self.live.live_models.position())
        self._generation += 1
        found = self._read_lists(households)
        if households:
            self.households.refresh(found["households"])
        for key in TABS:
            self._lists[key] = found[key]
        self._show_counts()
        self._show_list()
        if self._selected_id:
            # Read again, never the row shown before: in the past a pass registered later
            # must not appear (it did not exist then).
            self.panel.set_pass(self._find(self._selected_id) or self._lookup(self._selected_id))

    def _on_households_read(self, households: dict[str, str]) -> None:
        self.form.set_households(households)
        self.panel.hosts = households
        if self.courier is not None:
            self.courier.set_households(households)

    def knows_households(self) -> bool:
        """Whether who lives where has been read (the form names the hosts from then on)."""
        return self.households.households is not None

    def _find(self, pass_id: str) -> Any:
        for key in TABS:
            for row in self._lists[key]:
                if row.pass_id == pass_id:
                    return self._with_phone(row)
        return None

    def _with_phone(self, row: Any) -> Any:
        log = self.live.models.visitor_log
        return replace(row, phone=self.live.read(lambda db: log.phone(db, row.pass_id)))

    def _lookup(self, pass_id: str) -> Any:
        """The pass as the visitor log has it now (fresh, whichever list it is in): one
        row read by its id, not every list again."""
        log, now = self.live.models.visitor_log, self.live.now()
        return self.live.read(lambda db: log.get(db, pass_id, now))

    # --- the lists ---------------------------------------------------------------------------

    def _show_counts(self) -> None:
        names = {
            "today": self.tr("Today"),
            "on_site": self.tr("On site"),
            "awaiting": self.tr("Awaiting host"),
            "recent": self.tr("All recent"),
        }
        for index, key in enumerate(TABS):
            count = len(self._lists[key])
            text = names[key] if key == "recent" else f"{names[key]}  {count}"
            self.tabs.setTabText(index, text)
        overstays = any(r.overstayed for r in self._lists["on_site"])
        self.tabs.setTabTextColor(
            TABS.index("on_site"), ALERT if overstays else Qt.GlobalColor.black
        )

    def _show_list(self) -> None:
        key = TABS[max(0, self.tabs.currentIndex())]
        self.model.update_rows(self._lists[key], key=lambda row: row.pass_id)
        if self._selected_id:
            self._select_in_table(self._selected_id)

    def _select_in_table(self, pass_id: str) -> bool:
        for position, row in enumerate(self.model.rows()):
            if row.pass_id == pass_id:
                index = self.table.proxy.mapFromSource(self.model.index(position, 0))
                if not index.isValid():
                    return False
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                return True
        return False

    def select_pass(self, pass_id: str) -> None:
        """Shows the pass in the list (switching to a tab that has it) and in the panel."""
        self._selected_id = pass_id
        if not self._find(pass_id):
            self.refresh()
        if not self._find(pass_id):  # an older pass: is it among the recent ones?
            self._lists["recent"] = self._read_lists(households=False, recent=True)["recent"]
        if not self._select_in_table(pass_id):
            for index, key in enumerate(TABS):
                if any(r.pass_id == pass_id for r in self._lists[key]):
                    self.filter.clear()
                    self.tabs.setCurrentIndex(index)
                    self._select_in_table(pass_id)
                    break
        self.panel.set_pass(self._find(pass_id) or self._lookup(pass_id))

    def _on_tabs_current_changed(self, index: int) -> None:
        if TABS[max(0, index)] == "recent":
            self._read_recent()
        self._show_list()

    def _read_recent(self) -> None:
        """ "All recent" is read off the GUI thread when its tab is opened: the tab shows at
        once what it had, then the fresh list (a refresh meanwhile wins)."""
        live, generation = self.live, self._generation
        log, now = live.models.visitor_log, live.now()
        job = Job(lambda _progress: live.read(lambda db: log.recent(db, now, phones=False)), self)
        job.succeeded.connect(lambda rows: self._on_recent_read(generation, rows))
        job.start()

    def _on_recent_read(self, generation: int, rows: list[Any]) -> None:
        if generation != self._generation:
            return  # the lists were read again meanwhile: those are fresher
        self._lists["recent"] = rows
        if TABS[max(0, self.tabs.currentIndex())] == "recent":
            self._show_list()

    def _on_table_current_row_changed(self, current: Any, _previous: Any) -> None:
        if not current.isValid():
            return
        row = self.table.proxy.data(current, ROW_ROLE)
        if row is not None:
            if row.pass_id != self._selected_id:
                self.panel.say("")  # what was said was about another pass
            if row.pass_id != self.scanner.shown_pass:
                self.scanner.clear_verdict()  # "revoked" was said of the pass scanned
            self._selected_id = row.pass_id
            self.panel.set_pass(self._with_phone(row))

    def _on_form_registered(self, pass_id: str) -> None:
        if TABS[self.tabs.currentIndex()] not in ("today", "awaiting"):
            self.tabs.setCurrentIndex(TABS.index("today"))
        self.select_pass(pass_id)
        row = self.panel.row
        if row is not None:
            self.panel.say(
                self.tr("{name} registered for {unit}. Ask the host to confirm.").format(
                    name=row.name, unit=row.host_unit
                )
            )
        self.panel.confirm_button.setFocus()

    def _on_form_registered_confirmed(self, pass_id: str) -> None:
        self._on_form_registered(pass_id)
        self.panel.confirm_issue_and_print()

    # --- a courier's quick pass ------------------------------------------------------------

    def open_courier(self) -> None:
        """F6: the courier's form over the page; its pass is shown (and printed) here."""
        if self.read_only:
            return
        if self.courier is not None:
            self.courier.deleteLater()
        self.courier = CourierDialog(self.live, self)
        if self.households.households is not None:
            self.courier.set_households(self.households.households)
        self.courier.issued.connect(self._on_courier_issued)
        self.courier.open()
        self.courier.unit.setFocus()

    def _on_courier_issued(self, pass_id: str, print_it: bool) -> None:
        self.tabs.setCurrentIndex(TABS.index("today"))
        self.select_pass(pass_id)
        row = self.panel.row
        if row is not None:
            said = (
                self.tr("{company} for {unit}: pass {code}, valid until {until}.")
                if print_it
                else self.tr("{company} for {unit} checked in, valid until {until}.")
            )
            until = row.valid_until.astimezone(self.live.desk.timezone) if row.valid_until else None
            self.panel.say(
                said.format(
                    company=row.company or label("delivery"),
                    unit=row.host_unit,
                    code=row.code,
                    until=until.strftime("%H:%M") if until else "",
                )
            )
        if print_it:
            self.panel.print_pass()

    def _on_panel_register_again(self, pass_id: str) -> None:
        if not self.read_only:
            self.form.fill_from(pass_id)

    def _on_panel_changed(self, pass_id: str) -> None:
        self._selected_id = pass_id
        if self._read_at == (self.live.as_of, self.live.live_models.position()):
            # Read already since the action was recorded (the window refreshes the page
            # shown): only the pass is shown again.
            self._select_in_table(pass_id)
            self.panel.set_pass(self._find(pass_id) or self._lookup(pass_id))
            return
        self._reload(households=False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.reminders_slot and event.type() == QEvent.Type.Resize:
            room = self.reminders_slot.height()
            self.reminders.setVisible(room >= self.reminders.heightForWidth(self.left_box.width()))
        return super().eventFilter(watched, event)
