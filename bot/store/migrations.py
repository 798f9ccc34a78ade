"""The state database's schema, as a numbered list of small functions applied in order at start-up.

Each function takes the backend's ``Dialect`` and returns its SQL. A new version appends a
function (never edits an old one); the database records how many have run (SQLite in
``PRAGMA user_version``, PostgreSQL in a ``schema_version`` table).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from .database import Database, Dialect, StoreError, statements

log = logging.getLogger(__name__)


def create_tables(d: Dialect) -> str:
    """1: people, conversation state, reviews, reminders, class quizzes and their answers."""
    return f"""
    CREATE TABLE users (
        user_id {d.big_int} PRIMARY KEY,
        first_name TEXT NOT NULL,
        username TEXT,
        started_at TEXT NOT NULL
    );
    CREATE TABLE sessions (
        key TEXT PRIMARY KEY,
        user_id {d.big_int},
        state TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX sessions_user ON sessions(user_id);
    CREATE TABLE reviews (
        user_id {d.big_int} NOT NULL,
        quiz_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        card TEXT NOT NULL,
        due TEXT NOT NULL,
        PRIMARY KEY (user_id, quiz_id, question_id)
    );
    CREATE TABLE reminders (
        user_id {d.big_int} PRIMARY KEY,
        chat_id {d.big_int} NOT NULL,
        enabled INTEGER NOT NULL,
        hour INTEGER NOT NULL,
        last_sent TEXT
    );
    CREATE TABLE class_runs (
        id {d.id_column},
        chat_id {d.big_int} NOT NULL,
        quiz_id TEXT NOT NULL,
        teacher_id {d.big_int},
        teacher_name TEXT,
        state TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT
    );
    CREATE INDEX class_runs_chat ON class_runs(chat_id, finished_at);
    CREATE TABLE class_answers (
        run_id {d.big_int} NOT NULL REFERENCES class_runs(id) ON DELETE CASCADE,
        question_index INTEGER NOT NULL,
        user_id {d.big_int} NOT NULL,
        user_name TEXT NOT NULL,
        answer TEXT NOT NULL,
        score {d.real} NOT NULL,
        answered_at TEXT NOT NULL,
        PRIMARY KEY (run_id, question_index, user_id)
    );
    CREATE INDEX class_answers_user ON class_answers(user_id);
    """


def add_replica_tables(d: Dialect) -> str:
    """2: what lets several bot processes share the state: updates seen, due jobs, leases on a
    person's updates, run versions."""
    return f"""
    CREATE TABLE processed_updates (
        update_id {d.big_int} PRIMARY KEY,
        received_at TEXT NOT NULL
    );
    CREATE INDEX processed_updates_received ON processed_updates(received_at);
    CREATE TABLE jobs (
        name TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL,
        due_at TEXT NOT NULL,
        leased_until TEXT
    );
    CREATE INDEX jobs_due ON jobs(due_at);
    CREATE TABLE leases (
        key TEXT PRIMARY KEY,
        owner TEXT NOT NULL,
        until TEXT NOT NULL
    );
    ALTER TABLE class_runs ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
    UPDATE class_runs SET finished_at = started_at WHERE finished_at IS NULL AND id NOT IN (
        SELECT MAX(id) FROM class_runs WHERE finished_at IS NULL GROUP BY chat_id);
    CREATE UNIQUE INDEX class_runs_one_running ON class_runs(chat_id) WHERE finished_at IS NULL;
    """


def add_reminder_time_zones(d: Dialect) -> str:
    """3: a reminder at the student's own time: the minute past the hour, and their UTC
    offset (NULL until they say it: UTC). ``hour`` becomes the student's local hour, and
    ``last_sent`` their local day; rows already there keep 18:00 UTC."""
    return """
    ALTER TABLE reminders ADD COLUMN minute INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE reminders ADD COLUMN utc_offset INTEGER;
    """


MIGRATIONS: tuple[Callable[[Dialect], str], ...] = (create_tables, add_replica_tables, add_reminder_time_zones)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(database: Database) -> None:
    """Bring the schema up to SCHEMA_VERSION; StoreError if the database is newer than this code."""
    with database.migration() as db:
        version = database.schema_version(db)
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{database.location}: the state database is schema version {version}, newer than this "
                f"textbot ({SCHEMA_VERSION}); upgrade textbot"
            )
        for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
            for statement in statements(migration(database.dialect)):
                db.execute(statement)
            database.set_schema_version(db, number)
            log.info("state database %s migrated to schema version %d", database.location, number)
