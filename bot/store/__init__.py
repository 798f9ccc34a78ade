"""The bot's state: conversation sessions, reviews, reminders, class quizzes and due jobs, kept
in SQLite (one process) or PostgreSQL (any number of processes)."""

from .database import StoreError
from .jobs import DueJob
from .migrations import SCHEMA_VERSION
from .records import ClassAnswer, ClassRun, ReminderSetting, ReviewItem
from .sessions import MemoryStore, SessionStore
from .state import Answered, Store

__all__ = [
    "SCHEMA_VERSION",
    "Answered",
    "ClassAnswer",
    "ClassRun",
    "DueJob",
    "MemoryStore",
    "ReminderSetting",
    "ReviewItem",
    "SessionStore",
    "Store",
    "StoreError",
]
