"""Beside a visitor's pass, the host household's people and phones: the desk rings the host
to confirm (请联系业主确认), so the number is right there. Phones show as in the resident
file; identity numbers never show here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.labels import label
from desktop.live import LiveDesk
from domain.personal_data import ERASED


class HostContact(QLabel):
    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.household_id = ""
        self.setObjectName("HostContact")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(
            "QLabel#HostContact { background: #ebf8ff; border: 1px solid #bee3f8;"
            " border-radius: 4px; padding: 5px 8px; color: #2a4365; }"
        )
        self.hide()

    def show_household(self, household_id: str) -> None:
        self.household_id = household_id
        if not household_id:
            self.clear()
            self.hide()
            return
        files = self.live.models.resident_files
        found = self.live.read(lambda db: files.file(db, household_id))
        people = [m for m in found.members if m.current] if found is not None else []
        person = self.tr("{name} ({relation}) {phone}")
        shown = [
            person.format(name=m.name, relation=label(m.relation), phone=m.phone).strip()
            for m in people
            if m.name != ERASED
        ]
        if not shown:
            self.setText(self.tr("No one to call: the host household has no phone on file."))
        else:
            self.setText(self.tr("Call the host: {people}").format(people="   ".join(shown)))
        self.show()
