"""One activity as the Activities workspace shows it: when and where, the participation
figures (registered, places left, who came, turnout against the target of over 70 % of
households), and the roll of households."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.labels import label
from desktop.live import LiveDesk
from desktop.widgets import keyboard
from desktop.widgets.table_model import Column, RowTableModel
from desktop.widgets.tables import RowTable
from projections.activities import ActivityDetail
from projections.kpis import PARTICIPATION, TARGETS


@dataclass(frozen=True)
class RollRow:
    """One household on an activity's roll: registered, came, or both."""

    household_id: str
    unit: str
    members: str
    registered: int | None
    attended: int | None
    walk_in: bool
    at: datetime | None


def card() -> QFrame:
    frame = QFrame()
    frame.setObjectName("Card")
    return frame


class Figure(QWidget):
    """A number with its caption, for the participation figures."""

    def __init__(self) -> None:
        super().__init__()
        self.value = QLabel()
        self.value.setStyleSheet("font-size: 22px; font-weight: bold; color: #2c5282;")
        self.caption = QLabel()
        self.caption.setStyleSheet("color: #4a5568;")
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def show_figure(self, value: str, caption: str, colour: str = "#2c5282") -> None:
        self.value.setText(value)
        self.value.setStyleSheet(f"font-size: 22px; font-weight: bold; color: {colour};")
        self.caption.setText(caption)


class ActivityDetailView(QWidget):
    """Shows one activity; the page wires its buttons to the commands."""

    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.detail: ActivityDetail | None = None
        self.found: dict[str, Any] | None = None
        zone = live.desk.timezone
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 20px; font-weight: bold; color: #1a202c;")
        self.heading.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setStyleSheet("color: #4a5568;")
        self.facts.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.figures = {key: Figure() for key in ("registered", "left", "came", "turnout")}
        self.month_turnout = QLabel()
        self.month_turnout.setWordWrap(True)
        self.month_turnout.setStyleSheet("color: #4a5568;")
        header = card()
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(16, 12, 16, 12)
        header_layout.addWidget(self.heading)
        header_layout.addWidget(self.facts)
        header_layout.addWidget(self.status)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        for column, figure in enumerate(self.figures.values()):
            grid.addWidget(figure, 0, column)
            grid.setColumnStretch(column, 1)
        header_layout.addSpacing(6)
        header_layout.addLayout(grid)
        header_layout.addWidget(self.month_turnout)

        self.register_button = QPushButton()
        self.attendance_button = QPushButton()
        self.cancel_registration_button = QPushButton()
        self.cancel_activity_button = QPushButton()
        keyboard.mark_destructive(self.cancel_registration_button)
        keyboard.mark_destructive(self.cancel_activity_button)
        self.roll_model = RowTableModel(
            [
                Column("", lambda r: r.unit),
                Column("", lambda r: r.members),
                Column("", lambda r: r.registered, align_right=True),
                Column("", lambda r: r.attended, align_right=True),
                Column("", lambda r: self.tr("walk-in") if r.walk_in else ""),
            ],
            zone,
        )
        self.roll = RowTable(self.roll_model)
        self.roll.fit_to_width(1)
        roll_card = card()
        roll_layout = QVBoxLayout(roll_card)
        roll_layout.setContentsMargins(12, 12, 12, 12)
        buttons = QHBoxLayout()
        for button in (
            self.register_button,
            self.attendance_button,
            self.cancel_registration_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.cancel_activity_button)
        roll_layout.addLayout(buttons)
        roll_layout.addWidget(self.roll, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(header)
        layout.addWidget(roll_card, 1)

    def retranslate(self) -> None:
        self.register_button.setText(self.tr("Register household…"))
        self.attendance_button.setText(self.tr("Record attendance…"))
        self.cancel_registration_button.setText(self.tr("Cancel registration…"))
        self.cancel_activity_button.setText(self.tr("Cancel activity…"))
        self.roll_model.set_headings(
            [self.tr("Unit"), self.tr("Household"), self.tr("Registered"), self.tr("Came"), ""]
        )
        self._show()

    def _read(self, db: Any, activity_id: str) -> dict[str, Any] | None:
        models = self.live.models
        detail = models.activity_roll.get(db, activity_id)
        if detail is None:
            return None
        files = models.resident_files
        entries: dict[str, Any] = {}
        for h in detail.registrations + detail.attendance:
            entries[h.household_id] = h
        roll = []
        for household_id, h in entries.items():
            row = files.get(db, household_id)
            roll.append(
                RollRow(
                    household_id=household_id,
                    unit=row.unit if row else "",
                    members=row.members if row else household_id,
                    registered=h.registered_headcount,
                    attended=h.attended_headcount,
                    walk_in=h.walk_in,
                    at=h.registered_at or h.attended_at,
                )
            )
        month = models.kpis.monthly(db, detail.activity.month)
        return {
            "detail": detail,
            "roll": roll,
            "households": files.occupied_count(db),
            "month": next((k for k in month if k.measure == PARTICIPATION), None),
        }

    def load(self, activity_id: str | None) -> bool:
        """Read and show one activity; False when there is none to show."""
        self.found = (
            None if activity_id is None else self.live.read(lambda db: self._read(db, activity_id))
        )
        self.detail = self.found["detail"] if self.found else None
        self._show()
        return self.found is not None

    def _show(self) -> None:
        found = self.found
        if found is None:
            return
        a = found["detail"].activity
        zone = self.live.desk.timezone
        starts, ends = a.starts_at.astimezone(zone), a.ends_at.astimezone(zone)
        self.heading.setText(a.title)
        self.facts.setText(
            self.tr("{day} {start}–{end} · {place} · {kind} · planned by {who}").format(
                day=starts.strftime("%Y-%m-%d"),
                start=starts.strftime("%H:%M"),
                end=ends.strftime("%H:%M"),
                place=a.place,
                kind=label(a.kind),
                who=a.planned_by,
            )
        )
        if a.cancelled:
            self.status.setText(self.tr("Cancelled: {reason}").format(reason=a.cancel_reason))
            self.status.setStyleSheet("color: #c53030; font-weight: bold;")
        else:
            now = self.live.now()
            state = (
                self.tr("Over")
                if a.ends_at <= now
                else self.tr("Under way")
                if a.starts_at <= now
                else self.tr("Coming up")
            )
            self.status.setText(state)
            self.status.setStyleSheet("color: #2c5282; font-weight: bold;")
        households = found["households"]
        self.figures["registered"].show_figure(
            str(a.registered_households),
            self.tr("households registered, {people} people").format(people=a.registered_headcount),
        )
        self.figures["left"].show_figure(
            str(a.places_left),
            self.tr("places left of {capacity}").format(capacity=a.capacity),
            "#c53030" if a.places_left <= 0 else "#2c5282",
        )
        self.figures["came"].show_figure(
            str(a.attended_households),
            self.tr("households came, {people} people, {walk_ins} walk-ins").format(
                people=a.attended_headcount, walk_ins=a.walk_ins
            ),
        )
        share = 100.0 * a.attended_households / households if households else 0.0
        self.figures["turnout"].show_figure(
            f"{share:.1f} %",
            self.tr("of the {households} households living here").format(households=households),
        )
        kpi = found["month"]
        target = TARGETS[PARTICIPATION]
        if kpi is not None and kpi.value is not None:
            met = kpi.verdict == "met"
            self.month_turnout.setText(
                self.tr(
                    "In {month}, {value:.1f} % of households took part in an activity "
                    "(target {target}): {verdict}"
                ).format(month=a.month, value=kpi.value, target=target, verdict=label(kpi.verdict))
            )
            self.month_turnout.setStyleSheet(f"color: {'#2f855a' if met else '#c53030'};")
        else:
            self.month_turnout.setText("")
        self.roll_model.set_rows(found["roll"])

    def update_actions(self, read_only: bool) -> None:
        detail = self.detail
        a = detail.activity if detail else None
        open_ = a is not None and not a.cancelled and not read_only
        self.register_button.setEnabled(open_ and a is not None and a.ends_at > self.live.now())
        self.attendance_button.setEnabled(open_)
        self.cancel_registration_button.setEnabled(
            open_ and detail is not None and bool(detail.registrations)
        )
        self.cancel_activity_button.setEnabled(open_)
