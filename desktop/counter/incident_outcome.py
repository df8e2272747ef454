"""A contact that ends in an incident: the incident reported from here (the incident form,
with the caller's unit and name filled in), or one of the caller's open incidents chosen;
`linked` carries the incident's id once there is one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.incidents.report import ReportForm
from desktop.labels import label
from desktop.live import LiveDesk
from desktop.usecases.caller import CallerPop
from desktop.widgets.keyboard import install


class IncidentOutcomeDialog(QDialog):
    linked = Signal(str)

    def __init__(
        self, live: LiveDesk, channel: str, pop: CallerPop | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.live = live
        self.form = ReportForm(live)
        index = self.form.channel.findData(channel)
        if index >= 0:
            self.form.channel.setCurrentIndex(index)
        self.existing = QComboBox()
        self.existing_caption = QLabel()
        self.existing_caption.setBuddy(self.existing)
        self.link_button = QPushButton()
        open_ones = [i for card in pop.cards for i in card.open_incidents] if pop else []
        for incident in open_ones:
            self.existing.addItem(
                f"{incident.ticket} · {label(incident.category)} · {incident.location}",
                incident.incident_id,
            )
        if pop is not None and pop.cards:
            household = pop.cards[0].household
            self.form.unit.setText(household.unit)
            self.form.location.setText(household.unit)
            self.form.reporter.setText(household.members.split("、")[0])
        self.new_caption = QLabel()
        self.new_caption.setObjectName("CardTitle")
        line = QHBoxLayout()
        line.addWidget(self.existing_caption)
        line.addWidget(self.existing, 1)
        line.addWidget(self.link_button)
        layout = QVBoxLayout(self)
        if open_ones:
            layout.addLayout(line)
        else:
            for widget in (self.existing, self.existing_caption, self.link_button):
                widget.hide()
        layout.addWidget(self.new_caption)
        layout.addWidget(self.form)
        self.form.reported.connect(self._on_form_reported)
        self.link_button.clicked.connect(self._on_link_button_clicked)
        install(self, self.form.submit, self.form.kind)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The contact ends in an incident"))
        self.existing_caption.setText(self.tr("Their open incident"))
        self.link_button.setText(self.tr("Link this one"))
        self.new_caption.setText(self.tr("Or report it now"))

    def _on_form_reported(self, incident_id: str) -> None:
        self.linked.emit(incident_id)
        self.accept()

    def _on_link_button_clicked(self) -> None:
        incident_id = self.existing.currentData()
        if incident_id:
            self.linked.emit(incident_id)
            self.accept()
