"""One household's whole file, as the Residents workspace shows it: members (ID numbers
masked), contact corrections, vehicles, contracts, visitors, incidents, activities, former
households of the unit, the move-in follow-up call and the parcels waiting."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.labels import label
from desktop.live import LiveDesk
from desktop.residents.instructions import InstructionsSection
from desktop.widgets.print_key import print_key
from desktop.widgets.table_model import Column, RowTableModel
from desktop.widgets.tables import RowTable
from domain.households import CALLBACK_WITHIN
from domain.staff import may

TABS = ("members", "vehicles", "contracts", "visitors", "incidents", "activities", "former")
HEADINGS = {
    "members": (
        QT_TRANSLATE_NOOP("ResidentFileView", "Name"),
        QT_TRANSLATE_NOOP("ResidentFileView", "Relation"),
        QT_TRANSLATE_NOOP("ResidentFileView", "ID type"),
        QT_TRANSLATE_NOOP("ResidentFileView", "ID number"),
        QT_TRANSLATE_NOOP("ResidentFileView", "Phone"),
        "",
    ),
    "corrections": (
        QT_TRANSLATE_NOOP("ResidentFileView", "When"),
        QT_TRANSLATE_NOOP("ResidentFileView", "Member"),
        QT_TRANSLATE_NOOP("ResidentFileView", "Old phone"),
        QT_TRANSLATE_NOOP("ResidentFileView", "New phone"),
        QT_TRANSLATE_NOOP("ResidentFileView", "Reason"),
        QT_TRANSLATE_NOOP("ResidentFileView", "By"),
    ),
    "vehicles": (QT_TRANSLATE_NOOP("ResidentFileView", "Plate"), ""),
    "contracts": (
        QT_TRANSLATE_NOOP("ResidentFileView", "Contract"),
        QT_TRANSLATE_NOOP("ResidentFileView", "Starts"),
        QT_TRANSLATE_NOOP("ResidentFileView", "Ends"),
        QT_TRANSLATE_NOOP("ResidentFileView", "Monthly fee"),
        QT_TRANSLATE_NOOP("ResidentFileView", "Status"),
    ),
    "visitors": (
        QT_TRANSLATE_NOOP("ResidentFileView", "Registered"),
        QT_TRANSLATE_NOOP("ResidentFileView", "Visitor"),
        QT_TRANSLATE_NOOP("ResidentFileView", "Kind"),
        QT_TRANSLATE_NOOP("ResidentFileView", "Purpose"),
        QT_TRANSLATE_NOOP("ResidentFileView", "State"),
    ),
    "incidents": (
        QT_TRANSLATE_NOOP("ResidentFileView", "Ticket"),
        QT_TRANSLATE_NOOP("ResidentFileView", "Reported"),
        QT_TRANSLATE_NOOP("ResidentFileView", "What"),
        QT_TRANSLATE_NOOP("ResidentFileView", "Description"),
        QT_TRANSLATE_NOOP("ResidentFileView", "State"),
    ),
    "activities": (
        QT_TRANSLATE_NOOP("ResidentFileView", "When"),
        QT_TRANSLATE_NOOP("ResidentFileView", "Activity"),
        QT_TRANSLATE_NOOP("ResidentFileView", "Kind"),
        QT_TRANSLATE_NOOP("ResidentFileView", "People"),
        "",
    ),
    "former": (
        QT_TRANSLATE_NOOP("ResidentFileView", "Household"),
        QT_TRANSLATE_NOOP("ResidentFileView", "Ownership"),
        QT_TRANSLATE_NOOP("ResidentFileView", "Moved in"),
        QT_TRANSLATE_NOOP("ResidentFileView", "Moved out"),
    ),
}
STRETCH = {
    "members": 5,
    "corrections": 4,
    "contracts": 4,
    "visitors": 3,
    "incidents": 3,
    "former": 0,
}


def card() -> QFrame:
    frame = QFrame()
    frame.setObjectName("Card")
    return frame


class ResidentFileView(QWidget):
    """Shows the file of one household; the page wires its buttons to the commands."""

    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.file: dict[str, Any] | None = None
        self.revealed: dict[str, str] = {}  # member name -> full ID number, once shown
        header = self._build_header()
        self.instructions = InstructionsSection(live)  # the flat's standing instructions
        self._build_tabs()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(header)
        layout.addWidget(self.instructions)
        layout.addWidget(self.tabs, 1)

    def _build_header(self) -> QFrame:
        """The unit and its household; the follow-up call, Print and Move out."""
        self.unit_title = QLabel()
        self.unit_title.setStyleSheet("font-size: 22px; font-weight: bold; color: #1a202c;")
        self.facts = QLabel()
        self.facts.setStyleSheet("color: #4a5568;")
        self.callback_state = QLabel()
        self.callback_state.setWordWrap(True)
        self.parcels = QLabel()  # the parcels waiting for the household, when there are any
        self.parcels.setWordWrap(True)
        self.callback_button = QPushButton()
        self.move_out_button = QPushButton()
        self.print_button = QPushButton()
        print_key(self.print_button)
        self.print_status = QLabel()
        self.print_status.setStyleSheet("color: #4a5568;")
        self.print_status.setWordWrap(True)
        self.print_status.hide()
        header = card()
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(16, 12, 16, 12)
        first = QHBoxLayout()
        first.addWidget(self.unit_title)
        first.addSpacing(14)
        first.addWidget(self.facts, 1)
        header_layout.addLayout(first)
        second = QHBoxLayout()
        second.addWidget(self.callback_state, 1)
        for button in (self.callback_button, self.print_button, self.move_out_button):
            second.addWidget(button)
        header_layout.addLayout(second)
        header_layout.addWidget(self.parcels)
        header_layout.addWidget(self.print_status)
        return header

    def _build_tabs(self) -> None:
        """A tab a part of the file, each a table (members with their contact corrections
        under them), members and vehicles with their buttons over it."""
        self.models = {
            key: RowTableModel(columns, self.live.desk.timezone)
            for key, columns in self._columns().items()
        }
        self.tables = {key: RowTable(model) for key, model in self.models.items()}
        for key, table in self.tables.items():
            table.fit_to_width(STRETCH.get(key, 1))
        self.correct_phone_button = QPushButton()
        self.add_member_button = QPushButton()
        self.remove_member_button = QPushButton()
        self.reveal_button = QPushButton()
        self.add_vehicle_button = QPushButton()
        self.remove_vehicle_button = QPushButton()
        self.corrections_title = QLabel()
        self.corrections_title.setStyleSheet("font-weight: bold; color: #4a5568; padding-top: 6px;")
        buttons: dict[str, list[QPushButton | None]] = {
            "members": [
                self.correct_phone_button,
                self.add_member_button,
                self.remove_member_button,
                None,
                self.reveal_button,
            ],
            "vehicles": [self.add_vehicle_button, self.remove_vehicle_button, None],
        }
        self.tabs = QTabWidget()
        for key in TABS:
            holder = QWidget()
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(8, 8, 8, 8)
            if key in buttons:
                row = QHBoxLayout()
                for action in buttons[key]:
                    if action is None:
                        row.addStretch()
                    else:
                        row.addWidget(action)
                layout.addLayout(row)
            layout.addWidget(self.tables[key], 3)
            if key == "members":
                layout.addWidget(self.corrections_title)
                layout.addWidget(self.tables["corrections"], 2)
            self.tabs.addTab(holder, "")
        # Only once it is in the file: a button with no parent yet is a window of its own,
        # and showing it took the keyboard from the desk's window.
        self.reveal_button.setVisible(may(self.live.role, "reveal_id_numbers"))

    def _columns(self) -> dict[str, list[Column]]:
        today: Callable[[], Any] = self.live.today
        return {
            "members": [
                Column("", lambda m: m.name),
                Column("", lambda m: label(m.relation)),
                Column("", lambda m: label(m.id_type)),
                Column("", lambda m: self.revealed.get(m.name, m.id_masked)),
                Column("", lambda m: m.phone),
                Column("", lambda m: "" if m.current else self.tr("no longer here")),
            ],
            "corrections": [
                Column("", lambda c: c.at),
                Column("", lambda c: c.name),
                Column("", lambda c: c.previous_phone),
                Column("", lambda c: c.phone),
                Column("", lambda c: c.reason),
                Column("", lambda c: f"{c.operator} @ {c.desk}"),
            ],
            "vehicles": [
                Column("", lambda v: v["plate"]),
                Column("", lambda v: "" if v["current"] else self.tr("removed")),
            ],
            "contracts": [
                Column("", lambda c: label(c.kind)),
                Column("", lambda c: c.start),
                Column("", lambda c: c.end),
                Column("", lambda c: f"¥{c.monthly_fee}", align_right=True),
                Column(
                    "",
                    lambda c: label(c.status(today())),
                    alert=lambda c: c.status(today()) in ("notice_overdue", "expired"),
                ),
            ],
            "visitors": [
                Column("", lambda v: v.registered_at),
                Column("", lambda v: v.name),
                Column("", lambda v: label(v.kind)),
                Column("", lambda v: v.purpose),
                Column("", lambda v: label(v.state), alert=lambda v: v.overstayed),
            ],
            "incidents": [
                Column("", lambda i: i.ticket),
                Column("", lambda i: i.reported_at),
                Column("", lambda i: f"{label(i.kind)} · {label(i.category)}"),
                Column("", lambda i: i.description),
                Column("", lambda i: label(i.state)),
            ],
            "activities": [
                Column("", lambda a: a.starts_at),
                Column("", lambda a: a.title),
                Column("", lambda a: label(a.kind)),
                Column("", lambda a: a.headcount, align_right=True),
                Column("", lambda a: self.tr("walk-in") if a.walk_in else ""),
            ],
            "former": [
                Column("", lambda h: h.members),
                Column("", lambda h: label(h.ownership)),
                Column("", lambda h: h.move_in_date),
                Column("", lambda h: h.moved_out_on),
            ],
        }

    def retranslate(self) -> None:
        self.callback_button.setText(self.tr("Follow-up call…"))
        self.move_out_button.setText(self.tr("Move out…"))
        self.print_button.setText(self.tr("Print move-in pack (Ctrl+P)"))
        self.correct_phone_button.setText(self.tr("Correct phone…"))
        self.add_member_button.setText(self.tr("Add member…"))
        self.remove_member_button.setText(self.tr("Remove member…"))
        self.reveal_button.setText(self.tr("Show full ID…"))
        self.add_vehicle_button.setText(self.tr("Register vehicle…"))
        self.remove_vehicle_button.setText(self.tr("Remove vehicle…"))
        self.corrections_title.setText(self.tr("Contact corrections, latest first"))
        self.instructions.retranslate()
        for key, headings in HEADINGS.items():
            # str(): PySide6's stubs type what QT_TRANSLATE_NOOP hands back as an object
            self.models[key].set_headings([self.tr(str(h)) if h else "" for h in headings])
        self._show()

    def _tab_titles(self) -> dict[str, str]:
        return {
            "members": self.tr("Members"),
            "vehicles": self.tr("Vehicles"),
            "contracts": self.tr("Contracts"),
            "visitors": self.tr("Visitors"),
            "incidents": self.tr("Incidents"),
            "activities": self.tr("Activities"),
            "former": self.tr("Former households"),
        }

    # --- reading ----------------------------------------------------------------------------

    def _read(self, db: Any, household_id: str) -> dict[str, Any] | None:
        models, now, today = self.live.models, self.live.now(), self.live.today()
        files = models.resident_files
        file = files.file(db, household_id)
        if file is None:
            return None
        h = file.household
        end = h.moved_out_on or today
        zone = self.live.desk.timezone
        return {
            "file": file,
            "members": sorted(file.members, key=lambda m: not m.current),
            "corrections": list(reversed(file.contact_changes)),
            "vehicles": [{"plate": p, "current": True} for p in file.vehicles]
            + [{"plate": p, "current": False} for p in file.former_vehicles],
            "contracts": models.renewal_calendar.for_household(db, household_id),
            "visitors": models.visitor_log.for_household(db, household_id, now),
            "incidents": [
                i
                for i in models.incident_board.for_unit(db, h.unit, now)
                if h.move_in_date <= i.reported_at.astimezone(zone).date() <= end
            ],
            "activities": models.activity_roll.for_household(db, household_id),
            "former": [o for o in files.of_unit(db, h.unit) if o.household_id != household_id],
            "parcels": [
                p for p in models.parcel_shelf.waiting(db, h.unit) if p.household_id == household_id
            ],
        }

    def load(self, household_id: str | None) -> bool:
        """Read and show one household's file; False when there is none to show."""
        if household_id is None:
            self.file = None
        else:
            self.file = self.live.read(lambda db: self._read(db, household_id))
        self._show()
        return self.file is not None

    def _show(self) -> None:
        if self.file is None:
            return
        h = self.file["file"].household
        self.unit_title.setText(h.unit)
        status = (
            self.tr("moved out {date}").format(date=h.moved_out_on)
            if h.moved_out_on
            else self.tr("living here")
        )
        self.facts.setText(
            self.tr("{ownership} · moved in {date} · {status}").format(
                ownership=label(h.ownership), date=h.move_in_date, status=status
            )
        )
        self._show_callback(h)
        self._show_parcels()
        self.instructions.show_unit("" if h.moved_out_on else h.unit)
        titles = self._tab_titles()
        self.models["corrections"].set_rows(self.file["corrections"])
        for index, key in enumerate(TABS):
            self.models[key].set_rows(self.file[key])
            count = len([m for m in self.file[key] if getattr(m, "current", True)])
            self.tabs.setTabText(index, f"{titles[key]} ({count})" if count else titles[key])

    def _show_callback(self, h: Any) -> None:
        if h.callback_satisfaction is not None:
            text = self.tr("Follow-up call done: {score}/5{late}").format(
                score=h.callback_satisfaction,
                late=""
                if h.callback_on_time
                else self.tr(" (after the {days} days)").format(days=CALLBACK_WITHIN.days),
            )
            notes = self.file["file"].callback_notes if self.file else ""
            text += f" — {notes}" if notes else ""
            colour = "#2f855a"
        elif not h.living:
            text, colour = self.tr("No follow-up call was recorded."), "#718096"
        elif not h.callback_expected:
            # Moved in before the desk kept records (its follow-up time long past): nothing
            # is due, and no date in the past may be promised.
            text, colour = "", ""
        elif h.callback_overdue(self.live.today()):
            text = self.tr("Follow-up call OVERDUE since {date}").format(date=h.callback_due)
            colour = "#c53030"
        else:
            text = self.tr("Follow-up call due by {date}").format(date=h.callback_due)
            colour = "#8a5a00"
        self.callback_state.setText(text)
        self.callback_state.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.callback_state.setVisible(bool(text))

    def _show_parcels(self) -> None:
        parcels, now = self.file["parcels"] if self.file else [], self.live.now()
        self.parcels.setText(
            self.tr("Parcels waiting ({count}): {shelves}").format(
                count=len(parcels),
                shelves=", ".join(f"{p.shelf} {p.carrier}" for p in parcels),
            )
        )
        late = any(p.overdue(now) for p in parcels)
        self.parcels.setStyleSheet(f"color: {'#c53030' if late else '#2c5282'}; font-weight: bold;")
        self.parcels.setVisible(bool(parcels))

    def current_members(self) -> list[Any]:
        return [m for m in self.file["members"] if m.current] if self.file else []

    def selected_member(self) -> str | None:
        row = self.tables["members"].selected_row()
        return row.name if row is not None and row.current else None

    def update_actions(self, read_only: bool) -> None:
        file = self.file["file"] if self.file else None
        h = file.household if file is not None else None
        can_change = h is not None and h.living and not read_only
        self.instructions.set_read_only(not can_change)
        for button in (
            self.correct_phone_button,
            self.add_member_button,
            self.add_vehicle_button,
            self.move_out_button,
            self.print_button,
        ):
            button.setEnabled(can_change)
        self.remove_member_button.setEnabled(can_change and len(self.current_members()) > 1)
        self.remove_vehicle_button.setEnabled(
            can_change and file is not None and bool(file.vehicles)
        )
        self.callback_button.setEnabled(
            can_change and h is not None and h.callback_satisfaction is None
        )
        # Revealing is recorded, so not while the past is shown.
        self.reveal_button.setEnabled(bool(self.current_members()) and self.live.as_of is None)
