"""What happens to a contract after signing: an amendment, the renewal notice, a renewal,
a termination (supervisor), a breach on record."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.contracts.sign import date_edit, to_date, year_later
from desktop.labels import label
from desktop.widgets.command_dialog import CommandDialog
from domain.clock import shifted
from domain.contracts import BreachKind, NoticeChannel
from projections.renewal_calendar import ContractRow


def _text_box(placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(72)
    return box


def _about(row: ContractRow) -> str:
    return f"{row.unit} · {label(row.kind)} · {row.start.isoformat()} – {row.end.isoformat()}"


class AmendDialog(CommandDialog):
    """Tick what changes; the amendment records the reason both sides agreed on."""

    def __init__(
        self, row: ContractRow, run: Callable[[dict[str, Any], str], None], parent: QWidget | None
    ) -> None:
        super().__init__(self.tr("Amend the contract"), self.tr("Record amendment"), parent)
        self._run = run
        self.set_intro(_about(row))
        self.change_start = QCheckBox(self.tr("Start"))
        self.start = date_edit(row.start)
        self.change_end = QCheckBox(self.tr("End"))
        self.end = date_edit(row.end)
        self.change_fee = QCheckBox(self.tr("Monthly fee (¥)"))
        self.fee = QLineEdit(str(row.monthly_fee))
        self.reason = _text_box(self.tr("What both sides agreed, and why"))
        for box, field in (
            (self.change_start, self.start),
            (self.change_end, self.end),
            (self.change_fee, self.fee),
        ):
            field.setEnabled(False)
            box.toggled.connect(field.setEnabled)
            self.form.addRow(box, field)
        self.form.addRow(self.tr("Reason"), self.reason)

    def changes(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        if self.change_start.isChecked():
            found["start"] = to_date(self.start.date()).isoformat()
        if self.change_end.isChecked():
            found["end"] = to_date(self.end.date()).isoformat()
        if self.change_fee.isChecked():
            found["monthly_fee"] = self.fee.text().strip()
        return found

    def submit(self) -> None:
        self._run(self.changes(), self.reason.toPlainText().strip())


class NoticeDialog(CommandDialog):
    """The renewal notice, due three months before the end; a letter can be printed."""

    def __init__(
        self,
        row: ContractRow,
        can_print: bool,
        run: Callable[[str], None],
        parent: QWidget | None,
        letter_sent: bool = False,
    ) -> None:
        super().__init__(self.tr("Send the renewal notice"), self.tr("Record notice"), parent)
        self._run = run
        intro = self.tr("{about}\nThe notice was due on {due}.").format(
            about=_about(row), due=row.notice_due.isoformat()
        )
        if letter_sent:
            intro += "\n" + self.tr(
                "A letter has gone out this term: printing it again makes a numbered copy, "
                "not another notice."
            )
        self.set_intro(intro)
        self.channel = QComboBox()
        for channel in NoticeChannel:
            self.channel.addItem(label(channel.value), channel.value)
        self.print_letter = QCheckBox(self.tr("Print the letter now"))
        self.print_letter.setChecked(can_print)
        self.print_letter.setEnabled(can_print)
        self.no_printing = QLabel(self.tr("Printing is not available on this desk."))
        self.no_printing.setObjectName("Hint")
        self.no_printing.setVisible(not can_print)
        self.form.addRow(self.tr("Channel"), self.channel)
        self.form.addRow("", self.print_letter)
        self.form.addRow("", self.no_printing)
        self._can_print = can_print
        self._letter_sent = letter_sent
        self.channel.currentIndexChanged.connect(self._on_channel_current_index_changed)
        self.print_letter.toggled.connect(self._name_the_action)
        self._name_the_action()
        if can_print:  # Ctrl+P: by letter, printed now
            QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self).activated.connect(
                self._on_print_key_activated
            )

    def _on_print_key_activated(self) -> None:
        self.channel.setCurrentIndex(self.channel.findData(NoticeChannel.LETTER.value))
        self.print_letter.setChecked(True)
        self.ok.click()

    def _on_channel_current_index_changed(self) -> None:
        letter = self.channel.currentData() == NoticeChannel.LETTER
        self.print_letter.setVisible(letter)
        self.no_printing.setVisible(letter and not self._can_print)
        self._name_the_action()

    def _name_the_action(self) -> None:
        """A letter printed again once one went out this term is only a reprint (a numbered
        copy, no notice recorded): the button says so."""
        reprint = self._letter_sent and self.wants_letter()
        self.ok.setText(self.tr("Reprint the letter") if reprint else self.tr("Record notice"))

    def wants_letter(self) -> bool:
        return (
            self.channel.currentData() == NoticeChannel.LETTER
            and self._can_print
            and self.print_letter.isChecked()
        )

    def submit(self) -> None:
        self._run(self.channel.currentData())


class RenewDialog(CommandDialog):
    def __init__(
        self, row: ContractRow, run: Callable[[str, str | None], None], parent: QWidget | None
    ) -> None:
        super().__init__(self.tr("Renew the contract"), self.tr("Renew"), parent)
        self._run = run
        self.set_intro(
            self.tr(
                "{about}\nReview how both sides kept the contract; the renewal is a complete "
                "new term."
            ).format(about=_about(row))
        )
        # The new term starts the day after the old one ends and runs a year.
        self.new_end: QDateEdit = date_edit(year_later(shifted(row.end, timedelta(days=1))))
        self.fee = QLineEdit()
        self.fee.setPlaceholderText(
            self.tr("unchanged: {fee}").format(fee=row.monthly_fee)
        )  # fmt: skip
        self.form.addRow(self.tr("New end"), self.new_end)
        self.form.addRow(self.tr("Monthly fee (¥)"), self.fee)

    def submit(self) -> None:
        fee = self.fee.text().strip() or None
        self._run(to_date(self.new_end.date()).isoformat(), fee)


class TerminateDialog(CommandDialog):
    def __init__(
        self, row: ContractRow, today: Any, run: Callable[[str, str], None], parent: QWidget | None
    ) -> None:
        super().__init__(
            self.tr("Terminate the contract"), self.tr("Terminate"), parent, destructive=True
        )
        self._run = run
        self.set_intro(
            self.tr("{about}\nOnly a supervisor terminates a contract.").format(about=_about(row))
        )
        self.on = date_edit(today)
        self.reason = _text_box(self.tr("Why it ends early"))
        self.form.addRow(self.tr("Ends on"), self.on)
        self.form.addRow(self.tr("Reason"), self.reason)

    def missing(self) -> str:
        if self.reason.toPlainText().strip():
            return ""
        return self.tr("Type why the contract ends early first.")

    def submit(self) -> None:
        self._run(to_date(self.on.date()).isoformat(), self.reason.toPlainText().strip())


class BreachDialog(CommandDialog):
    """A breach on record, with the evidence: talk first, then written notices."""

    def __init__(
        self, row: ContractRow, run: Callable[[str, str], None], parent: QWidget | None
    ) -> None:
        super().__init__(self.tr("Record a breach"), self.tr("Record breach"), parent)
        self._run = run
        self.set_intro(_about(row))
        self.kind = QComboBox()
        for kind in BreachKind:
            self.kind.addItem(label(kind.value), kind.value)
        self.details = _text_box(self.tr("What happened, and the evidence kept (photos, records)"))
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Details"), self.details)

    def submit(self) -> None:
        self._run(self.kind.currentData(), self.details.toPlainText().strip())
