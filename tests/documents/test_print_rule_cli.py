"""`frontdesk print …` records a print once the PDF has been rendered and written, never
before: a document that cannot be rendered, or a file that cannot be written, leaves no
print on record; one written is recorded once (desktop/usecases/printing.py, the same rule
the desk follows)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.cli import main
from domain.history import HistoryFilter
from tests.documents.conftest import Community

pytestmark = pytest.mark.slow

# What is printed, the events its print is recorded as, and the module that renders it.
DOCUMENTS: dict[str, tuple[Callable[[Community], list[str]], tuple[str, ...], str, str]] = {
    "pass": (
        lambda c: ["pass", c.passes["陈静"]],
        ("VisitorPass.PassPrinted",),
        "projections.documents.visitor_pass",
        "render_pass",
    ),
    "move-in-pack": (
        lambda c: ["move-in-pack", "3-2-1502"],
        ("Household.MoveInPackPrinted",),
        "projections.documents.move_in_pack",
        "render_move_in_pack",
    ),
    "renewal-notice": (
        lambda c: ["renewal-notice", c.contract],
        ("Contract.RenewalNoticeSent", "Contract.RenewalLetterReprinted"),
        "projections.documents.renewal_letter",
        "render_renewal_letter",
    ),
    "emergency-log": (
        lambda c: ["emergency-log", "--from", (c.today.replace(day=1)).isoformat()],
        ("AuditTrail.ReportPrinted",),
        "projections.documents.emergency_report",
        "render_emergency_report",
    ),
}


@pytest.fixture
def signed(community: Community, monkeypatch: pytest.MonkeyPatch) -> Community:
    """The community's store, `frontdesk` run in this process as clerk1."""
    for name, value in community.env.items():
        if name.startswith("FRONTDESK_"):
            monkeypatch.setenv(name, value)
    return community


def prints(community: Community, kinds: tuple[str, ...]) -> int:
    desk = community.desk("auditor1")
    try:
        return sum(len(list(desk.history(filters=HistoryFilter(event_type=k)))) for k in kinds)
    finally:
        desk.close()


def print_document(community: Community, document: str, out: Path) -> int:
    args, _, _, _ = DOCUMENTS[document]
    return main(["print", *args(community), "--out", str(out)])


@pytest.mark.parametrize("document", DOCUMENTS)
def test_a_document_that_cannot_be_rendered_is_not_recorded(
    signed: Community, document: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    _, kinds, module, renderer = DOCUMENTS[document]

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the font is missing")

    monkeypatch.setattr(f"{module}.{renderer}", broken)
    before = prints(signed, kinds)
    assert print_document(signed, document, tmp_path / "out.pdf") == 3
    assert "frontdesk:" in capsys.readouterr().err
    assert not (tmp_path / "out.pdf").exists()
    assert prints(signed, kinds) == before


@pytest.mark.parametrize("document", DOCUMENTS)
def test_a_document_that_cannot_be_written_is_not_recorded(
    signed: Community, document: str, tmp_path: Path, capsys
) -> None:
    _, kinds, _, _ = DOCUMENTS[document]
    before = prints(signed, kinds)
    assert print_document(signed, document, tmp_path / "no such folder" / "out.pdf") == 2
    assert "frontdesk:" in capsys.readouterr().err
    assert prints(signed, kinds) == before


@pytest.mark.parametrize("document", DOCUMENTS)
def test_a_document_written_is_recorded_once(
    signed: Community, document: str, tmp_path: Path
) -> None:
    _, kinds, _, _ = DOCUMENTS[document]
    before = prints(signed, kinds)
    assert print_document(signed, document, tmp_path / "out.pdf") == 0
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
    assert prints(signed, kinds) == before + 1
