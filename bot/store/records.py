"""What the state database hands back: small frozen records, one per kind of row."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from fsrs import Card


@dataclass(frozen=True)
class ReviewItem:
    """A question due (or not yet) for review, with its FSRS card."""

    user_id: int
    quiz_id: str
    question_id: str
    due: dt.datetime
    card: Card


@dataclass(frozen=True)
class ReminderSetting:
    """Whether and when a student gets the daily review reminder."""

    user_id: int
    chat_id: int
    enabled: bool
    hour: int  # on the student's clock
    last_sent: str | None = None  # the student's local day of the last reminder
    minute: int = 0
    utc_offset: int | None = None  # minutes east of UTC; None: never said (taken as UTC)

    @property
    def at(self) -> int:
        """Minutes after the student's midnight."""
        return self.hour * 60 + self.minute

    @property
    def offset(self) -> int:
        return self.utc_offset or 0

    def local(self, now: dt.datetime) -> dt.datetime:
        """``now`` on the student's clock."""
        return now.astimezone(dt.timezone(dt.timedelta(minutes=self.offset)))

    def due(self, now: dt.datetime) -> bool:
        """On, its time has come on the student's clock today, and it wasn't sent today."""
        local = self.local(now)
        today = local.date().isoformat()
        return (self.enabled and local.hour * 60 + local.minute >= self.at
                and (self.last_sent is None or self.last_sent < today))


@dataclass(frozen=True)
class ClassRun:
    """A class quiz in a group: who runs it and its serialised state."""

    id: int
    chat_id: int
    quiz_id: str
    teacher_id: int | None
    teacher_name: str | None
    state: dict[str, Any]
    started_at: str
    finished_at: str | None
    version: int = 0  # goes up with every change: what a conditional update compares


@dataclass(frozen=True)
class ClassAnswer:
    """One student's answer to one question of a class quiz."""

    run_id: int
    question_index: int
    user_id: int
    user_name: str
    answer: str
    score: float
    answered_at: str
