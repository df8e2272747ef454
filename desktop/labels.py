"""How the codes stored in events are named on screen, in the interface language."""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import QCoreApplication

from domain.messages import current_language

_by_language: dict[str, dict[str, str]] = {}


def label(code: str | None) -> str:
    """The name shown for a stored code (a state, kind, category, role…)."""
    if not code:
        return ""
    # The names are made once per interface language (a list of 2,000 visits asks for
    # thousands of labels): one translated word tells which language is installed.
    language = QCoreApplication.translate("Labels", "On site")
    names = _by_language.get(language)
    if names is None:
        names = _by_language[language] = _names()
    return names.get(code, code)


def minutes(value: float) -> str:
    """A length of time in minutes, as the dashboard shows it: 12.5 min, 12.5 分钟."""
    return QCoreApplication.translate("Units", "{value} min").format(value=f"{value:.1f}")


def days(count: int, sign: str = "") -> str:
    """A countdown of two days or more: 3d, 3天; `sign` is − when it is overdue."""
    return QCoreApplication.translate("Units", "{sign}{days}d").format(sign=sign, days=count)


def unit_name(unit: str) -> str:
    """A KPI's unit on its own (an axis title): min, 分钟; % stays %."""
    return QCoreApplication.translate("Units", "min") if unit == "min" else unit


def target_text(target: Any) -> str:
    """A KPI target such as "< 15 min" in the interface language, ≥ written as such."""
    amount = f"{target.value:g}"
    shown = (
        QCoreApplication.translate("Units", "{value} min").format(value=amount)
        if target.unit == "min"
        else f"{amount} %"
    )
    return f"{target.comparison.replace('>=', '≥')} {shown}"


def known_label(code: str) -> str:
    """The name of a stored code, or "" when the text is not one (for every value an audit
    screen shows: the names are made once per language)."""
    return _names_in(current_language()).get(code, "")


@functools.lru_cache(maxsize=4)
def _names_in(language: str) -> dict[str, str]:
    return _names()


def _names() -> dict[str, str]:
    return {
        # visitor pass states and kinds
        "awaiting_host": QCoreApplication.translate("Labels", "Awaiting host"),
        "host_confirmed": QCoreApplication.translate("Labels", "Host confirmed"),
        "host_declined": QCoreApplication.translate("Labels", "Host declined"),
        "issued": QCoreApplication.translate("Labels", "Pass issued"),
        "on_site": QCoreApplication.translate("Labels", "On site"),
        "left": QCoreApplication.translate("Labels", "Left"),
        "revoked": QCoreApplication.translate("Labels", "Revoked"),
        "overstayed": QCoreApplication.translate("Labels", "Overstayed"),
        "guest": QCoreApplication.translate("Labels", "Guest"),
        "delivery": QCoreApplication.translate("Labels", "Delivery"),
        "contractor": QCoreApplication.translate("Labels", "Contractor"),
        "moving": QCoreApplication.translate("Labels", "Moving"),
        "renovation": QCoreApplication.translate("Labels", "Renovation"),
        "other": QCoreApplication.translate("Labels", "Other"),
        # incidents
        "repair": QCoreApplication.translate("Labels", "Repair"),
        "complaint": QCoreApplication.translate("Labels", "Complaint"),
        "emergency": QCoreApplication.translate("Labels", "Emergency"),
        "general": QCoreApplication.translate("Labels", "General"),
        "minor": QCoreApplication.translate("Labels", "Minor"),
        "reported": QCoreApplication.translate("Labels", "Reported"),
        "acknowledged": QCoreApplication.translate("Labels", "Acknowledged"),
        "dispatched": QCoreApplication.translate("Labels", "Dispatched"),
        "on_hold": QCoreApplication.translate("Labels", "On hold"),
        "resolved": QCoreApplication.translate("Labels", "Resolved"),
        "closed": QCoreApplication.translate("Labels", "Closed"),
        "fire": QCoreApplication.translate("Labels", "Fire"),
        "elevator_entrapment": QCoreApplication.translate("Labels", "Elevator entrapment"),
        "gas_leak": QCoreApplication.translate("Labels", "Gas leak"),
        "flooding": QCoreApplication.translate("Labels", "Flooding"),
        "typhoon": QCoreApplication.translate("Labels", "Typhoon / rainstorm"),
        "earthquake": QCoreApplication.translate("Labels", "Earthquake"),
        "power_outage": QCoreApplication.translate("Labels", "Power outage"),
        "water_outage": QCoreApplication.translate("Labels", "No water"),
        "burglary": QCoreApplication.translate("Labels", "Burglary"),
        "violent_conflict": QCoreApplication.translate("Labels", "Violent conflict"),
        "suspicious_person": QCoreApplication.translate("Labels", "Suspicious person"),
        "plumbing": QCoreApplication.translate("Labels", "Plumbing"),
        "electrical": QCoreApplication.translate("Labels", "Electrical"),
        "lighting": QCoreApplication.translate("Labels", "Lighting"),
        "door_lock": QCoreApplication.translate("Labels", "Door lock"),
        "elevator": QCoreApplication.translate("Labels", "Elevator"),
        "intercom": QCoreApplication.translate("Labels", "Intercom"),
        "common_area": QCoreApplication.translate("Labels", "Common area"),
        "drainage": QCoreApplication.translate("Labels", "Drainage"),
        "facilities": QCoreApplication.translate("Labels", "Facilities"),
        "cleaning": QCoreApplication.translate("Labels", "Cleaning"),
        "fees": QCoreApplication.translate("Labels", "Fees"),
        "noise": QCoreApplication.translate("Labels", "Noise"),
        "safety": QCoreApplication.translate("Labels", "Safety"),
        "service": QCoreApplication.translate("Labels", "Service"),
        "counter": QCoreApplication.translate("Labels", "Counter"),
        "phone": QCoreApplication.translate("Labels", "Phone"),
        "app": QCoreApplication.translate("Labels", "App"),
        "patrol": QCoreApplication.translate("Labels", "Patrol"),
        "intercom_channel": QCoreApplication.translate("Labels", "Intercom"),
        "in_person": QCoreApplication.translate("Labels", "In person"),
        "letter": QCoreApplication.translate("Labels", "Letter"),
        "sms": QCoreApplication.translate("Labels", "SMS"),
        # households and contracts
        "owner": QCoreApplication.translate("Labels", "Owner"),
        "tenant": QCoreApplication.translate("Labels", "Tenant"),
        "self": QCoreApplication.translate("Labels", "Self"),
        "spouse": QCoreApplication.translate("Labels", "Spouse"),
        "child": QCoreApplication.translate("Labels", "Child"),
        "parent": QCoreApplication.translate("Labels", "Parent"),
        "relative": QCoreApplication.translate("Labels", "Relative"),
        "resident_id": QCoreApplication.translate("Labels", "Resident ID"),
        "passport": QCoreApplication.translate("Labels", "Passport"),
        "hk_macau_permit": QCoreApplication.translate("Labels", "HK/Macau permit"),
        "taiwan_permit": QCoreApplication.translate("Labels", "Taiwan permit"),
        "parking": QCoreApplication.translate("Labels", "Parking"),
        # contract status, breaches, deposits
        "running": QCoreApplication.translate("Labels", "Running"),
        "notice_due": QCoreApplication.translate("Labels", "Notice due"),
        "notice_overdue": QCoreApplication.translate("Labels", "Notice overdue"),
        "notice_sent": QCoreApplication.translate("Labels", "Notice sent"),
        "expired": QCoreApplication.translate("Labels", "Expired"),
        "terminated": QCoreApplication.translate("Labels", "Terminated"),
        "arrears": QCoreApplication.translate("Labels", "Arrears"),
        "illegal_renovation": QCoreApplication.translate("Labels", "Illegal renovation"),
        "change_of_use": QCoreApplication.translate("Labels", "Change of use"),
        "company_failure": QCoreApplication.translate("Labels", "Company's own failure"),
        "unpaid": QCoreApplication.translate("Labels", "Not paid"),
        "held": QCoreApplication.translate("Labels", "Held"),
        "settled": QCoreApplication.translate("Labels", "Settled"),
        "residential": QCoreApplication.translate("Labels", "Residential"),
        "commercial": QCoreApplication.translate("Labels", "Commercial"),
        # activities
        "festival": QCoreApplication.translate("Labels", "Festival"),
        "health": QCoreApplication.translate("Labels", "Health talk"),
        "exercise": QCoreApplication.translate("Labels", "Exercise"),
        "parent_child": QCoreApplication.translate("Labels", "Parent and child"),
        "elderly": QCoreApplication.translate("Labels", "For elders"),
        "social": QCoreApplication.translate("Labels", "Social"),
        # KPIs and their verdicts
        "first_response_minutes": QCoreApplication.translate("Labels", "First response time"),
        "first_contact_resolution": QCoreApplication.translate(
            "Labels", "First-contact resolution"
        ),
        "csat": QCoreApplication.translate("Labels", "Satisfaction (CSAT)"),
        "complaint_rate": QCoreApplication.translate("Labels", "Complaint rate"),
        "resolved_within_deadline": QCoreApplication.translate(
            "Labels", "Resolved within deadline"
        ),
        "activity_participation": QCoreApplication.translate("Labels", "Activity participation"),
        "met": QCoreApplication.translate("Labels", "Met"),
        "missed": QCoreApplication.translate("Labels", "Missed"),
        "no data": QCoreApplication.translate("Labels", "No data"),
        # roles
        "clerk": QCoreApplication.translate("Labels", "Front desk"),
        "manager": QCoreApplication.translate("Labels", "Building manager"),
        "supervisor": QCoreApplication.translate("Labels", "Supervisor"),
        "auditor": QCoreApplication.translate("Labels", "Auditor"),
        "admin": QCoreApplication.translate("Labels", "Administrator"),
    }
