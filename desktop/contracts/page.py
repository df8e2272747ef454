"""Contracts: the renewal calendar as a calendar (end dates and notice-due dates marked) and
as lists; signing, amendments, renewal notices (with the letter), renewals, termination,
breaches and renovation deposits."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.contracts.actions import (
    AmendDialog,
    BreachDialog,
    NoticeDialog,
    RenewDialog,
    TerminateDialog,
)
from desktop.contracts.calendar import CalendarCard
from desktop.contracts.deposit import DepositDialog, RefundDialog
from desktop.contracts.letter import print_renewal_letter
from desktop.contracts.lists import (
    ACTIONS,
    LISTS,
    allowed_actions,
    day_query,
    is_late,
    is_notice_late,
    list_query,
    read_contracts,
)
from desktop.contracts.sign import SignContractDialog
from desktop.labels import label
from desktop.live import LiveDesk
from desktop.widgets import keyboard
from desktop.widgets.page import Page
from desktop.widgets.quiet import set_flag, set_text
from desktop.widgets.table_model import Column, RowTableModel
from desktop.widgets.tables import RowTable
from domain.errors import DomainError
from projections.renewal_calendar import ContractRow

STYLE = """
QFrame#Card { background: white; border: 1px solid #d9dee5; border-radius: 6px; }
QLabel#Caption { color: #718096; }
QLabel#Value[alert="true"] { color: #c53030; font-weight: bold; }
QLabel#Hint { color: #718096; }
QLabel#SectionTitle { font-size: 15px; font-weight: bold; color: #1a202c; }
QLabel#Summary { color: #4a5568; font-weight: bold; }
QLabel#Summary[alert="true"] { color: #c53030; }
QLabel#Notice { color: #276749; }
QLabel#Notice[alert="true"] { color: #c53030; }
QLabel#Swatch { border: 1px solid #cbd5e0; min-width: 12px; max-width: 12px; min-height: 12px;
    max-height: 12px; }
QLabel#DayFilter { background: #ebf8ff; color: #2c5282; padding: 4px 8px; border-radius: 4px; }
QCalendarWidget QToolButton { color: #1a202c; font-weight: bold; padding: 2px 6px; }
QCalendarWidget QWidget#qt_calendar_navigationbar { background: #edf2f7; }
"""


class ContractsPage(Page):
    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(live, parent)
        self.setStyleSheet(STYLE)
        self.read_only = False
        self.day: date | None = None
        self.dialog: QDialog | None = None
        self.output: Any = None  # where printed letters go (a fake in tests)
        self.selected: ContractRow | None = None
        self._names: dict[str, str] = {}

        self.card = CalendarCard(live.desk.timezone)  # the calendar and the selected contract
        self.calendar = self.card.calendar
        self.day_filter, self.show_list = self.card.day_filter, self.card.show_list
        self.values = self.card.values
        tools = self._build_tools()
        self._build_table()
        actions = self._build_actions()
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addLayout(tools)
        right.addWidget(self.table, 1)
        right.addLayout(actions)
        right.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(12)
        layout.addWidget(self.card)
        layout.addLayout(right, 1)
        self._connect()
        self.retranslate()

    def _build_tools(self) -> QHBoxLayout:
        """Which list, how many days ahead, the filter, the count, Sign contract…"""
        self.list = QComboBox()
        for key in LISTS:
            self.list.addItem("", key)
        self.days = QSpinBox()
        self.days.setRange(1, 730)
        self.days.setValue(90)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.summary = QLabel()
        self.summary.setObjectName("Summary")
        self.sign = QPushButton()
        self.sign.setProperty("primary", True)
        tools = QHBoxLayout()
        tools.setSpacing(8)
        tools.addWidget(self.list)
        tools.addWidget(self.days)
        tools.addWidget(self.search, 1)
        tools.addWidget(self.summary)
        tools.addWidget(self.sign)
        return tools

    def _build_table(self) -> None:
        self.model = RowTableModel(
            [
                Column("", lambda r: r.unit),
                Column("", lambda r: self._names.get(r.household_id, "")),
                Column("", lambda r: label(r.kind)),
                Column("", lambda r: r.end),
                Column("", lambda r: r.notice_due, alert=self._notice_late),
                Column("", lambda r: label(r.status(self.live.today())), alert=self._late),
                Column("", lambda r: r.monthly_fee, align_right=True),
                Column("", lambda r: r.deposit_held if r.deposit else None, align_right=True),
            ],
            self.live.desk.timezone,
        )
        self.table = RowTable(self.model)
        self.table.fit_to_width(stretch_column=1)

    def _build_actions(self) -> QHBoxLayout:
        """A button an action on the contract selected, and what the last one did."""
        self.buttons = {name: QPushButton() for name in ACTIONS}
        keyboard.mark_destructive(self.buttons["terminate"])
        self.message = QLabel()
        self.message.setObjectName("Notice")
        self.message.setWordWrap(True)
        actions = QHBoxLayout()
        actions.setSpacing(6)
        for name in ACTIONS:
            actions.addWidget(self.buttons[name])
            self.buttons[name].clicked.connect(getattr(self, f"_on_{name}_clicked"))
        actions.addStretch()
        return actions

    def _connect(self) -> None:
        self.card.day_chosen.connect(self._on_card_day_chosen)
        self.card.list_chosen.connect(self._on_card_list_chosen)
        self.card.month_changed.connect(self._on_card_month_changed)
        self.list.currentIndexChanged.connect(self._on_list_current_index_changed)
        self.days.valueChanged.connect(self._on_days_value_changed)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.sign.clicked.connect(self._on_sign_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)

    # --- texts ----------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Contracts")

    def retranslate(self) -> None:
        lists = {
            "ending": self.tr("Ending within"),
            "notices_due": self.tr("Renewal notices due within"),
            "overdue": self.tr("Renewal notices overdue"),
            "expired": self.tr("Expired, not renewed"),
            "deposits": self.tr("Renovation deposits"),
            "all": self.tr("All contracts"),
        }
        for index in range(self.list.count()):
            self.list.setItemText(index, lists[self.list.itemData(index)])
        self.days.setSuffix(" " + self.tr("days"))
        self.search.setPlaceholderText(self.tr("Filter: unit, name…"))
        self.sign.setText(self.tr("Sign contract…"))
        self.card.retranslate()
        self.model.set_headings(
            [
                self.tr("Unit"),
                self.tr("Household"),
                self.tr("Kind"),
                self.tr("Ends"),
                self.tr("Notice due"),
                self.tr("Status"),
                self.tr("Fee ¥/month"),
                self.tr("Deposit held ¥"),
            ]
        )
        texts = {
            "amend": self.tr("Amend…"),
            "notice": self.tr("Send notice…"),
            "renew": self.tr("Renew…"),
            "terminate": self.tr("Terminate…"),
            "breach": self.tr("Breach…"),
            "deposit": self.tr("Deposit paid…"),
            "refund": self.tr("Refund deposit…"),
        }
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.buttons["terminate"].setToolTip(self.tr("Only a supervisor terminates a contract."))
        self.refresh()

    # --- reading --------------------------------------------------------------------------

    def _late(self, row: ContractRow) -> bool:
        return is_late(row, self.live.today())

    def _notice_late(self, row: ContractRow) -> bool:
        return is_notice_late(row, self.live.today())

    def refresh(self) -> None:
        calendar = self.live.models.renewal_calendar
        files = self.live.models.resident_files
        key, today = self.list.currentData(), self.live.today()
        if self.day is None:
            query = list_query(calendar, key, today, self.days.value())
        else:
            query = day_query(calendar, self.day)
        shown = self.card.shown_days()
        found = self.live.read(read_contracts(calendar, files, query, today, shown))
        self._names = found["names"]
        self.card.mark(found["marks"], today)
        rows = found["listed"]
        self.model.update_rows(rows, key=lambda r: r.contract_id)
        late = sum(1 for r in rows if self._late(r))
        text = self.tr("Contracts: {n}").format(n=len(rows))
        if late:
            text += " · " + self.tr("late: {n}").format(n=late)
        set_text(self.summary, text)
        set_flag(self.summary, "alert", late > 0)
        if self.selected is not None:
            contract_id = self.selected.contract_id
            self.selected = self.live.read(lambda db: calendar.get(db, contract_id))
        self._select(self.selected.contract_id if self.selected else "")
        self._show_selected()

    def _on_card_month_changed(self) -> None:
        """Another month shown: its marks, as the calendar has them now."""
        if self.live.opening:
            return
        calendar, today = self.live.models.renewal_calendar, self.live.today()
        shown = self.card.shown_days()
        self.card.mark(self.live.read(lambda db: calendar.marks(db, today, shown)), today)

    # --- the selected contract ------------------------------------------------------------

    def _select(self, contract_id: str) -> None:
        self.table.selectionModel().blockSignals(True)
        try:
            for row, found in enumerate(self.model.rows()):
                if found.contract_id == contract_id:
                    index = self.table.proxy.mapFromSource(self.model.index(row, 0))
                    self.table.selectRow(index.row())
                    return
            self.table.clearSelection()
        finally:
            self.table.selectionModel().blockSignals(False)
            self.table.viewport().update()

    def _on_table_selection_changed(self, *_: Any) -> None:
        row = self.table.selected_row()
        if row is not None:
            self.selected = row
            self.message.clear()
            self._show_selected()

    def show_record(self, kind: str, record_id: str) -> None:
        if kind != "contract":
            return
        calendar = self.live.models.renewal_calendar
        row = self.live.read(lambda db: calendar.get(db, record_id))
        if row is None:
            return
        self.day = None
        self.card.day_box.hide()
        self.selected = row
        if all(r.contract_id != record_id for r in self.model.rows()):
            self.list.setCurrentIndex(self.list.findData("all"))
        self.refresh()

    def _show_selected(self) -> None:
        row = self.selected
        household = self._names.get(row.household_id, "") if row else ""
        late = row is not None and self._late(row)
        self.card.show_contract(row, household, self.live.today(), late)
        self._enable()

    def _enable(self) -> None:
        allowed = allowed_actions(self.selected, self.live.role)
        for name, button in self.buttons.items():
            button.setEnabled(allowed[name] and not self.read_only)
        self.sign.setEnabled(not self.read_only)

    # --- list and calendar ----------------------------------------------------------------

    def _on_card_day_chosen(self, day: date) -> None:
        self.day = day
        self.refresh()
        self.card.show_day(day, self.model.rowCount())

    def _on_card_list_chosen(self) -> None:
        self.day = None
        self.refresh()

    def _on_list_current_index_changed(self) -> None:
        self.days.setVisible(self.list.currentData() in ("ending", "notices_due"))
        self.card.day_box.hide()
        self._on_card_list_chosen()

    def _on_days_value_changed(self) -> None:
        self.refresh()

    def _on_search_text_changed(self, text: str) -> None:
        self.table.proxy.set_filter_text(text)

    # --- actions --------------------------------------------------------------------------

    def _say(self, text: str, alert: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("alert", alert)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def _step(self, command: Callable[..., Any]) -> Callable[..., None]:
        assert self.selected is not None
        contract_id = self.selected.contract_id

        def run(*args: Any) -> None:
            self.live.run(command, contract_id, *args)

        return run

    def _open(self, dialog: QDialog, said: str | Callable[[], str]) -> QDialog:
        self.dialog = dialog

        def done() -> None:
            self.refresh()
            self._say(said() if callable(said) else said)

        dialog.accepted.connect(done)
        dialog.open()
        return dialog

    def _on_sign_clicked(self) -> QDialog | None:
        if self.read_only:
            return None
        files = self.live.models.resident_files
        units = self.live.read(files.occupied_units)
        dialog = SignContractDialog(self.live, units, self)

        def signed() -> str:
            self.show_record("contract", dialog.contract_id)
            return self.tr("Contract signed for {unit}.").format(unit=dialog.unit.unit())

        return self._open(dialog, signed)

    def _act(self, dialog: Callable[..., QDialog], command: Callable[..., Any], said: str) -> None:
        """The dialog of an action on the contract selected; what it did, once accepted."""
        assert self.selected is not None
        self._open(dialog(self.selected, self._step(command), self), said)

    def _on_amend_clicked(self) -> None:
        desk = self.live.desk
        self._act(AmendDialog, desk.amend_contract, self.tr("Amendment recorded."))

    def _on_notice_clicked(self) -> None:
        row = self.selected
        assert row is not None
        desk = self.live.desk

        def record(channel: str) -> None:
            if dialog.wants_letter():
                # Refused here as its print would be; recorded once the letter is printed.
                desk.renewal_letter_copy_number(row.contract_id)
            else:
                self.live.run(desk.send_renewal_notice, row.contract_id, channel)

        letter_sent = "letter" in desk.get_contract(row.contract_id).notices
        dialog = NoticeDialog(row, True, record, self, letter_sent)

        def sent() -> str:
            if dialog.wants_letter():
                return print_renewal_letter(self.live, row.contract_id, self.output, self)
            if dialog.channel.currentData() == "letter":
                return self.tr("Notice recorded; printing is not available on this desk.")
            return self.tr("Renewal notice recorded.")

        self._open(dialog, sent)

    def _on_renew_clicked(self) -> None:
        desk = self.live.desk
        self._act(RenewDialog, desk.renew_contract, self.tr("Renewed: a new term is on record."))

    def _on_terminate_clicked(self) -> None:
        assert self.selected is not None
        self._open(
            TerminateDialog(
                self.selected,
                self.live.today(),
                self._step(self.live.desk.terminate_contract),
                self,
            ),
            self.tr("Contract terminated."),
        )

    def _on_breach_clicked(self) -> None:
        self._act(BreachDialog, self.live.desk.record_breach, self.tr("Breach recorded."))

    def _on_deposit_clicked(self) -> None:
        desk = self.live.desk
        self._act(DepositDialog, desk.record_deposit, self.tr("Deposit payment recorded."))

    def _on_refund_clicked(self) -> None:
        self._act(RefundDialog, self.live.desk.refund_deposit, self.tr("Refund recorded."))

    def run(self, command: Callable[..., Any], *args: Any) -> bool:
        """Run a command on the selected contract; a refusal is shown under the list."""
        if self.selected is None:
            return False
        try:
            self._step(command)(*args)
        except DomainError as refusal:
            self._say(str(refusal), alert=True)
            return False
        self.refresh()
        return True

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._enable()
