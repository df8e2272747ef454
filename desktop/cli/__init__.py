"""The `frontdesk` command line. With no arguments it opens the desktop."""

from __future__ import annotations

import argparse
import binascii
import os
import sys
from collections.abc import Sequence
from datetime import date

from eventsourcing.persistence import PersistenceError

from desktop.cli.history import add_history_commands
from desktop.cli.json_lines import print_json
from desktop.cli.printing import add_check_pass_command, add_print_commands
from desktop.cli.reads import add_read_commands
from desktop.cli.session import open_desk, password, signed_in
from domain import errors
from domain.messages import render
from domain.store import describe, store_url
from ledger.vault import key_folder

# --- subcommands -----------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    desk = open_desk(args.store)
    secret = password(f"New password for {args.admin}: ")
    desk.initialise(args.admin, args.name or args.admin, secret, community=args.community)
    print(render("cli_store_ready", where=describe(store_url(args.store)), admin=args.admin))
    print(render("cli_key_where", where=desk.vault.where()))
    return 0


def cmd_apply(args: argparse.Namespace) -> int:
    from desktop.cli.batch import apply_batch

    desk = signed_in(args)
    with open(args.file, "rb") as lines:  # each line decoded apart: one bad byte, one result
        for outcome in apply_batch(desk, lines):
            print_json(outcome)
            if not outcome["ok"]:
                return 1
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.demo import DEMO_PASSWORD, SOLE_WRITER, build_demo

    desk = open_desk(args.store, env=SOLE_WRITER, password_cost=args.password_cost)
    where = describe(store_url(args.store))
    if args.open and desk.is_initialised():
        print(f"{where} already holds {desk.community() or 'a community'}; opening it.")
        print(f"  Demo staff sign in with the password {DEMO_PASSWORD} (clerk1, supervisor1, …).")
    else:
        report = build_demo(
            desk, seed=args.seed, scale=args.scale, progress=not args.quiet, until=args.until
        )
        print(f"Demo community {report.community} ready at {where}")
        print(f"  {report.summary()}")
        print(f"  Staff (password for all: {DEMO_PASSWORD}):")
        for username, role, name in report.staff:
            print(f"    {username:<12} {role:<11} {name}")
    desk.close()
    if args.open:
        from desktop.app import run_desktop

        return run_desktop(args.store)
    return 0


# --- parser ------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="frontdesk",
        description="Front Desk: the service center's desk. With no command, opens the desktop.",
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--store",
        help="store URL: sqlite:///PATH or postgresql://user:pass@host:port/db "
        "(default: FRONTDESK_STORE, else a file in your user data folder)",
    )
    signed = argparse.ArgumentParser(add_help=False, parents=[common])
    signed.add_argument(
        "--operator",
        help="your username (default: FRONTDESK_OPERATOR); "
        "the password comes from FRONTDESK_PASSWORD or a prompt",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = sub.add_parser("init", parents=[common], help="create the store and its first admin")
    init.add_argument("--admin", required=True, help="the first admin's username")
    init.add_argument("--name", help="the admin's full name")
    init.add_argument("--community", default="", help="the community's name")
    init.set_defaults(run=cmd_init)

    apply = sub.add_parser("apply", parents=[signed], help="run a JSON Lines batch of commands")
    apply.add_argument("file", help="FILE.jsonl, one command a line")
    apply.set_defaults(run=cmd_apply)

    add_history_commands(sub, signed)
    add_read_commands(sub, signed)
    add_print_commands(sub, signed)
    add_check_pass_command(sub, signed)

    demo = sub.add_parser("demo", parents=[common], help="fill a new store with a demo community")
    demo.add_argument("--seed", type=int, default=2026, help="same seed, same community")
    demo.add_argument(
        "--scale",
        choices=("small", "medium", "large", "million", "tiny"),  # tiny: for tests
        metavar="{small,medium,large,million}",
        default="small",
    )
    demo.add_argument(
        "--until",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="the last day of the demo's year (default: today in the desk's time zone)",
    )
    demo.add_argument("--quiet", action="store_true", help="no progress on stderr")
    demo.add_argument(
        "--open", action="store_true", help="then open the desk (reusing a store already filled)"
    )
    demo.add_argument("--password-cost", type=int, default=2**14, help=argparse.SUPPRESS)
    demo.set_defaults(run=cmd_demo)
    return parser


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


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None and not hasattr(args, "store"):
        args.store = None
    if args.command is None:
        from desktop.app import run_desktop

        return run_desktop(args.store)
    try:
        return int(args.run(args))
    except errors.DomainError as problem:
        print(f"frontdesk: {_key_problem(problem)}", file=sys.stderr)
        return 1
    except binascii.Error:  # the key file (or FRONTDESK_KEY) holds no key at all
        where = "FRONTDESK_KEY" if os.environ.get("FRONTDESK_KEY") else str(key_folder())
        print(f"frontdesk: {errors.KeyUnreadableError(where=where)}", file=sys.stderr)
        return 1
    except PersistenceError as problem:
        print(f"frontdesk: {render('cli_store_unusable', problem=str(problem))}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader stopped early (`| head`): not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as problem:
        print(f"frontdesk: {problem}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
