"""Search buttons that keep their meaning: an old answer's "More quotes" gives more on its own question.

Telegram's 64-byte button data can't hold a question, so the button holds a short key into the
user's recent searches (kept in the conversation's store, a bounded few per user).
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from ..chat.conversation import Button, Conversation, Reply
from ..chat.replies import MORE

MORE_KEY = "m"  # button data "m:<key>": more quotations on the search stored under <key>
RECENT_SEARCHES = 20  # per user: older answers' "More quotes" say they are too old
KEY_CHARS = 10
GONE = "That answer is too old for more quotations: ask the question again."


def _searches_key(user: str) -> str:
    return f"searches:{user}"  # ends in the user id: /forget deletes it


def keyed(conversation: Conversation, user: str, replies: list[Reply]) -> list[Reply]:
    """The replies with each "More quotes" button pointing at the search it belongs to (blocking)."""
    if not any(b.data == MORE for r in replies for row in r.buttons for b in row):
        return replies
    last = conversation.store.get(f"search:{user}")
    if not last:
        return replies
    key = hashlib.sha256(f"{last['question']}\0{last['offset']}".encode()).hexdigest()[:KEY_CHARS]
    recent = conversation.store.get(_searches_key(user)) or {}
    recent.pop(key, None)
    recent[key] = last
    conversation.store.put(_searches_key(user), dict(list(recent.items())[-RECENT_SEARCHES:]))
    data = f"{MORE_KEY}:{key}"
    return [replace(r, buttons=tuple(tuple(Button(b.label, data) if b.data == MORE else b for b in row)
                                     for row in r.buttons)) for r in replies]


def more_on(conversation: Conversation, user: str, key: str) -> list[Reply]:
    """More quotations on the search stored under ``key`` (blocking)."""
    search = (conversation.store.get(_searches_key(user)) or {}).get(key)
    if search is None:
        return [Reply(GONE)]
    conversation.store.put(f"search:{user}", search)  # that search becomes the one /more continues
    return conversation.press(user, MORE)
