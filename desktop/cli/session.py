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


def password(prompt: str) -> str:
    return os.environ.get("FRONTDESK_PASSWORD") or getpass.getpass(prompt)


def signed_in(args: argparse.Namespace) -> FrontDesk:
    """The store of `--store`, signed in as `--operator` (or FRONTDESK_OPERATOR)."""
    desk = open_desk(args.store)
    operator = args.operator or os.environ.get("FRONTDESK_OPERATOR")
    if not operator:
        raise errors.NotSignedInError()
    desk.sign_in(operator, password(f"Password for {operator}: "))
    return desk
