"""A fake Telegram Bot API server for tests: strict where Telegram is strict.

It serves ``/bot<token>/<method>`` on 127.0.0.1 from a thread (standard library only),
records every call, and lets a test push updates that the bot fetches with getUpdates.
It rejects what Telegram rejects — HTML that doesn't parse under Telegram's rules, a text
over 4096 characters, callback data over 64 bytes, a poll over its limits, a message to a
user who never started the bot — so the tests catch what the real server would refuse.
The rules themselves (HTML subset, limits, error shapes) are in fake_telegram_rules.py.

Objects it sends follow Bot API 10 as python-telegram-bot 22.8 expects them: polls carry
``correct_option_ids``, ``allows_revoting``, ``members_only`` and a ``persistent_id`` per
option; poll answers carry ``option_persistent_ids``.
"""

from __future__ import annotations

import asyncio
import email.parser
import email.policy
import itertools
import json
import re
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

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


class FakeTelegram:
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
        self.chats: dict[int, dict[str, Any]] = {}
        self.started: set[int] = set()  # users who have a private chat with the bot
        self.admins: dict[int, dict[int, str]] = {}  # chat id -> user id -> status
        self.open_callback_queries: set[str] = set()
        self.open_inline_queries: set[str] = set()
        self.confirmed_offset = 0
        self.users: dict[int, dict[str, Any]] = {}
        self._delivered = 0  # highest update_id handed out by getUpdates
        self._failure_descriptions: dict[str, str] = {}
        self._failures: list[tuple[str, int, dict[str, Any] | None, int]] = []
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
        fake = self

        class Handler(_Handler):
            server_fake = fake

        class Server(ThreadingHTTPServer):
            request_queue_size = 1024  # a bot under load opens many connections at once

        self._server = Server(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="fake-telegram", daemon=True)
        self._thread.start()
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
                  description: str | None = None, times: int = 1) -> None:
        """Make the next ``times`` calls of ``method`` fail (429 with retry_after, 5xx, ...)."""
        parameters = {"retry_after": retry_after} if retry_after is not None else None
        if description is None:
            description = (f"Too Many Requests: retry after {retry_after}" if status == 429
                           else HTTPStatus(status).phrase)
        with self._lock:
            self._failures.append((method, status, parameters, times))
            self._failure_descriptions[method] = description

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

    # -- updates -----------------------------------------------------------------------------

    def push(self, kind: str, payload: dict[str, Any]) -> int:
        """Queue an update of the given kind; returns its update_id."""
        with self._lock:
            update_id = len(self.updates) + 1
            self.updates.append({"update_id": update_id, kind: payload})
            self._new_update.notify_all()
            return update_id

    def _next_message_id(self, chat_id: int) -> int:
        counter = self._message_ids.setdefault(chat_id, itertools.count(1))
        return next(counter)

    def _user_message(self, chat: dict[str, Any], sender: dict[str, Any], text: str,
                      reply_to: dict[str, Any] | None) -> dict[str, Any]:
        with self._lock:
            self.chats[chat["id"]] = chat
            self.users[sender["id"]] = sender
            if chat["type"] == "private":
                self.started.add(chat["id"])
            message: dict[str, Any] = {
                "message_id": self._next_message_id(chat["id"]),
                "date": int(time.time()),
                "chat": chat,
                "from": sender,
                "text": text,
            }
            entities = text_entities(text)
            if entities:
                message["entities"] = entities
            if reply_to is not None:
                message["reply_to_message"] = reply_to
            self.messages[(chat["id"], message["message_id"])] = message
            return message

    def private_message(self, sender: dict[str, Any], text: str) -> dict[str, Any]:
        """A person writes to the bot in their private chat (commands get their entity)."""
        chat = {"id": sender["id"], "type": "private", "first_name": sender["first_name"]}
        message = self._user_message(chat, sender, text, None)
        self.push("message", message)
        return message

    def group_message(self, chat: dict[str, Any], sender: dict[str, Any], text: str, *,
                      reply_to: dict[str, Any] | None = None) -> dict[str, Any]:
        """A person writes in a group, optionally replying to a message."""
        message = self._user_message(chat, sender, text, reply_to)
        self.push("message", message)
        return message

    def message(self, call_or_message: Call | dict[str, Any]) -> dict[str, Any]:
        """The current state of a message the bot sent (after any edits)."""
        message = call_or_message.result if isinstance(call_or_message, Call) else call_or_message
        with self._lock:
            return self.messages[(message["chat"]["id"], message["message_id"])]

    def press(self, sender: dict[str, Any], message: Call | dict[str, Any], *,
              label: str | None = None, data: str | None = None) -> str:
        """Press a button of a bot message, by its label (must exist) or by raw data."""
        current = self.message(message)
        if data is None:
            buttons = [b for row in (current.get("reply_markup") or {}).get("inline_keyboard", []) for b in row]
            matching = [b for b in buttons if b["text"] == label]
            assert matching, f"no button {label!r} in {[b['text'] for b in buttons]}"
            data = matching[0]["callback_data"]
        query_id = str(next(self._ids) + 10_000)
        with self._lock:
            self.open_callback_queries.add(query_id)
        self.push("callback_query", {
            "id": query_id,
            "from": sender,
            "chat_instance": f"ci{current['chat']['id']}",
            "message": current,
            "data": data,
        })
        return query_id

    def inline_query(self, sender: dict[str, Any], query: str) -> str:
        """A person types ``@bot query`` in some chat."""
        query_id = str(next(self._ids) + 20_000)
        with self._lock:
            self.open_inline_queries.add(query_id)
        self.push("inline_query", {"id": query_id, "from": sender, "query": query, "offset": "",
                                   "chat_type": "private"})
        return query_id

    def poll_answer(self, sender: dict[str, Any], poll: Call | str, option_ids: list[int]) -> None:
        """A person votes in a (non-anonymous) poll the bot sent."""
        poll_id = poll.result["poll"]["id"] if isinstance(poll, Call) else poll
        with self._lock:
            stored = self.polls[poll_id]
            assert not stored["is_anonymous"], "anonymous polls send no poll_answer updates"
            if stored["is_closed"]:
                return  # Telegram doesn't accept votes in a closed poll
            persistent = [stored["options"][i]["persistent_id"] for i in option_ids]
            for i in option_ids:
                stored["options"][i]["voter_count"] += 1
            stored["total_voter_count"] += 1
        self.push("poll_answer", {"poll_id": poll_id, "user": sender, "option_ids": option_ids,
                                  "option_persistent_ids": persistent})

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
            self._maybe_fail(method)
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
        return call.status, body

    def _maybe_fail(self, method: str) -> None:
        with self._lock:
            for index, (name, status, parameters, times) in enumerate(self._failures):
                if name == method:
                    if times <= 1:
                        del self._failures[index]
                    else:
                        self._failures[index] = (name, status, parameters, times - 1)
                    raise TelegramAPIError(status, self._failure_descriptions[method], parameters)

    def _api_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return self.bot_user

    def _api_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = min(float(params.get("timeout") or 0), MAX_LONG_POLL)
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + timeout
        with self._new_update:
            if offset:
                self.confirmed_offset = max(self.confirmed_offset, offset)
            while True:
                # Like Telegram: an update confirmed once (offset past it) is gone for good.
                first = max(offset, self.confirmed_offset, 1)
                pending = [u for u in self.updates if u["update_id"] >= first][:limit]
                remaining = deadline - time.monotonic()
                if pending or remaining <= 0 or self._closing:
                    if pending:
                        self._delivered = max(self._delivered, pending[-1]["update_id"])
                    return pending
                self._new_update.wait(remaining)

    def _api_deleteWebhook(self, params: dict[str, Any]) -> bool:
        if params.get("drop_pending_updates"):
            self.confirmed_offset = len(self.updates) + 1
            self._delivered = len(self.updates)
            self.updates_dropped = True
        return True

    def _api_setWebhook(self, params: dict[str, Any]) -> bool:
        if not str(params.get("url", "")).startswith("https://"):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        return True

    def _api_setMyCommands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise bad_request("commands must be a list of at most 100 commands")
        for command in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", command.get("command", "")):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(command.get("description", "")) <= 256:
                raise bad_request("command description must be 1-256 characters")
        return True

    def _api_setMyDescription(self, params: dict[str, Any]) -> bool:
        return True

    def _api_setMyShortDescription(self, params: dict[str, Any]) -> bool:
        return True

    def _api_sendChatAction(self, params: dict[str, Any]) -> bool:
        self._chat(params)
        return True

    def _chat(self, params: dict[str, Any], *, sending: bool = True) -> dict[str, Any]:
        chat_id = params.get("chat_id")
        if not isinstance(chat_id, int):
            raise bad_request("chat not found")
        if chat_id > 0 and chat_id not in self.started:
            if chat_id in self.chats or chat_id in self.users:
                raise TelegramAPIError(403, "Forbidden: bot can't initiate conversation with a user")
            raise bad_request("chat not found")
        if chat_id not in self.chats:
            raise bad_request("chat not found")
        return self.chats[chat_id]

    def _store(self, chat: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
        message = {"message_id": self._next_message_id(chat["id"]), "date": int(time.time()),
                   "chat": chat, "from": self.bot_user, **fields}
        self.messages[(chat["id"], message["message_id"])] = message
        return message

    def _api_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params)
        text = formatted(params, "text", MAX_TEXT)
        markup = check_markup(params)
        fields: dict[str, Any] = {"text": text}
        if markup:
            fields["reply_markup"] = markup
        reply = params.get("reply_parameters") or {}
        if reply.get("message_id") or params.get("reply_to_message_id"):
            target = reply.get("message_id") or params.get("reply_to_message_id")
            original = self.messages.get((chat["id"], target))
            if original is None and not reply.get("allow_sending_without_reply"):
                raise bad_request("message to be replied not found")
            if original is not None:
                fields["reply_to_message"] = original
        return self._store(chat, fields)

    def _edit_target(self, params: dict[str, Any]) -> dict[str, Any]:
        if params.get("inline_message_id"):
            raise bad_request("inline messages are not supported by this fake")
        key = (params.get("chat_id"), params.get("message_id"))
        message = self.messages.get(key)  # type: ignore[arg-type]
        if message is None or message.get("from", {}).get("id") != BOT_ID:
            raise bad_request("message to edit not found")
        return message

    def _api_editMessageText(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._edit_target(params)
        if "text" not in message:
            raise bad_request("there is no text in the message to edit")
        text = formatted(params, "text", MAX_TEXT)
        markup = check_markup(params)
        if text == message["text"] and markup == message.get("reply_markup"):
            raise bad_request("message is not modified: specified new message content and reply "
                              "markup are exactly the same as a current content and reply markup of the message")
        message["text"] = text
        message["edit_date"] = int(time.time())
        if markup:
            message["reply_markup"] = markup
        else:
            message.pop("reply_markup", None)
        return message

    def _api_editMessageReplyMarkup(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._edit_target(params)
        markup = check_markup(params)
        if markup == message.get("reply_markup") or (not markup and "reply_markup" not in message):
            raise bad_request("message is not modified: specified new message content and reply "
                              "markup are exactly the same as a current content and reply markup of the message")
        if markup:
            message["reply_markup"] = markup
        else:
            message.pop("reply_markup", None)
        message["edit_date"] = int(time.time())
        return message

    def _api_deleteMessage(self, params: dict[str, Any]) -> bool:
        key = (params.get("chat_id"), params.get("message_id"))
        if self.messages.pop(key, None) is None:  # type: ignore[arg-type]
            raise bad_request("message to delete not found")
        return True

    def _api_answerCallbackQuery(self, params: dict[str, Any]) -> bool:
        query_id = params.get("callback_query_id")
        if query_id not in self.open_callback_queries:
            raise bad_request("query is too old and response timeout expired or query ID is invalid")
        self.open_callback_queries.discard(query_id)
        if len(str(params.get("text") or "")) > 200:
            raise bad_request("MESSAGE_TOO_LONG")
        return True

    def _api_answerInlineQuery(self, params: dict[str, Any]) -> bool:
        query_id = params.get("inline_query_id")
        if query_id not in self.open_inline_queries:
            raise bad_request("query is too old and response timeout expired or query ID is invalid")
        self.open_inline_queries.discard(query_id)
        results = params.get("results")
        if not isinstance(results, list) or len(results) > MAX_INLINE_RESULTS:
            raise bad_request("RESULTS_TOO_MUCH")
        ids = set()
        for result in results:
            result_id = str(result.get("id", ""))
            if not 1 <= len(result_id.encode()) <= 64 or result_id in ids:
                raise bad_request("RESULT_ID_INVALID" if result_id not in ids else "RESULT_ID_DUPLICATE")
            ids.add(result_id)
            if result.get("type") != "article" or not result.get("title"):
                raise bad_request("RESULT_TYPE_INVALID")
            content = result.get("input_message_content") or {}
            formatted({"text": content.get("message_text"), "parse_mode": content.get("parse_mode")},
                            "text", MAX_TEXT)
            check_markup(result)
        return True

    def _api_sendPoll(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params)
        question = str(params.get("question") or "")
        if not 1 <= len(question) <= MAX_POLL_QUESTION:
            raise bad_request("POLL_QUESTION_INVALID" if question else "poll question must be non-empty")
        options = params.get("options")
        if not isinstance(options, list) or not MIN_POLL_OPTIONS <= len(options) <= MAX_POLL_OPTIONS:
            raise bad_request(f"poll must have {MIN_POLL_OPTIONS}-{MAX_POLL_OPTIONS} options")
        texts = [o["text"] if isinstance(o, dict) else str(o) for o in options]
        if any(not 1 <= len(t) <= MAX_POLL_OPTION for t in texts):
            raise bad_request("POLL_OPTION_INVALID")
        if len(set(texts)) != len(texts):
            raise bad_request("POLL_OPTION_DUPLICATE")
        explanation = params.get("explanation")
        if explanation is not None:
            plain = formatted({"text": explanation, "parse_mode": params.get("explanation_parse_mode")},
                                    "text", MAX_POLL_EXPLANATION)
            if plain.count("\n") > MAX_EXPLANATION_LINE_FEEDS:
                raise bad_request("explanation can't contain more than 2 line feeds")
            explanation = plain
        kind = params.get("type") or "regular"
        correct = params.get("correct_option_ids")
        if correct is None and params.get("correct_option_id") is not None:
            correct = [params["correct_option_id"]]
        if kind == "quiz":
            if not correct:
                raise bad_request("QUIZ_CORRECT_ANSWERS_EMPTY")
            if any(not isinstance(i, int) or not 0 <= i < len(texts) for i in correct):
                raise bad_request("QUIZ_CORRECT_ANSWER_INVALID")
            if len(correct) > 1 and not params.get("allows_multiple_answers"):
                raise bad_request("QUIZ_CORRECT_ANSWERS_TOO_MUCH")
        elif correct:
            raise bad_request("correct_option_ids is only for quiz polls")
        is_anonymous = params.get("is_anonymous", True)
        open_period = params.get("open_period")
        if open_period is not None and not 5 <= int(open_period) <= 2_628_000:
            raise bad_request("open_period must be 5-2628000 seconds")
        poll_id = str(5_000_000 + next(self._ids))
        poll: dict[str, Any] = {
            "id": poll_id, "question": question,
            "options": [{"text": t, "voter_count": 0, "persistent_id": f"{poll_id}-{i}"}
                        for i, t in enumerate(texts)],
            "total_voter_count": 0, "is_closed": False, "is_anonymous": bool(is_anonymous),
            "type": kind, "allows_multiple_answers": bool(params.get("allows_multiple_answers")),
            "allows_revoting": bool(params.get("allows_revoting")), "members_only": False,
        }
        if kind == "quiz":
            poll["correct_option_ids"] = list(correct)
        if explanation:
            poll["explanation"] = explanation
        if open_period is not None:
            poll["open_period"] = int(open_period)
        self.polls[poll_id] = poll
        fields: dict[str, Any] = {"poll": poll}
        markup = check_markup(params)
        if markup:
            fields["reply_markup"] = markup
        message = self._store(chat, fields)
        self.poll_messages[poll_id] = (chat["id"], message["message_id"])
        return message

    def _api_stopPoll(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self.messages.get((params.get("chat_id"), params.get("message_id")))  # type: ignore[arg-type]
        if message is None or "poll" not in message:
            raise bad_request("message with poll to stop not found")
        poll = message["poll"]
        if poll["is_closed"]:
            raise bad_request("poll has already been closed")
        poll["is_closed"] = True
        return poll

    def _api_sendDocument(self, params: dict[str, Any], files: dict[str, tuple[str, bytes]] | None = None) -> dict[str, Any]:
        return self._send_file(params, files or {}, "document")

    def _api_sendPhoto(self, params: dict[str, Any], files: dict[str, tuple[str, bytes]] | None = None) -> dict[str, Any]:
        return self._send_file(params, files or {}, "photo")

    def _send_file(self, params: dict[str, Any], files: dict[str, tuple[str, bytes]], kind: str) -> dict[str, Any]:
        chat = self._chat(params)
        caption = formatted(params, "caption", MAX_CAPTION, required=False)
        if kind not in files:
            raise bad_request(f"there is no {kind} in the request")
        name, content = files[kind]
        if not content:
            raise bad_request("file must be non-empty")
        if kind == "photo" and not content.startswith(b"\x89PNG") and not content.startswith(b"\xff\xd8"):
            raise bad_request("IMAGE_PROCESS_FAILED")
        file_id = f"file{next(self._ids)}"
        fields: dict[str, Any] = {}
        if kind == "photo":
            fields["photo"] = [{"file_id": file_id, "file_unique_id": file_id, "width": 800, "height": 600}]
        else:
            fields["document"] = {"file_id": file_id, "file_unique_id": file_id, "file_name": name}
        if caption:
            fields["caption"] = caption
        return self._store(chat, fields)

    def _api_getChatMember(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id, user_id = params.get("chat_id"), params.get("user_id")
        if chat_id not in self.chats:
            raise bad_request("chat not found")
        users = self.users
        if user_id not in users:
            raise bad_request("PARTICIPANT_ID_INVALID")
        status = self.admins.get(chat_id, {}).get(user_id, "member")  # type: ignore[arg-type]
        return member(users[user_id], status)

    def _api_getChatAdministrators(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        chat_id = params.get("chat_id")
        if chat_id not in self.chats:
            raise bad_request("chat not found")
        users = self.users
        return [member(users[uid], status) for uid, status in self.admins.get(chat_id, {}).items()]  # type: ignore[arg-type]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_fake: FakeTelegram

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - keep test output quiet
        pass

    def do_GET(self) -> None:  # noqa: N802
        self._dispatch(b"")

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        self._dispatch(self.rfile.read(length))

    def _dispatch(self, body: bytes) -> None:
        match = re.fullmatch(r"/bot([^/]+)/([A-Za-z]+)(?:\?.*)?", self.path)
        if not match:
            self._reply(404, {"ok": False, "error_code": 404, "description": "Not Found"})
            return
        token, method = match.groups()
        try:
            params, files = self._parse(body)
        except ValueError as exc:
            self._reply(400, {"ok": False, "error_code": 400, "description": f"Bad Request: {exc}"})
            return
        status, payload = self.server_fake.handle(token, method, params, files)
        self._reply(status, payload)

    def _parse(self, body: bytes) -> tuple[dict[str, Any], dict[str, tuple[str, bytes]]]:
        content_type = self.headers.get("Content-Type", "")
        params: dict[str, Any] = {}
        files: dict[str, tuple[str, bytes]] = {}
        if "?" in self.path:
            params.update((k, decode_form_value(k, v)) for k, v in parse_qsl(self.path.split("?", 1)[1]))
        if not body:
            return params, files
        if content_type.startswith("application/json"):
            params.update(json.loads(body))
        elif content_type.startswith("multipart/form-data"):
            message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
                b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
            for part in message.iter_parts():
                name = part.get_param("name", header="content-disposition")
                filename = part.get_filename()
                payload = part.get_payload(decode=True) or b""
                if filename is not None:
                    files[name] = (filename, payload)
                else:
                    params[name] = decode_form_value(name, payload.decode("utf-8"))
        else:
            params.update((k, decode_form_value(k, v)) for k, v in parse_qsl(body.decode("utf-8"), keep_blank_values=True))
        return params, files

    def _reply(self, status: int, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        try:
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the bot hung up (stopping mid long-poll): nothing to tell it
