"""The `frontdesk` command line. With no arguments it opens the desktop.

The parser (desktop/cli/commands.py) names each command's function as "module:function";
only the command that runs is imported, so `--help` loads no store and a read loads neither
the printing, the export, the PostgreSQL driver for a SQLite store, nor Qt."""

from __future__ import annotations

import argparse
import binascii
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from desktop.cli.commands import build_parser
from domain import errors
from domain.messages import render

if TYPE_CHECKING:
    from desktop.cli.session import open_desk, password, signed_in

__all__ = ["build_parser", "main", "open_desk", "open_desktop", "password", "signed_in"]

# Opening the store and signing in, handed out from desktop/cli/session.py when first asked for.
_SESSION = ("open_desk", "password", "signed_in")


def __getattr__(name: str) -> Any:
    if name not in _SESSION:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module("desktop.cli.session"), name)
    globals()[name] = value
    return value


def open_desktop(store: str | None, build_first: Callable[[Any], Any] | None = None) -> int:
    """The desk's window: the one place the command line hands over to Qt (`build_first`
    fills a new store first, behind the desk's progress dialog)."""
    from desktop.app import run_desktop

    return run_desktop(store, build_first)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _run(argv)
    except Exception as problem:  # the last resort: one clear line, never a traceback
        print(
            f"frontdesk: {errors.UnexpectedFailureError(kind=type(problem).__name__)}",
            file=sys.stderr,
        )
        return 3


def _key_problem(problem: errors.DomainError) -> errors.DomainError:
    """A wrong key given in FRONTDESK_KEY is named as that variable, not the key file."""
    if isinstance(problem, errors.WrongKeyError) and os.environ.get("FRONTDESK_KEY"):
        return errors.WrongKeyInEnvironmentError(key_id=problem.params.get("key_id", ""))
    return problem


def _command(args: argparse.Namespace) -> Callable[[argparse.Namespace], int]:
    """The function that runs the parsed command, imported now: "module:function"."""
    module, _, name = args.run.partition(":")
    command: Callable[[argparse.Namespace], int] = getattr(importlib.import_module(module), name)
    return command


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None and not hasattr(args, "store"):
        args.store = None
    if args.command is None:
        return open_desktop(args.store)
    try:
        return int(_command(args)(args))
    except errors.DomainError as problem:
        print(f"frontdesk: {_key_problem(problem)}", file=sys.stderr)
        return 1
    except binascii.Error:  # the key file (or FRONTDESK_KEY) holds no key at all
        from ledger.vault import key_folder

        where = "FRONTDESK_KEY" if os.environ.get("FRONTDESK_KEY") else str(key_folder())
        print(f"frontdesk: {errors.KeyUnreadableError(where=where)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as problem:
        return _store_or_system_failure(problem)


def _store_or_system_failure(problem: Exception) -> int:
    """The store refused or failed (exit 2), the reader stopped early (0), the system said
    no (2); anything else is raised on to `main`'s last resort."""
    # Imported here: a store's error can only have been raised once the store was loaded.
    from eventsourcing.persistence import PersistenceError

    if isinstance(problem, PersistenceError):  # before OSError: some are TimeoutErrors too
        print(f"frontdesk: {render('cli_store_unusable', problem=str(problem))}", file=sys.stderr)
        return 2
    if isinstance(problem, BrokenPipeError):  # the reader stopped early (`| head`): not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    if isinstance(problem, OSError):  # a file given that is not there, a folder, a full disk
        from desktop.cli.refusals import system_refusal

        print(f"frontdesk: {system_refusal(problem)}", file=sys.stderr)
        return 2
    raise problem
