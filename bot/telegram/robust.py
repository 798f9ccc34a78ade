"""Staying up when Telegram pushes back: flood control, retries, one update per person at a time."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from telegram import Update
from telegram.error import BadRequest, NetworkError
from telegram.ext import AIORateLimiter, BaseUpdateProcessor

log = logging.getLogger(__name__)

MAX_RETRY_AFTER_RETRIES = 3
MAX_NETWORK_ATTEMPTS = 4
FIRST_BACKOFF_SECONDS = 0.5
MAX_CONCURRENT_UPDATES = 64


class RetryingRateLimiter(AIORateLimiter):
    """PTB's AIORateLimiter (which waits out RetryAfter), plus retries of timeouts and 5xx.

    A request that timed out may have reached Telegram; sending a message twice is a smaller
    harm than losing the feedback on a student's answer, so it is retried all the same.
    """

    def __init__(self, *, max_retries: int = MAX_RETRY_AFTER_RETRIES, attempts: int = MAX_NETWORK_ATTEMPTS,
                 backoff: float = FIRST_BACKOFF_SECONDS, **limits: Any) -> None:
        super().__init__(max_retries=max_retries, **limits)
        self._attempts = attempts
        self._backoff = backoff

    async def process_request(self, callback: Callable[..., Coroutine[Any, Any, Any]], args: Any,
                              kwargs: dict[str, Any], endpoint: str, data: dict[str, Any],
                              rate_limit_args: int | None) -> Any:
        delay = self._backoff
        for attempt in range(1, self._attempts + 1):
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            except BadRequest:
                raise  # our request is wrong: sending it again won't help
            except NetworkError as exc:  # timeouts and 5xx (PTB maps both to NetworkError)
                if attempt == self._attempts:
                    raise
                log.warning("%s failed (%s); retry %d in %.1f s", endpoint, exc, attempt, delay)
                await asyncio.sleep(delay)
                delay *= 2
        raise AssertionError("unreachable")


class PerUserUpdateProcessor(BaseUpdateProcessor):
    """Handle many people's updates at once, but each person's one after another.

    A student pressing two answer buttons quickly must not score one question twice, so a
    person's updates are serialised; different people's run concurrently (a class quiz guards
    its own group-wide state with a lock of its own).
    """

    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT_UPDATES) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[object, asyncio.Lock] = {}
        self._waiting: dict[object, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = _serial_key(update)
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._waiting[key] = self._waiting.get(key, 0) + 1
        try:
            async with lock:
                await coroutine
        finally:
            self._waiting[key] -= 1
            if not self._waiting[key]:  # nobody else queued: drop the lock so the dict stays small
                del self._waiting[key]
                del self._locks[key]

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass


def _serial_key(update: object) -> object:
    if not isinstance(update, Update):
        return ("other", id(update))
    user = update.effective_user
    if user is not None:
        return ("user", user.id)
    if update.effective_chat is not None:
        return ("chat", update.effective_chat.id)
    return ("update", update.update_id)
