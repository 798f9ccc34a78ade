"""A fake Telegram Bot API server for tests: strict where Telegram is strict.

It serves ``/bot<token>/<method>`` on 127.0.0.1 from a thread (standard library only),
records every call, and lets a test push updates that the bot fetches with getUpdates.
It rejects what Telegram rejects — HTML that doesn't parse under Telegram's rules, a text
over 4096 characters, callback data over 64 bytes, a poll over its limits, a message to a
user who never started the bot — so the tests catch what the real server would refuse.
The rules themselves (HTML subset, limits, error shapes) are in fake_telegram_rules.py.
The rest lives beside it: fake_telegram_http.py (the HTTP server), fake_telegram_methods.py
(the Bot API methods), fake_telegram_updates.py (updates a test pushes) and
fake_telegram_objects.py (Call, users, chats); this module holds the state and the test API.

Objects it sends follow Bot API 10 as python-telegram-bot 22.8 expects them: polls carry
``correct_option_ids``, ``allows_revoting``, ``members_only`` and a ``persistent_id`` per
option; poll answers carry ``option_persistent_ids``.
"""

from __future__ import annotations

import asyncio
import itertools
import threading
import time
from collections.abc import Callable, Iterable
from http import HTTPStatus
from http.server import ThreadingHTTPServer
from typing import Any

from fake_telegram_class import ClassChatMethods
from fake_telegram_http import serve
from fake_telegram_methods import BotAPIMethods
from fake_telegram_objects import (  # noqa: F401 - tests import these from here
    BOT_ID,
    BOT_USERNAME,
    TOKEN,
    Call,
    group,
    user,
)
from fake_telegram_rules import (  # noqa: F401 - tests import these from here
    MAX_CAPTION,
    MAX_EXPLANATION_LINE_FEEDS,
    MAX_INLINE_RESULTS,
    MAX_LONG_POLL,
    MAX_POLL_EXPLANATION,
    MAX_POLL_OPTION,
    MAX_POLL_OPTIONS,
    MAX_POLL_QUESTION,
    MAX_TEXT,
    MIN_POLL_OPTIONS,
    HTMLParseError,
    TelegramAPIError,
    bad_request,
    check_markup,
    decode_form_value,
    formatted,
    member,
    parse_html,
    text_entities,
    utf16_len,
)
from fake_telegram_updates import UpdateBuilders


class FakeTelegram(UpdateBuilders, BotAPIMethods, ClassChatMethods):
    """The fake server. Use as a context manager, or call start() and stop()."""

    def __init__(self, *, token: str = TOKEN, bot_username: str = BOT_USERNAME) -> None:
        self.token = token
        self.bot_user = {"id": BOT_ID, "is_bot": True, "first_name": "Textbot", "username": bot_username,
                         "can_join_groups": True, "can_read_all_group_messages": False,
                         "supports_inline_queries": True}
        self.calls: list[Call] = []
        self.updates: list[dict[str, Any]] = []
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}
        self.polls: dict[str, dict[str, Any]] = {}
        self.poll_messages: dict[str, tuple[int, int]] = {}
        self.private_votes: dict[str, set[int]] = {}  # poll id -> who voted, in private chats
        self.chats: dict[int, dict[str, Any]] = {}
        self.started: set[int] = set()  # users who have a private chat with the bot
        self.admins: dict[int, dict[int, str]] = {}  # chat id -> user id -> status
        self.open_callback_queries: set[str] = set()
        self.open_inline_queries: set[str] = set()
        self.commands: dict[tuple[tuple[str, int | None], str], list[dict[str, Any]]] = {}  # (scope, language)
        self.descriptions: dict[tuple[str, str], str] = {}  # (kind, language) -> text
        self.confirmed_offset = 0
        self.webhook: dict[str, Any] | None = None  # the registered URL and secret_token, once set
        self.users: dict[int, dict[str, Any]] = {}
        self.members: dict[int, set[int]] = {}  # chat id -> members besides owner and admins
        self.reactions: dict[tuple[int, int], list[str]] = {}  # (chat, message) -> the bot's reaction
        self.force_replies: set[tuple[int, int]] = set()  # messages sent with ForceReply: not editable
        self._delivered = 0  # highest update_id handed out by getUpdates
        self._failure_descriptions: dict[str, str] = {}
        self._failures: list[tuple[str, int, dict[str, Any] | None, int, int | None]] = []
        self._outages: list[tuple[str, int, float]] = []  # method, status, until (monotonic)
        self._slow: list[tuple[str, float, int]] = []  # method, seconds, times
        self._ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count] = {}
        self._lock = threading.RLock()
        self._new_update = threading.Condition(self._lock)
        self._closing = False
        # Called (from a server thread) with each recorded call: lets a benchmark wait cheaply.
        self.on_call: Callable[[Call], None] | None = None
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> "FakeTelegram":
        self._server, self._thread = serve(self)
        return self

    def stop(self) -> None:
        with self._lock:
            self._closing = True
            self._new_update.notify_all()
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> "FakeTelegram":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """The API root, as for TELEGRAM_API_URL."""
        assert self._server, "start() the fake first"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    # -- test controls -----------------------------------------------------------------------

    def fail_next(self, method: str, *, status: int = 429, retry_after: int | None = None,
                  description: str | None = None, times: int = 1, chat_id: int | None = None) -> None:
        """Make the next ``times`` calls of ``method`` (to ``chat_id`` only, if given) fail (429, 5xx, ...)."""
        parameters = {"retry_after": retry_after} if retry_after is not None else None
        if description is None:
            description = (f"Too Many Requests: retry after {retry_after}" if status == 429
                           else HTTPStatus(status).phrase)
        with self._lock:
            self._failures.append((method, status, parameters, times, chat_id))
            self._failure_descriptions[method] = description

    def fail_for(self, method: str, seconds: float, *, status: int = 500) -> None:
        """An outage: every call of ``method`` fails with ``status`` for the next ``seconds``."""
        with self._lock:
            self._outages.append((method, status, time.monotonic() + seconds))

    def slow_next(self, method: str, seconds: float, *, times: int = 1) -> None:
        """The next ``times`` calls of ``method`` are carried out at once but answered ``seconds`` late."""
        with self._lock:
            self._slow.append((method, seconds, times))

    def set_admins(self, chat: dict[str, Any], *, owner: dict[str, Any], admins: Iterable[dict[str, Any]] = ()) -> None:
        """Declare the chat's creator and administrators (everyone else is a member)."""
        with self._lock:
            self.chats[chat["id"]] = chat
            roles = {owner["id"]: "creator"}
            self.users[owner["id"]] = owner
            for admin in admins:
                roles[admin["id"]] = "administrator"
                self.users[admin["id"]] = admin
            self.admins[chat["id"]] = roles

    def menu(self, chat_id: int, user_id: int, *, language_code: str = "") -> list[str]:
        """The command names a person sees in a chat's menu, resolved as Telegram resolves scopes."""
        with self._lock:
            private = chat_id > 0
            admin = not private and user_id in self.admins.get(chat_id, {})
            if private:
                order = [("chat", chat_id), ("all_private_chats", None), ("default", None)]
            else:
                order = [("chat_member", chat_id), *([("chat_administrators", chat_id)] if admin else []),
                         ("chat", chat_id), *([("all_chat_administrators", None)] if admin else []),
                         ("all_group_chats", None), ("default", None)]
            for scope in order:
                for language in dict.fromkeys((language_code, "")):
                    if (scope, language) in self.commands:
                        return [c["command"] for c in self.commands[(scope, language)]]
            return []

    def delivered(self, update_id: int) -> None:
        """Note an update as handed to the bot (by a webhook POST rather than getUpdates)."""
        with self._lock:
            self._delivered = max(self._delivered, update_id)

    def _next_message_id(self, chat_id: int) -> int:
        """Message ids count from 1 in each chat, for the people's and the bot's messages alike."""
        counter = self._message_ids.setdefault(chat_id, itertools.count(1))
        return next(counter)

    # -- assertions --------------------------------------------------------------------------

    def mark(self) -> int:
        """A position in the call log, for ``since=``."""
        with self._lock:
            return len(self.calls)

    def find(self, method: str | None = None, *, chat_id: int | None = None, since: int = 0,
             ok: bool | None = True, where: Callable[[Call], bool] | None = None) -> list[Call]:
        """Recorded calls matching all the given conditions."""
        with self._lock:
            calls = self.calls[since:]
        return [c for c in calls
                if (method is None or c.method == method)
                and (chat_id is None or c.chat_id == chat_id)
                and (ok is None or c.ok == ok)
                and (where is None or where(c))]

    async def wait_for(self, method: str | None = None, *, chat_id: int | None = None, since: int = 0,
                       count: int = 1, ok: bool | None = True, where: Callable[[Call], bool] | None = None,
                       timeout: float = 10.0) -> list[Call]:
        """Wait until at least ``count`` matching calls were recorded; return them."""
        deadline = time.monotonic() + timeout
        while True:
            found = self.find(method, chat_id=chat_id, since=since, ok=ok, where=where)
            if len(found) >= count:
                return found
            if time.monotonic() > deadline:
                seen = [(c.method, c.chat_id, c.status, c.text[:60]) for c in self.calls[since:]]
                raise AssertionError(f"timed out waiting for {count} x {method} (chat {chat_id}); saw {seen}")
            await asyncio.sleep(0.01)

    async def wait_idle(self, *, settle: float = 0.15, timeout: float = 10.0) -> None:
        """Wait until every pushed update was fetched and the bot made no call for ``settle`` s."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                fetched = self._delivered >= len(self.updates)
                last = self.calls[-1].at if self.calls else 0.0
            if fetched and time.monotonic() - last > settle:
                return
            await asyncio.sleep(0.02)
        raise AssertionError("the bot did not go idle")

    # -- request handling --------------------------------------------------------------------

    def handle(self, token: str, method: str, params: dict[str, Any], files: dict[str, tuple[str, bytes]]) -> tuple[int, dict[str, Any]]:
        call = Call(method=method, params=params, files=files)
        try:
            if token != self.token:
                raise TelegramAPIError(401, "Unauthorized")
            self._maybe_fail(method, params.get("chat_id"))
            handler = getattr(self, f"_api_{method}", None)
            if handler is None:
                raise TelegramAPIError(404, "Not Found: method not found")
            if method == "getUpdates":
                call.result = handler(params)  # long poll: don't hold the lock
            else:
                with self._lock:
                    call.result = handler(params, files) if files else handler(params)
            body: dict[str, Any] = {"ok": True, "result": call.result}
        except TelegramAPIError as exc:
            call.status, call.error = exc.status, exc.description
            body = {"ok": False, "error_code": exc.status, "description": exc.description}
            if exc.parameters:
                body["parameters"] = exc.parameters
        if method != "getUpdates":
            with self._lock:
                self.calls.append(call)
            if self.on_call is not None:
                self.on_call(call)
        delay = self._delay(method)
        if delay:
            time.sleep(delay)  # this request's own server thread: other requests go on
        return call.status, body

    def _delay(self, method: str) -> float:
        with self._lock:
            for index, (name, seconds, times) in enumerate(self._slow):
                if name == method:
                    if times <= 1:
                        del self._slow[index]
                    else:
                        self._slow[index] = (name, seconds, times - 1)
                    return seconds
        return 0.0

    def _maybe_fail(self, method: str, chat_id: Any) -> None:
        with self._lock:
            for name, status, until in self._outages:
                if name == method and time.monotonic() < until:
                    raise TelegramAPIError(status, HTTPStatus(status).phrase)
            for index, (name, status, parameters, times, only_chat) in enumerate(self._failures):
                if name == method and (only_chat is None or str(only_chat) == str(chat_id)):
                    if times <= 1:
                        del self._failures[index]
                    else:
                        self._failures[index] = (name, status, parameters, times - 1, only_chat)
                    raise TelegramAPIError(status, self._failure_descriptions[method], parameters)
