"""The command catalogue is what the desk's commands say they are, not a list kept by hand:
every name in it is a command (refused before anything runs when nobody is signed in), no
query is in it, and the README's table names the same commands in the same order."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

from domain import FrontDesk, errors
from domain.application import COMMANDS

README = Path(__file__).resolve().parents[2] / "README.md"
QUERIES = [
    "check_pass",
    "pass_payload",
    "pass_copy_number",
    "history",
    "timeline",
    "verify",
    "chain_head",
    "event_count",
    "get_incident",
    "get_pass",
    "list_staff",
    "community",
    "retention",
]
# Commands the desk records of its own doing; a batch file may not name them.
DESK_ONLY = [
    "record_pass_printed",
    "record_move_in_pack_printed",
    "print_renewal_letter",
    "record_export",
    "record_report_print",
    "reveal_id_number",
    "reveal_visitor_id_number",
]


def readme_catalogue() -> list[str]:
    """The command names of the README's "command catalogue, in short" table, in order."""
    section = README.read_text(encoding="utf-8").split("## The command catalogue, in short")[1]
    names: list[str] = []
    for row in re.findall(r"^\| [^|]+ \| (.+) \|$", section.split("\n\n")[1], re.MULTILINE):
        names += re.findall(r"`(\w+)`", re.sub(r"\([^)]*\)", "", row))
    return names


def test_the_readme_lists_the_catalogue_as_it_is() -> None:
    assert readme_catalogue() == list(COMMANDS)


def test_no_query_and_no_record_of_the_desks_own_doing_is_in_the_catalogue() -> None:
    for name in QUERIES + DESK_ONLY:
        assert callable(getattr(FrontDesk, name)), name
        assert name not in COMMANDS, name


def test_every_catalogue_command_is_refused_to_nobody_before_it_runs(desk: FrontDesk) -> None:
    desk.sign_out()
    before = desk.event_count()
    for name in [*COMMANDS, *DESK_ONLY]:
        method = getattr(desk, name)
        nothing = dict.fromkeys(inspect.signature(method).parameters)
        try:
            method(**nothing)
        except errors.NotSignedInError:
            continue
        raise AssertionError(f"{name} ran with nobody signed in")
    assert desk.event_count() == before
