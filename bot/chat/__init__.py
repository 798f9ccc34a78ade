"""The conversation, free of any chat platform: questions, quizzes, review and the class quiz's results."""

from .conversation import Conversation
from .replies import Button, Reply

__all__ = ["Button", "Conversation", "Reply"]
