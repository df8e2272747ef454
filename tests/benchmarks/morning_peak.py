"""The morning peak: several desks on one PostgreSQL store, each a command every couple of
seconds, beside the floors measured in the same run on the same machine.

    python tests/benchmarks/morning_peak.py                 # 8 desks, a command every 2 s, 10 min
    python tests/benchmarks/morning_peak.py --minutes 1     # a quick run

Each desk is a process of its own (as each desk is a computer of its own): its own FrontDesk,
signed in as its own clerk, and its own read models following the log (LISTEN/NOTIFY), as
the desktop's LiveDesk has them, without Qt. Every interval (with jitter) a desk runs the
next step of the counter's flows: a queue ticket taken, called, served and closed; a
visitor registered, confirmed and issued a pass; a repair reported; a parcel received; a
phone call opened and closed. After each command the desk catches its read models up, as
LiveDesk.run does.

Measured: each command's time (the command call alone); when another desk sees it (the
other desk's `changed` listeners hear a position at or past the command's last event, as
the window would refresh), and when the other desk's read models hold it (its follower
back from catching up, whether or not it was told); lost (a command reported done whose
events are not in the log, or whose record is missing from the read models, or a desk
whose read models never reach the end of the log); conflicts (those the domain retried
are explained; one reaching the desk is not). The store is a fresh schema of the test
database (FRONTDESK_TEST_POSTGRES, default postgresql://postgres@127.0.0.1:5432/test),
dropped at the end. Loopback only; stops by itself, a hard deadline ends any desk left.
Prints a table and writes tests/benchmarks/results/morning-peak.json with the machine
described.
"""

from __future__ import annotations

import argparse
import bisect
import json
import math
import multiprocessing
import os
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter, deque
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import RESULTS, ROOT, machine, ms  # harness puts the project on sys.path

TARGETS = {  # 8 desks on one PostgreSQL store, each a command every 2 s for 10 minutes
    "peak_command_p95_ms": 50.0,
    "peak_seen_p95_ms": 250.0,
    "peak_lost": 0,
    "peak_unexplained_conflicts": 0,
}
LABEL = "morning-peak"
# 48 flats in buildings 1-3, and the two of tests/cli's community: a household in each.
UNITS = [f"{b}-{e}-{f:02d}{r:02d}" for b in (1, 2, 3) for e in (1, 2) for f in (1, 2, 3, 4)
         for r in (1, 2)] + ["3-2-1502", "3-2-1601"]  # fmt: skip
NAMES = ("张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊",
         "赵敏", "黄勇", "周杰", "吴霞", "徐明", "孙丽")  # fmt: skip
REPAIRS = (
    ("plumbing", "厨房水管漏水"),
    ("lighting", "楼道灯不亮"),
    ("door_lock", "单元门禁坏了"),
    ("electrical", "插座跳闸"),
    ("drainage", "地漏堵塞"),
)
CARRIERS = ("顺丰", "京东", "中通", "圆通", "邮政")
FLOWS = (("queue", 0.30), ("visitor", 0.25), ("parcel", 0.20), ("incident", 0.15), ("phone", 0.10))
CHILD_GRACE_S = 90  # after the last command: the desks' read models catch up, results written


# --- the floors ------------------------------------------------------------------------------


def postgres_floor(url: str, runs: int = 200) -> dict[str, Any]:
    """Bare psycopg on the store's connection settings: a `SELECT 1` round trip, an INSERT
    and COMMIT into a temporary table and into an ordinary one, and a NOTIFY heard by another
    connection's LISTEN (what a desk's follower waits for). Medians and p95s, in ms."""
    import psycopg

    from tests.support import postgres_schema

    def summary(times: list[float]) -> dict[str, float]:
        return {"median_ms": ms(statistics.median(times)), "p95_ms": ms(percentile(times, 95))}

    with psycopg.connect(url, connect_timeout=5, autocommit=True) as conn:
        for _ in range(10):
            conn.execute("SELECT 1").fetchone()
        select = []
        for _ in range(runs):
            started = time.perf_counter()
            conn.execute("SELECT 1").fetchone()
            select.append(time.perf_counter() - started)
        server = conn.execute("SHOW server_version").fetchone()[0]  # type: ignore[index]
        synchronous = conn.execute("SHOW synchronous_commit").fetchone()[0]  # type: ignore[index]
    # A temporary table's commit writes no WAL, so waits for no flush; an ordinary table's
    # (in a schema of its own, dropped after) does, as the store's appends do.
    inserts: dict[str, list[float]] = {"temporary": [], "logged": []}
    state = os.urandom(400)  # about an event's size
    with postgres_schema() as scratch, psycopg.connect(url, connect_timeout=5) as conn:
        conn.execute("CREATE TEMPORARY TABLE floor (id bigserial PRIMARY KEY, state bytea)")
        conn.execute(f'CREATE TABLE "{scratch}".floor (id bigserial PRIMARY KEY, state bytea)')
        conn.commit()
        for kind, table in (("temporary", "pg_temp.floor"), ("logged", f'"{scratch}".floor')):
            for _ in range(runs):
                started = time.perf_counter()
                conn.execute(f"INSERT INTO {table} (state) VALUES (%s)", (state,))
                conn.commit()
                inserts[kind].append(time.perf_counter() - started)
    with (
        psycopg.connect(url, connect_timeout=5, autocommit=True) as listener,
        psycopg.connect(url, connect_timeout=5, autocommit=True) as sender,
    ):
        listener.execute("LISTEN frontdesk_floor")
        heard = []
        for i in range(runs // 2):
            started = time.perf_counter()
            sender.execute(f"NOTIFY frontdesk_floor, '{i}'")
            for _ in listener.notifies(timeout=2.0, stop_after=1):
                heard.append(time.perf_counter() - started)
    return {
        "server": server,
        "synchronous_commit": synchronous,
        "select_1": summary(select),
        "insert_commit_temporary": summary(inserts["temporary"]),
        "insert_commit": summary(inserts["logged"]),
        "notify_heard": summary(heard) if heard else None,
    }


def percentile(values: list[float], share: float) -> float:
    """Nearest rank: the smallest value with at least `share` per cent of them at or below."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(len(ordered) * share / 100) - 1)]


def spread(values: list[float]) -> dict[str, float | int | None]:
    """Count, p50, p95 and max of times in seconds, in ms."""
    if not values:
        return {"count": 0, "p50_ms": None, "p95_ms": None, "max_ms": None}
    return {
        "count": len(values),
        "p50_ms": ms(percentile(values, 50)),
        "p95_ms": ms(percentile(values, 95)),
        "max_ms": ms(max(values)),
    }


# --- one desk, in a process of its own -------------------------------------------------------


class Clerk:
    """One desk's clerk at the morning peak: the next step of a flow under way, or a new
    flow, every interval. Each step is one command."""

    def __init__(self, number: int, desk: Any, seed: int) -> None:
        self.number = number
        self.desk = desk
        self.random = random.Random(seed * 1000 + number)
        self.pending: deque[tuple[str, Callable[[], Any], Callable[[Any], None] | None]] = deque()
        self.serial = 0

    def next_step(self) -> tuple[str, Callable[[], Any], Callable[[Any], None] | None]:
        if self.pending and (len(self.pending) > 4 or self.random.random() < 0.6):
            return self.pending.popleft()
        flow = self.random.choices([f for f, _ in FLOWS], [w for _, w in FLOWS])[0]
        return getattr(self, f"start_{flow}")()

    def _phone(self) -> str:
        return f"139{self.number:02d}{self.random.randrange(10**6):06d}"

    def start_queue(self) -> tuple[str, Callable[[], Any], Callable[[Any], None] | None]:
        # This desk calls a ticket only after taking one: the queue is never empty for it.
        desk = self.desk
        purpose = self.random.choice(("enquiry", "repair", "parcel", "payment_question"))
        window = self.number % 20 + 1

        def taken(_ticket: str) -> None:
            self.pending.append(("call_next", lambda: desk.call_next(window), called))

        def called(ticket: str) -> None:
            self.pending.append(
                (
                    "open_contact",
                    lambda: desk.open_contact("counter", topic="咨询", queue_ticket=ticket),
                    opened,
                )
            )

        def opened(contact: str) -> None:
            self.pending.append(
                ("close_contact", lambda: desk.close_contact(contact, "answered"), None)
            )

        return "take_queue_ticket", lambda: desk.take_queue_ticket(purpose), taken

    def start_visitor(self) -> tuple[str, Callable[[], Any], Callable[[Any], None] | None]:
        desk, r = self.desk, self.random
        unit, name = r.choice(UNITS), r.choice(NAMES)
        id_number, phone = f"E{r.randrange(10**8):08d}", self._phone()

        def registered(pass_id: str) -> None:
            self.pending.append(
                ("confirm_host", lambda: desk.confirm_host(pass_id, "phone"), issue(pass_id))
            )

        def issue(pass_id: str) -> Callable[[Any], None]:
            return lambda _: self.pending.append(
                ("issue_pass", lambda: desk.issue_pass(pass_id, 4), None)
            )

        return (
            "register_visitor",
            lambda: desk.register_visitor(unit, name, "passport", id_number, phone, "探亲"),
            registered,
        )

    def start_parcel(self) -> tuple[str, Callable[[], Any], Callable[[Any], None] | None]:
        desk, r = self.desk, self.random
        self.serial += 1
        unit, carrier = r.choice(UNITS), r.choice(CARRIERS)
        waybill = f"SF{self.number:02d}{self.serial:08d}{r.randrange(1000):03d}"
        shelf = f"{r.choice('ABC')}-{r.randrange(1, 20):02d}"
        return "receive_parcel", lambda: desk.receive_parcel(unit, carrier, waybill, shelf), None

    def start_incident(self) -> tuple[str, Callable[[], Any], Callable[[Any], None] | None]:
        desk, r = self.desk, self.random
        unit, (category, what), who = r.choice(UNITS), r.choice(REPAIRS), r.choice(NAMES)
        return (
            "report_incident",
            lambda: desk.report_incident(
                "repair", category, "general", f"{unit} 室内", what, who, "counter", unit
            ),
            None,
        )

    def start_phone(self) -> tuple[str, Callable[[], Any], Callable[[Any], None] | None]:
        desk, r = self.desk, self.random
        unit, phone = r.choice(UNITS), self._phone()

        def opened(contact: str) -> None:
            self.pending.append(
                ("close_contact", lambda: desk.close_contact(contact, "answered"), None)
            )

        return "open_contact", lambda: desk.open_contact("phone", phone, unit, "咨询物业费"), opened


def desk_process(
    number: int,
    url: str,
    password: str,
    settings: dict[str, Any],
    clock: Any,
    start: Any,
    all_done: Any,
    messages: Any,
    out: Path,
) -> None:
    """One desk: open, sign in, follow; wait for the start; a step every interval until the
    end; then wait for every desk to finish and for the read models to reach the end of
    the log; write what it saw to `out`."""
    report: dict[str, Any] = {"desk": number, "commands": [], "errors": []}
    thread_errors: list[str] = []
    threading.excepthook = lambda hook: thread_errors.append(
        "".join(traceback.format_exception(hook.exc_type, hook.exc_value, hook.exc_traceback))
    )
    try:
        _run_desk(number, url, password, settings, clock, start, all_done, messages, report)
    except KeyboardInterrupt:
        report["errors"].append("interrupted")
    except BaseException:
        report["errors"].append(traceback.format_exc())
    report["errors"] += thread_errors
    out.write_text(json.dumps(report, ensure_ascii=False))
    messages.put(("finished", number))


def open_with_retries(number: int, url: str, password: str, failures: list[str]) -> Any:
    """The desk opened, signed in, its read models opened. The desks open together, as at the
    start of the day; an opening that fails is tried again (up to 10 times) and noted."""
    from desktop.cli.session import open_desk
    from projections.catalogue import open_read_models

    for attempt in range(10):
        desk = None
        try:
            desk = open_desk(url, desk_name=f"desk-{number}")
            desk.sign_in(f"clerk{number}", password)
            return desk, open_read_models(desk)
        except Exception as problem:
            if desk is not None:
                desk.close()
            if attempt == 9:
                raise
            first = (str(problem).strip() or "?").splitlines()[0]
            failures.append(f"{type(problem).__name__}: {first}")
            time.sleep(random.uniform(0.2, 1.0) * (attempt + 1))
    raise AssertionError("unreachable")


def _run_desk(
    number: int,
    url: str,
    password: str,
    settings: dict[str, Any],
    clock: Any,
    start: Any,
    all_done: Any,
    messages: Any,
    report: dict[str, Any],
) -> None:
    from domain import errors

    desk, models = open_with_retries(number, url, password, report.setdefault("open_failures", []))
    # What this desk's read models hold (after any catch-up: its follower's or its own), and
    # what its listeners are told (the window refreshes on this): (time.time(), position).
    readable: list[tuple[float, int]] = []
    told: list[tuple[float, int]] = []
    catch_up = models.catch_up

    def noted_catch_up(*args: Any, **kwargs: Any) -> int:
        applied = catch_up(*args, **kwargs)
        readable.append((time.time(), models.position()))
        return applied

    models.catch_up = noted_catch_up
    models.changed.append(lambda position: told.append((time.time(), position)))
    # The events each command records, and the conflicts met inside it (retried or not).
    recorded: list[tuple[int, str]] = []
    retried: list[str] = []
    record, save_checked = desk._record, desk._save

    def noted_record(*args: Any, **kwargs: Any) -> Any:  # where every command's events go
        recordings = record(*args, **kwargs)
        recorded.extend((r.notification.id, str(r.notification.originator_id)) for r in recordings)
        return recordings

    def noted_save_checked(*aggregates: Any) -> None:
        try:
            save_checked(*aggregates)
        except errors.ConflictError as conflict:
            retried.append(str(conflict.params.get("record", "?")))
            raise

    desk._record = noted_record  # type: ignore[method-assign]
    desk._save = noted_save_checked
    models.follow()
    readable.append((time.time(), models.position()))
    messages.put(("ready", number))
    if not start.wait(timeout=120):
        raise RuntimeError("never started")
    began, interval, desks = clock.value, settings["interval"], settings["desks"]
    ends = began + settings["minutes"] * 60
    counter = Clerk(number, desk, settings["seed"])
    jitter = random.Random(settings["seed"] * 7919 + number)
    tick = 0
    while True:
        due = began + interval * (tick + (number - 1) / desks + jitter.uniform(-0.25, 0.25))
        tick += 1
        if due >= ends:
            break
        time.sleep(max(0.0, due - time.time()))
        name, step, then = counter.next_step()
        recorded.clear()
        retried.clear()
        outcome, result = "ok", None
        started = time.perf_counter()
        try:
            result = step()
        except errors.ConflictError as conflict:
            outcome = f"conflict: {conflict.params.get('record', '?')} ({conflict})"
        except errors.DomainError as refusal:
            outcome = f"refused: {refusal.key} ({refusal})"
        except Exception as problem:  # reported, never a traceback on screen
            outcome = f"error: {type(problem).__name__}: {problem}"
        seconds = time.perf_counter() - started
        finished = time.time()
        refresh_started = time.perf_counter()
        models.catch_up()  # as LiveDesk.run does, after the command and after a conflict
        refresh = time.perf_counter() - refresh_started
        report["commands"].append(
            {
                "desk": number,
                "command": name,
                "outcome": outcome,
                "s": seconds,
                "refresh_s": refresh,
                "done_at": finished,
                "events": list(recorded),
                "retried": list(retried),
                "result": result if isinstance(result, str) else None,
            }
        )
        if outcome == "ok" and then is not None:
            then(result)
    messages.put(("done", number))
    all_done.wait(timeout=CHILD_GRACE_S / 2)
    final = desk.recorder.max_notification_id() or 0
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and max(p for _, p in readable) < final:
        time.sleep(0.05)  # the follower alone: a catch-up here would hide a follower stuck
    report.update(final=final, readable=readable, told=told)
    models.stop()
    desk.close()


# --- the run ---------------------------------------------------------------------------------


def set_up(url: str, desks: int) -> tuple[str, int]:
    """The community of tests/cli (阳光花园, admin, 李娜 as clerk1), a clerk for every desk,
    and a household in each of ~50 flats; its read models made. The password, and the log's
    last position."""
    from projections.catalogue import open_read_models
    from tests.cli.command_line import set_up_community
    from tests.support import PASSWORD, member, resident_id

    admin = set_up_community(Path(tempfile.gettempdir()), url=url)
    for n in range(2, desks + 1):
        admin.add_staff(f"clerk{n}", f"{NAMES[n % len(NAMES)]}{n}", "clerk", PASSWORD)
    for unit in UNITS[:-2]:  # set_up_community registered the last two
        admin.register_unit(unit, area_m2="89.5")
    admin.sign_in("clerk1", PASSWORD)
    today = admin.today().isoformat()
    for i, unit in enumerate(UNITS):
        head = NAMES[i % len(NAMES)]
        admin.move_in(
            unit,
            [member(head, phone=f"1380013{i:04d}", id_number=resident_id(sequence=f"{i:03d}"))],
            "owner",
            today,
        )
    open_read_models(admin)
    last = admin.recorder.max_notification_id() or 0
    admin.close()
    return PASSWORD, last


def run_desks(url: str, password: str, args: argparse.Namespace, work: Path) -> list[dict]:
    """The desks, each a spawned process; all started together; every one ended by the
    hard deadline whatever happens. Their reports (a desk that wrote none is missing)."""
    context = multiprocessing.get_context("spawn")
    settings = {
        "desks": args.desks,
        "minutes": args.minutes,
        "interval": args.interval,
        "seed": args.seed,
    }
    clock, start, all_done = context.Value("d", 0.0), context.Event(), context.Event()
    messages = context.Queue()
    processes = [
        context.Process(
            target=desk_process,
            args=(n, url, password, settings, clock, start, all_done, messages, work / f"{n}.json"),
            name=f"desk-{n}",
            daemon=True,
        )
        for n in range(1, args.desks + 1)
    ]
    say = lambda text: print(text, file=sys.stderr, flush=True)  # noqa: E731
    seen: dict[str, set[int]] = {"ready": set(), "done": set(), "finished": set()}
    hard_deadline = time.time() + 120 + args.minutes * 60 + CHILD_GRACE_S

    def gather(kind: str, until: float) -> None:
        # A desk that finished (or died) early says nothing more.
        while len(seen[kind] | seen["finished"]) < len(processes) and time.time() < until:
            if all(not p.is_alive() for p in processes) and messages.empty():
                return
            try:
                what, n = messages.get(timeout=0.5)
            except Exception:  # queue.Empty
                continue
            seen[what].add(n)

    completed = False
    try:
        for process in processes:
            process.start()
        gather("ready", time.time() + 120)
        if len(seen["ready"]) < len(processes):
            failed = sorted(set(range(1, len(processes) + 1)) - seen["ready"])
            why = [
                last_error(json.loads(path.read_text())["errors"][-1])
                for n in failed
                if (path := work / f"{n}.json").exists()
            ]
            raise RuntimeError(f"desks {failed} did not open: {why[:1]}")
        clock.value = time.time() + 1.0
        start.set()
        say(f"{args.desks} desks running for {args.minutes:g} min …")
        hard_deadline = clock.value + args.minutes * 60 + CHILD_GRACE_S
        gather("done", clock.value + args.minutes * 60 + CHILD_GRACE_S / 2)
        all_done.set()
        gather("finished", hard_deadline)
        completed = True
    finally:
        start.set()
        all_done.set()
        for process in processes:  # interrupted or failed: the desks are ended at once
            process.join(
                timeout=max(0.1, min(10.0, hard_deadline - time.time())) if completed else 0.1
            )
        for process in processes:
            if process.is_alive():
                if completed:
                    say(f"{process.name} overran the deadline: ended")
                process.terminate()
                process.join(timeout=5)
                if process.is_alive():
                    process.kill()
                    process.join(timeout=5)
    reports = []
    for n in range(1, args.desks + 1):
        path = work / f"{n}.json"
        reports.append(
            json.loads(path.read_text()) if path.exists() else {"desk": n, "missing": True}
        )
    return reports


def last_error(text: str) -> str:
    """The line of a traceback naming the exception."""
    lines = text.strip().splitlines() or ["?"]
    return next((line for line in reversed(lines) if "Error" in line), lines[-1])


def first_reached(timeline: list[tuple[float, int]]) -> Callable[[int], float | None]:
    """When a desk's timeline first reached a position (None: never)."""
    ordered = sorted(timeline)
    times = [t for t, _ in ordered]
    highest: list[int] = []
    for _, position in ordered:
        highest.append(max(position, highest[-1]) if highest else position)

    def at(position: int) -> float | None:
        i = bisect.bisect_left(highest, position)
        return times[i] if i < len(times) else None

    return at


def analyse(url: str, reports: list[dict], start_position: int) -> dict[str, Any]:
    from desktop.cli.session import open_desk
    from projections.catalogue import open_read_models

    problems: list[str] = []
    commands = [c for r in reports for c in r.get("commands", [])]
    for r in reports:
        if r.get("missing"):
            problems.append(f"desk {r['desk']} wrote no report")
        for error in r.get("errors", []):
            problems.append(f"desk {r['desk']}: {last_error(error)}")
    open_failures = [f"desk {r['desk']}: {f}" for r in reports for f in r.get("open_failures", [])]
    if open_failures:
        problems.append(
            f"{len(open_failures)} openings failed and were tried again: {open_failures[0]}"
        )
    done = [c for c in commands if c["outcome"] == "ok"]
    outcomes = Counter(c["outcome"].split(":")[0] for c in commands)
    by_command = {
        name: spread([c["s"] for c in done if c["command"] == name])
        for name in sorted({c["command"] for c in commands})
    }
    # Seen: another desk's listeners told a position at or past the command's last event
    # (as its window refreshes); held: its read models there after its follower caught up.
    told = {r["desk"]: first_reached(r.get("told", [])) for r in reports if "told" in r}
    held = {r["desk"]: first_reached(r.get("readable", [])) for r in reports if "readable" in r}
    seen_delays: list[float] = []
    held_delays: list[float] = []
    never_told, never_held, pairs = 0, 0, 0
    for c in done:
        if not c["events"]:
            continue
        last = max(position for position, _ in c["events"])
        for other in told:
            if other == c["desk"]:
                continue
            pairs += 1
            when = told[other](last)
            if when is None:
                never_told += 1
            else:
                seen_delays.append(when - c["done_at"])
            when = held[other](last)
            if when is None:
                never_held += 1
            else:
                held_delays.append(when - c["done_at"])
    # p95 of seen, a pair never told counting as never seen.
    seen_p95 = percentile(seen_delays + [math.inf] * never_told, 95) if pairs else math.inf
    # Lost: every event a command reported is in the log, nothing else was recorded in the
    # run, every record made is in the read models, every desk's read models reached the end.
    desk = open_desk(url)
    final = desk.recorder.max_notification_id() or 0
    in_log: dict[int, str] = {}
    position = start_position + 1
    while True:
        page = desk.recorder.select_notifications(start=position, limit=1000)
        if not page:
            break
        in_log.update((n.id, str(n.originator_id)) for n in page)
        position = page[-1].id + 1
    claimed = {p: o for c in done for p, o in c["events"]}
    missing_events = [p for p, o in claimed.items() if in_log.get(p) != o]
    unclaimed = sorted(set(in_log) - set(claimed))
    models = open_read_models(desk, catch_up=False)
    models_position = models.position()
    tables = {
        "register_visitor": "SELECT pass_id AS id FROM visitor_passes",
        "receive_parcel": "SELECT parcel_id AS id FROM parcels",
        "report_incident": "SELECT incident_id AS id FROM incidents",
        "open_contact": "SELECT contact_id AS id FROM contacts",
    }
    with models.reading() as db:
        held_ids = {name: {row["id"] for row in db.all(sql)} for name, sql in tables.items()}
        today = desk.today().isoformat()
        tickets = {
            row["ticket"]
            for row in db.all("SELECT ticket FROM queue_tickets WHERE day = :day", day=today)
        }
    missing_records = [
        (c["command"], c["result"])
        for c in done
        if (c["command"] in tables and c["result"] not in held_ids[c["command"]])
        or (c["command"] == "take_queue_ticket" and c["result"] not in tickets)
    ]
    desk.close()
    behind = [
        r["desk"] for r in reports if "final" in r and held[r["desk"]](r["final"]) is None
    ] + [r["desk"] for r in reports if "final" not in r]
    commands_lost = len(missing_events) + len(missing_records)
    for what, items in (
        ("events a command reported, not in the log", missing_events[:10]),
        ("records made, missing from the read models", missing_records[:10]),
        ("events in the log that no command reported", unclaimed[:10]),
        ("desks whose read models never reached the end of the log", behind),
    ):
        if items:
            problems.append(f"{what}: {items}")
    if models_position != final:
        problems.append(f"read models at {models_position}, the log at {final}")
    unexplained = [
        f"desk {c['desk']} {c['command']}: {c['outcome']}"
        for c in commands
        if c["outcome"].startswith("conflict")
    ]
    retried = Counter(record for c in done for record in c["retried"])
    refusals = Counter(c["outcome"] for c in commands if c["outcome"].startswith("refused"))
    errors_ = Counter(c["outcome"] for c in commands if c["outcome"].startswith("error"))
    for kind in (refusals, errors_):
        problems += [f"{n} × {text}" for text, n in kind.most_common(5)]
    return {
        "commands": len(commands),
        "outcomes": dict(outcomes),
        "events": len(in_log),
        "peak_command_p95_ms": spread([c["s"] for c in done])["p95_ms"],
        "command": spread([c["s"] for c in done]),
        "command_and_own_refresh": spread([c["s"] + c["refresh_s"] for c in done]),
        "by_command": by_command,
        "peak_seen_p95_ms": ms(seen_p95) if seen_p95 < math.inf else None,
        "seen": {
            **spread(seen_delays),
            "pairs": pairs,
            "never_told": never_told,
            "min_ms": ms(min(seen_delays)) if seen_delays else None,
        },
        "held": {**spread(held_delays), "pairs": pairs, "never": never_held},
        "peak_lost": commands_lost + len(behind),
        "lost": {
            "events_missing_from_log": len(missing_events),
            "records_missing_from_read_models": len(missing_records),
            "events_unclaimed": len(unclaimed),
            "desks_behind": behind,
        },
        "peak_unexplained_conflicts": len(unexplained),
        "conflicts": {
            "retried_by_the_domain": dict(retried),
            "unexplained": unexplained[:20],
        },
        "refused": dict(refusals),
        "open_failures": open_failures,
        "errors": dict(errors_),
        "problems": problems,
    }


def commit() -> str | None:
    """The commit measured, marked when the product's files differ from it."""
    import subprocess

    def git(*argv: str) -> str:
        ran = subprocess.run(["git", *argv], cwd=ROOT, capture_output=True, text=True, timeout=30)
        return ran.stdout.strip() if ran.returncode == 0 else ""

    head = git("rev-parse", "--short", "HEAD")
    changed = git("status", "--porcelain", "--", "domain", "projections", "ledger", "desktop")
    return (head + (" (with uncommitted changes)" if changed else "")) or None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--desks", type=int, default=8)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--interval", type=float, default=2.0, help="seconds between commands")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--label", default=LABEL, help="name of the results file")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    if args.desks < 2 or args.minutes <= 0 or args.interval <= 0:
        parser.error("at least 2 desks, and a positive duration and interval")
    work = Path(tempfile.mkdtemp(prefix="frontdesk-peak-"))
    # The store's master key is kept here, by this process and the desks it starts.
    os.environ["FRONTDESK_KEY_DIR"] = str(work / "keys")
    try:
        return measure(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def measure(args: argparse.Namespace, work: Path) -> int:
    from tests.support import POSTGRES_URL, postgres_reachable, postgres_schema, postgres_url

    say = lambda text: print(text, file=sys.stderr, flush=True)  # noqa: E731
    reason = postgres_reachable()
    if reason:
        print(f"morning peak: {reason}", file=sys.stderr)
        return 2
    load_before = [round(x, 2) for x in os.getloadavg()]
    floor = postgres_floor(POSTGRES_URL)
    say(
        f"floors: SELECT 1 {floor['select_1']['median_ms']} ms, INSERT+COMMIT "
        f"{floor['insert_commit']['median_ms']} ms (temporary table "
        f"{floor['insert_commit_temporary']['median_ms']} ms)"
    )
    with postgres_schema() as schema:
        url = postgres_url(schema)
        started = time.perf_counter()
        password, start_position = set_up(url, args.desks)
        setup_s = time.perf_counter() - started
        say(f"community set up in {setup_s:.1f} s ({start_position} events)")
        reports = run_desks(url, password, args, work)
        results = analyse(url, reports, start_position)
    import psycopg

    figures = {
        "label": args.label,
        "machine": {**machine(), "postgres": floor.pop("server"), "psycopg": psycopg.__version__},
        "measured": str(datetime.now()),
        "commit": commit(),
        "load_average_before": load_before,
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "desks": args.desks,
        "minutes": args.minutes,
        "interval_s": args.interval,
        "setup_s": round(setup_s, 1),
        "floor_postgres": floor,
        **results,
    }
    figures["targets"] = {
        name: {
            "target": target,
            "measured": figures[name],
            "met": figures[name] is not None and figures[name] <= target,
        }
        for name, target in TARGETS.items()
    }
    print_table(figures)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"{args.label}.json").write_text(
        json.dumps(figures, indent=2, ensure_ascii=False) + "\n"
    )
    return 0 if all(row["met"] for row in figures["targets"].values()) else 1


def print_table(figures: dict[str, Any]) -> None:
    floor = figures["floor_postgres"]
    notify = floor["notify_heard"] or {}
    print(
        f"\n{figures['label']}: {figures['desks']} desks, a command every "
        f"{figures['interval_s']:g} s for {figures['minutes']:g} min: {figures['commands']} "
        f"commands, {figures['events']} events"
    )
    print(
        f"  floors: SELECT 1 {floor['select_1']['median_ms']} ms, INSERT+COMMIT "
        f"{floor['insert_commit']['median_ms']} ms (temporary table "
        f"{floor['insert_commit_temporary']['median_ms']} ms), NOTIFY heard "
        f"{notify.get('median_ms')} ms (medians)"
    )
    for name, row in figures["targets"].items():
        mark = "ok " if row["met"] else "MISS"
        measured = "never" if row["measured"] is None else row["measured"]
        print(f"  {mark} {name:<34} {measured!s:>10}   target {row['target']}")
    command, seen, held = figures["command"], figures["seen"], figures["held"]
    print(
        f"  command p50 {command['p50_ms']} ms, max {command['max_ms']} ms; with the desk's "
        f"own refresh p95 {figures['command_and_own_refresh']['p95_ms']} ms"
    )
    print(
        f"  seen by another desk (its listeners told): p50 {seen['p50_ms']} ms, p95 "
        f"{seen['p95_ms']} ms, max {seen['max_ms']} ms; never told {seen['never_told']} "
        f"of {seen['pairs']}"
    )
    print(
        f"  held by another desk's read models: p50 {held['p50_ms']} ms, p95 "
        f"{held['p95_ms']} ms, max {held['max_ms']} ms; never {held['never']}"
    )
    retried = figures["conflicts"]["retried_by_the_domain"]
    print(f"  conflicts retried by the domain: {retried or 'none'}; outcomes {figures['outcomes']}")
    for problem in figures["problems"]:
        print(f"  ! {problem}")


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        print("morning peak: interrupted; the desks ended, the schema dropped", file=sys.stderr)
        sys.exit(130)
    except Exception as problem:  # one line, never a traceback
        print(f"morning peak: {type(problem).__name__}: {problem}", file=sys.stderr)
        sys.exit(1)
