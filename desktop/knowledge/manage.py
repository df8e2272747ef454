"""The knowledge base (知识库) to manage: every standard answer, searched as typed (part of a
word, traditional or simplified, a keyword), retired ones on request; managers publish,
revise and retire them, everyone else reads them. Opened from the Counter workspace as
`AnswersDialog(live, parent)`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.knowledge.editor import AnswerEditor, RetireDialog
from desktop.labels import label
from desktop.live import LiveDesk
from desktop.usecases.printing import staff_name
from desktop.widgets import keyboard
from domain.staff import may
from projections.knowledge_base import AnswerRow

LISTED = 1000  # every answer the desk holds (it ships about 30)
COLUMNS = 4  # question, category, keywords, uses


class AnswersDialog(QDialog):
    """The standard answers, the chosen one in full; publish, revise, retire for managers."""

    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.rows: list[AnswerRow] = []
        self.may_manage = may(live.desk.role(), "manage_answers") and not live.read_only
        self.setWindowTitle(self.tr("Knowledge base"))
        self.resize(920, 600)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search: part of a question, a keyword…"))
        self.search.setClearButtonEnabled(True)
        self.show_retired = QCheckBox(self.tr("Show retired answers"))
        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Question"), self.tr("Category"), self.tr("Keywords"), self.tr("Uses")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setStyleSheet("color: #718096;")
        self.message = QLabel()
        self.message.setObjectName("FieldError")
        self.message.setWordWrap(True)
        self.publish_button = QPushButton(self.tr("&New answer…"))
        self.revise_button = QPushButton(self.tr("&Revise…"))
        self.retire_button = QPushButton(self.tr("Re&tire…"))
        keyboard.mark_destructive(self.retire_button)  # never the focus, never the default
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.publish_button, self.revise_button, self.retire_button):
            button.setVisible(self.may_manage)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_retired)
        shown = QWidget()
        shown_layout = QVBoxLayout(shown)
        shown_layout.setContentsMargins(0, 0, 0, 0)
        shown_layout.addWidget(self.detail, 1)
        shown_layout.addWidget(self.about)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(shown)
        split.setSizes([340, 150])  # the list first; the answer below it
        buttons = QHBoxLayout()
        buttons.addWidget(self.publish_button)
        buttons.addWidget(self.revise_button)
        buttons.addStretch(1)
        buttons.addWidget(self.retire_button)
        buttons.addSpacing(24)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.show_retired.toggled.connect(self._on_show_retired_toggled)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.publish_button.clicked.connect(self._on_publish_button_clicked)
        self.revise_button.clicked.connect(self._on_revise_button_clicked)
        self.retire_button.clicked.connect(self._on_retire_button_clicked)
        self.close_button.clicked.connect(self.accept)
        self.live.changed.connect(self._on_live_changed)  # another desk's answers too
        keyboard.install(self, None, self.search)
        self.refresh()

    # --- reading ----------------------------------------------------------------------------

    def refresh(self, select: str = "") -> None:
        """Read the answers matching what is typed; keep (or move to) `select`'s row."""
        shown = self.selected()
        chosen = select or (shown.answer_id if shown else "")
        base = self.live.models.knowledge_base
        text, retired = self.search.text(), self.show_retired.isChecked()
        self.rows = self.live.read(
            lambda db: base.search(db, text, include_retired=retired, limit=LISTED)
        )
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            question = row.question
            if row.retired:
                question = self.tr("{question} (retired)").format(question=question)
            cells = (question, label(row.category), "、".join(row.keywords), str(row.uses))
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if row.retired:
                    item.setForeground(Qt.GlobalColor.gray)
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(i, column, item)
        at = next((i for i, r in enumerate(self.rows) if r.answer_id == chosen), 0)
        if self.rows:
            self.table.selectRow(at)
        self._show_selected()

    def selected(self) -> AnswerRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def _show_selected(self) -> None:
        row = self.selected()
        self.detail.setPlainText(row.answer if row else "")
        if row is None:
            self.about.setText(self.tr("No answer matches.") if self.search.text() else "")
        elif row.retired:
            self.about.setText(self.tr("Retired: {reason}").format(reason=row.retired_reason))
        else:
            self.about.setText(
                self.tr("Published by {who}; revised {n} times; used {uses} times.").format(
                    who=staff_name(self.live.desk, row.published_by),
                    n=row.revisions,
                    uses=row.uses,
                )
            )
        current = row is not None and not row.retired
        self.revise_button.setEnabled(current)
        self.retire_button.setEnabled(current)

    # --- slots ------------------------------------------------------------------------------

    def _on_live_changed(self) -> None:
        self.refresh()

    def _on_search_text_changed(self, _text: str) -> None:
        self.refresh()

    def _on_show_retired_toggled(self, _checked: bool) -> None:
        self.refresh()

    def _on_table_item_selection_changed(self) -> None:
        self._show_selected()

    def _on_publish_button_clicked(self) -> None:
        self.editor = AnswerEditor(self.live, None, self)
        self.editor.accepted.connect(self._on_editor_accepted)
        self.editor.open()

    def _on_revise_button_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        self.editor = AnswerEditor(self.live, row, self)
        self.editor.accepted.connect(self._on_editor_accepted)
        self.editor.open()

    def _on_editor_accepted(self) -> None:
        self.search.clear()
        self.refresh(select=self.editor.answer_id)

    def _on_retire_button_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        self.retire_dialog = RetireDialog(self.live, row, self)
        self.retire_dialog.accepted.connect(self._on_retire_dialog_accepted)
        self.retire_dialog.open()

    def _on_retire_dialog_accepted(self) -> None:
        self.refresh()
