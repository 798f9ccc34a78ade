"""The small interface every state database offers the store: a transaction, a dialect, a version.

``Store`` (bot/store/state.py) writes its SQL once, with ``?`` placeholders; a backend
(bot/store/sqlite.py, bot/store/postgres.py) runs it in a transaction and says, through its
``Dialect``, the few words that differ between the two.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol

from ..errors import TextbotError


class StoreError(TextbotError):
    """The state database can't be opened, can't be reached, or is from a newer version."""


@dataclass(frozen=True)
class Dialect:
    """What differs between SQLite and PostgreSQL in the store's SQL."""

    name: str
    id_column: str  # an auto-numbered primary key
    big_int: str  # Telegram ids pass 2**31
    real: str
    # Row locks: SQLite has none (a write transaction locks the whole file), PostgreSQL does.
    for_share: str
    skip_locked: str


class Cursor(Protocol):
    """What the store reads from a statement: rows as mappings, and how many it changed."""

    rowcount: int

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...


class Connection(Protocol):
    """One transaction's view of the database."""

    def execute(self, sql: str, args: Sequence[Any] = ()) -> Cursor: ...


class Database(Protocol):
    """A state database: transactions, the schema version, and closing."""

    dialect: Dialect
    location: str  # for messages: a path, or a URL without its password

    def transaction(self) -> AbstractContextManager[Connection]:
        """A transaction, committed when the block ends (rolled back on an exception)."""
        ...

    def migration(self) -> AbstractContextManager[Connection]:
        """A transaction that only one process at a time may hold, for the schema."""
        ...

    def schema_version(self, db: Connection) -> int: ...

    def set_schema_version(self, db: Connection, version: int) -> None: ...

    def scrub(self) -> None:
        """Make deleted rows unrecoverable from the database's files (after /forget)."""
        ...

    def close(self) -> None: ...


def statements(script: str) -> Iterator[str]:
    """The statements of a migration script (no semicolons inside strings in ours)."""
    for statement in script.split(";"):
        if statement.strip():
            yield statement
