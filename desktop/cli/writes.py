"""The command line's writes: `init` a store, `apply` a batch of commands, fill a `demo`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from desktop.cli.json_lines import print_json
from desktop.cli.session import open_desk, password, signed_in
from domain.application import FrontDesk
from domain.messages import render
from domain.store import describe, store_url


def cmd_init(args: argparse.Namespace) -> int:
    from desktop.usecases.knowledge import publish_shipped_answers

    desk = open_desk(args.store)
    secret = password(f"New password for {args.admin}: ")
    desk.initialise(args.admin, args.name or args.admin, secret, community=args.community)
    print(render("cli_store_ready", where=describe(store_url(args.store)), admin=args.admin))
    desk.sign_in(args.admin, secret)  # the first admin publishes the shipped answers
    published = publish_shipped_answers(desk)
    desk.sign_out()
    print(render("cli_answers_published", count=len(published)))
    print(render("cli_key_where", where=desk.vault.where()))
    return 0


def cmd_apply(args: argparse.Namespace) -> int:
    from desktop.cli.batch import apply_batch

    desk = signed_in(args)
    _checklist_when_asked(desk)
    with open(args.file, "rb") as lines:  # each line decoded apart: one bad byte, one result
        for outcome in apply_batch(desk, lines):
            print_json(outcome)
            if not outcome["ok"]:
                return 1
    return 0


def _checklist_when_asked(desk: FrontDesk) -> None:
    """A batch's `hand_over_shift` reads its checklist from the live read models, opened
    (and caught up) the first time a line hands a shift over, not for every batch."""

    def open_matters() -> list[dict[str, Any]]:
        from desktop.usecases.handover import attach_checklist
        from projections.catalogue import open_read_models

        attach_checklist(desk, open_read_models(desk, catch_up=False))
        assert desk.checklist_source is not None
        return desk.checklist_source()

    desk.checklist_source = open_matters


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.cli.progress import TerminalProgress
    from desktop.demo import DEMO_PASSWORD, SOLE_WRITER, DemoProgress, DemoReport, build_demo

    desk = open_desk(args.store, env=SOLE_WRITER, password_cost=args.password_cost)
    where = describe(store_url(args.store))
    terminal = None if args.quiet else TerminalProgress()

    def build(told: Callable[[DemoProgress], None] | None = None) -> DemoReport:
        def progress(step: DemoProgress) -> None:
            for listener in (terminal, told):
                if listener is not None:
                    listener(step)

        report = build_demo(
            desk, seed=args.seed, scale=args.scale, progress=progress, until=args.until
        )
        desk.close()
        print(f"Demo community {report.community} ready at {where}")
        print(f"  {report.summary()}")
        print(f"  Staff (password for all: {DEMO_PASSWORD}):")
        for username, role, name in report.staff:
            print(f"    {username:<12} {role:<11} {name}")
        return report

    if args.open:
        from desktop.cli import open_desktop

        if desk.is_initialised():
            print(f"{where} already holds {desk.community() or 'a community'}; opening it.")
            print(
                f"  Demo staff sign in with the password {DEMO_PASSWORD} (clerk1, supervisor1, …)."
            )
            desk.close()
            return open_desktop(args.store)
        # Built behind the desk's own progress dialog, then its sign-in opens on it.
        return open_desktop(args.store, build_first=build)
    build()
    return 0
