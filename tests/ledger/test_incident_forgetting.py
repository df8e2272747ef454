"""A caller who is nobody's household (a passer-by, a courier, a patrol's witness) is
forgotten like a visitor: the retention period after the ticket is closed. A resident's
report goes with their household instead."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.usecases.retention import forget_expired
from domain import FrontDesk, SimulatedClock, errors
from domain.personal_data import ERASED
from projections.catalogue import open_read_models

pytestmark = pytest.mark.stores("sqlite", "postgres")

PASSER_BY = "路人 赵先生"
PASSER_BY_PHONE = "13911112222"


def _closed_report(desk: FrontDesk, reporter: str, unit: str | None = None) -> str:
    incident = desk.report_incident(
        "repair",
        "lighting",
        "general",
        "3号楼大堂",
        f"大堂灯不亮，来电人{PASSER_BY_PHONE}",
        reporter,
        "phone",
        unit=unit,
        reporter_phone=PASSER_BY_PHONE,
    )
    desk.acknowledge(incident)
    desk.resolve(incident, "换了灯管", True)
    desk.record_callback(incident, 5, "满意")
    desk.close_incident(incident)
    return incident


def test_a_passer_bys_report_is_forgotten_after_the_retention_period(
    desk: FrontDesk, clock: SimulatedClock
) -> None:
    incident = _closed_report(desk, PASSER_BY)
    models = open_read_models(desk)
    clock.advance(timedelta(days=179))
    with pytest.raises(errors.RetentionNotOverError):
        desk.forget_personal_data(incident)
    assert forget_expired(desk, models).incidents == 0

    clock.advance(timedelta(days=2))
    assert forget_expired(desk, models).incidents == 1
    assert forget_expired(desk, models).incidents == 0  # once forgotten, never again

    ticket = desk.get_incident(incident)
    assert (ticket.reporter, ticket.reporter_phone, ticket.description) == (ERASED,) * 3
    assert ticket.state == "closed" and ticket.satisfaction == 5  # the KPIs keep their facts
    assert not desk.vault.live_keys([incident])  # what the events hold can never be opened
    with models.reading() as db:
        row = models.incident_board.get(db, incident, desk.now())  # type: ignore[attr-defined]
    assert (row.reporter, row.reporter_phone, row.description) == (ERASED,) * 3
    models.rebuild()
    with models.reading() as db:
        again = models.incident_board.get(db, incident, desk.now())  # type: ignore[attr-defined]
    assert (again.reporter, again.description) == (ERASED, ERASED)
    assert desk.verify().ok


def test_an_open_ticket_and_a_residents_report_are_not_forgotten_by_this_rule(
    desk: FrontDesk, clock: SimulatedClock, zhang_wei: str
) -> None:
    open_ticket = desk.report_incident(
        "repair", "lighting", "general", "3号楼大堂", "灯不亮", PASSER_BY, "phone"
    )
    residents = _closed_report(desk, "张伟", unit="3-2-1502")
    clock.advance(timedelta(days=400))
    assert forget_expired(desk, open_read_models(desk)).incidents == 0
    with pytest.raises(errors.IncidentNotClosedError):
        desk.forget_personal_data(open_ticket)
    with pytest.raises(errors.StillLivingHereError):  # 张伟 still lives in 3-2-1502
        desk.forget_personal_data(residents)
    assert desk.get_incident(open_ticket).reporter == PASSER_BY
    assert desk.get_incident(residents).reporter == "张伟"
