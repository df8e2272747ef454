"""Staff appraisal (绩效考核) on the dashboard: a staff member's monthly scorecard, each
component with its weight, score and basis, and the weighted total. A clerk sees their own;
managers, supervisors, auditors and admins pick anyone's. Managers and supervisors mark
teamwork and knowledge; anyone who may read a scorecard may print it (recorded as a report
printed, as desktop/usecases/scorecards.py says)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.dashboard.charts import GREY
from desktop.labels import label
from desktop.live import LiveDesk
from desktop.usecases import printing, scorecards
from desktop.usecases.front import Front
from desktop.widgets.command_dialog import CommandDialog
from desktop.widgets.jobs import Reading
from domain import errors
from domain.appraisal import WEIGHTS
from domain.messages import current_language
from domain.staff import may
from projections.staff_scores import RESPONSE_TARGET_SECONDS, Scorecard, ScoreLine

COLUMNS = 4  # component, weight, score, basis


@dataclass(frozen=True)
class CardsRead:
    readable: list[str]  # whose scorecards the person signed in may read
    cards: dict[str, Scorecard]  # everyone's for a manager, else their own


class RateStaffDialog(CommandDialog):
    """A manager's marks (0–100) for one staff member's teamwork and knowledge in a month."""

    def __init__(
        self, live: LiveDesk, username: str, month: str, card: Scorecard | None, parent: Any
    ) -> None:
        super().__init__("", "", parent)
        self.live, self.username, self.month = live, username, month
        self.setWindowTitle(self.tr("Rate teamwork and knowledge"))
        self.ok.setText(self.tr("Record marks"))
        who = printing.staff_name(live.desk, username)
        self.set_intro(
            self.tr("Marks from 0 to 100 for {name}, {month}; marking again replaces them.").format(
                name=who, month=month
            )
        )
        marks = {line.component: line.score for line in card.lines} if card else {}
        self.teamwork = self._mark(marks.get("teamwork"))
        self.knowledge = self._mark(marks.get("knowledge"))
        self.comment = QPlainTextEdit(card.comment if card else "")
        self.comment.setPlaceholderText(self.tr("What the marks rest on (optional)"))
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(80)
        self.form.addRow(label("teamwork"), self.teamwork)
        self.form.addRow(label("knowledge"), self.knowledge)
        self.form.addRow(self.tr("Comment"), self.comment)

    @staticmethod
    def _mark(score: float | None) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, 100)
        box.setValue(80 if score is None else round(score))
        box.setMinimumWidth(90)
        return box

    def submit(self) -> None:
        self.live.run(
            self.live.desk.rate_staff,
            self.username,
            self.month,
            self.teamwork.value(),
            self.knowledge.value(),
            self.comment.toPlainText().strip(),
        )


class ScorecardPanel(QWidget):
    """One staff member's scorecard for the dashboard's month."""

    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.month = ""
        self.card: Scorecard | None = None
        self.cards: dict[str, Scorecard] = {}  # the month's, read for the person signed in
        self.output: Any = None  # the desk's printer, loaded with the first print
        self.staff_caption = QLabel()
        self.staff = QComboBox()
        self.staff.setMinimumWidth(200)
        self.heading = QLabel()
        self.heading.setObjectName("CardTitle")
        self.table = QTableWidget(5, COLUMNS)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setDefaultSectionSize(32)
        header = self.table.horizontalHeader()
        for column in range(COLUMNS - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setFixedHeight(32 * 5 + header.sizeHint().height() + 4)
        self.total = QLabel()
        self.total.setStyleSheet("font-size: 22px; font-weight: bold; color: #2c5282;")
        self.total_note = QLabel()
        self.total_note.setWordWrap(True)
        self.total_note.setStyleSheet(f"color: {GREY};")
        self.counts = QLabel()
        self.rating = QLabel()
        self.rating.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.overview_title = QLabel()
        self.overview_title.setObjectName("CardTitle")
        self.overview = QTableWidget(0, len(WEIGHTS) + 2)
        self.overview.verticalHeader().hide()
        self.overview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overview.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.overview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.overview.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.rate_button = QPushButton()
        self.print_button = QPushButton()
        self.print_button.setObjectName("PrintScorecard")
        picker = QHBoxLayout()
        picker.addWidget(self.staff_caption)
        picker.addWidget(self.staff)
        picker.addStretch(1)
        picker.addWidget(self.rate_button)
        picker.addWidget(self.print_button)
        card = QFrame()
        card.setObjectName("Card")
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        inside = QVBoxLayout(card)
        inside.setContentsMargins(14, 12, 14, 12)
        inside.setSpacing(8)
        inside.addWidget(self.heading)
        inside.addWidget(self.counts)
        inside.addWidget(self.table)
        inside.addWidget(self.total)
        inside.addWidget(self.total_note)
        inside.addWidget(self.rating)
        self.everyone = QFrame()
        self.everyone.setObjectName("Card")
        everyone = QVBoxLayout(self.everyone)
        everyone.setContentsMargins(14, 12, 14, 12)
        everyone.addWidget(self.overview_title)
        everyone.addWidget(self.overview, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(picker)
        layout.addWidget(card)
        layout.addWidget(self.message)
        layout.addWidget(self.everyone, 1)
        layout.addStretch(0)  # a clerk's own card stays its size at the top
        self.staff.currentIndexChanged.connect(self._on_staff_current_index_changed)
        self.rate_button.clicked.connect(self._on_rate_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.overview.cellClicked.connect(self._on_overview_cell_clicked)
        self.cards_read = Reading(self._ask_cards, self._show_read, self._cards_not_read, self)

    def retranslate(self) -> None:
        self.staff_caption.setText(self.tr("Staff member"))
        self.rate_button.setText(self.tr("&Rate teamwork and knowledge…"))
        self.print_button.setText(self.tr("Print &scorecard"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Weight"), self.tr("Score"), self.tr("Basis")]
        )
        self.overview.setHorizontalHeaderLabels(
            [
                self.tr("Staff member"),
                *(f"{label(c)} {w} %" for c, w in WEIGHTS.items()),
                self.tr("Total"),
            ]
        )

    # --- reading ----------------------------------------------------------------------------

    @property
    def reading(self) -> bool:
        return self.cards_read.busy

    def show_month(self, month: str) -> None:
        """Reads the month's scorecards the signed-in person may read, on a worker."""
        self.month = month
        self.retranslate()
        self.cards_read.start()

    def _ask_cards(self) -> Callable[[], CardsRead]:
        live, month = self.live, self.month
        everyone = may(live.desk.role(), "read_all_scorecards")

        def read() -> CardsRead:
            readable = scorecards.readable_staff(live, month)
            shown = readable if everyone else readable[:1]
            return CardsRead(readable, {u: scorecards.scorecard(live, u, month) for u in shown})

        return read

    def _cards_not_read(self, problem: object) -> None:
        self.message.setText(
            str(problem)
            if isinstance(problem, errors.DomainError)
            else self.tr("The scorecards could not be read. Show the dashboard again.")
        )

    def _show_read(self, found: CardsRead) -> None:
        self.cards = found.cards
        me = self.live.desk.operator or ""
        chosen = self.staff.currentData() or me
        self.staff.blockSignals(True)
        self.staff.clear()
        for username in found.readable:
            name = printing.staff_name(self.live.desk, username)
            self.staff.addItem(f"{name} ({username})" if name != username else username, username)
        self.staff.setCurrentIndex(max(0, self.staff.findData(chosen)))
        self.staff.blockSignals(False)
        everyone = may(self.live.desk.role(), "read_all_scorecards")
        self.staff.setVisible(everyone)
        self.staff_caption.setVisible(everyone)
        self.rate_button.setVisible(
            may(self.live.desk.role(), "rate_staff") and not self.live.read_only
        )
        self.everyone.setVisible(everyone)
        if everyone:
            self._show_everyone(found.readable)
        self._show_card()

    def _show_everyone(self, usernames: list[str]) -> None:
        """Every readable staff member's scores side by side, for a manager to compare."""
        self.overview_title.setText(self.tr("All staff, {month}").format(month=self.month))
        cards = [self.cards[u] for u in usernames]
        self.overview.setRowCount(len(cards))
        for row, card in enumerate(cards):
            scores = [line.score for line in card.lines] + [card.total]
            cells = [self.staff.itemText(row) or card.username] + [
                "—" if score is None else f"{score:.1f}" for score in scores
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if column == len(cells) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.overview.setItem(row, column, item)

    def selected_staff(self) -> str:
        return str(self.staff.currentData() or self.live.desk.operator or "")

    def _show_card(self) -> None:
        username = self.selected_staff()
        self.card = card = self.cards.get(username)
        if card is None:
            return
        name = printing.staff_name(self.live.desk, username)
        self.heading.setText(
            self.tr("Scorecard of {name} ({username}), {month}").format(
                name=name, username=username, month=self.month
            )
        )
        self.counts.setText(
            self.tr(
                "Contacts served {contacts} · tickets called {tickets} · cases taken {cases}"
            ).format(contacts=card.contacts, tickets=card.tickets_called, cases=card.cases_taken)
        )
        for row, line in enumerate(card.lines):
            cells = (
                label(line.component),
                f"{line.weight} %",
                "—" if line.score is None else f"{line.score:.1f}",
                self.basis(line),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 2):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        total = card.total
        self.total.setText(
            self.tr("Total {total} of 100").format(total=f"{total:.1f}")
            if total is not None
            else self.tr("Total: nothing to measure this month")
        )
        missing = any(line.score is None for line in card.lines)
        self.total_note.setText(
            self.tr(
                "A component with nothing to measure is left out; its weight goes to the "
                "others in proportion."
            )
            if missing
            else ""
        )
        self.total_note.setVisible(missing)
        if card.rated_by:
            self.rating.setText(
                self.tr("Marked by {name}: {comment}").format(
                    name=printing.staff_name(self.live.desk, card.rated_by),
                    comment=card.comment or "—",
                )
            )
        else:
            self.rating.setText(self.tr("Teamwork and knowledge not marked yet this month."))
        self.message.setText("")

    def basis(self, line: ScoreLine) -> str:
        """What a component's score rests on."""
        if line.component == "satisfaction":
            return self.tr("{n} satisfaction callbacks: share satisfied or better").format(
                n=line.basis
            )
        if line.component == "complaint_handling":
            return self.tr("{n} complaints: share closed on time").format(n=line.basis)
        if line.component == "efficiency":
            return self.tr("{n} contacts: share answered within {minutes} min").format(
                n=line.basis, minutes=RESPONSE_TARGET_SECONDS // 60
            )
        return self.tr("a manager's mark") if line.basis else self.tr("not marked yet")

    # --- slots ------------------------------------------------------------------------------

    def _on_staff_current_index_changed(self, _index: int) -> None:
        self._show_card()

    def _on_overview_cell_clicked(self, row: int, _column: int) -> None:
        self.staff.setCurrentIndex(row)

    def _on_rate_button_clicked(self) -> None:
        dialog = RateStaffDialog(self.live, self.selected_staff(), self.month, self.card, self)
        dialog.accepted.connect(self._on_rate_dialog_accepted)
        dialog.open()
        self.rate_dialog = dialog

    def _on_rate_dialog_accepted(self) -> None:
        self.show_month(self.month)

    def _on_print_button_clicked(self) -> None:
        self.print_scorecard()

    def print_scorecard(self) -> bool:
        """Print the scorecard shown, then record its print; False when nothing printed."""
        if self.output is None:
            from desktop.printer import PdfOutput

            self.output = PdfOutput()
        front = Front.live(self.live)
        username = self.selected_staff()
        title = self.tr("Scorecard {username} {month}").format(username=username, month=self.month)
        try:
            document = scorecards.scorecard_document(
                self.live, username, self.month, current_language()
            )
            printed = printing.send_and_record(
                front, document, lambda pdf: bool(self.output.send(pdf, title, self))
            )
        except errors.DomainError as refusal:
            self.message.setText(str(refusal))
            return False
        except Exception as problem:  # a document's or printer's trouble: nothing recorded
            self.message.setText(
                self.tr("The scorecard could not be printed: {why}; nothing recorded.").format(
                    why=problem
                )
            )
            return False
        if printed is None:
            self.message.setText(self.tr("The scorecard was not printed."))
            return False
        self.message.setText(self.tr("Scorecard printed."))
        return True
