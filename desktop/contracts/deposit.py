"""Deposits (renovation deposits above all): what was paid, and what is given back with the
deductions for damage or debris left behind."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from desktop.labels import label
from desktop.widgets.command_dialog import CommandDialog
from domain.contracts import deposit_outstanding, refund_beside
from projections.renewal_calendar import ContractRow


def _held(row: ContractRow) -> str:
    return f"{row.unit} · {label(row.kind)}"


class DepositDialog(CommandDialog):
    def __init__(
        self, row: ContractRow, run: Callable[[str], None], parent: QWidget | None
    ) -> None:
        super().__init__(self.tr("Deposit paid"), self.tr("Record payment"), parent)
        self._run = run
        self.set_intro(
            self.tr("{about}\nAgreed ¥{agreed}, paid so far ¥{paid}.").format(
                about=_held(row), agreed=row.deposit, paid=row.deposit_paid
            )
        )
        outstanding = deposit_outstanding(row.deposit, row.deposit_paid)
        self.amount = QLineEdit(str(outstanding) if outstanding else "")
        self.amount.setPlaceholderText("0.00")
        self.form.addRow(self.tr("Amount paid (¥)"), self.amount)

    def submit(self) -> None:
        self._run(self.amount.text().strip())


class RefundDialog(CommandDialog):
    """The refund and the deductions together may not exceed what is held."""

    def __init__(
        self, row: ContractRow, run: Callable[[str, str, str], None], parent: QWidget | None
    ) -> None:
        super().__init__(self.tr("Refund the deposit"), self.tr("Record refund"), parent)
        self._run = run
        self.set_intro(
            self.tr("{about}\nHeld now: ¥{held}.").format(about=_held(row), held=row.deposit_held)
        )
        self.amount = QLineEdit(str(row.deposit_held) if row.deposit_held else "")
        self.deductions = QLineEdit("0")
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(64)
        self.reason.setPlaceholderText(self.tr("What the deductions are for (damage, debris…)"))
        self.form.addRow(self.tr("Refund (¥)"), self.amount)
        self.form.addRow(self.tr("Deductions (¥)"), self.deductions)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.deductions.textEdited.connect(self._on_deductions_text_edited)
        self._held = row.deposit_held

    def _on_deductions_text_edited(self, text: str) -> None:
        """Keep refund + deductions = held while the person types the deductions."""
        try:
            rest = refund_beside(self._held, Decimal(text.strip() or "0"))
        except ArithmeticError:
            return
        if rest is not None:
            self.amount.setText(str(rest))

    def submit(self) -> None:
        self._run(
            self.amount.text().strip(),
            self.deductions.text().strip() or "0",
            self.reason.toPlainText().strip(),
        )
