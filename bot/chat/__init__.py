"""The conversation, free of any chat platform: questions, quizzes, review and the class quiz's results."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import lazy_names

if TYPE_CHECKING:
    from .conversation import Conversation
    from .replies import Button, Reply

# Each name is imported when first used, not with the package: `textbot ask` reads a
# short question with bot.chat.small_talk (does it follow up an earlier answer?), and
# importing the conversation with it brought the quiz and pydantic, ~0.25 s of a cold ask.
_PUBLIC = {
    "Button": ".replies",
    "Conversation": ".conversation",
    "Reply": ".replies",
}

__all__ = sorted(_PUBLIC)
__getattr__, __dir__ = lazy_names(__name__, _PUBLIC, globals())
