"""What the fake Telegram server hands out and records: the bot's identity, User and Chat
objects for tests to write as, and ``Call``, one request the bot made.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

TOKEN = "123456:TEST-token"
BOT_ID = 123456
BOT_USERNAME = "textbot_test_bot"


@dataclass
class Call:
    """One request the bot made: method, decoded parameters, uploaded files, outcome."""

    method: str
    params: dict[str, Any]
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    status: int = 200
    result: Any = None
    error: str | None = None
    at: float = field(default_factory=time.monotonic)

    @property
    def ok(self) -> bool:
        return self.status == 200

    @property
    def chat_id(self) -> int | str | None:
        return self.params.get("chat_id")

    @property
    def text(self) -> str:
        """The plain text the user sees (after HTML parsing) for messages, captions, polls."""
        if isinstance(self.result, dict):
            for key in ("text", "caption"):
                if key in self.result:
                    return self.result[key]
            if "poll" in self.result:
                return self.result["poll"]["question"]
        raw = self.params.get("text") or self.params.get("caption") or self.params.get("question") or ""
        return str(raw)

    @property
    def buttons(self) -> list[dict[str, Any]]:
        """The inline keyboard's buttons, flattened row by row."""
        markup = self.params.get("reply_markup") or {}
        return [button for row in markup.get("inline_keyboard", []) for button in row]


def user(user_id: int, first_name: str, *, username: str | None = None, last_name: str | None = None) -> dict[str, Any]:
    """A Telegram User object for a person."""
    data: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": "en"}
    if username:
        data["username"] = username
    if last_name:
        data["last_name"] = last_name
    return data


def group(chat_id: int, title: str = "Class 7B") -> dict[str, Any]:
    """A Telegram Chat object for a supergroup (ids of groups are negative)."""
    return {"id": chat_id, "type": "supergroup", "title": title}
