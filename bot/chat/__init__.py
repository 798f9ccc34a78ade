"""The conversation, free of any chat platform: questions, quizzes, review and the class quiz's results."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

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


def __getattr__(name: str):
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_PUBLIC))
