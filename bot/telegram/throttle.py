"""Edits of a message that changes often (a live count), at most one every few seconds.

Telegram limits how often a bot may edit messages in a group (and python-telegram-bot's
rate limiter counts every edit against the group's 20 requests a minute): thirty students
answering in one second must cause one or two edits, not thirty, and the last change must
still show.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Hashable

log = logging.getLogger(__name__)

Edit = Callable[[], Awaitable[None]]


class EditThrottle:
    """Per key (a message), runs the latest requested edit ``settle`` seconds after the first
    request, and at most once every ``interval`` seconds; requests in between are merged."""

    def __init__(self, *, settle: float, interval: float) -> None:
        self.settle = settle
        self.interval = interval
        self._pending: dict[Hashable, asyncio.Task[None]] = {}
        self._edits: dict[Hashable, Edit] = {}
        self._last: dict[Hashable, float] = {}

    def request(self, key: Hashable, edit: Edit) -> None:
        """Have ``edit`` run soon; an edit already waiting for ``key`` runs this one instead."""
        self._edits[key] = edit
        if key in self._pending:
            return
        loop = asyncio.get_running_loop()
        wait = max(self.settle, self._last.get(key, float("-inf")) + self.interval - loop.time())
        self._pending[key] = loop.create_task(self._later(key, wait), name=f"edit {key}")

    async def _later(self, key: Hashable, wait: float) -> None:
        await asyncio.sleep(wait)
        # Off the list before editing: a change during the edit asks for another one.
        self._pending.pop(key, None)
        edit = self._edits.pop(key, None)
        if edit is None:
            return
        self._last[key] = asyncio.get_running_loop().time()
        try:
            await edit()
        except Exception:  # noqa: BLE001 - a count that didn't update is not worth a crash
            log.exception("a throttled edit of %s failed", key)

    def cancel(self, key: Hashable) -> None:
        """Drop the edit waiting for ``key`` (its message is about to change for good)."""
        task = self._pending.pop(key, None)
        if task is not None:
            task.cancel()
        self._edits.pop(key, None)
        self._last.pop(key, None)

    def close(self) -> None:
        """Drop every waiting edit (the bot is stopping)."""
        for key in list(self._pending):
            self.cancel(key)
