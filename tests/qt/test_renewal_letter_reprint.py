"""The desk's renewal notice, printed by letter twice: the second is copy 1 of the letter,
recorded as a reprint, and the notice stays the one sent."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.contracts.actions import NoticeDialog
from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from tests.documents.conftest import pdf_text, squeezed
from tests.support import PASSWORD


class Printer:
    """Stands in for the desk's printer: keeps what was sent."""

    def __init__(self) -> None:
        self.printed: list[bytes] = []

    def send(self, pdf: bytes, title: str, parent: object = None) -> bool:
        self.printed.append(pdf)
        return True


def send_by_letter(page, qtbot) -> None:
    qtbot.mouseClick(page.buttons["notice"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, NoticeDialog)
    assert dialog.channel.currentData() == "letter" and dialog.wants_letter()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)


def test_printing_the_letter_again_is_a_numbered_copy_not_a_second_notice(
    window: MainWindow, live: LiveDesk, qtbot, tmp_path: Path
) -> None:
    household = live.desk.get_unit("3-2-1502").household_id
    contract_id = live.run(
        live.desk.sign_contract,
        "3-2-1502",
        household,
        "service",
        "2026-03-02",
        "2026-05-31",
        "268.50",
    )
    page = window.show_page("contracts")
    page.output = Printer()
    page.show_record("contract", contract_id)
    qtbot.mouseClick(page.buttons["notice"], Qt.MouseButton.LeftButton)
    assert "numbered copy" not in page.dialog.intro.text()  # no letter yet: this one is the notice
    page.dialog.reject()

    send_by_letter(page, qtbot)
    assert page.message.text() == "Notice recorded and the letter printed."
    qtbot.mouseClick(page.buttons["notice"], Qt.MouseButton.LeftButton)
    assert "printing it again makes a numbered copy" in page.dialog.intro.text()
    page.dialog.reject()
    send_by_letter(page, qtbot)

    assert page.message.text() == (
        "Copy 1 of the letter printed; recorded as a reprint, not a notice."
    )
    assert page.selected.notices_sent == 1
    first, again = tmp_path / "first.pdf", tmp_path / "again.pdf"
    first.write_bytes(page.output.printed[0])
    again.write_bytes(page.output.printed[1])
    assert "COPY" not in pdf_text(first) and "COPY1" in squeezed(pdf_text(again))
    live.desk.sign_in("auditor1", PASSWORD)
    kinds = [r.type for r in live.desk.history() if r.aggregate_id == contract_id]
    assert kinds == ["Signed", "RenewalNoticeSent", "RenewalLetterReprinted"]
