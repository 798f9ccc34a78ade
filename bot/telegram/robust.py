"""Staying up when Telegram pushes back: flood control, retries, one update per person at a time."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from telegram import Update
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut
from telegram.ext import AIORateLimiter, BaseUpdateProcessor

log = logging.getLogger(__name__)

MAX_RETRY_AFTER_RETRIES = 3
# 5xx and connection errors are retried for this long: a short Telegram outage (Bot API
# restarts take ~10 s) must not cost a student the feedback on an answer.
RETRY_FOR_SECONDS = 20.0
FIRST_BACKOFF_SECONDS = 0.5
MAX_BACKOFF_SECONDS = 4.0
# Telegram answers a send in well under a second; a slow answer is waited for rather than
# cut at PTB's 5 s and sent again (which would post the message twice).
SEND_READ_TIMEOUT_SECONDS = 30.0
# Methods that are safe to call twice: reading, or setting a state to the same value.
# A send that timed out may have been delivered, so only these are retried after a timeout.
IDEMPOTENT_PREFIXES = ("get", "set", "delete", "answer", "edit", "stop", "leave", "unpin", "pin")
MAX_CONCURRENT_UPDATES = 64
# A reaction is not a message: it must not queue behind a group's 20 requests a minute (thirty
# acknowledged answers would hold back the reveal by a minute), and a flood wait on one is not
# waited out (the caller lets it go; the chat's messages are not held up for it).
UNMETERED_ENDPOINTS = frozenset({"setMessageReaction"})


class _FloodWait(Exception):
    """Telegram's 429 for one chat, taken out of AIORateLimiter's bot-wide wait."""

    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)
        self.seconds = seconds


class RetryingRateLimiter(AIORateLimiter):
    """PTB's AIORateLimiter (its rate limits), plus per-chat flood waits and retries of 5xx.

    - A 429 with retry_after makes this chat's requests wait, not every chat's (PTB's own
      handling pauses the whole bot: one flooded group would stall every student).
    - 5xx and connection errors are retried with backoff for up to RETRY_FOR_SECONDS.
    - A timed-out send is not sent again: it may have reached Telegram, and a duplicate
      reveal or feedback is a defect. Reads and idempotent calls are retried.
    """

    def __init__(self, *, max_retries: int = MAX_RETRY_AFTER_RETRIES, retry_for: float = RETRY_FOR_SECONDS,
                 backoff: float = FIRST_BACKOFF_SECONDS, **limits: Any) -> None:
        super().__init__(max_retries=max_retries, **limits)
        self._flood_retries = max_retries
        self._retry_for = retry_for
        self._backoff = backoff
        self._flooded_until: dict[object, float] = {}

    async def _run_request(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return await super()._run_request(*args, **kwargs)
        except RetryAfter as exc:
            # PTB's own limiter reads the timedelta so; .retry_after warns of a coming type change.
            raise _FloodWait(exc._retry_after.total_seconds()) from exc  # noqa: SLF001

    async def process_request(self, callback: Callable[..., Coroutine[Any, Any, Any]], args: Any,
                              kwargs: dict[str, Any], endpoint: str, data: dict[str, Any],
                              rate_limit_args: int | None) -> Any:
        if endpoint in UNMETERED_ENDPOINTS:
            return await callback(*args, **kwargs)
        loop = asyncio.get_running_loop()
        chat = data.get("chat_id", "bot")
        deadline = loop.time() + self._retry_for
        delay = self._backoff
        floods = 0
        if _is_send(endpoint) and not isinstance(kwargs.get("read_timeout"), (int, float)):
            kwargs = {**kwargs, "read_timeout": SEND_READ_TIMEOUT_SECONDS}
        while True:
            wait = self._flooded_until.get(chat, 0.0) - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            except _FloodWait as flood:
                floods += 1
                if floods > self._flood_retries:
                    raise flood.__cause__ from None  # type: ignore[misc]
                log.info("%s to chat %s: flood wait %.0f s", endpoint, chat, flood.seconds)
                self._flooded_until[chat] = max(self._flooded_until.get(chat, 0.0), loop.time() + flood.seconds + 0.1)
            except BadRequest:
                raise  # our request is wrong: sending it again won't help
            except TimedOut:
                if _is_send(endpoint):
                    log.warning("%s to chat %s timed out; not sent again (it may have arrived)", endpoint, chat)
                    raise
                if loop.time() + delay > deadline:
                    raise
                await asyncio.sleep(delay)
                delay = min(delay * 2, MAX_BACKOFF_SECONDS)
            except NetworkError as exc:  # 5xx, connection refused: Telegram did not take the request
                if loop.time() + delay > deadline:
                    raise
                log.warning("%s failed (%s); retrying in %.1f s", endpoint, exc, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, MAX_BACKOFF_SECONDS)
            finally:
                if self._flooded_until.get(chat, 0.0) < loop.time():
                    self._flooded_until.pop(chat, None)  # keep the dict small


def _is_send(endpoint: str) -> bool:
    return not endpoint.startswith(IDEMPOTENT_PREFIXES)


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
