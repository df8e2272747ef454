"""How the codes stored in events are named on screen, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def label(code: str | None) -> str:
    """The name shown for a stored code (a state, kind, category, role…)."""
    if not code:
        return ""
    names = _names()
    return names.get(code, code)


def _names() -> dict[str, str]:
    return {
        # visitor pass states and kinds
        "awaiting_host": _t("Awaiting host"),
        "host_confirmed": _t("Host confirmed"),
        "host_declined": _t("Host declined"),
        "issued": _t("Pass issued"),
        "on_site": _t("On site"),
        "left": _t("Left"),
        "revoked": _t("Revoked"),
        "overstayed": _t("Overstayed"),
        "guest": _t("Guest"),
        "delivery": _t("Delivery"),
        "contractor": _t("Contractor"),
        "moving": _t("Moving"),
        "renovation": _t("Renovation"),
        "other": _t("Other"),
        # incidents
        "repair": _t("Repair"),
        "complaint": _t("Complaint"),
        "emergency": _t("Emergency"),
        "general": _t("General"),
        "minor": _t("Minor"),
        "reported": _t("Reported"),
        "acknowledged": _t("Acknowledged"),
        "dispatched": _t("Dispatched"),
        "on_hold": _t("On hold"),
        "resolved": _t("Resolved"),
        "closed": _t("Closed"),
        "fire": _t("Fire"),
        "elevator_entrapment": _t("Elevator entrapment"),
        "gas_leak": _t("Gas leak"),
        "flooding": _t("Flooding"),
        "typhoon": _t("Typhoon / rainstorm"),
        "earthquake": _t("Earthquake"),
        "power_outage": _t("Power outage"),
        "water_outage": _t("No water"),
        "burglary": _t("Burglary"),
        "violent_conflict": _t("Violent conflict"),
        "suspicious_person": _t("Suspicious person"),
        "plumbing": _t("Plumbing"),
        "electrical": _t("Electrical"),
        "lighting": _t("Lighting"),
        "door_lock": _t("Door lock"),
        "elevator": _t("Elevator"),
        "intercom": _t("Intercom"),
        "common_area": _t("Common area"),
        "drainage": _t("Drainage"),
        "facilities": _t("Facilities"),
        "cleaning": _t("Cleaning"),
        "fees": _t("Fees"),
        "noise": _t("Noise"),
        "safety": _t("Safety"),
        "service": _t("Service"),
        "counter": _t("Counter"),
        "phone": _t("Phone"),
        "app": _t("App"),
        "patrol": _t("Patrol"),
        "intercom_channel": _t("Intercom"),
        "in_person": _t("In person"),
        "letter": _t("Letter"),
        "sms": _t("SMS"),
        # households and contracts
        "owner": _t("Owner"),
        "tenant": _t("Tenant"),
        "self": _t("Self"),
        "spouse": _t("Spouse"),
        "child": _t("Child"),
        "parent": _t("Parent"),
        "relative": _t("Relative"),
        "resident_id": _t("Resident ID"),
        "passport": _t("Passport"),
        "hk_macau_permit": _t("HK/Macau permit"),
        "taiwan_permit": _t("Taiwan permit"),
        "parking": _t("Parking"),
        # contract status, breaches, deposits
        "running": _t("Running"),
        "notice_due": _t("Notice due"),
        "notice_overdue": _t("Notice overdue"),
        "notice_sent": _t("Notice sent"),
        "expired": _t("Expired"),
        "terminated": _t("Terminated"),
        "arrears": _t("Arrears"),
        "illegal_renovation": _t("Illegal renovation"),
        "change_of_use": _t("Change of use"),
        "company_failure": _t("Company's own failure"),
        "unpaid": _t("Not paid"),
        "held": _t("Held"),
        "settled": _t("Settled"),
        "residential": _t("Residential"),
        "commercial": _t("Commercial"),
        # activities
        "festival": _t("Festival"),
        "health": _t("Health talk"),
        "exercise": _t("Exercise"),
        "parent_child": _t("Parent and child"),
        "elderly": _t("For elders"),
        "social": _t("Social"),
        # KPIs and their verdicts
        "first_response_minutes": _t("First response time"),
        "first_contact_resolution": _t("First-contact resolution"),
        "csat": _t("Satisfaction (CSAT)"),
        "complaint_rate": _t("Complaint rate"),
        "resolved_within_deadline": _t("Resolved within deadline"),
        "activity_participation": _t("Activity participation"),
        "met": _t("Met"),
        "missed": _t("Missed"),
        "no data": _t("No data"),
        # roles
        "clerk": _t("Front desk"),
        "manager": _t("Building manager"),
        "supervisor": _t("Supervisor"),
        "auditor": _t("Auditor"),
        "admin": _t("Administrator"),
    }
