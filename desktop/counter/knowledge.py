"""The knowledge search beside the caller: the standard answers found as the receptionist
types (part of a word, traditional or simplified, a keyword: the read model's search), the
first one chosen at once, ↑/↓ to choose another, and its text to read out."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.labels import label
from desktop.live import LiveDesk
from desktop.widgets.table_model import ROW_ROLE, Column, RowTableModel
from desktop.widgets.tables import RowTable
from projections.knowledge_base import AnswerRow

SEARCH_DELAY_MS = 150
ARROWS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class KnowledgePanel(QFrame):
    """Search box, answers found, the chosen answer's text; `chosen` carries the answer."""

    chosen = Signal(object)

    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.setObjectName("Card")
        self.heading = QLabel()
        self.heading.setObjectName("CardTitle")
        # The whole knowledge base: managers publish, revise and retire answers there.
        self.manage_button = QPushButton()
        self.manage_button.setObjectName("manage_answers")
        self.manage_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.manage_button.clicked.connect(self._on_manage_button_clicked)
        self.search = QLineEdit()
        self.search.setObjectName("knowledge_search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(32)
        self.model = RowTableModel(
            [
                Column("", lambda a: a.question),
                Column("", lambda a: label(a.category)),
                Column("", lambda a: a.uses, align_right=True),
            ],
            live.desk.timezone,
        )
        self.table = RowTable(self.model)
        self.table.setObjectName("answers_found")
        self.table.fit_to_width(0)
        self.table.setSortingEnabled(False)  # the search's order: the best match first
        self.answer = QTextBrowser()
        self.answer.setObjectName("answer_text")
        self.answer.setOpenLinks(False)
        self.answer.setStyleSheet("font-size: 15px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.manage_button)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.answer, 2)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.look_up)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Standard answers"))
        self.manage_button.setText(self.tr("Knowledge base…"))
        self.search.setPlaceholderText(self.tr("Search the answers as you type — Ctrl+K"))
        self.model.set_headings([self.tr("Question"), self.tr("Category"), self.tr("Used")])
        self._show_answer(self.selected())

    def _on_manage_button_clicked(self) -> None:
        from desktop.knowledge.manage import AnswersDialog

        AnswersDialog(self.live, self).exec()
        self.look_up()  # what was published, revised or retired shows at once

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """↑/↓ in the search box choose among the answers found (the cursor stays typing)."""
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in ARROWS
            and self.model.rowCount()
        ):
            self.timer.stop()
            self.look_up_if_changed()
            row = self.table.currentIndex().row()
            step = -1 if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_PageUp) else 1
            self._choose(max(0, min(self.model.rowCount() - 1, row + step)))
            return True
        return super().eventFilter(watched, event)

    def _on_search_text_changed(self, _text: str) -> None:
        self.timer.start()

    def look_up_if_changed(self) -> None:
        if getattr(self, "_searched", None) != self.search.text():
            self.look_up()

    def look_up(self) -> None:
        self.timer.stop()
        text = self.search.text()
        self._searched = text
        base = self.live.models.knowledge_base
        rows = self.live.read(lambda db: base.search(db, text))
        self.model.set_rows(rows)
        # Nothing typed lists them all, none chosen: Ctrl+Enter names no answer not looked for.
        self._choose(0 if rows and text.strip() else -1)

    def refresh(self) -> None:
        """The answers again (revised, retired or used since), the same one still chosen."""
        kept = self.selected()
        self.look_up()
        if kept is not None:
            for row, answer in enumerate(self.model.rows()):
                if answer.answer_id == kept.answer_id:
                    self._choose(row)

    def _choose(self, row: int) -> None:
        if row < 0:
            self.table.clearSelection()
            self._show_answer(None)
            return
        self.table.selectRow(row)  # current first, selected next: said once both are
        self._on_current_row_changed()

    def _on_current_row_changed(self, *_: Any) -> None:
        answer = self.selected()
        self._show_answer(answer)
        self.chosen.emit(answer)

    def selected(self) -> AnswerRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.table.proxy.data(index, ROW_ROLE)
        return row if isinstance(row, AnswerRow) else None

    def _show_answer(self, answer: AnswerRow | None) -> None:
        if answer is None:
            self.answer.setPlainText("")
            self.answer.setPlaceholderText(self.tr("The chosen answer is shown here."))
            return
        self.answer.setPlainText(f"{answer.question}\n\n{answer.answer}")

    def clear(self) -> None:
        self.search.clear()
        self.look_up()
