"""Sending HTML that Telegram accepts: escaped, split under 4096 characters, keyboard last."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import Bot, ForceReply, InlineKeyboardMarkup, LinkPreviewOptions, Message, ReplyParameters
from telegram.constants import ParseMode

from .format import esc, split_blocks

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def quote_html(text: str, citation: str) -> str:
    """A quotation word for word, then its citation."""
    return f"<blockquote>{esc(text)}</blockquote>\n— <i>{esc(citation)}</i>"


async def send_html(bot: Bot, chat_id: int, blocks: Sequence[str], *,
                    reply_markup: InlineKeyboardMarkup | ForceReply | None = None,
                    reply_to: int | None = None) -> Message:
    """Send HTML blocks as one message or several; the keyboard goes on the last one."""
    messages = split_blocks(list(blocks)) or ["…"]
    sent: Message | None = None
    for number, text in enumerate(messages, start=1):
        last = number == len(messages)
        sent = await bot.send_message(
            chat_id, text, parse_mode=ParseMode.HTML,
            reply_markup=reply_markup if last else None,
            reply_parameters=(ReplyParameters(reply_to, allow_sending_without_reply=True)
                              if reply_to and number == 1 else None),
            link_preview_options=NO_PREVIEW,
        )
    assert sent is not None
    return sent
