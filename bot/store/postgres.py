"""The PostgreSQL backend: the state on a server, shared by any number of bot processes.

psycopg 3 with a connection pool (psycopg_pool): each transaction borrows a connection, so
the event loop and the worker thread never wait on each other's statements.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool, PoolTimeout

from .database import Dialect, StoreError

log = logging.getLogger(__name__)

POSTGRES = Dialect(name="postgresql", id_column="BIGSERIAL PRIMARY KEY", big_int="BIGINT",
                   real="DOUBLE PRECISION", for_share=" FOR SHARE", skip_locked=" FOR UPDATE SKIP LOCKED")
POOL_MIN, POOL_MAX = 1, 8
CONNECT_TIMEOUT_SECONDS = 10.0
FORGETTABLE_TABLES = ("users", "sessions", "reviews", "reminders", "class_answers", "class_runs")
# Any fixed number will do: replicas starting together take turns to migrate the schema.
MIGRATION_LOCK = 7_461_339


def redact(url: str) -> str:
    """The URL without its password, for messages and logs."""
    try:
        info = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "postgresql://…"
    host, port, name = info.get("host", "localhost"), info.get("port", "5432"), info.get("dbname", "")
    user = f"{info['user']}@" if info.get("user") else ""
    return f"postgresql://{user}{host}:{port}/{name}"


class PostgresDatabase:
    """A pool of connections to one PostgreSQL database."""

    dialect = POSTGRES

    def __init__(self, url: str, *, max_size: int = POOL_MAX) -> None:
        self.location = redact(url)
        try:  # one plain connection first: a wrong address or password is one clear line, at once
            psycopg.connect(url, connect_timeout=int(CONNECT_TIMEOUT_SECONDS)).close()
        except psycopg.Error as exc:
            reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise StoreError(f"{self.location}: can't connect to the state database: {reason}") from None
        self.pool = ConnectionPool(url, min_size=POOL_MIN, max_size=max_size, open=False,
                                   kwargs={"row_factory": dict_row}, name="textbot",
                                   timeout=CONNECT_TIMEOUT_SECONDS)
        try:
            self.pool.open(wait=True, timeout=CONNECT_TIMEOUT_SECONDS)
        except PoolTimeout:
            self.pool.close()
            raise StoreError(f"{self.location}: can't connect to the state database "
                             f"(within {CONNECT_TIMEOUT_SECONDS:.0f} s)") from None

    @contextmanager
    def transaction(self) -> Iterator["PostgresConnection"]:
        try:
            with self.pool.connection() as conn:  # commits at the end, rolls back on an error
                yield PostgresConnection(conn)
        except (PoolTimeout, psycopg.OperationalError) as exc:
            raise StoreError(f"{self.location}: the state database failed: {exc}") from exc

    @contextmanager
    def migration(self) -> Iterator["PostgresConnection"]:
        with self.transaction() as db:
            db.execute("SELECT pg_advisory_xact_lock(?)", (MIGRATION_LOCK,))
            db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            yield db

    def schema_version(self, db: "PostgresConnection") -> int:
        row = db.execute("SELECT version FROM schema_version").fetchone()
        return int(row["version"]) if row else 0

    def set_schema_version(self, db: "PostgresConnection", version: int) -> None:
        db.execute("DELETE FROM schema_version")
        db.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))

    def scrub(self) -> None:
        """After deleting someone's data: rewrite the tables that held it, so the dead rows go.

        VACUUM FULL copies each table afresh (briefly locking it); the server's WAL and any
        backups keep old copies for as long as the server is set to keep them.
        """
        with self.pool.connection() as conn:
            conn.autocommit = True  # VACUUM can't run inside a transaction
            try:
                for table in FORGETTABLE_TABLES:
                    conn.execute(f"VACUUM FULL {table}")  # type: ignore[arg-type]
            finally:
                conn.autocommit = False

    def close(self) -> None:
        self.pool.close()


class PostgresConnection:
    """A pooled connection inside a transaction, taking the store's ``?`` placeholders."""

    def __init__(self, conn: psycopg.Connection) -> None:
        self._conn = conn

    def execute(self, sql: str, args: Sequence[Any] = ()) -> psycopg.Cursor:
        # The store's SQL has no literal % or ?: placeholders are the only ones.
        return self._conn.execute(sql.replace("?", "%s"), tuple(args))  # type: ignore[arg-type]
