"""Where the events live: a store URL turned into the eventsourcing library's settings."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

from eventsourcing.utils import get_topic

from domain import errors

DEFAULT_FILE = "frontdesk.sqlite"


def default_store_url() -> str:
    import platformdirs  # only when no store is named

    folder = Path(platformdirs.user_data_dir("frontdesk", appauthor=False))
    return f"sqlite:///{folder / DEFAULT_FILE}"


def store_url(explicit: str | None = None) -> str:
    return explicit or os.environ.get("FRONTDESK_STORE") or default_store_url()


def store_env(url: str) -> dict[str, str]:
    """`sqlite:////abs/desk.sqlite` (three slashes and a relative path also work)
    or `postgresql://user:pass@host:port/db?schema=name`."""
    # Each store's recorder is imported when its settings are asked for, not with this module.
    parsed = urlparse(url)
    if parsed.scheme == "sqlite":
        from ledger.recorders import ChainedSQLiteApplicationRecorder
        from ledger.sqlite_store import FrontDeskSQLiteFactory

        # As SQLAlchemy reads them: sqlite:///relative.sqlite, sqlite:////absolute.sqlite
        path = unquote(parsed.path)[1:]
        if parsed.netloc or not path:
            raise errors.InvalidValueError(field="store", value=url)
        if path == ":memory:":
            return {
                "PERSISTENCE_MODULE": get_topic(FrontDeskSQLiteFactory),
                "APPLICATION_RECORDER_TOPIC": get_topic(ChainedSQLiteApplicationRecorder),
                "SQLITE_DBNAME": ":memory:",
            }
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        return {
            "PERSISTENCE_MODULE": get_topic(FrontDeskSQLiteFactory),
            "APPLICATION_RECORDER_TOPIC": get_topic(ChainedSQLiteApplicationRecorder),
            "SQLITE_DBNAME": path,
            "SQLITE_LOCK_TIMEOUT": "10",
        }
    if parsed.scheme in ("postgresql", "postgres"):
        from ledger.postgres_recorders import ChainedPostgresApplicationRecorder

        query = parse_qs(parsed.query)
        env = {
            "PERSISTENCE_MODULE": "eventsourcing.postgres",
            "APPLICATION_RECORDER_TOPIC": get_topic(ChainedPostgresApplicationRecorder),
            "POSTGRES_DBNAME": parsed.path.lstrip("/") or "frontdesk",
            "POSTGRES_HOST": parsed.hostname or "127.0.0.1",
            "POSTGRES_PORT": str(parsed.port or 5432),
            "POSTGRES_USER": unquote(parsed.username or "postgres"),
            "POSTGRES_PASSWORD": unquote(parsed.password or ""),
            "POSTGRES_CONNECT_TIMEOUT": "5",
        }
        if "schema" in query:
            env["POSTGRES_SCHEMA"] = query["schema"][0]
        return env
    if parsed.scheme == "memory":
        return {"PERSISTENCE_MODULE": "eventsourcing.popo"}
    raise errors.InvalidValueError(field="store", value=url)


def describe(url: str) -> str:
    """The URL with any password hidden, for messages."""
    parsed = urlparse(url)
    if parsed.password:
        return url.replace(f":{parsed.password}@", ":***@")
    return url
