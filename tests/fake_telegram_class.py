"""The fake Telegram server's part for class quizzes in groups: reactions on people's
messages (setMessageReaction), the group's member count, and who is in a group.

Mixed into ``FakeTelegram``; as strict as Telegram: a reaction only from Telegram's emoji
list, one at a time, on a message that exists in that chat.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

from fake_telegram_objects import Call
from fake_telegram_rules import bad_request, check_reaction


class ClassChatMethods:
    """FakeTelegram's methods for reactions and group membership."""

    # Set by FakeTelegram.__init__.
    messages: dict[tuple[int, int], dict[str, Any]]
    chats: dict[int, dict[str, Any]]
    users: dict[int, dict[str, Any]]
    admins: dict[int, dict[int, str]]
    members: dict[int, set[int]]
    reactions: dict[tuple[int, int], list[str]]
    _lock: threading.RLock
    _chat: Any  # BotAPIMethods._chat: the chat a call is for, if the bot may write there

    # -- test controls ---------------------------------------------------------------------------

    def set_members(self, chat: dict[str, Any], people: Iterable[dict[str, Any]]) -> None:
        """People in the group besides its owner and admins (and the bot)."""
        with self._lock:
            self.chats[chat["id"]] = chat
            for person in people:
                self.users[person["id"]] = person
                self.members.setdefault(chat["id"], set()).add(person["id"])

    def reaction(self, message: Call | dict[str, Any]) -> list[str]:
        """The emoji the bot has set on a message (a person's, usually)."""
        message = message.result if isinstance(message, Call) else message
        with self._lock:
            return list(self.reactions.get((message["chat"]["id"], message["message_id"]), []))

    # -- methods ---------------------------------------------------------------------------------

    def _api_setMessageReaction(self, params: dict[str, Any]) -> bool:
        chat = self._chat(params)
        key = (chat["id"], params.get("message_id"))
        if key not in self.messages:
            raise bad_request("message to react not found")
        emoji = check_reaction(params.get("reaction"))
        if emoji:
            self.reactions[key] = emoji  # type: ignore[index]
        else:
            self.reactions.pop(key, None)  # type: ignore[arg-type]
        return True

    def _api_getChatMemberCount(self, params: dict[str, Any]) -> int:
        chat = self._chat(params)
        if chat.get("type") == "private":
            return 2
        people = set(self.admins.get(chat["id"], {})) | self.members.get(chat["id"], set())
        return len(people) + 1  # and the bot
