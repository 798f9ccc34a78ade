"""All of the bot's state, on SQLite or PostgreSQL: conversation state, reviews, class quizzes,
updates seen and due jobs.

The chat front ends keep nothing in memory that a restart would lose: a quiz in progress,
a student's review cards and a class quiz with every answer live here. Several bot processes
may share one PostgreSQL database: every change that two of them could make at once is a
single conditional statement or runs under a row lock. ``forget(user_id)`` deletes
everything stored about a person.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import logging
from pathlib import Path
from typing import Any

from fsrs import Card, Rating, Scheduler

from .database import Database
from .jobs import DueJobs, iso, utcnow
from .migrations import migrate
from .records import ClassAnswer, ClassRun, ReminderSetting, ReviewItem

log = logging.getLogger(__name__)

DEFAULT_REMINDER_HOUR = 18  # on the student's clock (UTC until they say otherwise); after school
POSTGRES_SCHEMES = ("postgresql://", "postgres://")


class Answered(enum.Enum):
    """What became of a class-quiz answer."""

    RECORDED = "recorded"
    ALREADY = "already"  # this student had answered this question
    MOVED_ON = "moved on"  # the run changed since it was read: read it again


def open_database(location: Path | str) -> Database:
    """A PostgreSQL database for a postgresql:// URL, else the SQLite file at that path."""
    if str(location).startswith(POSTGRES_SCHEMES):
        from .postgres import PostgresDatabase

        return PostgresDatabase(str(location))
    from .sqlite import SQLiteDatabase

    return SQLiteDatabase(location)


def _key_user(key: str) -> int | None:
    """The user id at the end of a session key such as ``session:42``."""
    tail = key.rsplit(":", 1)[-1]
    return int(tail) if tail.lstrip("-").isdigit() else None


class Store:
    """The bot's state in a database (a path or a postgresql:// URL); migrated when opened."""

    def __init__(self, location: Path | str | Database, *, scheduler: Scheduler | None = None) -> None:
        self.database = open_database(location) if isinstance(location, (str, Path)) else location
        try:
            migrate(self.database)
        except BaseException:
            self.database.close()
            raise
        self.jobs = DueJobs(self.database)
        self.scheduler = scheduler or Scheduler()

    @property
    def dialect(self) -> str:
        return self.database.dialect.name

    def close(self) -> None:
        self.database.close()

    def _one(self, sql: str, args: tuple[Any, ...] = ()) -> Any:
        with self.database.transaction() as db:
            return db.execute(sql, args).fetchone()

    def _all(self, sql: str, args: tuple[Any, ...] = ()) -> list[Any]:
        with self.database.transaction() as db:
            return db.execute(sql, args).fetchall()

    def _write(self, sql: str, args: tuple[Any, ...] = ()) -> int:
        """Run one change; how many rows it touched."""
        with self.database.transaction() as db:
            return db.execute(sql, args).rowcount

    # -- users who started the bot ---------------------------------------------------------------

    def remember_user(self, user_id: int, first_name: str, *, username: str | None = None) -> None:
        """Note that this person has a private chat with the bot."""
        self._write(
            "INSERT INTO users (user_id, first_name, username, started_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(user_id) DO UPDATE SET first_name = excluded.first_name, username = excluded.username",
            (user_id, first_name, username, iso(utcnow())),
        )

    def has_started(self, user_id: int) -> bool:
        return self._one("SELECT 1 AS yes FROM users WHERE user_id = ?", (user_id,)) is not None

    # -- SessionStore (bot.store.sessions): per-user JSON state ------------------------------------

    def get(self, key: str) -> dict[str, Any] | None:
        """The value stored under ``key``, or None."""
        row = self._one("SELECT state FROM sessions WHERE key = ?", (key,))
        return json.loads(row["state"]) if row else None

    def put(self, key: str, value: dict[str, Any]) -> None:
        """Store ``value`` under ``key`` (keys end in ``:<user id>``, which forget() uses)."""
        self._write(
            "INSERT INTO sessions (key, user_id, state, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
            (key, _key_user(key), json.dumps(value), iso(utcnow())),
        )

    def delete(self, key: str) -> None:
        self._write("DELETE FROM sessions WHERE key = ?", (key,))

    def delete_prefix(self, prefix: str) -> int:
        """Delete every key that starts with ``prefix`` (made of letters, digits and colons)."""
        if not prefix.replace(":", "").replace("-", "").isalnum():
            raise ValueError(f"not a plain key prefix: {prefix!r}")
        return self._write("DELETE FROM sessions WHERE key LIKE ?", (prefix + "%",))

    # -- updates seen (several processes may be handed the same one) -------------------------------

    def claim_update(self, update_id: int) -> bool:
        """True the first time an update id is seen, False for a redelivery."""
        return self._write("INSERT INTO processed_updates (update_id, received_at) VALUES (?, ?) "
                           "ON CONFLICT(update_id) DO NOTHING", (update_id, iso(utcnow()))) == 1

    def forget_updates_before(self, moment: dt.datetime) -> int:
        """Drop update ids older than Telegram would redeliver."""
        return self._write("DELETE FROM processed_updates WHERE received_at < ?", (iso(moment),))

    # -- leases: one process at a time handles a person's updates ------------------------------------

    def take_lease(self, key: str, owner: str, seconds: float) -> bool:
        """Hold ``key`` for ``seconds`` unless another owner holds it (True if now ours)."""
        now = utcnow()
        return self._write(
            "INSERT INTO leases (key, owner, until) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET "
            "owner = excluded.owner, until = excluded.until WHERE leases.until <= ? OR leases.owner = excluded.owner",
            (key, owner, iso(now + dt.timedelta(seconds=seconds)), iso(now))) == 1

    def release_lease(self, key: str, owner: str) -> None:
        self._write("DELETE FROM leases WHERE key = ? AND owner = ?", (key, owner))

    # -- spaced repetition (FSRS) ----------------------------------------------------------------

    def add_review(self, user_id: int, quiz_id: str, question_id: str, *, at: dt.datetime | None = None) -> ReviewItem:
        """A question answered wrong: rate it "again" on its card (a new card if it has none)."""
        return self.rate_review(user_id, quiz_id, question_id, Rating.Again, at=at)

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
        moment = (at or utcnow()).astimezone(dt.timezone.utc)
        card, _log = self.scheduler.review_card(card, rating, review_datetime=moment)
        self._write(
            "INSERT INTO reviews (user_id, quiz_id, question_id, card, due) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(user_id, quiz_id, question_id) DO UPDATE SET card = excluded.card, due = excluded.due",
            (user_id, quiz_id, question_id, card.to_json(), iso(card.due)),
        )
        return ReviewItem(user_id, quiz_id, question_id, card.due, card)

    def due_reviews(self, user_id: int, *, now: dt.datetime | None = None, limit: int = 20) -> list[ReviewItem]:
        """The questions due for review now, most overdue first."""
        rows = self._all(
            "SELECT * FROM reviews WHERE user_id = ? AND due <= ? ORDER BY due LIMIT ?",
            (user_id, iso(now or utcnow()), limit),
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
        rows = self._all("SELECT DISTINCT user_id FROM reviews WHERE due <= ?", (iso(now or utcnow()),))
        return [row["user_id"] for row in rows]

    @staticmethod
    def _item(row: Any) -> ReviewItem:
        card = Card.from_json(row["card"])
        return ReviewItem(row["user_id"], row["quiz_id"], row["question_id"], card.due, card)

    # -- reminders -------------------------------------------------------------------------------

    def set_reminders(self, user_id: int, chat_id: int, *, enabled: bool, at: int | None = None,
                      utc_offset: int | None = None, now: dt.datetime | None = None) -> ReminderSetting:
        """Turn the daily review reminder on or off; ``at`` (minutes after the student's
        midnight) and ``utc_offset`` (minutes east of UTC) change its time, None keeps it.

        After a new time or time zone the next reminder comes at the next occurrence of that
        time on the student's clock: later today, or tomorrow if it has passed (not at once).
        """
        current = self.reminder(user_id)
        if at is None:
            at = current.at if current else DEFAULT_REMINDER_HOUR * 60
        if utc_offset is None and current is not None:
            utc_offset = current.utc_offset
        last_sent = current.last_sent if current else None
        setting = ReminderSetting(user_id, chat_id, enabled, at // 60, last_sent, at % 60, utc_offset)
        if current is None or (at, utc_offset) != (current.at, current.utc_offset):
            local = setting.local(now or utcnow())
            last_sent = local.date().isoformat() if local.hour * 60 + local.minute >= at else None
            setting = ReminderSetting(user_id, chat_id, enabled, at // 60, last_sent, at % 60, utc_offset)
        self._write(
            "INSERT INTO reminders (user_id, chat_id, enabled, hour, minute, utc_offset, last_sent) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(user_id) DO UPDATE SET chat_id = excluded.chat_id, enabled = excluded.enabled, "
            "hour = excluded.hour, minute = excluded.minute, utc_offset = excluded.utc_offset, "
            "last_sent = excluded.last_sent",
            (user_id, chat_id, int(enabled), setting.hour, setting.minute, utc_offset, setting.last_sent),
        )
        return setting

    def reminder(self, user_id: int) -> ReminderSetting | None:
        row = self._one("SELECT * FROM reminders WHERE user_id = ?", (user_id,))
        return self._reminder(row) if row else None

    def reminders_due(self, now: dt.datetime) -> list[ReminderSetting]:
        """Enabled reminders whose time has come today on the student's clock and that weren't
        sent on that day. (Offsets differ per row, so the time test is done here, not in SQL.)"""
        rows = self._all("SELECT * FROM reminders WHERE enabled = 1")
        return [setting for setting in map(self._reminder, rows) if setting.due(now)]

    def mark_reminded(self, setting: ReminderSetting, now: dt.datetime) -> bool:
        """Note today's reminder (the student's day) as sent; False if it already was (by another process)."""
        day = setting.local(now).date().isoformat()
        return self._write("UPDATE reminders SET last_sent = ? WHERE user_id = ? AND "
                           "(last_sent IS NULL OR last_sent < ?)", (day, setting.user_id, day)) == 1

    @staticmethod
    def _reminder(row: Any) -> ReminderSetting:
        return ReminderSetting(row["user_id"], row["chat_id"], bool(row["enabled"]), row["hour"], row["last_sent"],
                               row["minute"], row["utc_offset"])

    # -- class quizzes ---------------------------------------------------------------------------

    def start_class_run(self, chat_id: int, quiz_id: str, state: dict[str, Any], *,
                        teacher_id: int, teacher_name: str) -> ClassRun | None:
        """A new class quiz in a chat; None if one is running there already."""
        now = iso(utcnow())
        row = self._one(
            "INSERT INTO class_runs (chat_id, quiz_id, teacher_id, teacher_name, state, started_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id",
            (chat_id, quiz_id, teacher_id, teacher_name, json.dumps(state), now),
        )
        if row is None:
            return None
        return ClassRun(row["id"], chat_id, quiz_id, teacher_id, teacher_name, state, now, None)

    def active_class_run(self, chat_id: int) -> ClassRun | None:
        row = self._one("SELECT * FROM class_runs WHERE chat_id = ? AND finished_at IS NULL", (chat_id,))
        return self._class_run(row) if row else None

    def active_class_runs(self) -> list[ClassRun]:
        rows = self._all("SELECT * FROM class_runs WHERE finished_at IS NULL ORDER BY id")
        return [self._class_run(row) for row in rows]

    def class_run(self, run_id: int) -> ClassRun | None:
        row = self._one("SELECT * FROM class_runs WHERE id = ?", (run_id,))
        return self._class_run(row) if row else None

    def save_class_state(self, run_id: int, state: dict[str, Any], *, version: int | None = None) -> bool:
        """Save the run's state; with ``version``, only if nobody changed it since (False if they did)."""
        sql = "UPDATE class_runs SET state = ?, version = version + 1 WHERE id = ? AND finished_at IS NULL"
        args: tuple[Any, ...] = (json.dumps(state), run_id)
        if version is not None:
            sql += " AND version = ?"
            args += (version,)
        return self._write(sql, args) == 1

    def finish_class_run(self, run_id: int) -> bool:
        """End the run; False if it had ended already (another process got there first)."""
        return self._write("UPDATE class_runs SET finished_at = ?, version = version + 1 "
                           "WHERE id = ? AND finished_at IS NULL", (iso(utcnow()), run_id)) == 1

    def record_class_answer(self, run_id: int, question_index: int, user_id: int, user_name: str,
                            answer: str, score: float, *, version: int | None = None) -> Answered:
        """Store a student's answer, once; with ``version``, only while the run is as it was read.

        The run's row is share-locked while the answer goes in, so a reveal (which changes the
        version) either counts this answer or makes it come back MOVED_ON, never neither.
        """
        with self.database.transaction() as db:
            if version is not None:
                row = db.execute(f"SELECT version FROM class_runs WHERE id = ? AND finished_at IS NULL"
                                 f"{self.database.dialect.for_share}", (run_id,)).fetchone()
                if row is None or row["version"] != version:
                    return Answered.MOVED_ON
            stored = db.execute(
                "INSERT INTO class_answers (run_id, question_index, user_id, user_name, answer, score, answered_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (run_id, question_index, user_id, user_name, answer, score, iso(utcnow())),
            ).rowcount
        return Answered.RECORDED if stored == 1 else Answered.ALREADY

    def has_class_answer(self, run_id: int, question_index: int, user_id: int) -> bool:
        return self._one("SELECT 1 AS yes FROM class_answers WHERE run_id = ? AND question_index = ? AND user_id = ?",
                         (run_id, question_index, user_id)) is not None

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
    def _class_run(row: Any) -> ClassRun:
        return ClassRun(row["id"], row["chat_id"], row["quiz_id"], row["teacher_id"], row["teacher_name"],
                        json.loads(row["state"]), row["started_at"], row["finished_at"], row["version"])

    # -- forgetting ------------------------------------------------------------------------------

    def forget(self, user_id: int) -> int:
        """Delete everything stored about a person, leaving no copy in the database's files;
        returns how many records went."""
        deleted = 0
        with self.database.transaction() as db:
            for table in ("users", "sessions", "reviews", "reminders", "class_answers"):
                deleted += db.execute(f"DELETE FROM {table} WHERE user_id = ?", (user_id,)).rowcount
            # Class quizzes they ran keep the students' answers, but no longer name the teacher.
            deleted += db.execute(
                "UPDATE class_runs SET teacher_id = NULL, teacher_name = NULL WHERE teacher_id = ?", (user_id,)
            ).rowcount
        self.database.scrub()
        return deleted
