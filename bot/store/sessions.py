"""Where the conversation keeps per-user state: the ``SessionStore`` interface and an in-memory one.

``bot.store.Store`` (SQLite or PostgreSQL) is the persistent implementation; ``MemoryStore`` serves tests and
``textbot chat``.
"""

from __future__ import annotations

import json
from typing import Any, Protocol


class SessionStore(Protocol):
    """Per-user state as JSON-serialisable dicts: get, put, delete by key."""

    def get(self, key: str) -> dict[str, Any] | None: ...

    def put(self, key: str, value: dict[str, Any]) -> None: ...

    def delete(self, key: str) -> None: ...


class MemoryStore:
    """A SessionStore in a dict; values pass through JSON so they are what a database would keep."""

    def __init__(self) -> None:
        self._values: dict[str, str] = {}

    def get(self, key: str) -> dict[str, Any] | None:
        """The value under ``key``, or None."""
        text = self._values.get(key)
        return json.loads(text) if text is not None else None

    def put(self, key: str, value: dict[str, Any]) -> None:
        """Store ``value`` under ``key``, replacing what was there."""
        self._values[key] = json.dumps(value)

    def delete(self, key: str) -> None:
        """Forget ``key``; no error if it isn't there."""
        self._values.pop(key, None)
