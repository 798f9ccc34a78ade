"""Links into the bot: t.me deep links that start a quiz, in private or with a class, and buttons to open them."""

from __future__ import annotations

import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.helpers import create_deep_linked_url

from ..quiz.models import Quiz
from .format import esc

QUIZ_PAYLOAD = "quiz_"  # /start quiz_<ID>: start that quiz (in a group: the class quiz picker)
CLASS_PAYLOAD = "class"  # ?startgroup=class: added to a group to run a class quiz, the picker
INLINE_PAYLOAD = "inline"  # /start from inline mode's "switch to private chat" button
MAX_PAYLOAD = 64
_PAYLOAD = re.compile(r"[A-Za-z0-9_-]{1,%d}" % MAX_PAYLOAD)  # what Telegram lets through a start link
OPEN_PRIVATE = "Open a private chat with me"


def quiz_payload(quiz_id: str) -> str | None:
    """The start parameter for a quiz, or None when its id can't travel in a link."""
    payload = f"{QUIZ_PAYLOAD}{quiz_id}"
    return payload if _PAYLOAD.fullmatch(payload) else None


def quiz_from_payload(args: list[str] | None) -> str | None:
    """The quiz id a /start payload asks for, if it asks for one."""
    if not args or not args[0].startswith(QUIZ_PAYLOAD):
        return None
    return args[0][len(QUIZ_PAYLOAD):] or None


def start_link(bot_username: str, payload: str | None = None, *, group: bool = False) -> str:
    """https://t.me/<bot>?start=<payload> (or ?startgroup=: pick a group to add the bot to)."""
    return create_deep_linked_url(bot_username, payload, group=group)


def private_chat_button(bot_username: str, *, payload: str | None = None, label: str = OPEN_PRIVATE,
                        group: bool = False) -> InlineKeyboardMarkup:
    """A URL button that opens the private chat with the bot and presses Start there
    (``group``: that lets the user pick a group to add the bot to)."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, url=start_link(bot_username, payload, group=group))]])


def quiz_links(bot_username: str, quiz: Quiz) -> InlineKeyboardMarkup | None:
    """"Take the quiz" and "Run it with a class" buttons for a shared quiz."""
    payload = quiz_payload(quiz.id)
    if payload is None:
        return None
    return InlineKeyboardMarkup([
        [InlineKeyboardButton("Take the quiz", url=start_link(bot_username, payload))],
        [InlineKeyboardButton("Run it with a class", url=start_link(bot_username, payload, group=True))],
    ])


def share_html(bot_username: str, quizzes: list[Quiz]) -> str:
    """Each quiz's share link and add-to-a-group link, as an HTML block."""
    lines = ["Share a quiz: its link opens it for whoever taps it; “with a class” adds me to a group, "
             "ready to run it there."]
    for quiz in quizzes:
        payload = quiz_payload(quiz.id)
        if payload is None:
            continue
        lines.append(f'• <a href="{start_link(bot_username, payload)}">{esc(quiz.title)}</a> · '
                     f'<a href="{start_link(bot_username, payload, group=True)}">with a class</a>')
    return "\n".join(lines)
