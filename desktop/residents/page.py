"""Residents (住户档案): search as you type (name, unit, phone, plate), the household's whole
file, the move-in wizard, corrections with their reasons, the follow-up call and the move-out."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.live import LiveDesk
from desktop.residents import corrections as dialogs
from desktop.residents.file import ResidentFileView, card
from desktop.residents.move_in_pack import print_move_in_pack
from desktop.residents.move_in_wizard import MoveInWizard
from desktop.widgets.detail_stack import DetailStack, list_beside_detail
from desktop.widgets.page import Page
from desktop.widgets.table_model import ROW_ROLE, Column, RowTableModel
from desktop.widgets.tables import RowTable
from domain.values import UnitNumber

SEARCH_DELAY_MS = 150
SELECT = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


class ResidentsPage(Page):
    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(live, parent)
        self.household_id: str | None = None
        self.read_only = live.read_only
        self.dialog: QDialog | None = None
        self.print_output: Any = None  # the printer; tests put a fake here

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(32)
        self.move_in_button = QPushButton()
        self.move_in_button.setProperty("primary", True)
        self.results_model = RowTableModel(
            [
                Column("", lambda h: h.unit),
                Column("", self._household_shown),
                Column("", self._phone_shown),
                Column("", lambda h: h.plates.split(" ")[0] + (" …" if " " in h.plates else "")),
            ],
            live.desk.timezone,
        )
        self.results = RowTable(self.results_model)
        self.results.fit_to_width(1)
        self.results_count = QLabel()
        self.results_count.setStyleSheet("color: #718096;")
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        left = card()
        left.setFixedWidth(440)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 12, 12, 10)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.move_in_button)
        left_layout.addLayout(top)
        left_layout.addWidget(self.results, 1)
        left_layout.addWidget(self.results_count)

        self.view = ResidentFileView(live)
        self.right = DetailStack(self.view)
        self.empty = self.right.empty
        list_beside_detail(self, left, self.right)

        v = self.view
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.search_timer.timeout.connect(self._on_search_timer_timeout)
        self.results.selectionModel().currentRowChanged.connect(self._on_results_current_changed)
        self.move_in_button.clicked.connect(self._on_move_in_button_clicked)
        v.callback_button.clicked.connect(self._on_callback_button_clicked)
        v.move_out_button.clicked.connect(self._on_move_out_button_clicked)
        v.print_button.clicked.connect(self._on_print_button_clicked)
        v.correct_phone_button.clicked.connect(self._on_correct_phone_button_clicked)
        v.add_member_button.clicked.connect(self._on_add_member_button_clicked)
        v.remove_member_button.clicked.connect(self._on_remove_member_button_clicked)
        v.reveal_button.clicked.connect(self._on_reveal_button_clicked)
        v.add_vehicle_button.clicked.connect(self._on_add_vehicle_button_clicked)
        v.remove_vehicle_button.clicked.connect(self._on_remove_vehicle_button_clicked)
        v.tables["former"].row_activated.connect(
            lambda row: self.show_record("household", row.household_id)
        )
        for key, kind, key_of in (
            ("contracts", "contract", "contract_id"),
            ("visitors", "visitor", "pass_id"),
            ("incidents", "incident", "incident_id"),
            ("activities", "activity", "activity_id"),
        ):
            v.tables[key].row_activated.connect(
                lambda row, kind=kind, key_of=key_of: self.open_record.emit(
                    kind, getattr(row, key_of)
                )
            )
        QShortcut(QKeySequence("Ctrl+F"), self).activated.connect(self.search.setFocus)
        QShortcut(QKeySequence("Ctrl+N"), self).activated.connect(self._on_move_in_button_clicked)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Residents")

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by name, unit, phone or plate"))
        self.search.setToolTip(self.tr("Ctrl+F"))
        self.move_in_button.setText(self.tr("Move in…"))
        self.move_in_button.setToolTip(self.tr("Register a new household (Ctrl+N)"))
        self.empty.setText(self.tr("Search for a household on the left, or move a new one in."))
        self.results_model.set_headings(
            [self.tr("Unit"), self.tr("Household"), self.tr("Phone"), self.tr("Plate")]
        )
        self.view.retranslate()
        self.refresh()

    def _household_shown(self, h: Any) -> str:
        if h.moved_out_on:
            return self.tr("{members} — moved out {date}").format(
                members=h.members, date=h.moved_out_on
            )
        return str(h.members)

    def _phone_shown(self, h: Any) -> str:
        """The phone that matched a search by digits, else the first one."""
        phones = h.phones.split()
        query = "".join(self.search.text().split())
        matching = [p for p in phones if query and query in p]
        shown = (matching or phones or [""])[0]
        return shown + (" …" if len(phones) > 1 else "")

    # --- reading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self._run_search()
        self._load_file()

    def _run_search(self) -> None:
        files = self.live.models.resident_files
        text = self.search.text()
        if text.strip():
            rows = self.live.read(lambda db: files.search(db, text))
            rows.sort(key=lambda h: (not h.living, UnitNumber.parse(h.unit)))
            self.results_count.setText(self.tr("{count} found").format(count=len(rows)))
        else:
            rows = self.live.read(lambda db: files.current(db, limit=200))
            rows.sort(key=lambda h: UnitNumber.parse(h.unit))
            self.results_count.setText(
                self.tr("Households living here, by unit (first {count})").format(count=len(rows))
            )
        self.results_model.set_rows(rows)
        self._select_in_results(self.household_id)

    def _select_in_results(self, household_id: str | None) -> None:
        proxy, selection = self.results.proxy, self.results.selectionModel()
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            if household_id and proxy.data(index, ROW_ROLE).household_id == household_id:
                selection.blockSignals(True)
                selection.setCurrentIndex(index, SELECT)
                selection.blockSignals(False)
                self.results.scrollTo(index)
                return

    def _load_file(self) -> None:
        found = self.view.load(self.household_id)
        self.right.show_detail(found)
        self._update_actions()

    def _update_actions(self) -> None:
        self.move_in_button.setEnabled(not self.read_only)
        self.view.update_actions(self.read_only)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_actions()

    @property
    def file(self) -> dict[str, Any] | None:
        return self.view.file

    # --- choosing a household -------------------------------------------------------------

    def _on_search_text_changed(self, _text: str) -> None:
        self.search_timer.start()

    def _on_search_timer_timeout(self) -> None:
        self._run_search()

    def _on_search_return_pressed(self) -> None:
        self.search_timer.stop()
        self._run_search()
        if self.results_model.rowCount():
            self.results.selectionModel().setCurrentIndex(self.results.proxy.index(0, 0), SELECT)
            self.results.setFocus()

    def _on_results_current_changed(self, current: Any, _previous: Any) -> None:
        row = self.results.proxy.data(current, ROW_ROLE) if current.isValid() else None
        if row is not None and row.household_id != self.household_id:
            self._choose(row.household_id)

    def _choose(self, household_id: str) -> None:
        self.household_id = household_id
        self.view.revealed.clear()
        self.view.print_status.hide()
        self._load_file()

    def show_record(self, kind: str, record_id: str) -> None:
        if kind != "household":
            return
        files = self.live.models.resident_files
        row = self.live.read(lambda db: files.get(db, record_id))
        if row is None:
            return
        self.search.blockSignals(True)
        self.search.setText(row.unit)
        self.search.blockSignals(False)
        self.household_id = None
        self._choose(record_id)
        self._run_search()

    # --- actions ----------------------------------------------------------------------------

    def _open(self, dialog: QDialog, on_done: Any = None) -> QDialog:
        self.dialog = dialog
        dialog.accepted.connect(on_done or self.refresh)
        dialog.open()
        dialog.activateWindow()
        return dialog

    def _on_move_in_button_clicked(self) -> None:
        if self.read_only:
            return
        wizard = MoveInWizard(self.live, self, output=self.print_output)
        wizard.finished.connect(lambda _result: self._on_wizard_finished(wizard))
        self._open(wizard, lambda: None)

    def _on_wizard_finished(self, wizard: MoveInWizard) -> None:
        if wizard.household_id:
            self.show_record("household", wizard.household_id)

    def _on_correct_phone_button_clicked(self) -> None:
        if self.household_id:
            v = self.view
            self._open(
                dialogs.ContactDialog(
                    self.live, self.household_id, v.current_members(), v.selected_member(), self
                )
            )

    def _on_add_member_button_clicked(self) -> None:
        if self.household_id:
            self._open(dialogs.AddMemberDialog(self.live, self.household_id, self))

    def _on_remove_member_button_clicked(self) -> None:
        if self.household_id:
            v = self.view
            self._open(
                dialogs.RemoveMemberDialog(
                    self.live, self.household_id, v.current_members(), v.selected_member(), self
                )
            )

    def _on_reveal_button_clicked(self) -> None:
        if self.household_id:
            v = self.view
            dialog = dialogs.RevealIdDialog(
                self.live, self.household_id, v.current_members(), v.selected_member(), self
            )
            self._open(dialog, lambda: self._on_id_revealed(dialog))

    def _on_id_revealed(self, dialog: dialogs.RevealIdDialog) -> None:
        self.view.revealed[dialog.name] = dialog.number
        self.refresh()
        self.view.print_status.setText(
            self.tr("{name}'s full ID number is shown; the viewing is recorded.").format(
                name=dialog.name
            )
        )
        self.view.print_status.show()

    def _on_add_vehicle_button_clicked(self) -> None:
        if self.household_id:
            self._open(dialogs.VehicleDialog(self.live, self.household_id, self))

    def _on_remove_vehicle_button_clicked(self) -> None:
        if self.household_id and self.file:
            row = self.view.tables["vehicles"].selected_row()
            self._open(
                dialogs.RemoveVehicleDialog(
                    self.live,
                    self.household_id,
                    self.file["file"].vehicles,
                    row["plate"] if row else None,
                    self,
                )
            )

    def _on_callback_button_clicked(self) -> None:
        if self.household_id:
            self._open(dialogs.CallbackDialog(self.live, self.household_id, self))

    def _on_move_out_button_clicked(self) -> None:
        if self.household_id and self.file:
            unit = self.file["file"].household.unit
            self._open(dialogs.MoveOutDialog(self.live, self.household_id, unit, self))

    def _on_print_button_clicked(self) -> None:
        if self.household_id:
            status = print_move_in_pack(self.live, self.household_id, self, self.print_output)
            self.view.print_status.setText(status)
            self.view.print_status.show()
