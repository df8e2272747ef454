"""The machinery every FrontDesk command runs through: who is signed in, what their role
allows, what time it is, and turning a clash with another desk into a clear conflict."""

from __future__ import annotations

import functools
import os
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID, uuid4

from eventsourcing.application import (
    AggregateNotFoundError,
    Application,
    LRUCache,
    ProcessingEvent,
    Repository,
)
from eventsourcing.persistence import IntegrityError, JSONTranscoder, Mapper, StoredEvent
from eventsourcing.utils import TopicError, get_topic, resolve_topic

from domain import errors, transcodings
from domain.clock import AT_SKEW, Clock, SystemClock, as_utc, desk_timezone, local, shifted
from domain.personal_data import PersonalDataMapper
from domain.recording import CommandContext, DeskAggregate, recording_as
from domain.setup import STORE_ID
from domain.staff import (
    DEFAULT_SCRYPT_COST,
    PERMISSIONS,
    Role,
    Staff,
    password_matches,
    staff_id,
)
from domain.values import UnitNumber
from ledger.chain import ChainTables, as_bytes
from ledger.vault import KeyVault

if TYPE_CHECKING:
    from domain.households import Household
    from domain.units import Unit

A = TypeVar("A", bound=DeskAggregate)
F = TypeVar("F", bound=Callable[..., Any])

# What a stored event changed by hand can raise on the way back into a record.
UNDECODABLE = (TopicError, ValueError, TypeError, KeyError, AttributeError, IndexError)

# What a refusal calls each kind of record, by its class's topic: an aggregate's module is
# imported only when a command needs it (each costs ~10 ms), so the desk signs in and a
# command-line read answers without loading them all.
RECORD_NAMES = {
    "domain.units:Unit": "unit",
    "domain.households:Household": "household",
    "domain.visitors:VisitorPass": "visitor pass",
    "domain.contracts:Contract": "contract",
    "domain.incidents:Incident": "incident",
    "domain.activities:Activity": "activity",
    "domain.staff:Staff": "staff member",
    "domain.incidents:TicketBook": "ticket book",
    "domain.setup:StoreSetup": "store",
    "domain.queue:QueueDay": "queue",
    "domain.contacts:Contact": "contact",
    "domain.contacts:MissedCall": "missed call",
    "domain.knowledge:Answer": "standard answer",
    "domain.appraisal:StaffRating": "rating",
    "domain.parcels:Parcel": "parcel",
    "domain.parcels:PickupCode": "pickup code",
    "domain.lending:Item": "lent item",
    "domain.lending:Loan": "loan",
    "domain.instructions:Instruction": "instruction",
    "domain.handover:Handover": "handover",
}


def record_name(kind: type) -> str:
    """What a refusal calls a record of this class ("record" for one it does not name)."""
    return RECORD_NAMES.get(get_topic(kind), "record")


def record_kinds() -> list[type[DeskAggregate]]:
    """Every kind of record the desk keeps (importing each one's module)."""
    return [resolve_topic(topic) for topic in RECORD_NAMES]


def command(permission: str = "desk_work", *, catalogue: bool = True) -> Callable[[F], F]:
    """Runs a FrontDesk method as a command: signed in, permitted, stamped, all or nothing.

    A command is in the catalogue (what a batch file may name) unless it records what the
    desk itself did, a print, an export or an ID number shown: `catalogue=False`.
    """

    def decorate(method: F) -> F:
        @functools.wraps(method)
        def run(self: DeskCore, *args: Any, **kwargs: Any) -> Any:
            with self._running(permission):
                return method(self, *args, **kwargs)

        run.__dict__["in_catalogue"] = catalogue  # what catalogue() looks for
        return cast(F, run)

    return decorate


def catalogue(application: type) -> tuple[str, ...]:
    """The names of an application's catalogue commands, area by area as it is composed,
    each in the order its area defines them. Queries are never among them."""
    names: list[str] = []
    for area in application.__mro__:
        for name in vars(area):
            if name not in names and getattr(getattr(application, name), "in_catalogue", False):
                names.append(name)
    return tuple(names)


class DeskCore(Application):
    """Sign-in, permissions, clock and attribution shared by every area's commands."""

    name = "FrontDesk"
    # Snapshots are neither chained nor keyed, so a forged one would be believed: records
    # are always read from their sealed events. The table stays (older stores have one,
    # take_snapshot still writes) and is guarded, but nothing reads it.
    is_snapshotting_enabled = True

    def __init__(
        self,
        env: dict[str, str] | None = None,
        *,
        clock: Clock | None = None,
        desk_name: str | None = None,
        new_id: Callable[[], UUID] | None = None,
        password_cost: int = DEFAULT_SCRYPT_COST,
    ) -> None:
        super().__init__(env)
        self.clock: Clock = clock or SystemClock()
        self.desk_name = desk_name or os.environ.get("FRONTDESK_DESK") or socket.gethostname()
        self.new_id = new_id or uuid4
        self.password_cost = password_cost
        self.timezone = desk_timezone(self.env)
        self._operator: str | None = None
        self._acting_for: str | None = None
        self._moment_override: datetime | None = None
        self._in_command: CommandContext | None = None
        self._in_command_role: Role | None = None
        self.last_recorded = self._read_last_recorded()

    def construct_repository(self) -> Repository:
        repository = super().construct_repository()
        repository.snapshot_store = None
        return repository

    def construct_mapper(self) -> Mapper:
        return PersonalDataMapper(self.construct_transcoder(), vault=lambda: self.vault)

    @functools.cached_property
    def vault(self) -> KeyVault:
        """The keys of personal data: the store's own vault, or one in memory."""
        return getattr(self.recorder, "vault", None) or KeyVault(None)

    def chain(self) -> ChainTables:
        """The store's recorder, which seals the log in a chain of digests. Every store the
        desk opens has one; a store in memory (memory://) has none."""
        recorder = self.recorder
        if not isinstance(recorder, ChainTables):
            raise AttributeError(f"{type(recorder).__name__} keeps no chain")
        return recorder

    def register_transcodings(self, transcoder: JSONTranscoder) -> None:
        super().register_transcodings(transcoder)
        for transcoding in transcodings.ALL:
            transcoder.register(transcoding())

    # --- time ----------------------------------------------------------------------------

    def _read_last_recorded(self) -> datetime | None:
        last_id = self.recorder.max_notification_id()
        if not last_id:
            return None
        # The last event that still reads: one changed by hand must not shut the store
        # (verify names it); the clock only needs a moment no later than the last.
        recent = self.recorder.select_notifications(start=max(1, last_id - 99), limit=100)
        # Only the time is read: decoding the whole event would import its record's module.
        for notification in reversed(recent):
            try:
                moment = self.mapper.transcoder.decode(notification.state)["timestamp"]
            except UNDECODABLE:
                continue
            if isinstance(moment, datetime):
                return as_utc(moment)

        return None

    def _next_moment(self) -> datetime:
        moment = self._moment_override or self.clock.now()
        last = self.last_recorded
        if last is not None and moment < last:
            if self._moment_override is None and isinstance(self.clock, SystemClock):
                return last  # the wall clock stepped back; history must not
            raise errors.ClockWentBackwardsError(at=moment.isoformat(), last=last.isoformat())
        return moment

    @contextmanager
    def recorded_at(self, moment: datetime) -> Iterator[None]:
        """Record the commands inside at a stated moment (batch files' `at`)."""
        moment = as_utc(moment)
        if self.last_recorded is not None and moment < self.last_recorded:
            raise errors.ClockWentBackwardsError(
                at=moment.isoformat(), last=self.last_recorded.isoformat()
            )
        # Stamped ahead of the clock, every later command at every desk would be stamped
        # then too (history never goes back): a line may be a few minutes early, no more.
        latest = shifted(self.clock.now(), AT_SKEW)
        if moment > latest:
            raise errors.AtInTheFutureError(
                at=moment.isoformat(),
                now=self.clock.now().isoformat(timespec="seconds"),
                minutes=int(AT_SKEW.total_seconds() // 60),
            )
        previous, self._moment_override = self._moment_override, moment
        try:
            yield
        finally:
            self._moment_override = previous

    def now(self) -> datetime:
        """The moment the command being run is recorded at."""
        if self._in_command is not None:
            return self._in_command.at
        return self._moment_override or self.clock.now()

    def today(self) -> date:
        return local(self.now(), self.timezone).date()

    # --- who ------------------------------------------------------------------------------

    @property
    def operator(self) -> str | None:
        return self._acting_for or self._operator

    def is_initialised(self) -> bool:
        # Read undecoded: a store whose first event was changed can still be signed into,
        # so an auditor can run verify and be told where.
        return bool(self.recorder.select_events(STORE_ID, limit=1))

    def sign_in(self, username: str, password: str) -> Role:
        if not self.is_initialised():
            raise errors.StoreNotInitialisedError()
        try:
            # add_staff stores usernames in lower case; sign-in must find them typed any way.
            staff = self._load(staff_id(str(username).strip().lower()), Staff, str(username))
        except errors.NotFoundError:
            raise errors.SignInFailedError() from None
        # The password is checked first, so a refusal never tells who has an account.
        if not password_matches(str(password), staff.password_hash):
            raise errors.SignInFailedError()
        if not staff.active:
            raise errors.StaffInactiveError(username=username)
        self._operator = staff.username
        return Role(staff.role)

    def sign_out(self) -> None:
        self._operator = None
        self._acting_for = None

    @contextmanager
    def acting_as(self, username: str) -> Iterator[None]:
        """An admin migrating legacy records attributes each to the staff member who did it."""
        current = self._current_staff()
        if Role(current.role) not in PERMISSIONS["act_for_others"]:
            raise errors.RoleForbidsError(role=current.role, action="act_for_others")
        target = self._staff_by_username(username)
        if not target.active:
            raise errors.StaffInactiveError(username=username)
        previous, self._acting_for = self._acting_for, target.username
        try:
            yield
        finally:
            self._acting_for = previous

    def role(self) -> Role:
        return Role(self._current_staff().role)

    def _staff_by_username(self, username: str) -> Staff:
        try:
            return self._load(staff_id(str(username).strip().lower()), Staff, str(username))
        except errors.NotFoundError:
            raise errors.UnknownStaffError(username=username) from None

    def _current_staff(self) -> Staff:
        if self.operator is None:
            raise errors.NotSignedInError()
        staff = self._staff_by_username(self.operator)
        if not staff.active:
            raise errors.StaffInactiveError(username=staff.username)
        return staff

    def require(self, permission: str, action: str | None = None) -> None:
        # Inside a command the operator's record was read when the command began.
        role = self._in_command_role or self.role()
        if role not in PERMISSIONS[permission]:
            raise errors.RoleForbidsError(role=role.value, action=action or permission)

    # --- running commands -----------------------------------------------------------------

    @contextmanager
    def _running(self, permission: str) -> Iterator[CommandContext]:
        if self._in_command is not None:  # a command calling another shares its context
            yield self._in_command
            return
        staff = self._current_staff()
        if Role(staff.role) not in PERMISSIONS[permission]:
            raise errors.RoleForbidsError(role=staff.role, action=permission)
        context = CommandContext(
            operator=staff.username, desk=self.desk_name, at=self._next_moment(), new_id=self.new_id
        )
        self._in_command, self._in_command_role = context, Role(staff.role)
        try:
            with recording_as(context):
                yield context
        finally:
            self._in_command, self._in_command_role = None, None

    def _save(self, *aggregates: DeskAggregate) -> None:
        """Record the pending events of every aggregate together, or none of them."""
        collected: ProcessingEvent[UUID] = ProcessingEvent()
        for aggregate in aggregates:
            # The library's collect_events asks runtime protocols whether each object is an
            # event or an aggregate (20 µs a question); a command saves only aggregates.
            collected.events.extend(aggregate.collect_events())
            collected.aggregates[aggregate.id] = aggregate
        try:
            recordings = self._record(collected)
        except IntegrityError:
            names = ", ".join(sorted({record_name(type(a)) for a in aggregates}))
            raise errors.ConflictError(record=names) from None
        self._take_snapshots(collected)
        self._notify(recordings)
        if self._in_command is not None:
            self.last_recorded = self._in_command.at

    # --- loading --------------------------------------------------------------------------

    def _load(self, aggregate_id: Any, kind: type[A], ref: str | None = None) -> A:
        name = record_name(kind)
        try:
            key = aggregate_id if isinstance(aggregate_id, UUID) else UUID(str(aggregate_id))
        except ValueError:
            raise errors.UnknownRecordError(kind=name, ref=aggregate_id) from None
        try:
            aggregate: object = self.repository.get(key)
        except AggregateNotFoundError:
            raise errors.UnknownRecordError(kind=name, ref=aggregate_id) from None
        except UNDECODABLE:
            position = self._damaged_at(key)
            if position is None:  # every event reads on its own: not a changed event
                raise
            raise errors.RecordDamagedError(
                kind=name, ref=ref or aggregate_id, position=position
            ) from None
        if not isinstance(aggregate, kind):
            raise errors.UnknownRecordError(kind=name, ref=aggregate_id)
        return aggregate

    def decoded(self, notification: Any) -> Any:
        """A notification of the log as its domain event, or a clear refusal naming its
        position (an event changed by hand may not decode; verify says more)."""
        try:
            return self.mapper.to_domain_event(notification)
        except UNDECODABLE:
            raise errors.EventDamagedError(position=notification.id) from None

    def _damaged_at(self, aggregate_id: UUID) -> int | None:
        """The position of the first of a record's events that no longer reads."""
        events_of = getattr(self.recorder, "events_of", None)
        if events_of is None:
            return None
        record: DeskAggregate | None = None
        for row in events_of(aggregate_id):
            try:
                stored = StoredEvent(
                    aggregate_id,
                    row["originator_version"],
                    str(row["topic"]),
                    as_bytes(row["state"]),
                )
                record = _desk_event(self.mapper.to_domain_event(stored)).mutate(record)
            except UNDECODABLE:
                return int(row["position"])
        return None

    def drop_cached_records(self) -> None:
        """Read every record again from its events. A sole writer caching its records
        without copying them (DEEPCOPY_FROM_AGGREGATE_CACHE=n) calls this after a refused
        command, which may have changed a record it did not save. (The library's own
        LRUCache.clear leaves the entries in place, so the cache is replaced.)"""
        cache = self.repository.cache
        if isinstance(cache, LRUCache):
            self.repository.cache = LRUCache(maxsize=cache.maxsize)
        elif cache is not None:
            self.repository.cache = type(cache)()

    def get_unit(self, unit: Any) -> Unit:
        from domain.units import Unit, unit_id  # only when asked: each aggregate costs ~10 ms

        number = UnitNumber.parse(unit)
        try:
            return self._load(unit_id(number), Unit)
        except errors.NotFoundError:
            raise errors.UnknownUnitError(unit=str(number)) from None

    def get_household(self, household_id: Any) -> Household:
        from domain.households import Household

        return self._load(household_id, Household)

    def _exists(self, aggregate_id: UUID, kind: type[DeskAggregate]) -> bool:
        try:
            self._load(aggregate_id, kind)
        except errors.NotFoundError:
            return False
        return True


def _desk_event(event: Any) -> DeskAggregate.Event:
    """The library's mapper types what it decodes loosely; every event in the store is a
    desk aggregate's."""
    return cast(DeskAggregate.Event, event)
