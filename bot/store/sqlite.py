"""All of the bot's state in one SQLite file: conversation state, reviews, class quizzes.

The chat front ends keep nothing in memory that a restart would lose: a quiz in progress,
a student's review cards and a class quiz with every answer live here. ``forget(user_id)``
deletes everything stored about a person.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fsrs import Card, Rating, Scheduler

from ..errors import TextbotError
from .records import ClassAnswer, ClassRun, ReminderSetting, ReviewItem
from .migrations import SCHEMA, SCHEMA_VERSION  # noqa: F401 - SCHEMA_VERSION is imported from here

log = logging.getLogger(__name__)

BUSY_TIMEOUT_SECONDS = 5.0
DEFAULT_REMINDER_HOUR = 18  # UTC; late afternoon suits most school timetables


class StoreError(TextbotError):
    """The state database can't be opened or is from a newer version."""


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).isoformat()


def _key_user(key: str) -> int | None:
    """The user id at the end of a session key such as ``session:42``."""
    tail = key.rsplit(":", 1)[-1]
    return int(tail) if tail.lstrip("-").isdigit() else None


class Store:
    """The SQLite state file; safe to use from the event loop and a worker thread at once."""

    def __init__(self, path: Path | str, *, scheduler: Scheduler | None = None) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None,
                                      check_same_thread=False)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA foreign_keys = ON")
            if str(path) != ":memory:":
                self.db.execute("PRAGMA journal_mode = WAL")
                # In WAL mode NORMAL survives a crash of the bot (only a power cut can lose the
                # last moments), and saves an fsync per statement: a few ms on every answer.
                self.db.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: can't open the state database: {exc}") from None
        self.scheduler = scheduler or Scheduler()

    def close(self) -> None:
        self.db.close()

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(SCHEMA):
            raise StoreError(
                f"{self.path}: the state database is schema version {version}, newer than this "
                f"textbot ({len(SCHEMA)}); upgrade textbot"
            )
        for number, script in enumerate(SCHEMA[version:], start=version + 1):
            with self._transaction():
                for statement in script.split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {number}")
            log.info("state database %s migrated to schema version %d", self.path, number)

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")

    # The bot runs the conversation in a worker thread and class quizzes in the event loop:
    # one connection, every statement under one lock.
    def _run(self, sql: str, args: tuple[Any, ...] = ()) -> sqlite3.Cursor:
        with self._lock:
            return self.db.execute(sql, args)

    def _one(self, sql: str, args: tuple[Any, ...] = ()) -> sqlite3.Row | None:
        with self._lock:
            return self.db.execute(sql, args).fetchone()

    def _all(self, sql: str, args: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self.db.execute(sql, args).fetchall()

    # -- users who started the bot ---------------------------------------------------------------

    def remember_user(self, user_id: int, first_name: str, *, username: str | None = None) -> None:
        """Note that this person has a private chat with the bot."""
        self._run(
            "INSERT INTO users (user_id, first_name, username, started_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(user_id) DO UPDATE SET first_name = excluded.first_name, username = excluded.username",
            (user_id, first_name, username, _iso(utcnow())),
        )

    def has_started(self, user_id: int) -> bool:
        return self._one("SELECT 1 FROM users WHERE user_id = ?", (user_id,)) is not None

    # -- SessionStore (bot.store.sessions): per-user JSON state ------------------------------------

    def get(self, key: str) -> dict[str, Any] | None:
        """The value stored under ``key``, or None."""
        row = self._one("SELECT state FROM sessions WHERE key = ?", (key,))
        return json.loads(row["state"]) if row else None

    def put(self, key: str, value: dict[str, Any]) -> None:
        """Store ``value`` under ``key`` (keys end in ``:<user id>``, which forget() uses)."""
        self._run(
            "INSERT INTO sessions (key, user_id, state, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
            (key, _key_user(key), json.dumps(value), _iso(utcnow())),
        )

    def delete(self, key: str) -> None:
        self._run("DELETE FROM sessions WHERE key = ?", (key,))

    # -- spaced repetition (FSRS) ----------------------------------------------------------------

    def add_review(self, user_id: int, quiz_id: str, question_id: str, *, at: dt.datetime | None = None) -> ReviewItem:
        """A question answered wrong: rate it "again" on its card (a new card if it has none)."""
        existing = self.review_item(user_id, quiz_id, question_id)
        card = existing.card if existing else Card()
        return self._rate(user_id, quiz_id, question_id, card, Rating.Again, at or utcnow())

    def review_item(self, user_id: int, quiz_id: str, question_id: str) -> ReviewItem | None:
        row = self._one(
            "SELECT * FROM reviews WHERE user_id = ? AND quiz_id = ? AND question_id = ?",
            (user_id, quiz_id, question_id),
        )
        return self._item(row) if row else None

    def rate_review(self, user_id: int, quiz_id: str, question_id: str, rating: Rating,
                    *, at: dt.datetime | None = None) -> ReviewItem:
        """Record a review of the question; FSRS schedules the next one."""
        existing = self.review_item(user_id, quiz_id, question_id)
        card = existing.card if existing else Card()
        return self._rate(user_id, quiz_id, question_id, card, rating, at or utcnow())

    def _rate(self, user_id: int, quiz_id: str, question_id: str, card: Card, rating: Rating,
              at: dt.datetime) -> ReviewItem:
        card, _log = self.scheduler.review_card(card, rating, review_datetime=at.astimezone(dt.timezone.utc))
        self._run(
            "INSERT INTO reviews (user_id, quiz_id, question_id, card, due) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(user_id, quiz_id, question_id) DO UPDATE SET card = excluded.card, due = excluded.due",
            (user_id, quiz_id, question_id, card.to_json(), _iso(card.due)),
        )
        return ReviewItem(user_id, quiz_id, question_id, card.due, card)

    def due_reviews(self, user_id: int, *, now: dt.datetime | None = None, limit: int = 20) -> list[ReviewItem]:
        """The questions due for review now, most overdue first."""
        rows = self._all(
            "SELECT * FROM reviews WHERE user_id = ? AND due <= ? ORDER BY due LIMIT ?",
            (user_id, _iso(now or utcnow()), limit),
        )
        return [self._item(row) for row in rows]

    def next_review(self, user_id: int) -> ReviewItem | None:
        """The review that falls due next, whenever that is."""
        row = self._one("SELECT * FROM reviews WHERE user_id = ? ORDER BY due LIMIT 1", (user_id,))
        return self._item(row) if row else None

    def review_count(self, user_id: int) -> int:
        row = self._one("SELECT COUNT(*) AS n FROM reviews WHERE user_id = ?", (user_id,))
        return int(row["n"]) if row else 0

    def users_with_due_reviews(self, *, now: dt.datetime | None = None) -> list[int]:
        rows = self._all(
            "SELECT DISTINCT user_id FROM reviews WHERE due <= ?", (_iso(now or utcnow()),)
        )
        return [row["user_id"] for row in rows]

    @staticmethod
    def _item(row: sqlite3.Row) -> ReviewItem:
        card = Card.from_json(row["card"])
        return ReviewItem(row["user_id"], row["quiz_id"], row["question_id"], card.due, card)

    # -- reminders -------------------------------------------------------------------------------

    def set_reminders(self, user_id: int, chat_id: int, *, enabled: bool, hour: int | None = None) -> ReminderSetting:
        """Turn the daily review reminder on or off (at ``hour`` UTC)."""
        current = self.reminder(user_id)
        hour = hour if hour is not None else (current.hour if current else DEFAULT_REMINDER_HOUR)
        self._run(
            "INSERT INTO reminders (user_id, chat_id, enabled, hour) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(user_id) DO UPDATE SET chat_id = excluded.chat_id, enabled = excluded.enabled, "
            "hour = excluded.hour",
            (user_id, chat_id, int(enabled), hour),
        )
        return ReminderSetting(user_id, chat_id, enabled, hour, current.last_sent if current else None)

    def reminder(self, user_id: int) -> ReminderSetting | None:
        row = self._one("SELECT * FROM reminders WHERE user_id = ?", (user_id,))
        return self._reminder(row) if row else None

    def reminders_due(self, now: dt.datetime) -> list[ReminderSetting]:
        """Enabled reminders whose hour has come today and that weren't sent today."""
        today = now.astimezone(dt.timezone.utc).date().isoformat()
        rows = self._all(
            "SELECT * FROM reminders WHERE enabled = 1 AND hour <= ? AND (last_sent IS NULL OR last_sent < ?)",
            (now.astimezone(dt.timezone.utc).hour, today),
        )
        return [self._reminder(row) for row in rows]

    def mark_reminded(self, user_id: int, now: dt.datetime) -> None:
        day = now.astimezone(dt.timezone.utc).date().isoformat()
        self._run("UPDATE reminders SET last_sent = ? WHERE user_id = ?", (day, user_id))

    @staticmethod
    def _reminder(row: sqlite3.Row) -> ReminderSetting:
        return ReminderSetting(row["user_id"], row["chat_id"], bool(row["enabled"]), row["hour"], row["last_sent"])

    # -- class quizzes ---------------------------------------------------------------------------

    def start_class_run(self, chat_id: int, quiz_id: str, state: dict[str, Any], *,
                        teacher_id: int, teacher_name: str) -> ClassRun:
        """A new class quiz in a chat (the caller makes sure none is running there)."""
        now = _iso(utcnow())
        cursor = self._run(
            "INSERT INTO class_runs (chat_id, quiz_id, teacher_id, teacher_name, state, started_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (chat_id, quiz_id, teacher_id, teacher_name, json.dumps(state), now),
        )
        return ClassRun(cursor.lastrowid, chat_id, quiz_id, teacher_id, teacher_name, state, now, None)

    def active_class_run(self, chat_id: int) -> ClassRun | None:
        row = self._one(
            "SELECT * FROM class_runs WHERE chat_id = ? AND finished_at IS NULL ORDER BY id DESC LIMIT 1",
            (chat_id,),
        )
        return self._class_run(row) if row else None

    def active_class_runs(self) -> list[ClassRun]:
        rows = self._all("SELECT * FROM class_runs WHERE finished_at IS NULL ORDER BY id")
        return [self._class_run(row) for row in rows]

    def class_run(self, run_id: int) -> ClassRun | None:
        row = self._one("SELECT * FROM class_runs WHERE id = ?", (run_id,))
        return self._class_run(row) if row else None

    def save_class_state(self, run_id: int, state: dict[str, Any]) -> None:
        self._run("UPDATE class_runs SET state = ? WHERE id = ?", (json.dumps(state), run_id))

    def finish_class_run(self, run_id: int) -> None:
        self._run("UPDATE class_runs SET finished_at = ? WHERE id = ?", (_iso(utcnow()), run_id))

    def record_class_answer(self, run_id: int, question_index: int, user_id: int, user_name: str,
                            answer: str, score: float) -> bool:
        """Store a student's answer; False (and nothing stored) if they had answered already."""
        cursor = self._run(
            "INSERT OR IGNORE INTO class_answers "
            "(run_id, question_index, user_id, user_name, answer, score, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (run_id, question_index, user_id, user_name, answer, score, _iso(utcnow())),
        )
        return cursor.rowcount == 1

    def class_answers(self, run_id: int, *, question_index: int | None = None) -> list[ClassAnswer]:
        sql = "SELECT * FROM class_answers WHERE run_id = ?"
        args: tuple[Any, ...] = (run_id,)
        if question_index is not None:
            sql += " AND question_index = ?"
            args += (question_index,)
        rows = self._all(sql + " ORDER BY question_index, answered_at, user_id", args)
        return [ClassAnswer(r["run_id"], r["question_index"], r["user_id"], r["user_name"], r["answer"],
                            r["score"], r["answered_at"]) for r in rows]

    @staticmethod
    def _class_run(row: sqlite3.Row) -> ClassRun:
        return ClassRun(row["id"], row["chat_id"], row["quiz_id"], row["teacher_id"], row["teacher_name"],
                        json.loads(row["state"]), row["started_at"], row["finished_at"])

    # -- forgetting ------------------------------------------------------------------------------

    def forget(self, user_id: int) -> int:
        """Delete everything stored about a person; returns how many records went."""
        deleted = 0
        with self._transaction() as db:
            for table in ("users", "sessions", "reviews", "reminders", "class_answers"):
                deleted += db.execute(f"DELETE FROM {table} WHERE user_id = ?", (user_id,)).rowcount
            # Class quizzes they ran keep the students' answers, but no longer name the teacher.
            deleted += db.execute(
                "UPDATE class_runs SET teacher_id = NULL, teacher_name = NULL WHERE teacher_id = ?", (user_id,)
            ).rowcount
        return deleted
