"""What the incident panel asks before it records a step: who is dispatched, what was done,
why it waits, to which level it goes, how it was resolved, what the resident said; and the
panel's step buttons that open these dialogs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.live import LiveDesk
from desktop.widgets.command_dialog import CommandDialog
from domain.incidents import CALLBACK_WITHIN
from domain.staff import may
from projections.incident_board import IncidentRow


def _text_box(placeholder: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(84)
    return box


class NoteDialog(CommandDialog):
    """One line or a few lines of text, then the command: dispatch, log, hold, reopen."""

    def __init__(
        self,
        title: str,
        action: str,
        field: str,
        run: Callable[[str], None],
        multiline: bool = False,
        suggestions: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, action, parent)
        self._run = run
        self.multiline = multiline
        if multiline:
            self.text: QLineEdit | QPlainTextEdit = _text_box()
        else:
            line = QLineEdit()
            if suggestions:
                completer = QCompleter(QStringListModel(list(suggestions), line), line)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                line.setCompleter(completer)
            self.text = line
        self.form.addRow(field, self.text)
        self.text.setFocus()

    def value(self) -> str:
        if isinstance(self.text, QPlainTextEdit):
            return self.text.toPlainText().strip()
        return self.text.text().strip()

    def submit(self) -> None:
        self._run(self.value())


class EscalateDialog(CommandDialog):
    """Levels above the current one; level 3 only for a supervisor (the desk also checks)."""

    def __init__(
        self,
        current: int,
        supervisor: bool,
        run: Callable[[int, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Escalate"), self.tr("Escalate"), parent)
        self._run = run
        self.set_intro(self.tr("Now at level {level}.").format(level=current))
        self.level = QComboBox()
        names = {
            2: self.tr("Level 2 — complex, or several departments"),
            3: self.tr("Level 3 — company management: collective or media-sensitive"),
        }
        model = self.level.model()
        assert isinstance(model, QStandardItemModel)
        for level in (2, 3):
            if level <= current:
                continue
            text = names[level]
            if level == 3 and not supervisor:
                text += " " + self.tr("(supervisor only)")
            self.level.addItem(text, level)
            if level == 3 and not supervisor:
                item = model.item(self.level.count() - 1)
                item.setEnabled(False)
        self.reason = _text_box(self.tr("Why it needs a higher level"))
        self.form.addRow(self.tr("Level"), self.level)
        self.form.addRow(self.tr("Reason"), self.reason)

    def choose(self, level: int) -> None:
        """Pick a level even when the list greys it out (what a forged click would send)."""
        index = self.level.findData(level)
        if index >= 0:
            self.level.setCurrentIndex(index)

    def submit(self) -> None:
        self._run(self.level.currentData() or 0, self.reason.toPlainText().strip())


class ResolveDialog(CommandDialog):
    def __init__(self, run: Callable[[str, bool], None], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Resolve"), self.tr("Resolve"), parent)
        self._run = run
        self.resolution = _text_box(self.tr("What was done"))
        self.first_contact = QCheckBox(self.tr("Solved at the first contact"))
        self.form.addRow(self.tr("Resolution"), self.resolution)
        self.form.addRow("", self.first_contact)

    def submit(self) -> None:
        self._run(self.resolution.toPlainText().strip(), self.first_contact.isChecked())


class CallbackDialog(CommandDialog):
    """The satisfaction call: 1 to 5, as the resident says it, and their words."""

    def __init__(self, run: Callable[[object, str], None], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Satisfaction callback"), self.tr("Record callback"), parent)
        self._run = run
        self.set_intro(self.tr("Ask how satisfied the resident is with how it was handled."))
        self.satisfaction = QComboBox()
        self.satisfaction.setPlaceholderText(self.tr("Choose…"))
        for score, text in (
            (5, self.tr("5 — very satisfied")),
            (4, self.tr("4 — satisfied")),
            (3, self.tr("3 — neither")),
            (2, self.tr("2 — dissatisfied")),
            (1, self.tr("1 — very dissatisfied")),
        ):
            self.satisfaction.addItem(text, score)
        self.satisfaction.setCurrentIndex(-1)
        self.comment = _text_box(self.tr("In the resident's words (optional)"))
        self.form.addRow(self.tr("Satisfaction"), self.satisfaction)
        self.form.addRow(self.tr("Comment"), self.comment)

    def submit(self) -> None:
        self._run(self.satisfaction.currentData(), self.comment.toPlainText().strip())


# The step buttons are mixed into the panel (a QWidget); the checker sees them as one.
if TYPE_CHECKING:
    _PanelBase = QWidget
else:
    _PanelBase = object


class IncidentSteps(_PanelBase):
    """The incident panel's step buttons: each opens its dialog or runs its command."""

    live: LiveDesk
    row: IncidentRow | None

    if TYPE_CHECKING:  # provided by the panel

        def run(self, command: Callable[..., Any], *args: Any) -> bool: ...
        def _say(self, text: str, alert: bool = False) -> None: ...
        def _open(self, dialog: QDialog, said: str) -> QDialog: ...
        def _step(self, command: Callable[..., Any]) -> Callable[..., None]: ...

    def _on_acknowledge_clicked(self) -> None:
        if self.run(self.live.desk.acknowledge):
            self._say(self.tr("Acknowledged: the response is on record."))

    def _on_dispatch_clicked(self) -> None:
        board = self.live.models.incident_board
        now = self.live.now()
        known = self.live.read(lambda db: {r.assignee for r in board.all(db, now, 300)})
        self._open(
            NoteDialog(
                self.tr("Dispatch"),
                self.tr("Dispatch"),
                self.tr("To whom"),
                self._step(self.live.desk.dispatch),
                suggestions=sorted(a for a in known if a),
                parent=self,
            ),
            self.tr("Dispatched."),
        )

    def _on_log_clicked(self) -> None:
        self._open(
            NoteDialog(
                self.tr("Log an action"),
                self.tr("Log"),
                self.tr("What was done"),
                self._step(self.live.desk.log_action),
                multiline=True,
                parent=self,
            ),
            self.tr("Action logged."),
        )

    def _on_hold_clicked(self) -> None:
        dialog = NoteDialog(
            self.tr("Put on hold"),
            self.tr("Put on hold"),
            self.tr("Waiting for"),
            self._step(self.live.desk.put_on_hold),
            suggestions=[self.tr("the resident"), self.tr("parts")],
            parent=self,
        )
        dialog.set_intro(self.tr("Time on hold does not count against the deadlines."))
        self._open(dialog, self.tr("On hold: the clock is stopped."))

    def _on_resume_clicked(self) -> None:
        if self.run(self.live.desk.resume):
            self._say(self.tr("Resumed: the deadlines moved on by the time on hold."))

    def _on_escalate_clicked(self) -> None:
        assert self.row is not None
        self._open(
            EscalateDialog(
                self.row.level,
                may(self.live.role, "escalate_to_level_3"),
                self._step(self.live.desk.escalate),
                parent=self,
            ),
            self.tr("Escalated."),
        )

    def _on_resolve_clicked(self) -> None:
        self._open(
            ResolveDialog(self._step(self.live.desk.resolve), parent=self),
            self.tr("Resolved. The satisfaction callback is due within {hours} hours.").format(
                hours=CALLBACK_WITHIN // timedelta(hours=1)
            ),
        )

    def _on_callback_clicked(self) -> None:
        self._open(
            CallbackDialog(self._step(self.live.desk.record_callback), parent=self),
            self.tr("Callback recorded."),
        )

    def _on_reopen_clicked(self) -> None:
        self._open(
            NoteDialog(
                self.tr("Reopen"),
                self.tr("Reopen"),
                self.tr("Why"),
                self._step(self.live.desk.reopen),
                multiline=True,
                parent=self,
            ),
            self.tr("Reopened with a new deadline."),
        )

    def _on_close_clicked(self) -> None:
        if self.run(self.live.desk.close_incident):
            self._say(self.tr("Closed."))
