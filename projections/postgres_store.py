"""The read models beside a PostgreSQL store: a module of its own, imported only when the
store is PostgreSQL, so that a SQLite desk never loads the PostgreSQL driver."""

from __future__ import annotations

from eventsourcing.postgres import PostgresTrackingRecorder

from projections.store import ReadModelStore

__all__ = ["PostgresReadModelStore"]


class PostgresReadModelStore(ReadModelStore, PostgresTrackingRecorder):
    """The read models in a PostgreSQL store's schema."""

    @property
    def tracking_table(self) -> str:
        return f'"{self.datastore.schema}"."{self.tracking_table_name}"'
