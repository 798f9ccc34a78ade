"""Updates a test pushes into the fake Telegram server: people writing, pressing buttons,
typing inline queries and voting in polls. The bot fetches them with getUpdates.
"""

from __future__ import annotations

import itertools
import re
import threading
import time
from typing import Any

from fake_telegram_objects import Call
from fake_telegram_rules import START_PARAMETER, check_vote, text_entities


class UpdateBuilders:
    """FakeTelegram's methods that turn what a person does into queued updates."""

    # Set by FakeTelegram.__init__.
    updates: list[dict[str, Any]]
    messages: dict[tuple[int, int], dict[str, Any]]
    polls: dict[str, dict[str, Any]]
    chats: dict[int, dict[str, Any]]
    started: set[int]
    users: dict[int, dict[str, Any]]
    open_callback_queries: set[str]
    open_inline_queries: set[str]
    bot_user: dict[str, Any]
    _ids: itertools.count
    _lock: threading.RLock
    _new_update: threading.Condition

    def push(self, kind: str, payload: dict[str, Any]) -> int:
        """Queue an update of the given kind; returns its update_id."""
        with self._lock:
            update_id = len(self.updates) + 1
            self.updates.append({"update_id": update_id, kind: payload})
            self._new_update.notify_all()
            return update_id

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

    def media_message(self, sender: dict[str, Any], kind: str, *, caption: str | None = None,
                      chat: dict[str, Any] | None = None) -> dict[str, Any]:
        """A person sends a sticker, photo, voice message or document (no text), in private or in ``chat``."""
        file_id = f"in{next(self._ids)}"
        payloads: dict[str, Any] = {
            "sticker": {"file_id": file_id, "file_unique_id": file_id, "type": "regular", "width": 512,
                        "height": 512, "is_animated": False, "is_video": False, "emoji": "👍"},
            "photo": [{"file_id": file_id, "file_unique_id": file_id, "width": 90, "height": 90}],
            "voice": {"file_id": file_id, "file_unique_id": file_id, "duration": 3, "mime_type": "audio/ogg"},
            "document": {"file_id": file_id, "file_unique_id": file_id, "file_name": "notes.pdf"},
        }
        chat = chat or {"id": sender["id"], "type": "private", "first_name": sender["first_name"]}
        message = self._user_message(chat, sender, "", None)
        del message["text"]
        message[kind] = payloads[kind]
        if caption:
            message["caption"] = caption
        self.push("message", message)
        return message

    def edit(self, message: dict[str, Any], text: str) -> dict[str, Any]:
        """The person edits a message they sent: Telegram sends it again as edited_message."""
        with self._lock:
            edited = {**message, "text": text, "edit_date": int(time.time())}
            entities = text_entities(text)
            edited.pop("entities", None)
            if entities:
                edited["entities"] = entities
            self.messages[(message["chat"]["id"], message["message_id"])] = edited
        self.push("edited_message", edited)
        return edited

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

    def inline_query(self, sender: dict[str, Any], query: str, *, offset: str = "") -> str:
        """A person types ``@bot query`` in some chat (``offset``: scrolling to the next page)."""
        query_id = str(next(self._ids) + 20_000)
        with self._lock:
            self.open_inline_queries.add(query_id)
        self.push("inline_query", {"id": query_id, "from": sender, "query": query, "offset": offset,
                                   "chat_type": "private"})
        return query_id

    def open_link(self, sender: dict[str, Any], url: str, *, group: dict[str, Any] | None = None) -> dict[str, Any]:
        """A person taps a t.me link to the bot: ?start= sends /start PARAM in private;
        ?startgroup= adds the bot to ``group`` and sends /start@bot PARAM there, as the apps do."""
        match = re.fullmatch(r"https://t\.me/([A-Za-z0-9_]+)(?:\?(start|startgroup)=([^&]*))?", url)
        assert match, f"not a link to a bot: {url}"
        username, kind, payload = match.groups()
        assert username == self.bot_user["username"], f"a link to another bot: {url}"
        if payload is not None:
            assert START_PARAMETER.fullmatch(payload), f"Telegram drops this start parameter: {payload!r}"
        if kind == "startgroup":
            assert group is not None, "a startgroup link needs the group the person picks"
            return self.group_message(group, sender, f"/start@{username} {payload}".rstrip())
        return self.private_message(sender, f"/start {payload}" if payload else "/start")

    def poll_answer(self, sender: dict[str, Any], poll: Call | str, option_ids: list[int]) -> None:
        """A person votes in a (non-anonymous) poll the bot sent."""
        poll_id = poll.result["poll"]["id"] if isinstance(poll, Call) else poll
        with self._lock:
            stored = self.polls[poll_id]
            assert not stored["is_anonymous"], "anonymous polls send no poll_answer updates"
            if stored["is_closed"]:
                return  # Telegram doesn't accept votes in a closed poll
            self._check_private_quiz_vote(poll_id, sender, option_ids)
            persistent = [stored["options"][i]["persistent_id"] for i in option_ids]
            check_vote(stored, option_ids)
            for i in option_ids:
                stored["options"][i]["voter_count"] += 1
            stored["total_voter_count"] += 1
        self.push("poll_answer", {"poll_id": poll_id, "user": sender, "option_ids": option_ids,
                                  "option_persistent_ids": persistent})

    # -- private quiz polls --------------------------------------------------------------------

    poll_messages: dict[str, tuple[int, int]]
    private_votes: dict[str, set[int]]

    def _check_private_quiz_vote(self, poll_id: str, sender: dict[str, Any], option_ids: list[int]) -> None:
        """What the Telegram apps allow in a poll sent to a private chat: only that person votes,
        for options that exist, one unless the poll allows several, and a quiz poll's vote is final."""
        stored = self.polls[poll_id]
        chat_id = self.poll_messages[poll_id][0]
        if chat_id < 0:
            return  # a group's poll: the class quiz's rules
        assert sender["id"] == chat_id, "only the person of a private chat can vote in its polls"
        assert option_ids, "a quiz poll's vote can't be taken back"
        assert all(0 <= i < len(stored["options"]) for i in option_ids), f"no such option: {option_ids}"
        assert len(set(option_ids)) == len(option_ids), "an option picked twice"
        if len(option_ids) > 1:
            assert stored["allows_multiple_answers"], "this poll takes one option"
        voted = self.private_votes.setdefault(poll_id, set())
        if stored["type"] == "quiz" and not stored["allows_revoting"]:
            assert sender["id"] not in voted, "a quiz poll is answered once: the apps don't let a vote change"
        voted.add(sender["id"])
