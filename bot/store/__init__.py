"""The bot's state: conversation sessions, reviews, reminders and class quizzes, kept in a database."""

from .records import ClassAnswer, ClassRun, ReminderSetting, ReviewItem
from .sessions import MemoryStore, SessionStore
from .sqlite import Store

__all__ = [
    "ClassAnswer",
    "ClassRun",
    "MemoryStore",
    "ReminderSetting",
    "ReviewItem",
    "SessionStore",
    "Store",
]
