"""The SQLite backend: the state in one file, for a bot that runs as one process (the default)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .database import Dialect, StoreError

BUSY_TIMEOUT_SECONDS = 5.0
MEMORY = ":memory:"

SQLITE = Dialect(name="sqlite", id_column="INTEGER PRIMARY KEY", big_int="INTEGER", real="REAL",
                 for_share="", skip_locked="")


class SQLiteDatabase:
    """One connection to the state file; every transaction under one lock, so the event loop and
    the worker thread can share it."""

    dialect = SQLITE

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.location = str(path)
        self._lock = threading.RLock()
        in_memory = str(path) == MEMORY
        try:
            if not in_memory:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None,
                                      check_same_thread=False)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA foreign_keys = ON")
            if not in_memory:
                self.db.execute("PRAGMA journal_mode = WAL")
                # In WAL mode NORMAL survives a crash of the bot (only a power cut can lose the
                # last moments), and saves an fsync per statement: a few ms on every answer.
                self.db.execute("PRAGMA synchronous = NORMAL")
        except (sqlite3.DatabaseError, OSError) as exc:
            raise StoreError(f"{path}: can't open the state database: {exc}") from None

    @contextmanager
    def transaction(self) -> Iterator["SQLiteConnection"]:
        # IMMEDIATE takes the write lock at once: what PostgreSQL does with row locks, SQLite
        # does for the whole file, and one process never waits on itself.
        with self._lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield SQLiteConnection(self.db)
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")

    migration = transaction  # one process: the file's write lock is enough

    def schema_version(self, db: "SQLiteConnection") -> int:
        return int(db.execute("PRAGMA user_version").fetchone()[0])

    def set_schema_version(self, db: "SQLiteConnection", version: int) -> None:
        db.execute(f"PRAGMA user_version = {int(version)}")

    def close(self) -> None:
        self.db.close()


class SQLiteConnection:
    """The connection inside a transaction; maps errors to StoreError."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def execute(self, sql: str, args: Sequence[Any] = ()) -> sqlite3.Cursor:
        try:
            return self._db.execute(sql, tuple(args))
        except sqlite3.OperationalError as exc:  # locked too long, disk full, file gone
            raise StoreError(f"the state database failed: {exc}") from exc
