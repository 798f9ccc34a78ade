"""The Bot API methods the fake Telegram server answers, each as strict as Telegram.

``FakeTelegram.handle`` calls ``_api_<method>(params)`` (with ``files`` for uploads) under
the fake's lock; a ``TelegramAPIError`` becomes Telegram's error reply.
"""

from __future__ import annotations

import itertools
import re
import threading
import time
from typing import Any

from fake_telegram_objects import BOT_ID
from fake_telegram_rules import (
    MAX_CAPTION,
    MAX_COMMAND_DESCRIPTION,
    MAX_COMMANDS,
    MAX_DESCRIPTION,
    MAX_EXPLANATION_LINE_FEEDS,
    MAX_INLINE_RESULTS,
    MAX_LONG_POLL,
    MAX_POLL_EXPLANATION,
    MAX_POLL_OPTION,
    MAX_POLL_OPTIONS,
    MAX_POLL_QUESTION,
    MAX_SHORT_DESCRIPTION,
    MAX_TEXT,
    MIN_POLL_OPTIONS,
    START_PARAMETER,
    TelegramAPIError,
    bad_request,
    check_markup,
    command_scope,
    formatted,
    language,
    member,
    profile_text,
)


class BotAPIMethods:
    """FakeTelegram's ``_api_*`` handlers and the message bookkeeping they share."""

    # Set by FakeTelegram.__init__.
    bot_user: dict[str, Any]
    updates: list[dict[str, Any]]
    messages: dict[tuple[int, int], dict[str, Any]]
    polls: dict[str, dict[str, Any]]
    force_replies: set[tuple[int, int]]
    poll_messages: dict[str, tuple[int, int]]
    chats: dict[int, dict[str, Any]]
    started: set[int]
    admins: dict[int, dict[int, str]]
    open_callback_queries: set[str]
    open_inline_queries: set[str]
    commands: dict[tuple[tuple[str, int | None], str], list[dict[str, Any]]]
    descriptions: dict[tuple[str, str], str]
    confirmed_offset: int
    users: dict[int, dict[str, Any]]
    _delivered: int
    _ids: itertools.count
    _new_update: threading.Condition
    _closing: bool
    webhook: dict[str, Any] | None

    def _api_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return self.bot_user

    def _api_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook is not None:
            raise TelegramAPIError(409, "Conflict: can't use getUpdates method while webhook is active; "
                                        "use deleteWebhook to delete the webhook first")
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
        self.webhook = None
        if params.get("drop_pending_updates"):
            self.confirmed_offset = len(self.updates) + 1
            self._delivered = len(self.updates)
            self.updates_dropped = True
        return True

    def _api_getWebhookInfo(self, params: dict[str, Any]) -> dict[str, Any]:
        """Like Telegram, for a polling bot too: how many updates wait, not yet confirmed by a
        later getUpdates (polling) or not yet delivered (webhook)."""
        with self._lock:
            if self.webhook is None:
                first = max(self.confirmed_offset, 1)
                pending = sum(1 for u in self.updates if u["update_id"] >= first)
            else:
                pending = sum(1 for u in self.updates if u["update_id"] > self._delivered)
            return {"url": (self.webhook or {}).get("url", ""), "has_custom_certificate": False,
                    "pending_update_count": pending}

    def _api_setWebhook(self, params: dict[str, Any]) -> bool:
        if not str(params.get("url", "")).startswith("https://"):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        secret = params.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            raise bad_request("bad webhook: secret token contains unallowed characters")
        self.webhook = {"url": params["url"], "secret_token": secret}
        return True

    def _api_setMyCommands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > MAX_COMMANDS:
            raise bad_request(f"commands must be a list of at most {MAX_COMMANDS} commands")
        names = set()
        for command in commands:
            name = command.get("command", "") if isinstance(command, dict) else ""
            if not re.fullmatch(r"[a-z0-9_]{1,32}", name):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(command.get("description", "")) <= MAX_COMMAND_DESCRIPTION:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
            if name in names:
                raise bad_request("BOT_COMMAND_DUPLICATE")
            names.add(name)
        key = (command_scope(params.get("scope"), self.chats), language(params))
        self.commands[key] = [dict(c) for c in commands]
        return True

    def _api_getMyCommands(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        key = (command_scope(params.get("scope"), self.chats), language(params))
        return self.commands.get(key, [])

    def _api_setMyDescription(self, params: dict[str, Any]) -> bool:
        self.descriptions[("description", language(params))] = profile_text(
            params, "description", MAX_DESCRIPTION)
        return True

    def _api_setMyShortDescription(self, params: dict[str, Any]) -> bool:
        self.descriptions[("short_description", language(params))] = profile_text(
            params, "short_description", MAX_SHORT_DESCRIPTION)
        return True

    def _api_getMyDescription(self, params: dict[str, Any]) -> dict[str, str]:
        return {"description": self.descriptions.get(("description", language(params)), "")}

    def _api_getMyShortDescription(self, params: dict[str, Any]) -> dict[str, str]:
        return {"short_description": self.descriptions.get(("short_description", language(params)), "")}

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
        if markup and "inline_keyboard" in markup:  # a Message carries only an inline keyboard
            fields["reply_markup"] = markup
        reply = params.get("reply_parameters") or {}
        if reply.get("message_id") or params.get("reply_to_message_id"):
            target = reply.get("message_id") or params.get("reply_to_message_id")
            original = self.messages.get((chat["id"], target))
            if original is None and not reply.get("allow_sending_without_reply"):
                raise bad_request("message to be replied not found")
            if original is not None:
                fields["reply_to_message"] = original
        message = self._store(chat, fields)
        if markup and "force_reply" in markup:
            self.force_replies.add((chat["id"], message["message_id"]))
        return message

    def _edit_target(self, params: dict[str, Any]) -> dict[str, Any]:
        if params.get("inline_message_id"):
            raise bad_request("inline messages are not supported by this fake")
        key = (params.get("chat_id"), params.get("message_id"))
        message = self.messages.get(key)  # type: ignore[arg-type]
        if message is None or message.get("from", {}).get("id") != BOT_ID:
            raise bad_request("message to edit not found")
        if key in self.force_replies:  # its keyboard depends on its text: Telegram refuses
            raise bad_request("message can't be edited")
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
        _answer_once(self.open_callback_queries, params.get("callback_query_id"))
        if len(str(params.get("text") or "")) > 200:
            raise bad_request("MESSAGE_TOO_LONG")
        return True

    def _api_answerInlineQuery(self, params: dict[str, Any]) -> bool:
        _answer_once(self.open_inline_queries, params.get("inline_query_id"))
        results = params.get("results")
        if not isinstance(results, list) or len(results) > MAX_INLINE_RESULTS:
            raise bad_request("RESULTS_TOO_MUCH")
        if len(str(params.get("next_offset") or "").encode("utf-8")) > 64:
            raise bad_request("NEXT_OFFSET_INVALID")
        button = params.get("button")
        if button is not None:
            kinds = [k for k in ("web_app", "start_parameter") if k in button]
            if not button.get("text") or len(kinds) != 1:
                raise bad_request("can't parse InlineQueryResultsButton: text and exactly one of web_app, start_parameter")
            if "start_parameter" in button and not START_PARAMETER.fullmatch(str(button["start_parameter"])):
                raise bad_request("START_PARAM_INVALID")
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
        _check_poll_audience(chat, bool(is_anonymous))
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


def _answer_once(open_queries: set, query_id: Any) -> None:
    """Telegram takes one answer per callback or inline query, and only while it is open."""
    if query_id not in open_queries:
        raise bad_request("query is too old and response timeout expired or query ID is invalid")
    open_queries.discard(query_id)


def _check_poll_audience(chat: dict[str, Any], is_anonymous: bool) -> None:
    """Who a poll may go to: a channel takes only anonymous polls (its voters have no names to show)."""
    if chat.get("type") == "channel" and not is_anonymous:
        raise bad_request("POLL_ANONYMOUS_REQUIRED")
