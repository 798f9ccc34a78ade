"""What every handler needs, and how a conversation ``Reply`` becomes a Telegram message."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update, User
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from ..chat.conversation import Button, Conversation, Reply
from ..chat.review import Reviewer
from ..settings import Settings
from ..store import Store
from .classquiz import Classroom
from .format import OWNER_SEPARATOR, esc, fits_callback, stamp
from .replies import NO_PREVIEW, send_html
from .searchkeys import keyed

log = logging.getLogger(__name__)

T = TypeVar("T")
SERVICES = "textbot"  # key in application.bot_data
PARAGRAPH = "p"  # button data "p:<doc id>:<paragraph>": the paragraph around a quote
EXAMPLE = "x"  # button data "x:<n>": ask example question n
FORGET = "forget"


@dataclass
class Services:
    """The core objects behind the bot, and one worker thread for the blocking calls."""

    settings: Settings
    conversation: Conversation
    store: Store
    reviewer: Reviewer
    classroom: Classroom
    worker: ThreadPoolExecutor = field(default_factory=lambda: ThreadPoolExecutor(1, thread_name_prefix="textbot"))

    async def call(self, function: Callable[..., T], *args: Any) -> T:
        """Run a blocking core call (search, SQLite) off the event loop, one at a time."""
        return await asyncio.get_running_loop().run_in_executor(self.worker, function, *args)


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    return context.bot_data[SERVICES]


def user_key(person: User) -> str:
    """The conversation's name for a Telegram user."""
    return str(person.id)


# -- buttons ------------------------------------------------------------------------------------

def keyboard(rows: Sequence[Sequence[Button]], owner: int) -> InlineKeyboardMarkup | None:
    if not rows:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(b.label, callback_data=stamp(b.data, owner)) for b in row]
                                 for row in rows if row])


def paragraph_buttons(reply: Reply) -> list[tuple[Button, ...]]:
    """One "whole paragraph" button per quote of a search answer."""
    buttons = []
    for number, quote in enumerate(reply.quotes, start=1):
        data = f"{PARAGRAPH}:{quote.doc_id}:{quote.paragraph}"
        if fits_callback(data + OWNER_SEPARATOR + "0" * 12):
            label = "Whole paragraph" if len(reply.quotes) == 1 else f"Paragraph of {number}"
            buttons.append(Button(label, data))
    return [tuple(buttons[i:i + 3]) for i in range(0, len(buttons), 3)] if buttons else []


# -- replies ------------------------------------------------------------------------------------

def reply_blocks(reply: Reply, *, numbered: bool = False) -> list[str]:
    """The reply's plain text as escaped HTML blocks, its quotations set as blockquotes
    (``numbered``: each with its number, which the "Paragraph of N" buttons refer to)."""
    blocks = []
    for block in reply.text.split("\n\n"):
        html = esc(block)
        for number, quote in enumerate(reply.quotes, start=1):
            marked = esc(f"“{quote.text}”")
            if marked in html:
                label = f"<b>{number}.</b>\n" if numbered else ""
                html = html.replace(marked, f"{label}<blockquote>{esc(quote.text)}</blockquote>", 1)
        blocks.append(html)
    return blocks


async def send_replies(context: ContextTypes.DEFAULT_TYPE, chat_id: int, replies: Sequence[Reply], owner: User, *,
                       query: CallbackQuery | None = None, reply_to: int | None = None,
                       search: bool = False) -> Message | None:
    """Show the conversation's replies: edit the pressed message where a reply replaces it."""
    last: Message | None = None
    if search:  # "More quotes" keeps pointing at this question after the next one is asked
        s = services(context)
        replies = await s.call(keyed, s.conversation, user_key(owner), list(replies))
    for reply in replies:
        if reply.question is not None and not reply.replace and chat_id == owner.id:
            from .privatequiz import ask_with_poll  # builds on this module

            poll = await ask_with_poll(context, chat_id, reply, owner)  # in private, a quiz poll where one fits
            if poll is not None:
                last = poll
                continue
        rows = list(reply.buttons)
        if search and reply.quotes:
            rows += paragraph_buttons(reply)
        markup = keyboard(rows, owner.id)
        blocks = reply_blocks(reply, numbered=search and len(reply.quotes) > 1)
        if reply.replace and query is not None and isinstance(query.message, Message):
            html = "\n\n".join(blocks)
            try:
                await query.message.edit_text(html, parse_mode=ParseMode.HTML, reply_markup=markup,
                                              link_preview_options=NO_PREVIEW)
                continue
            except BadRequest as exc:
                if "not modified" in str(exc).lower():
                    continue
                log.info("couldn't edit message (%s); sending a new one", exc)
        last = await send_html(context.bot, chat_id, blocks, reply_markup=markup, reply_to=reply_to)
        reply_to = None
    return last


async def answer_query(query: CallbackQuery, text: str | None = None, *, alert: bool = False) -> None:
    """Stop the button's spinner; a query too old to answer is not worth an error."""
    try:
        await query.answer(text[:200] if text else None, show_alert=alert)
    except BadRequest as exc:
        log.debug("answer_callback_query: %s", exc)


def is_private(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type == chat.PRIVATE
