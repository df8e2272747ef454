"""The Emergency action: a short report, the first steps of that emergency from the service
center's procedure (each step ticked is logged on the ticket), and who is on site now."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.incidents.first_steps import first_steps
from desktop.incidents.report import spoken_moment
from desktop.labels import label
from desktop.live import LiveDesk
from desktop.widgets import keyboard
from desktop.widgets.forms import add_captioned, error_label, form_layout
from desktop.widgets.table_model import Column, RowTableModel
from desktop.widgets.tables import RowTable
from domain.errors import DomainError
from domain.incidents import EMERGENCY_CATEGORIES, Channel

STEP_ROLE = Qt.ItemDataRole.UserRole + 1
STYLE = """
QLabel#EmergencyBanner { background: #c53030; color: white; font-size: 16px; font-weight: bold;
    padding: 12px 18px; }
QLabel#SectionTitle { font-size: 15px; font-weight: bold; color: #1a202c; }
QLabel#Hint { color: #718096; }
QPushButton#EmergencyCategory { background: white; border: 1px solid #cbd5e0; border-radius: 4px;
    padding: 6px 8px; color: #1a202c; }
QPushButton#EmergencyCategory:hover { border-color: #c53030; }
QPushButton#EmergencyCategory:focus { border: 2px solid #dd6b20; padding: 5px 7px; }
QPushButton#EmergencyCategory:checked { background: #c53030; border-color: #9b2c2c; color: white;
    font-weight: bold; }
QPushButton#EmergencyCategory:disabled { color: #a0aec0; background: #f7fafc; }
QPushButton#EmergencyReport { background: #c53030; color: white; font-size: 15px;
    font-weight: bold; border: none; border-radius: 4px; }
QPushButton#EmergencyReport:hover { background: #9b2c2c; }
QPushButton#EmergencyReport:focus { border: 2px solid #f6ad55; }
QPushButton#EmergencyReport:disabled { background: #e2a0a0; }
QLabel#EmergencyReported { background: #fff5f5; border: 1px solid #feb2b2; border-radius: 6px;
    padding: 10px 12px; color: #742a2a; font-size: 14px; }
QListWidget#Checklist { background: white; border: 1px solid #e2e8f0; font-size: 14px; }
QListWidget#Checklist::item { padding: 6px 4px; border-bottom: 1px solid #edf2f7; }
QListWidget#Checklist::item:selected { background: #ebf8ff; color: #1a202c; }
"""


class EmergencyDialog(QDialog):
    """Report first (seconds matter), then tick the steps off as they are done."""

    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.incident_id = ""
        self._suggested_what = ""
        self._following = True
        self.setObjectName("EmergencyDialog")
        self.setStyleSheet(STYLE)
        self.resize(1040, 640)
        self.banner = QLabel()
        self.banner.setObjectName("EmergencyBanner")
        self.banner.setWordWrap(True)
        left = self._build_report()
        right = self._build_checklist()
        self._build_layout(left, right)
        self._connect()
        self.retranslate()
        self._refresh_roll_call()

    def _build_report(self) -> QVBoxLayout:
        """The left column: what is happening, where, what, who called; the report button."""
        self.category_title = QLabel()
        self.category_title.setObjectName("SectionTitle")
        self.categories = QButtonGroup(self)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(6)
        for position, code in enumerate(EMERGENCY_CATEGORIES):
            button = QPushButton()
            button.setObjectName("EmergencyCategory")
            button.setCheckable(True)
            button.setMinimumHeight(34)
            self.categories.addButton(button, position)
            self.buttons[code] = button
            grid.addWidget(button, position // 3, position % 3)
        self.location = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(58)
        self.reporter = QLineEdit()
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(label(channel.value), channel.value)
        self.channel.setCurrentIndex(self.channel.findData(Channel.PHONE.value))
        self.form = form_layout()
        fields = (self.location, self.description, self.reporter, self.channel)
        self._captions = [add_captioned(self.form, field) for field in fields]
        self.report = QPushButton()
        self.report.setObjectName("EmergencyReport")
        self.report.setMinimumHeight(38)
        self.error = error_label()
        self.reported = QLabel()
        self.reported.setObjectName("EmergencyReported")
        self.reported.setWordWrap(True)
        self.reported.setTextFormat(Qt.TextFormat.RichText)
        self.reported.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reported.hide()
        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(self.category_title)
        left.addLayout(grid)
        left.addLayout(self.form)
        left.addWidget(self.error)
        left.addWidget(self.report)
        left.addWidget(self.reported)
        left.addStretch()
        return left

    def _build_checklist(self) -> QVBoxLayout:
        """The right column: the first steps to tick, and who is on site now."""
        self.steps_title = QLabel()
        self.steps_title.setObjectName("SectionTitle")
        self.steps_hint = QLabel()
        self.steps_hint.setObjectName("Hint")
        self.steps_hint.setWordWrap(True)
        self.steps = QListWidget()
        self.steps.setObjectName("Checklist")
        self.steps.setWordWrap(True)
        self.steps.setSpacing(2)
        self.roll_title = QLabel()
        self.roll_title.setObjectName("SectionTitle")
        self.roll_call = RowTableModel(
            [
                Column("", lambda r: r.name or r.company),
                Column("", lambda r: r.host_unit),
                Column("", lambda r: label(r.kind)),
                Column("", lambda r: r.checked_in_at),
                Column("", lambda r: r.phone),
            ],
            self.live.desk.timezone,
        )
        self.roll_table = RowTable(self.roll_call)
        self.roll_table.fit_to_width(stretch_column=4)
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(self.steps_title)
        right.addWidget(self.steps_hint)
        right.addWidget(self.steps, 3)
        right.addSpacing(6)
        right.addWidget(self.roll_title)
        right.addWidget(self.roll_table, 2)
        return right

    def _build_layout(self, left: QVBoxLayout, right: QVBoxLayout) -> None:
        """The banner across the top, the two columns as cards, Close under them."""
        self.close_button = QPushButton()
        columns = QHBoxLayout()
        columns.setSpacing(18)
        left_box, right_box = QFrame(), QFrame()
        left_box.setObjectName("Card")
        right_box.setObjectName("Card")
        left_box.setLayout(left)
        right_box.setLayout(right)
        columns.addWidget(left_box, 5)
        columns.addWidget(right_box, 6)
        bottom = QHBoxLayout()
        bottom.addStretch()
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.setSpacing(12)
        layout.addWidget(self.banner)
        inner = QVBoxLayout()
        inner.setContentsMargins(16, 0, 16, 0)
        inner.setSpacing(12)
        inner.addLayout(columns, 1)
        inner.addLayout(bottom)
        layout.addLayout(inner, 1)

    def _connect(self) -> None:
        self.categories.idClicked.connect(self._on_categories_id_clicked)
        self.report.clicked.connect(self._on_report_clicked)
        self.steps.itemChanged.connect(self._on_steps_item_changed)
        self.close_button.clicked.connect(self.accept)
        # Enter reports (never a category button); Alt+1… chooses the category
        self.keys = keyboard.install(self, self.report, self.location)
        self.live.changed.connect(self._on_live_changed)

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Emergency report"))
        self.banner.setText(
            self.tr(
                "Emergency — report it first, then follow the steps. "
                "Tell the duty manager and the emergency team."
            )
        )
        self.category_title.setText(self.tr("What is happening?"))
        for position, (code, button) in enumerate(self.buttons.items(), start=1):
            key = f"&{position % 10} " if position <= 10 else ""
            button.setText(key + label(code))
        captions = (self.tr("Where"), self.tr("What"), self.tr("Reported by"), self.tr("Channel"))
        for caption, text in zip(self._captions, captions, strict=True):
            caption.setText(text)
        self.location.setPlaceholderText(self.tr("Building, entrance, floor, lift number…"))
        self.description.setPlaceholderText(self.tr("What the caller sees; anyone hurt or trapped"))
        self.reporter.setPlaceholderText(self.tr("Caller's name and phone"))
        self.report.setText(
            self.tr("Reported") if self.incident_id else self.tr("Report emergency")
        )
        if self.incident_id:
            self._show_reported()
        self.close_button.setText(self.tr("Close"))
        self.roll_call.set_headings(
            [self.tr("Visitor"), self.tr("Visiting"), self.tr("Kind"), self.tr("Since"),
             self.tr("Phone")]
        )  # fmt: skip
        self._show_steps()

    # --- the checklist --------------------------------------------------------------------

    def category(self) -> str:
        checked = self.categories.checkedId()
        return EMERGENCY_CATEGORIES[checked] if checked >= 0 else ""

    def choose(self, category: str) -> None:
        self.buttons[category].click()

    def _show_steps(self) -> None:
        code = self.category()
        if not code:
            self.steps_title.setText(self.tr("First steps"))
            self.steps_hint.setText(self.tr("Choose what is happening to see its first steps."))
        else:
            self.steps_title.setText(self.tr("First steps — {what}").format(what=label(code)))
            self.steps_hint.setText(
                self.tr("Tick each step when it is done; it is logged on the ticket.")
                if self.incident_id
                else self.tr("Report first; then tick each step as it is done.")
            )
        if self.incident_id:
            return  # the list is fixed once reported; ticks stay
        self.steps.blockSignals(True)
        self.steps.clear()
        for number, text in enumerate(first_steps(code) if code else [], start=1):
            item = QListWidgetItem(f"{number}. {text}")
            item.setData(STEP_ROLE, text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.steps.addItem(item)
        self.steps.blockSignals(False)

    def step_texts(self) -> list[str]:
        return [self.steps.item(row).data(STEP_ROLE) for row in range(self.steps.count())]

    def tick(self, row: int) -> None:
        self.steps.item(row).setCheckState(Qt.CheckState.Checked)

    def _on_categories_id_clicked(self, _id: int) -> None:
        self._show_steps()
        if self.incident_id:
            return
        what = label(self.category())  # what is happening, until the caller says more
        if self.description.toPlainText() in ("", self._suggested_what):
            self.description.setPlainText(what)
            self._suggested_what = what
        self._next_empty()

    def _next_empty(self) -> None:
        """The cursor goes where the report still needs something."""
        for field in (self.location, self.description, self.reporter):
            text = field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()
            if not text.strip():
                field.setFocus()
                return

    def _on_steps_item_changed(self, item: QListWidgetItem) -> None:
        if not self.incident_id or item.checkState() != Qt.CheckState.Checked:
            return
        note = "✓ " + item.data(STEP_ROLE)
        try:
            self.live.run(self.live.desk.log_action, self.incident_id, note)
        except DomainError as refusal:
            self.steps.blockSignals(True)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.steps.blockSignals(False)
            self._show_error(str(refusal))
            return
        at = self.live.now().astimezone(self.live.desk.timezone).strftime("%H:%M")
        self.steps.blockSignals(True)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # logged: history is not unticked
        item.setText(f"{item.text()}  ({at})")
        self.steps.blockSignals(False)

    # --- reporting ------------------------------------------------------------------------

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _on_report_clicked(self) -> None:
        code = self.category()
        if not code:
            self._show_error(self.tr("Choose what is happening first."))
            return
        desk = self.live.desk
        try:
            self.incident_id = self.live.run(
                desk.report_incident,
                "emergency",
                code,
                "emergency",
                self.location.text(),
                self.description.toPlainText(),
                self.reporter.text(),
                self.channel.currentData(),
            )
        except DomainError as refusal:
            self._show_error(str(refusal))
            self._next_empty()
            return
        self._show_error("")
        self.keys.mark_clean()  # recorded: closing discards nothing
        self._show_reported()
        self.report.setText(self.tr("Reported"))
        for widget in (self.location, self.description, self.reporter, self.channel, self.report):
            widget.setEnabled(False)
        for button in self.buttons.values():
            button.setEnabled(button.isChecked())
        self.steps.blockSignals(True)
        for row in range(self.steps.count()):
            item = self.steps.item(row)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.steps.blockSignals(False)
        self._show_steps()
        self._refresh_roll_call()

    def _show_reported(self) -> None:
        desk = self.live.desk
        incident = desk.get_incident(self.incident_id)
        now, zone = self.live.now(), desk.timezone
        self.reported.setText(
            self.tr("Reported as {ticket}: respond by {respond}, make safe by {resolve}.").format(
                ticket=f"<b>{incident.ticket}</b>",
                respond=spoken_moment(incident.respond_by, now, zone),
                resolve=spoken_moment(incident.resolve_by, now, zone),
            )
        )
        self.reported.show()

    # --- who is on site -------------------------------------------------------------------

    def _refresh_roll_call(self) -> None:
        log = self.live.models.visitor_log
        now = self.live.now()
        rows = self.live.read(lambda db: log.on_site(db, now))
        self.roll_call.set_rows(rows)
        self.roll_title.setText(self.tr("Visitors on site now: {n}").format(n=len(rows)))

    def _on_live_changed(self) -> None:
        if self.isVisible():
            self._refresh_roll_call()

    def done(self, result: int) -> None:
        if self._following:
            self._following = False
            self.live.changed.disconnect(self._on_live_changed)
        super().done(result)
