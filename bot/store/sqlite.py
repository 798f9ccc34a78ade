"""The SQLite backend: the state in one file, for a bot that runs as one process (the default)."""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .database import Dialect, StoreError

log = logging.getLogger(__name__)

BUSY_TIMEOUT_SECONDS = 5.0
MEMORY = ":memory:"
IDENTITY_CHECK_SECONDS = 5.0  # how often the file is checked for having been deleted or replaced

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
            # Deleted rows are overwritten with zeros, so what /forget deletes leaves the file.
            self.db.execute("PRAGMA secure_delete = ON")
            if not in_memory:
                self.db.execute("PRAGMA journal_mode = WAL")
                # In WAL mode NORMAL survives a crash of the bot (only a power cut can lose the
                # last moments), and saves an fsync per statement: a few ms on every answer.
                self.db.execute("PRAGMA synchronous = NORMAL")
        except (sqlite3.DatabaseError, OSError) as exc:
            raise StoreError(f"{path}: can't open the state database: {exc}") from None
        self._identity = None if in_memory else _identity(self.path)
        self._checked_at = time.monotonic()

    def _check_identity(self) -> None:
        """Say loudly when the file was deleted or replaced under the running bot: SQLite would go
        on writing to the deleted file, and everything would be gone at the next start."""
        now = time.monotonic()
        if self._identity is None or now - self._checked_at < IDENTITY_CHECK_SECONDS:
            return
        self._checked_at = now
        current = _identity(self.path)
        if current != self._identity:
            what = "deleted" if current is None else "replaced by another file"
            log.critical("the state database %s was %s while the bot runs: what is stored from now on "
                         "is lost when it stops. Restore the file, or restart the bot to start afresh.",
                         self.path, what)

    def scrub(self) -> None:
        """After deleting someone's data: no copy left in the WAL or in free pages of the file."""
        with self._lock:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.db.execute("VACUUM")
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    @contextmanager
    def transaction(self) -> Iterator["SQLiteConnection"]:
        self._check_identity()
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


def _identity(path: Path) -> tuple[int, int] | None:
    """The file's device and inode: they change when it is deleted and created anew."""
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    return stat.st_dev, stat.st_ino
