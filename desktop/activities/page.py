"""Activities (社区活动): the community calendar, planning, registering households, recording
who came, cancelling; each activity's participation against the target (over 70 %)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.activities.cancel import CancelDialog
from desktop.activities.detail import ActivityDetailView, card
from desktop.activities.households import HouseholdPickerDialog
from desktop.activities.plan import PlanActivityDialog
from desktop.live import LiveDesk
from desktop.widgets.detail_stack import DetailStack, list_beside_detail
from desktop.widgets.page import Page
from desktop.widgets.table_model import ROW_ROLE, Column, RowTableModel
from desktop.widgets.tables import RowTable
from projections.activities import ActivityDetail

SELECT = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


class ActivitiesPage(Page):
    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(live, parent)
        self.read_only = live.read_only
        self.activity_id: str | None = None
        self.dialog: QDialog | None = None

        self.scope = QComboBox()
        self.scope.addItem("", "upcoming")
        self.scope.addItem("", "all")
        self.plan_button = QPushButton()
        self.plan_button.setProperty("primary", True)
        self.list_model = RowTableModel(
            [
                Column("", lambda a: a.starts_at),
                Column("", lambda a: a.title),
                Column(
                    "",
                    lambda a: (
                        self.tr("cancelled")
                        if a.cancelled
                        else f"{a.registered_headcount}/{a.capacity}"
                    ),
                    alert=lambda a: a.cancelled,
                    align_right=True,
                ),
                Column("", lambda a: a.attended_households or "", align_right=True),
            ],
            live.desk.timezone,
        )
        self.list = RowTable(self.list_model)
        self.list.fit_to_width(1)
        left = card()
        left.setFixedWidth(440)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 12, 12, 12)
        top = QHBoxLayout()
        top.addWidget(self.scope, 1)
        top.addWidget(self.plan_button)
        left_layout.addLayout(top)
        left_layout.addWidget(self.list, 1)

        self.view = ActivityDetailView(live)
        self.right = DetailStack(self.view)
        self.empty = self.right.empty
        list_beside_detail(self, left, self.right)

        v = self.view
        self.scope.currentIndexChanged.connect(self._on_scope_current_index_changed)
        self.list.selectionModel().currentRowChanged.connect(self._on_list_current_changed)
        self.plan_button.clicked.connect(self._on_plan_button_clicked)
        v.register_button.clicked.connect(self._on_register_button_clicked)
        v.attendance_button.clicked.connect(self._on_attendance_button_clicked)
        v.cancel_registration_button.clicked.connect(self._on_cancel_registration_button_clicked)
        v.cancel_activity_button.clicked.connect(self._on_cancel_activity_button_clicked)
        v.roll.row_activated.connect(
            lambda row: self.open_record.emit("household", row.household_id)
        )
        self.retranslate()

    def title(self) -> str:
        return self.tr("Activities")

    def retranslate(self) -> None:
        self.scope.setItemText(0, self.tr("Upcoming and under way"))
        self.scope.setItemText(1, self.tr("All activities, latest first"))
        self.plan_button.setText(self.tr("Plan activity…"))
        self.empty.setText(self.tr("Choose an activity on the left, or plan a new one."))
        self.list_model.set_headings(
            [
                self.tr("Starts"),
                self.tr("Activity"),
                self.tr("Registered"),
                self.tr("Came"),
            ]
        )
        self.view.retranslate()
        self.refresh()

    @property
    def detail(self) -> ActivityDetail | None:
        return self.view.detail

    # --- reading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        roll = self.live.models.activity_roll
        now = self.live.now()
        if self.scope.currentData() == "all":
            rows = list(reversed(self.live.read(lambda db: roll.all(db))))
        else:
            rows = self.live.read(lambda db: roll.upcoming(db, now))
        self.list_model.set_rows(rows)
        self._select(self.activity_id)
        self._load_detail()

    def _select(self, activity_id: str | None) -> bool:
        proxy, selection = self.list.proxy, self.list.selectionModel()
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            if activity_id and proxy.data(index, ROW_ROLE).activity_id == activity_id:
                selection.blockSignals(True)
                selection.setCurrentIndex(index, SELECT)
                selection.blockSignals(False)
                self.list.scrollTo(index)
                return True
        return False

    def _load_detail(self) -> None:
        found = self.view.load(self.activity_id)
        self.right.show_detail(found)
        self._update_actions()

    def _update_actions(self) -> None:
        self.plan_button.setEnabled(not self.read_only)
        self.view.update_actions(self.read_only)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_actions()

    def show_record(self, kind: str, record_id: str) -> None:
        if kind != "activity":
            return
        self.activity_id = record_id
        self.refresh()
        if not self.list.selectionModel().hasSelection():
            self.scope.setCurrentIndex(1)  # an activity that is over is under "all"

    # --- slots ------------------------------------------------------------------------------

    def _on_scope_current_index_changed(self, _index: int) -> None:
        self.refresh()
        if not self.list.selectionModel().hasSelection() and self.list_model.rowCount():
            self.list.selectionModel().setCurrentIndex(self.list.proxy.index(0, 0), SELECT)

    def _on_list_current_changed(self, current: Any, _previous: Any) -> None:
        row = self.list.proxy.data(current, ROW_ROLE) if current.isValid() else None
        if row is not None and row.activity_id != self.activity_id:
            self.activity_id = row.activity_id
            self._load_detail()

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.accepted.connect(self.refresh)
        dialog.open()
        dialog.activateWindow()
        return dialog

    def _on_plan_button_clicked(self) -> None:
        if self.read_only:
            return
        roll = self.live.models.activity_roll
        places = sorted({a.place for a in self.live.read(lambda db: roll.all(db))})
        dialog = PlanActivityDialog(self.live, places, self)
        dialog.accepted.connect(lambda: self._on_planned(dialog))
        self._open(dialog)

    def _on_planned(self, dialog: PlanActivityDialog) -> None:
        self.activity_id = dialog.activity_id

    def _registered_rows(self, attended: bool | None = None) -> list[Any]:
        files = self.live.models.resident_files
        ids = [
            r.household_id
            for r in self.view.roll_model.rows()
            if r.registered is not None
            and (attended is None or (r.attended is not None) == attended)
        ]
        return [h for h in self.live.read(lambda db: [files.get(db, i) for i in ids]) if h]

    def _on_register_button_clicked(self) -> None:
        if self.activity_id:
            activity_id = self.activity_id
            self._open(
                HouseholdPickerDialog(
                    self.live,
                    self.tr("Register a household"),
                    self.tr("Register"),
                    lambda household, people: self.live.run(
                        self.live.desk.register_household, activity_id, household, str(people)
                    ),
                    parent=self,
                )
            )

    def _on_attendance_button_clicked(self) -> None:
        if self.activity_id:
            activity_id = self.activity_id
            headcounts = {
                r.household_id: r.registered for r in self.view.roll_model.rows() if r.registered
            }
            self._open(
                HouseholdPickerDialog(
                    self.live,
                    self.tr("Record attendance"),
                    self.tr("Record attendance"),
                    lambda household, people: self.live.run(
                        self.live.desk.record_attendance, activity_id, household, str(people)
                    ),
                    preset=self._registered_rows(attended=False),
                    headcounts=headcounts,
                    parent=self,
                )
            )

    def _on_cancel_registration_button_clicked(self) -> None:
        if not self.activity_id:
            return
        activity_id = self.activity_id
        chosen = self.view.roll.selected_row()
        preset = self._registered_rows()
        if chosen is not None and chosen.registered is not None:
            preset.sort(key=lambda h: h.household_id != chosen.household_id)
        self._open(
            HouseholdPickerDialog(
                self.live,
                self.tr("Cancel a registration"),
                self.tr("Cancel registration"),
                lambda household, _people: self.live.run(
                    self.live.desk.cancel_registration, activity_id, household
                ),
                preset=preset,
                parent=self,
            )
        )

    def _on_cancel_activity_button_clicked(self) -> None:
        if not self.activity_id or self.detail is None:
            return
        activity_id = self.activity_id
        self._open(
            CancelDialog(
                self.tr("Cancel {title}").format(title=self.detail.activity.title),
                self.tr("Registered households should be told; the activity stays on record."),
                self.tr("Cancel the activity"),
                [
                    self.tr("Bad weather"),
                    self.tr("Too few registrations"),
                    self.tr("Venue not available"),
                ],
                lambda reason: self.live.run(self.live.desk.cancel_activity, activity_id, reason),
                self,
            )
        )
