"""Telegram's text rules: HTML escaping, the 4096-character limit, 64-byte callback data."""

from __future__ import annotations

import html
import re

MAX_MESSAGE_CHARS = 4096
MAX_CALLBACK_BYTES = 64
MAX_CAPTION_CHARS = 1024
MAX_ALERT_CHARS = 200
BLOCK_SEPARATOR = "\n\n"
OWNER_SEPARATOR = "|"  # button data "<data>|<user id>": only that user may press it
_TAG = re.compile(r"<[^>]*>")


def esc(text: object) -> str:
    """Text made safe for HTML parse mode: ``<b>``, ``&`` and ``<script>`` stay text."""
    return html.escape(str(text), quote=False)  # never used inside an attribute


def utf16_len(text: str) -> int:
    """Telegram counts message length in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def plain(fragment: str) -> str:
    """The text a reader sees for an HTML fragment (tags dropped, entities decoded)."""
    return html.unescape(_TAG.sub("", fragment))


def split_blocks(blocks: list[str], *, limit: int = MAX_MESSAGE_CHARS) -> list[str]:
    """Join HTML blocks into messages of at most ``limit`` characters each.

    Blocks are kept whole where they fit, so no tag is ever cut in two; a block too long
    for one message is sent as escaped plain text in pieces cut at line or word breaks.
    Length is what Telegram counts: the text after entity parsing, in UTF-16 units.
    """
    messages: list[str] = []
    current = ""
    for block in blocks:
        if not block.strip():
            continue
        pieces = [block] if _shown_len(block) <= limit else [esc(p) for p in _cut(plain(block), limit)]
        for piece in pieces:
            joined = f"{current}{BLOCK_SEPARATOR}{piece}" if current else piece
            if _shown_len(joined) <= limit:
                current = joined
            else:
                messages.append(current)
                current = piece
    if current:
        messages.append(current)
    return messages


def _shown_len(fragment: str) -> int:
    return utf16_len(plain(fragment))


def _cut(text: str, limit: int) -> list[str]:
    """Cut plain text into pieces of at most ``limit`` UTF-16 units, at a break if possible."""
    pieces = []
    while text:
        size = _fitting_prefix(text, limit)
        if size < len(text):
            window = text[:size]
            cut = max(window.rfind("\n"), window.rfind(" "))
            if cut > size // 2:
                size = cut + 1
        pieces.append(text[:size].strip())
        text = text[size:]
    return [p for p in pieces if p]


def _fitting_prefix(text: str, limit: int) -> int:
    """The longest prefix length of ``text`` at most ``limit`` UTF-16 units long."""
    total = 0
    for index, char in enumerate(text):
        total += 2 if ord(char) > 0xFFFF else 1
        if total > limit:
            return max(index, 1)
    return len(text)


def truncate(text: str, limit: int) -> str:
    """Plain text shortened to ``limit`` characters with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def fits_callback(data: str) -> bool:
    return 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_BYTES


def stamp(data: str, owner: int) -> str:
    """Button data tagged with the user it was made for, when that fits in 64 bytes."""
    stamped = f"{data}{OWNER_SEPARATOR}{owner}"
    return stamped if fits_callback(stamped) else data


def unstamp(data: str) -> tuple[str, int | None]:
    """The button data and the user it was made for (None: anyone may press it)."""
    head, sep, tail = data.rpartition(OWNER_SEPARATOR)
    if sep and tail.isdigit():
        return head, int(tail)
    return data, None
