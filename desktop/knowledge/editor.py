"""The forms a manager fills to publish or revise a standard answer, and to retire one with
the reason (a destructive step: it asks before it acts)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from desktop.labels import label
from desktop.live import LiveDesk
from desktop.widgets.command_dialog import CommandDialog
from domain.knowledge import AnswerCategory
from projections.knowledge_base import AnswerRow


class AnswerEditor(CommandDialog):
    """A new answer (`row` None), or the answer in `row` said anew."""

    def __init__(self, live: LiveDesk, row: AnswerRow | None, parent: QWidget | None) -> None:
        super().__init__("", "", parent)
        self.live, self.row = live, row
        self.answer_id = ""  # the new answer's id, once published
        self.setWindowTitle(
            self.tr("Publish a standard answer") if row is None else self.tr("Revise the answer")
        )
        self.ok.setText(self.tr("&Publish") if row is None else self.tr("&Save revision"))
        self.setMinimumWidth(560)
        self.question = QLineEdit(row.question if row else "")
        self.question.setPlaceholderText(self.tr("As residents ask it"))
        self.answer = QPlainTextEdit(row.answer if row else "")
        self.answer.setTabChangesFocus(True)
        self.answer.setMinimumHeight(140)
        self.category = QComboBox()
        for category in AnswerCategory:
            self.category.addItem(label(category.value), category.value)
        chosen = row.category if row else AnswerCategory.OTHER.value
        self.category.setCurrentIndex(max(0, self.category.findData(chosen)))
        self.keywords = QLineEdit("、".join(row.keywords) if row else "")
        self.keywords.setPlaceholderText(self.tr("Words residents use, separated by 、 or commas"))
        self.form.addRow(self.tr("Question"), self.question)
        self.form.addRow(self.tr("Answer"), self.answer)
        self.form.addRow(self.tr("Category"), self.category)
        self.form.addRow(self.tr("Keywords"), self.keywords)

    def submit(self) -> None:
        desk = self.live.desk
        said: dict[str, Any] = {
            "question": self.question.text().strip(),
            "answer": self.answer.toPlainText().strip(),
            "category": self.category.currentData(),
            "keywords": self.keywords.text().strip(),
        }
        if self.row is None:
            self.answer_id = str(self.live.run(desk.publish_answer, **said))
        else:
            self.live.run(desk.revise_answer, self.row.answer_id, **said)
            self.answer_id = self.row.answer_id


class RetireDialog(CommandDialog):
    """Retire an answer no longer true, with the reason; it is kept in the history. It asks
    before it acts, going back being the default there."""

    def __init__(self, live: LiveDesk, row: AnswerRow, parent: QWidget | None) -> None:
        super().__init__("", "", parent, destructive=True)
        self.live, self.row = live, row
        self.setWindowTitle(self.tr("Retire the answer"))
        self.ok.setText(self.tr("Retire"))
        self.set_intro(
            self.tr(
                "“{question}” will no longer be offered at the counter, nor close a contact. "
                "It stays in the history."
            ).format(question=row.question)
        )
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.addItems(
            [
                "",
                self.tr("The rule changed"),
                self.tr("Replaced by another answer"),
                self.tr("No longer asked"),
            ]
        )
        self.reason.setMinimumWidth(320)
        self.form.addRow(self.tr("Reason"), self.reason)

    def missing(self) -> str:
        if self.reason.currentText().strip():
            return ""
        return self.tr("Choose or type the reason first.")

    def submit(self) -> None:
        self.live.run(
            self.live.desk.retire_answer, self.row.answer_id, self.reason.currentText().strip()
        )
