"""Make a stopped demo build ready to be measured: its read models brought to this version
(a full rebuild when their tables changed, timed beside the library's decode of the same
log, as the harness times one), then the retention rule applied as a supervisor would at
sign-in (a build stopped part way never reached its end of year).

    python tests/benchmarks/prepare_store.py sqlite:////path/frontdesk.sqlite

Prints one JSON line for the read models and one for the retention rule.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def main(url: str) -> None:
    from harness import DEMO_PASSWORD, decode_floor

    from desktop.usecases.retention import forget_expired
    from domain import FrontDesk
    from domain.store import store_env
    from projections.catalogue import open_read_models

    desk = FrontDesk(store_env(url))
    desk.sign_in("auditor1", DEMO_PASSWORD)
    events, floor = desk.event_count(), decode_floor(desk)
    started = time.perf_counter()
    models = open_read_models(desk, catch_up=False)  # drops tables of another version
    opened = time.perf_counter() - started
    started = time.perf_counter()
    applied = models.catch_up()
    caught_up = time.perf_counter() - started
    print(
        json.dumps(
            {
                "events": events,
                "floor_decode_events_per_s": round(floor),
                "drop_old_tables_s": round(opened, 1),
                "applied": applied,
                "rebuild_s": round(caught_up, 1),
                "rebuild_ratio_to_decode_floor": (
                    round(applied / caught_up / floor, 3) if applied else None
                ),
            }
        ),
        flush=True,
    )
    desk.sign_out()
    desk.sign_in("supervisor1", DEMO_PASSWORD)
    started = time.perf_counter()
    forgotten = forget_expired(desk, models)
    print(
        json.dumps(
            {
                "retention_s": round(time.perf_counter() - started, 1),
                "forgotten": vars(forgotten),
            }
        ),
        flush=True,
    )
    desk.close()


if __name__ == "__main__":
    main(sys.argv[1])
