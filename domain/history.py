"""Reading the log back: every recorded event in order, with who, where and when; narrowed
by filters, and one record's life step by step."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, is_dataclass, replace
from datetime import date, datetime, timedelta, tzinfo
from decimal import Decimal
from typing import Any
from uuid import UUID

from eventsourcing.persistence import Notification
from eventsourcing.utils import resolve_topic

from domain import errors
from domain.core import DeskCore
from domain.masking import PERSON_RECORDS, counter_view
from domain.staff import PERMISSIONS, Role
from domain.values import Member, UnitNumber, mask_id

SECRET_FIELDS = frozenset({"password_hash", "pass_signing_key"})
ENVELOPE = frozenset(
    {"originator_id", "originator_version", "timestamp", "originator_topic", "operator", "desk"}
)
PAGE = 500

# The first event of each record that belongs to a unit, and the field naming the unit. By
# topic (what the log stores), so reading history loads only the records it decodes.
_MOVED_IN = "domain.households:Household.MovedIn"
_UNIT_FIELD = {
    _MOVED_IN: "unit",
    "domain.visitors:VisitorPass.Registered": "host_unit",
    "domain.incidents:Incident.Reported": "unit",
    "domain.contracts:Contract.Signed": "unit",
}
# Events of an activity that concern one household (`household_id`).
_HOUSEHOLD_FIELD = frozenset(
    f"domain.activities:Activity.{name}"
    for name in ("HouseholdRegistered", "RegistrationCancelled", "AttendanceRecorded")
)


@dataclass(frozen=True)
class HistoryRow:
    position: int
    timestamp: datetime
    operator: str
    desk: str
    type: str
    aggregate: str
    aggregate_id: str
    version: int
    data: dict[str, Any]
    digest: str = ""  # the integrity chain's seal at this position ("" when the store has none)

    @property
    def full_type(self) -> str:
        """`Household.MovedIn`: the record's kind and the event's."""
        return f"{self.aggregate}.{self.type}"

    def as_json(self, zone: tzinfo | None = None) -> dict[str, Any]:
        """The event as `history --json` and the export write it: its time in `zone`, or
        as it was recorded."""
        moment = self.timestamp if zone is None else self.timestamp.astimezone(zone)
        return {
            "position": self.position,
            "time": moment.isoformat(),
            "operator": self.operator,
            "desk": self.desk,
            "type": self.type,
            "aggregate": self.aggregate,
            "aggregate_id": self.aggregate_id,
            "version": self.version,
            "data": self.data,
            "digest": self.digest,
        }


@dataclass(frozen=True)
class HistoryFilter:
    """Which events to read back; every field left None lets everything through."""

    since: datetime | None = None  # inclusive; without a zone, the store's local time
    until: datetime | None = None  # inclusive
    operator: str | None = None
    desk: str | None = None
    event_type: str | None = None  # `MovedIn` or `Household.MovedIn`
    aggregate_id: str | None = None
    unit: str | None = None  # every record about this unit


@dataclass(frozen=True)
class TimelineStep:
    """One event of a record's life and the record as it stood just after it."""

    row: HistoryRow
    state: dict[str, Any]


def plain(value: Any, reveal_ids: bool = False) -> Any:
    """A JSON-ready copy of an event value; ID numbers masked unless revealed."""
    if isinstance(value, Member):
        data = asdict(value)
        if not reveal_ids:
            data["id_number"] = mask_id(value.id_number, value.id_type)
        return data
    if isinstance(value, UnitNumber):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, Decimal | UUID):
        return str(value)
    if isinstance(value, dict):
        return {str(k): plain(v, reveal_ids) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v, reveal_ids) for v in value]
    if is_dataclass(value) and not isinstance(value, type):
        return plain(asdict(value), reveal_ids)
    return value


def _masked(value: Any) -> Any:
    """Masks every `id_number` however deeply it sits (masking twice changes nothing)."""
    if isinstance(value, dict):
        return {
            k: mask_id(v, value.get("id_type"))
            if k == "id_number" and isinstance(v, str)
            else _masked(v)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_masked(v) for v in value]
    return value


def _public(fields: dict[str, Any], skip: frozenset[str], reveal_ids: bool) -> dict[str, Any]:
    data = {}
    for key, value in fields.items():
        if key.startswith("_") or key in skip or key in SECRET_FIELDS:
            continue
        if key == "id_number" and not reveal_ids:
            data[key] = mask_id(str(value), fields.get("id_type"))
        else:
            data[key] = plain(value, reveal_ids)
    return data if reveal_ids else _masked(data)


def event_data(event: Any, reveal_ids: bool = False) -> dict[str, Any]:
    """What an event says, JSON-ready, without its envelope or any secret."""
    return _public(vars(event), ENVELOPE, reveal_ids)


def record_state(aggregate: Any) -> dict[str, Any]:
    """A record as it stands, JSON-ready: ID numbers masked, secrets and internals left out."""
    return _public(vars(aggregate), frozenset(), reveal_ids=False)


def type_matches(qualname: str, wanted: str) -> bool:
    """`MovedIn` matches any record's MovedIn; `Household.MovedIn` only the household's."""
    wanted = wanted.strip().casefold()
    name = qualname.casefold()
    return name == wanted if "." in wanted else name.rpartition(".")[2] == wanted


def event_types() -> list[str]:
    """Every kind of event the desk records, as `Record.Event`."""
    from eventsourcing.domain import DomainEvent

    from domain.audit_trail import AuditTrail
    from domain.core import record_kinds

    records: list[type] = [*record_kinds(), AuditTrail]
    return sorted(
        f"{record.__name__}.{name}"
        for record in records
        for name, value in vars(record).items()
        if isinstance(value, type)
        and issubclass(value, DomainEvent)
        and name not in ("Event", "Created", "Snapshot")
    )


class _Scan:
    """Decides, notification by notification, what a filter lets through; the stored
    envelope (topic, record id) is looked at before anything is decoded."""

    def __init__(self, desk: HistoryReader, filters: HistoryFilter) -> None:
        self.desk = desk
        self.filters = filters
        zone = desk.timezone
        self.since = _aware(filters.since, zone)
        self.until = _aware(filters.until, zone)
        if self.since and self.until and self.until < self.since:
            raise errors.InvalidDateRangeError(
                start=self.since.isoformat(), end=self.until.isoformat()
            )
        if filters.event_type and not any(
            type_matches(kind, filters.event_type) for kind in event_types()
        ):
            raise errors.InvalidChoiceError(
                value=filters.event_type, field="event_type", choices=", ".join(event_types())
            )
        self.operator = _folded(filters.operator)
        self.desk_name = _folded(filters.desk)
        self.topics: Sequence[str] = ()
        self.record: UUID | None = None
        self.last_version = 0
        self.related: set[UUID | str] | None = None
        self.households: set[str] = set()
        self.unit = ""
        self._qualnames: dict[str, str] = {}
        if filters.aggregate_id is not None:
            self._narrow_to_record(filters.aggregate_id)
        if filters.unit is not None:
            self.unit = str(UnitNumber.parse(filters.unit))
            from domain.units import unit_id

            self.related = {unit_id(UnitNumber.parse(self.unit))}

    def _narrow_to_record(self, ref: str) -> None:
        try:
            self.record = UUID(str(ref).strip())
        except ValueError:
            raise errors.UnknownRecordError(kind="record", ref=ref) from None
        # The record's own stored events say which topics to ask the log for and when to stop.
        stored = self.desk.recorder.select_events(self.record)
        self.topics = sorted({s.topic for s in stored})
        self.last_version = max((s.originator_version for s in stored), default=0)

    @property
    def empty(self) -> bool:
        return self.record is not None and not self.last_version

    def done(self, notification: Notification) -> bool:
        return (
            self.record is not None
            and notification.originator_id == self.record
            and notification.originator_version >= self.last_version
        )

    def qualname(self, topic: str) -> str:
        if topic not in self._qualnames:
            self._qualnames[topic] = resolve_topic(topic).__qualname__
        return self._qualnames[topic]

    def before_decoding(self, notification: Notification) -> bool:
        if self.record is not None and notification.originator_id != self.record:
            return False
        if self.related is not None and not (
            notification.originator_id in self.related
            or notification.topic in _UNIT_FIELD
            or notification.topic in _HOUSEHOLD_FIELD
        ):
            return False
        wanted = self.filters.event_type
        return not wanted or type_matches(self.qualname(notification.topic), wanted)

    def after_decoding(self, notification: Notification, event: Any) -> bool:
        if self.related is not None and not self._about_unit(notification, event):
            return False
        if self.since is not None and event.timestamp < self.since:
            return False
        if self.until is not None and event.timestamp > self.until:
            return False
        if self.operator is not None and _folded(getattr(event, "operator", "")) != self.operator:
            return False
        return self.desk_name is None or _folded(getattr(event, "desk", "")) == self.desk_name

    def _about_unit(self, notification: Notification, event: Any) -> bool:
        assert self.related is not None
        if notification.originator_id in self.related:
            return True
        field = _UNIT_FIELD.get(notification.topic)
        if field is not None and str(getattr(event, field, "")) == self.unit:
            # The log is in order, so a record joins before any of its later events.
            self.related.add(notification.originator_id)
            if notification.topic == _MOVED_IN:
                self.households.add(str(notification.originator_id))
            return True
        if notification.topic in _HOUSEHOLD_FIELD:
            return str(getattr(event, "household_id", "")) in self.households
        return False


def _aware(moment: datetime | None, zone: Any) -> datetime | None:
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=zone)


def _folded(text: str | None) -> str | None:
    return None if text is None else str(text).strip().casefold()


class HistoryReader(DeskCore):
    def history(
        self, start: int = 1, limit: int | None = None, filters: HistoryFilter | None = None
    ) -> Iterator[HistoryRow]:
        """Every event from position `start` that the filters let through, in the order
        the store recorded them."""
        in_clear = self.reads_people_in_clear()
        for row, _ in self._read(start, limit, filters or HistoryFilter()):
            yield row if in_clear else _as_counter(row)

    def timeline(self, aggregate_id: str) -> list[TimelineStep]:
        """One record's life: each of its events and the record as it stood after it."""
        in_clear = self.reads_people_in_clear()
        steps: list[TimelineStep] = []
        record: Any = None
        for row, event in self._read(1, None, HistoryFilter(aggregate_id=str(aggregate_id))):
            record = event.mutate(record)
            state = record_state(record)
            if not in_clear:
                row, state = _as_counter(row), counter_view(state, row.aggregate in PERSON_RECORDS)
            steps.append(TimelineStep(row=row, state=state))
        if not steps:
            raise errors.UnknownRecordError(kind="record", ref=aggregate_id)
        return steps

    def reads_people_in_clear(self) -> bool:
        """Whether the one signed in reads names, phones and plates in the log in clear
        (auditors, supervisors, admins); ID numbers are masked for everyone."""
        return Role(self._current_staff().role) in PERMISSIONS["read_personal_history"]

    def event_count(self) -> int:
        return self.recorder.max_notification_id() or 0

    def _digests(self, first: int, last: int) -> dict[int, str]:
        # The integrity chain may not exist in this store; then rows carry no digest.
        select = getattr(self.recorder, "select_digests", None)
        return dict(select(first, last)) if select is not None else {}

    def _read(
        self, start: int, limit: int | None, filters: HistoryFilter
    ) -> Iterator[tuple[HistoryRow, Any]]:
        scan = _Scan(self, filters)
        if scan.empty:
            return
        served = 0
        start = max(1, start)
        # A unit's records are recognised by their first events, which may lie before `start`.
        position = 1 if scan.related is not None else start
        while limit is None or served < limit:
            notifications = self.recorder.select_notifications(
                start=position, limit=PAGE, topics=scan.topics
            )
            if not notifications:
                return
            found: list[tuple[Notification, Any]] = []
            finished = False
            for notification in notifications:
                if scan.before_decoding(notification):
                    event = self.decoded(notification)
                    if scan.after_decoding(notification, event) and notification.id >= start:
                        found.append((notification, event))
                if scan.done(notification) or (limit is not None and served + len(found) >= limit):
                    finished = True
                    break
            if found:
                digests = self._digests(found[0][0].id, found[-1][0].id)
                for notification, event in found:
                    yield _row(notification, event, digests.get(notification.id, "")), event
                served += len(found)
            if finished:
                return
            position = notifications[-1].id + 1


def _as_counter(row: HistoryRow) -> HistoryRow:
    """The row as a clerk's screens show people: names, phones, plates masked."""
    return replace(row, data=counter_view(row.data, row.aggregate in PERSON_RECORDS))


def _row(notification: Notification, event: Any, digest: str) -> HistoryRow:
    aggregate, _, kind = type(event).__qualname__.rpartition(".")
    return HistoryRow(
        position=notification.id,
        timestamp=event.timestamp,
        operator=getattr(event, "operator", ""),
        desk=getattr(event, "desk", ""),
        type=kind,
        aggregate=aggregate,
        aggregate_id=str(event.originator_id),
        version=event.originator_version,
        data=event_data(event),
        digest=digest,
    )
