"""The desk's workspaces, in the order the navigation lists them (Ctrl+1 is the first, Ctrl+0
the tenth): a new workspace is a folder of its own under desktop/ and a line here."""

from __future__ import annotations

from collections.abc import Callable

from desktop.live import LiveDesk
from desktop.widgets.page import Page

PageFactory = Callable[[LiveDesk], Page]


def default_pages() -> dict[str, PageFactory]:
    from desktop.activities.page import ActivitiesPage
    from desktop.audit.page import AuditPage
    from desktop.contracts.page import ContractsPage
    from desktop.counter.page import CounterPage
    from desktop.dashboard.page import DashboardPage
    from desktop.incidents.page import IncidentsPage
    from desktop.parcels.page import ParcelsPage
    from desktop.residents.page import ResidentsPage
    from desktop.today.page import TodayPage
    from desktop.visitors.page import VisitorsPage

    return {
        "counter": CounterPage,
        "today": TodayPage,
        "residents": ResidentsPage,
        "visitors": VisitorsPage,
        "parcels": ParcelsPage,
        "contracts": ContractsPage,
        "incidents": IncidentsPage,
        "activities": ActivitiesPage,
        "dashboard": DashboardPage,
        "audit": AuditPage,
    }
