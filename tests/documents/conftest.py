"""Documents are checked as a person and a scanner would: the text read back with pdftotext,
pages rendered with pdftoppm, QR codes decoded with zbarimg (Debian's poppler-utils and
zbar-tools, which .ci/run installs)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from domain import FrontDesk, SimulatedClock
from domain.store import store_env
from projections.emergency_log import EmergencyRow, OnSite
from projections.incident_board import IncidentRow, TimelineEntry
from projections.renewal_calendar import ContractRow
from projections.resident_files import HouseholdRow, MemberRow, ResidentFile
from projections.visitor_log import VisitorRow
from tests.support import PASSWORD, STAFF, member, resident_id

SHANGHAI = ZoneInfo("Asia/Shanghai")
ROOT = Path(__file__).resolve().parents[2]
PACKAGES = {
    "pdftotext": "poppler-utils",
    "pdftoppm": "poppler-utils",
    "pdfinfo": "poppler-utils",
    "pdffonts": "poppler-utils",
    "zbarimg": "zbar-tools",
}
PAYLOAD = "FD1.HLWUSVGN2NDHPL4FENQ3DL4NYY.MEMGKSPAGCELZBJB"
PASS_SIZE_ENV = "FRONTDESK_PASS_SIZE"


# --- the tools that read documents back -------------------------------------------------------


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(
            f"{name} is not installed, so the documents cannot be read back: install the "
            f"Debian package {PACKAGES[name]} (apt-get install -y poppler-utils zbar-tools; "
            ".ci/run does this)"
        )
    return found


def _run(*command: str) -> str:
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def pdf_text(pdf: Path) -> str:
    """The PDF's text as pdftotext extracts it (real text, not shapes)."""
    return _run(tool("pdftotext"), "-layout", "-enc", "UTF-8", str(pdf), "-")


def squeezed(text: str) -> str:
    """Text without any whitespace, to find phrases however the lines were broken."""
    return re.sub(r"\s+", "", text)


def render_pages(pdf: Path, dpi: int) -> list[Path]:
    prefix = pdf.with_suffix("")
    _run(tool("pdftoppm"), "-png", "-r", str(dpi), str(pdf), str(prefix))
    return sorted(pdf.parent.glob(f"{prefix.name}-*.png"))


def decode_qr(png: Path) -> list[str]:
    result = subprocess.run(
        [tool("zbarimg"), "--raw", "-q", str(png)], capture_output=True, text=True, timeout=60
    )
    return [line for line in result.stdout.splitlines() if line.strip()]


def page_sizes_mm(pdf: Path) -> list[tuple[float, float]]:
    info = _run(tool("pdfinfo"), "-f", "1", "-l", "999", str(pdf))
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)
    if not sizes:
        sizes = re.findall(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    return [(round(float(w) / 72 * 25.4, 1), round(float(h) / 72 * 25.4, 1)) for w, h in sizes]


def fonts(pdf: Path) -> list[str]:
    """pdffonts' table rows: name, type, encoding, embedded, subset, unicode, object."""
    lines = _run(tool("pdffonts"), str(pdf)).splitlines()[2:]
    return [line for line in lines if line.strip()]


# --- rows, as the read models hand them out ---------------------------------------------------

NOW = datetime(2026, 11, 22, 14, 30, tzinfo=SHANGHAI)
REPORTED = datetime(2026, 11, 20, 10, 0, tzinfo=SHANGHAI)


@pytest.fixture
def pass_row() -> VisitorRow:
    start = datetime(2026, 11, 22, 10, 30, tzinfo=SHANGHAI)
    return VisitorRow(
        pass_id="3aed4954-cdd3-4677-af85-2361b1af8dc6",
        code="HLWUSVGN",
        name="刘洋",
        id_type="resident_id",
        id_masked="310***********1233",
        phone="13900139000",
        host_unit="3-2-1502",
        host_household_id="h1",
        kind="guest",
        purpose="探亲",
        company="",
        state="issued",
        overstayed=False,
        registered_at=start,
        registered_by="clerk1",
        valid_from=start,
        valid_until=start + timedelta(hours=4),
        checked_in_at=None,
        checked_out_at=None,
        note="",
    )


@pytest.fixture
def resident_file() -> ResidentFile:
    household = HouseholdRow(
        household_id="7c1e2f3a-0000-4000-8000-000000000001",
        unit="3-2-1502",
        building=3,
        ownership="owner",
        move_in_date=date(2026, 11, 20),
        moved_out_on=None,
        members="张伟、王芳",
        phones="13812345678 13987654321",
        plates="沪A12345",
        callback_due=date(2026, 11, 27),
        callback_satisfaction=None,
        callback_on_time=None,
    )
    members = [
        MemberRow("王芳", "spouse", "resident_id", "310***********0022", "13987654321", True),
        MemberRow("张伟", "self", "resident_id", "310***********1233", "13812345678", True),
        MemberRow("张强", "child", "resident_id", "310***********0011", "", False),
    ]
    return ResidentFile(household, members, ["沪A12345"], [], [], "")


def contract_row(**changes: object) -> ContractRow:
    values: dict[str, object] = {
        "contract_id": "c1e2f3a4-0000-4000-8000-000000000002",
        "unit": "3-2-1502",
        "household_id": "7c1e2f3a-0000-4000-8000-000000000001",
        "kind": "service",
        "start": date(2026, 3, 1),
        "end": date(2027, 2, 28),
        "monthly_fee": Decimal("250.60"),
        "deposit": Decimal("500.00"),
        "deposit_paid": Decimal("500.00"),
        "deposit_refunded": Decimal("0.00"),
        "deposit_deducted": Decimal("0.00"),
        "deposit_held": Decimal("500.00"),
        "notice_due": date(2026, 11, 30),
        "notice_sent_at": None,
        "notice_sent_on": None,
        "notice_channel": "",
        "notices_sent": 0,
        "terminated_on": None,
        "termination_reason": "",
        "breaches": 0,
        "renewals": 0,
        "signed_at": datetime(2026, 2, 20, 10, 0, tzinfo=SHANGHAI),
        "signed_by": "clerk1",
        "updated_at": datetime(2026, 2, 20, 10, 0, tzinfo=SHANGHAI),
    }
    values.update(changes)
    return ContractRow(**values)  # type: ignore[arg-type]


@pytest.fixture
def contract() -> ContractRow:
    return contract_row()


@pytest.fixture
def emergencies() -> list[EmergencyRow]:
    """The gas leak in building 5, handled 40 minutes late, with two visitors on site."""
    t0 = REPORTED
    gas = IncidentRow(
        incident_id="i1",
        ticket="E261120-001",
        kind="emergency",
        category="gas_leak",
        severity="emergency",
        location="5号楼1单元",
        unit="5-1-0301",
        description="住户闻到燃气味，楼道内气味明显",
        reporter="张伟",
        channel="phone",
        state="resolved",
        level=2,
        assignee="维修组 王师傅",
        reported_at=t0,
        reported_by="clerk1",
        respond_by=t0 + timedelta(minutes=30),
        resolve_by=t0 + timedelta(hours=2),
        responded_at=t0 + timedelta(minutes=5),
        resolved_at=t0 + timedelta(hours=2, minutes=40),
        on_hold_for=timedelta(),
        first_contact=False,
        satisfaction=None,
        callback_due=t0 + timedelta(hours=26),
        time_left=None,
        response_breached=False,
        resolution_breached=True,
    )
    timeline = [
        TimelineEntry(t0, "clerk1", "desk-1", "Reported", "住户闻到燃气味，楼道内气味明显"),
        TimelineEntry(t0 + timedelta(minutes=5), "clerk1", "desk-1", "Acknowledged", ""),
        TimelineEntry(t0 + timedelta(minutes=8), "manager1", "desk-2", "Dispatched", "王师傅"),
        TimelineEntry(
            t0 + timedelta(minutes=20),
            "manager1",
            "desk-2",
            "ActionLogged",
            "关闭燃气总阀，疏散住户",
        ),
        TimelineEntry(
            t0 + timedelta(hours=2, minutes=40), "manager1", "desk-2", "Resolved", "更换阀门"
        ),
    ]
    roll_call = [
        OnSite("刘洋", "310***********1233", "3-2-1502", "guest", t0 - timedelta(minutes=30)),
        OnSite("陈师傅", "440***********5678", "5-1-0301", "delivery", t0 - timedelta(minutes=3)),
    ]
    return [EmergencyRow(gas, timeline, roll_call)]


# --- a store the real executable prints from --------------------------------------------------


@dataclass
class Community:
    """A store whose history ends about now, so that the gate's clock (the real one) agrees
    with it about which passes are valid."""

    url: str
    env: dict[str, str]
    household: str
    contract: str
    passes: dict[str, str]
    ticket: str
    today: date

    def desk(self, username: str = "clerk1") -> FrontDesk:
        """The same store opened in this process on the real clock."""
        desk = FrontDesk(store_env(self.url), desk_name="desk-test", password_cost=2**4)
        desk.sign_in(username, PASSWORD)
        return desk


def frontdesk(env: dict[str, str], *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    """Runs the real `frontdesk` command line."""
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    if ok:
        assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    return result


def _build(url: str) -> Community:
    now = datetime.now(UTC)
    clock = SimulatedClock(now - timedelta(hours=8))
    desk = FrontDesk(store_env(url), clock=clock, desk_name="desk-1", password_cost=2**4)
    desk.initialise("admin", "系统管理员", PASSWORD, community="阳光花园")
    desk.sign_in("admin", PASSWORD)
    for username, name, role in STAFF:
        desk.add_staff(username, name, role, PASSWORD)
    desk.sign_in("manager1", PASSWORD)
    desk.register_unit("3-2-1502", "3", "89.50", "residential")
    desk.register_unit("5-1-0301", "5", "120.00", "residential")
    desk.sign_in("clerk1", PASSWORD)
    today = clock.now().astimezone(SHANGHAI).date()
    household = desk.move_in(
        "3-2-1502",
        [
            member("张伟"),
            member(
                "王芳",
                "spouse",
                "13987654321",
                id_number=resident_id(born="19870315", sequence="002"),
            ),
        ],
        "owner",
        today.isoformat(),
        ["沪A12345"],
    )
    desk.move_in("5-1-0301", [member("赵磊", phone="13700001111")], "tenant", today.isoformat())
    contract = desk.sign_contract(
        "3-2-1502",
        household,
        "service",
        (today - timedelta(days=285)).isoformat(),
        (today + timedelta(days=80)).isoformat(),
        "250.60",
    )

    def visitor(name: str, unit: str, born: str, hours: int | None) -> str:
        pass_id = desk.register_visitor(
            unit, name, "resident_id", resident_id(born=born), "13900139000", "探亲"
        )
        desk.confirm_host(pass_id, "intercom")
        if hours is not None:
            desk.issue_pass(pass_id, hours)
        return pass_id

    passes = {}
    passes["刘洋"] = visitor("刘洋", "3-2-1502", "19900101", 3)  # on site, then leaves
    desk.check_in(passes["刘洋"])
    passes["李雷"] = visitor("李雷", "3-2-1502", "19910202", 1)  # never comes: expires
    clock.advance(timedelta(hours=1))
    incident_id = desk.report_incident(
        "emergency",
        "gas_leak",
        "emergency",
        "5号楼1单元",
        "闻到燃气味",
        "赵磊",
        "phone",
        unit="5-1-0301",
    )
    clock.advance(timedelta(minutes=10))
    desk.acknowledge(incident_id)
    clock.advance(timedelta(hours=2))
    desk.check_out(passes["刘洋"])
    clock.set(now - timedelta(minutes=30))
    passes["陈静"] = visitor("陈静", "3-2-1502", "19920303", 4)  # valid now
    passes["王磊"] = visitor("王磊", "3-2-1502", "19930404", 4)  # reprinted
    passes["赵敏"] = visitor("赵敏", "5-1-0301", "19940505", 4)  # revoked in a test
    passes["周杰"] = visitor("周杰", "5-1-0301", "19950606", None)  # never issued
    ticket = desk.get_incident(incident_id).ticket
    desk.close()
    env = {
        **os.environ,
        "FRONTDESK_STORE": url,
        "FRONTDESK_PASSWORD": PASSWORD,
        "FRONTDESK_OPERATOR": "clerk1",
        "FRONTDESK_DESK": "gate-1",
        "FRONTDESK_LANG": "en",
    }
    env.pop(PASS_SIZE_ENV, None)
    return Community(url, env, household, contract, passes, ticket, today)


@pytest.fixture(scope="module")
def community(tmp_path_factory: pytest.TempPathFactory) -> Community:
    folder = tmp_path_factory.mktemp("community")
    return _build(f"sqlite:///{folder / 'desk.sqlite'}")
