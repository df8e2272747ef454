"""Test data that reads like the desk's own: 张伟 in 3-2-1502, valid ID numbers made on demand."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import pytest

from domain.values import resident_id_check_digit

if TYPE_CHECKING:
    from domain import FrontDesk

PASSWORD = "desk-pass-1"
STAFF = (
    ("clerk1", "李娜", "clerk"),
    ("manager1", "赵磊", "manager"),
    ("supervisor1", "王强", "supervisor"),
    ("auditor1", "陈静", "auditor"),
)
POSTGRES_URL = os.environ.get(
    "FRONTDESK_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test"
)


def resident_id(region: str = "310104", born: str = "19850612", sequence: str = "123") -> str:
    """A valid 18-character resident ID number with the right GB 11643 check digit."""
    first17 = f"{region}{born}{sequence}"
    return first17 + resident_id_check_digit(first17)


def wrong_check_digit(number: str) -> str:
    digits = "0123456789X"
    return number[:17] + digits[(digits.index(number[17]) + 1) % len(digits)]


def member(
    name: str = "张伟", relation: str = "self", phone: str = "13812345678", **more: str
) -> dict:
    return {
        "name": name,
        "relation": relation,
        "id_type": more.pop("id_type", "resident_id"),
        "id_number": more.pop("id_number", resident_id()),
        "phone": phone,
        **more,
    }


def refused(
    desk: FrontDesk, error: type[Exception], action: Callable[..., Any], *args: Any
) -> Exception:
    """Runs an action that must be refused with `error` and must leave the store as it was:
    `refused(desk, Error, lambda: desk.command(...))` or `refused(desk, Error, desk.command, ...)`.
    """
    before = desk.event_count()
    with pytest.raises(error) as refusal:
        action(*args)
    assert desk.event_count() == before
    return refusal.value


def postgres_reachable() -> str | None:
    """None when PostgreSQL answers, else the reason it does not."""
    try:
        import psycopg

        with psycopg.connect(POSTGRES_URL, connect_timeout=3):
            return None
    except Exception as problem:
        return f"PostgreSQL not reachable at {POSTGRES_URL}: {problem}".splitlines()[0]


@contextmanager
def postgres_schema() -> Iterator[str]:
    """A schema of its own for one test, so tests never see each other's events."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{name}"')
    try:
        yield name
    finally:
        with psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{name}" CASCADE')


def postgres_url(schema: str) -> str:
    return f"{POSTGRES_URL}?schema={schema}"
