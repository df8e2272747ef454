"""Opening the store and signing in, for every command-line entry point."""

from __future__ import annotations

import argparse
import getpass
import os
from typing import Any

from domain import errors
from domain.application import FrontDesk
from domain.store import store_env, store_url


def open_desk(url: str | None, env: dict[str, str] | None = None, **options: Any) -> FrontDesk:
    return FrontDesk({**store_env(store_url(url)), **(env or {})}, **options)


def open_window_desk(url: str | None, **options: Any) -> FrontDesk:
    """The store as the desk's window holds it: on SQLite, the write-ahead log is copied into
    the database by a thread of its own, never by a commit of the window's (ledger/
    sqlite_store.py); a one-off command copies it as it commits, as SQLite does."""
    from ledger.sqlite_store import CHECKPOINT_IN_BACKGROUND

    return open_desk(url, {CHECKPOINT_IN_BACKGROUND: "yes"}, **options)


def password(prompt: str) -> str:
    given = os.environ.get("FRONTDESK_PASSWORD")
    if given:
        return given
    try:
        return getpass.getpass(prompt)
    except EOFError:  # nowhere to type it (a script, a closed input): say what is missing
        raise errors.MissingValueError(field="password") from None


def signed_in(args: argparse.Namespace) -> FrontDesk:
    """The store of `--store`, signed in as `--operator` (or FRONTDESK_OPERATOR)."""
    desk = open_desk(args.store)
    operator = args.operator or os.environ.get("FRONTDESK_OPERATOR")
    if not operator:
        raise errors.NotSignedInError()
    desk.sign_in(operator, password(f"Password for {operator}: "))
    return desk
