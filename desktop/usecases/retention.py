"""The retention rule applied: every visitor, moved-out household, and closed incident or
contact of someone who is nobody's household (and every missed call), whose retention
period is over, is forgotten.
The read models say who is due (projections/forgetting.py); the domain checks each one again
before it destroys anything. Run at every sign-in of the desk, by `frontdesk forget`, and by
the demo at the end of its year."""

from __future__ import annotations

from dataclasses import dataclass

from domain import errors
from domain.application import FrontDesk
from ledger.sqlite_store import held
from projections.forgetting import due
from projections.runner import ReadModels

# Forgettings committed together (each still all or nothing): one wait for the disk instead
# of one each, after a desk was off for months; short enough for another desk's command to
# wait for.
COMMITTED_TOGETHER = 200


@dataclass(frozen=True)
class Forgotten:
    visitors: int
    households: int
    incidents: int = 0  # reporters who were nobody's household
    contacts: int = 0  # callers who were nobody's household, and missed calls


def forget_expired(desk: FrontDesk, models: ReadModels, batch: int = 1000) -> Forgotten:
    models.catch_up()
    visitor_days, resident_days = desk.retention()
    today = desk.now().astimezone(desk.timezone).date()
    counts = {"visitor pass": 0, "household": 0, "incident": 0, "contact": 0, "missed call": 0}
    # An erasure recorded before a crash, its key not yet destroyed: finished first.
    for kind in desk.finish_interrupted_erasures():
        counts[kind] += 1
    while True:  # a batch at a time, until none is left that may go
        found = due(models, today, desk.timezone, visitor_days, resident_days, batch)
        forgotten = 0
        for start in range(0, len(found.records), COMMITTED_TOGETHER):
            with held(desk):
                for record_id in found.records[start : start + COMMITTED_TOGETHER]:
                    try:
                        counts[desk.forget_personal_data(record_id)] += 1
                        forgotten += 1
                    except errors.RetentionNotOverError:
                        continue  # the read model's rough cut; the record itself says not yet
        models.catch_up()
        if not forgotten or found.most < batch:
            break
    if any(counts.values()):
        # Each erasure here destroyed its key with it: the next sign-in's search for
        # unfinished ones starts after them instead of reading them all again.
        desk.finish_interrupted_erasures()
    return Forgotten(
        visitors=counts["visitor pass"],
        households=counts["household"],
        incidents=counts["incident"],
        contacts=counts["contact"] + counts["missed call"],
    )
