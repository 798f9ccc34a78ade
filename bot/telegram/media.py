"""Messages the bot can't read — stickers, photos, voice, files, edits: a one-line answer, never silence."""

from __future__ import annotations

from telegram import Message, Update
from telegram.ext import ContextTypes

from .format import esc
from .replies import send_html

UNDERSTOOD = "I read text: type a question, or /help shows what I can do."
EDITED = "I read new messages only, so I didn't see that edit: send it again as a new message."
# What to call each kind of message, checked in this order (a photo with a caption is still a photo).
KINDS = (
    ("sticker", "stickers"), ("photo", "photos"), ("voice", "voice messages"), ("video_note", "video messages"),
    ("audio", "audio"), ("video", "videos"), ("animation", "GIFs"), ("document", "files"),
    ("location", "locations"), ("contact", "contacts"), ("poll", "polls"),
)


def what_it_is(message: Message) -> str:
    """The kind of a message the bot can't read, in words."""
    return next((name for attribute, name in KINDS if getattr(message, attribute, None)), "messages like that")


async def unreadable(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A sticker, photo, voice message or file in private: say what the bot understands instead."""
    message = update.effective_message
    assert message
    text = f"I can't read {what_it_is(message)}. {UNDERSTOOD}"
    await send_html(context.bot, message.chat_id, [esc(text)], reply_to=message.message_id)


async def edited(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An edited message in private: it is not taken again (a quiz answer counts once); say so."""
    message = update.effective_message
    assert message
    await send_html(context.bot, message.chat_id, [esc(EDITED)], reply_to=message.message_id)
