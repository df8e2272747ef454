"""How long it takes to make a visitor pass and a move-in pack.

    python tests/benchmarks/documents.py [--runs 15]

Prints the median (and the spread) of each over the runs, after one cold run that also
reads the font file; then the whole desk-side flow for a pass on a SQLite store
(record the print, sign the payload, read the row, render).
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from projections.renewal_calendar import ContractRow
from projections.resident_files import HouseholdRow, MemberRow, ResidentFile
from projections.visitor_log import VisitorRow

ZONE = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 22, 14, 30, tzinfo=ZONE)
PAYLOAD = "FD1.HLWUSVGN2NDHPL4FENQ3DL4NYY.MEMGKSPAGCELZBJB"


def rows() -> tuple[VisitorRow, ResidentFile, ContractRow]:
    start = NOW - timedelta(hours=1)
    visitor = VisitorRow(
        "3aed4954-cdd3-4677-af85-2361b1af8dc6",
        "HLWUSVGN",
        "刘洋",
        "resident_id",
        "310***********1233",
        "13900139000",
        "3-2-1502",
        "h1",
        "guest",
        "探亲",
        "",
        "issued",
        False,
        start,
        "clerk1",
        start,
        start + timedelta(hours=4),
        None,
        None,
        "",
    )
    household = HouseholdRow(
        "7c1e2f3a-0000-4000-8000-000000000001",
        "3-2-1502",
        3,
        "owner",
        date(2026, 11, 20),
        None,
        "张伟、王芳",
        "13812345678",
        "沪A12345",
        date(2026, 11, 27),
        None,
        None,
    )
    members = [
        MemberRow("张伟", "self", "resident_id", "310***********1233", "13812345678", True),
        MemberRow("王芳", "spouse", "resident_id", "310***********0022", "13987654321", True),
    ]
    file = ResidentFile(household, members, ["沪A12345"], [], [], "")
    contract = ContractRow(
        "c1",
        "3-2-1502",
        household.household_id,
        "service",
        date(2026, 12, 1),
        date(2027, 11, 30),
        Decimal("250.60"),
        Decimal(0),
        Decimal(0),
        Decimal(0),
        Decimal(0),
        Decimal(0),
        date(2027, 9, 1),
        None,
        None,
        "",
        0,
        None,
        "",
        0,
        0,
        NOW,
        "clerk1",
        NOW,
    )
    return visitor, file, contract


def timed(make: Callable[[], None], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        make()
        times.append((time.perf_counter() - started) * 1000)
    return times


def report(name: str, times: list[float]) -> None:
    print(
        f"  {name:<34} median {statistics.median(times):7.1f} ms"
        f"   (min {min(times):.1f}, max {max(times):.1f}, n={len(times)})"
    )


def desk_flow(runs: int) -> list[float]:
    """The desk's whole job for one pass: record, sign, read the row, render."""
    from domain import FrontDesk, SimulatedClock
    from domain.store import store_env
    from domain.visitors import pass_code
    from projections.catalogue import open_read_models
    from projections.documents.visitor_pass import render_pass

    folder = tempfile.mkdtemp()
    clock = SimulatedClock(NOW - timedelta(hours=1))
    desk = FrontDesk(
        store_env(f"sqlite:///{folder}/bench.sqlite"),
        clock=clock,
        desk_name="bench",
        password_cost=2**4,
    )
    desk.initialise("admin", "管理员", "bench-pass-1", community="阳光花园")
    desk.sign_in("admin", "bench-pass-1")
    desk.add_staff("clerk1", "李娜", "clerk", "bench-pass-1")
    desk.register_unit("3-2-1502", "3", "89.50")
    desk.sign_in("clerk1", "bench-pass-1")
    desk.move_in(
        "3-2-1502",
        [
            {
                "name": "张伟",
                "relation": "self",
                "id_type": "passport",
                "id_number": "E12345678",
                "phone": "13812345678",
            }
        ],
        "owner",
        "2026-11-20",
    )
    pass_id = desk.register_visitor(
        "3-2-1502", "刘洋", "passport", "E87654321", "13900139000", "探亲"
    )
    desk.confirm_host(pass_id, "phone")
    desk.issue_pass(pass_id, 8)
    models = open_read_models(desk)

    def one() -> None:
        copy = desk.record_pass_printed(pass_id, "badge")
        payload = desk.pass_payload(pass_id)
        models.catch_up()
        with models.reading() as db:
            row = models.visitor_log.by_code(db, pass_code(desk.get_pass(pass_id).id), NOW)  # type: ignore[attr-defined]
        render_pass(
            row,
            payload,
            "badge",
            "zh_CN",
            io.BytesIO(),
            copy_number=copy,
            desk="bench",
            operator="李娜",
            community=desk.community(),
            printed_at=NOW,
        )

    try:
        return timed(one, runs)
    finally:
        desk.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    visitor, file, contract = rows()

    started = time.perf_counter()
    from projections.documents.fonts import register_fonts
    from projections.documents.move_in_pack import render_move_in_pack
    from projections.documents.visitor_pass import render_pass

    register_fonts()
    cold = (time.perf_counter() - started) * 1000

    def make_pass(size: str) -> Callable[[], None]:
        return lambda: render_pass(
            visitor,
            PAYLOAD,
            size,
            "zh_CN",
            io.BytesIO(),
            desk="desk-1",
            operator="李娜",
            community="阳光花园",
            printed_at=NOW,
        )

    def make_pack() -> None:
        render_move_in_pack(
            file,
            [contract],
            Decimal("89.50"),
            "zh_CN",
            io.BytesIO(),
            community="阳光花园",
            printed_at=NOW,
        )

    print(f"Documents, median of {runs} runs each (Python {sys.version.split()[0]})")
    print(f"  {'import + register the font (once)':<34} {cold:14.1f} ms")
    for size in ("badge", "label62", "a4"):
        make_pass(size)()  # warm the texts and the code paths
        report(f"visitor pass, {size}", timed(make_pass(size), runs))
    make_pack()
    report("move-in pack (5 pages A4)", timed(make_pack, runs))
    report("pass, whole desk flow (SQLite)", desk_flow(runs))


if __name__ == "__main__":
    main()
