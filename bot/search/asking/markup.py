"""Chat and Markdown markup in a message, read as the words it marks: **bold**, __bold__,
_italics_, *italics*, `code`, a #hashtag ("#UnitedNations" is "United Nations",
"#digitalsilkroad" "digital silk road"), and the marks opening a line ("> ", "- ", "• ",
"1. ") of a message typed as a list or a reply; an @-mention ("@textbot", "@maria") left out;
and a page's number a handout's header or footer brings along ("p.2", "Page 3 of 7")."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .words import content_words

_EMPHASIS = re.compile(r"(?<![\w*_`])(\*{1,2}|_{1,2}|`)(?=\S)(?P<marked>[^*_`\n]+?)(?<=\S)\1(?![\w*_`])")
# A hashtag of letters: its words run together, each capitalised or not ("#cyberSecurity").
_HASHTAG = re.compile(r"(?<![\w&])#(?P<tag>[A-Za-z][A-Za-z0-9]*)")
# Hashtags closing a message after its question ("decoupling?? 😬 #techwar"): the feed's
# topics, filed under, not words of what is asked. Not a question's own last words ("what
# does it say about #datasecurity") nor tags standing for what a pronoun asks of ("what
# does it say about this? #UnitedNations").
_CLOSING_TAGS = re.compile(r"(?<=[?!.])(?P<tags>(?:[^\w#\n?!.]*#[A-Za-z][A-Za-z0-9]*)+)[^\w#\n]*$")
_POINTER_WORDS = frozenset("it this that these those them they".split())
_NAMING_WORDS = 2
_POINTING = re.compile(rf"\b(?:{'|'.join(sorted(_POINTER_WORDS))})\b[^?!.]*[?!.]+[^?!.]*$", re.IGNORECASE)
_CAMEL_PART = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
# A hashtag typed in one case runs its words together with nothing to tell them apart:
# told apart by the words they are, when the tag is no word itself; a tag longer than a
# hashtag's words ever run is left whole (told apart, it would cost a lookup of each of
# its substrings).
_MIN_RUN_TOGETHER = 7
_MAX_RUN_TOGETHER = 40
# An @-mention of the bot or a classmate, as a group chat writes it: who is addressed, not
# what is asked. Not an address's "@" ("name@school.org") nor "@ 5pm".
_MENTION = re.compile(r"(?:[ \t]*(?<![\w.@])@[A-Za-z]\w{2,31}\b[:,]?)+[ \t]*")
_LINE_MARK = re.compile(r"(?m)^[ \t]*(?:>+|[-*•·]+|#{1,6}|\d+[.)])[ \t]+")
_RULE = re.compile(r"(?m)^[ \t]*(?:-{3,}|\*{3,}|_{3,}|={3,}|>{2,})[ \t]*$")


def without_markup(text: str, *, is_word: Callable[[str], bool] | None = None) -> str:
    """The text with its markup taken off and what it marks kept; a text with none as it
    is. ``is_word(word)``: whether a lower-case word is one, by which a hashtag typed in
    one case is told into its words."""
    if not re.search(r"[*_`#>•·=@]|^\s*[-\d]", text, re.MULTILINE):
        return text
    marked = text
    text = _MENTION.sub(_unmentioned, text)
    text = _RULE.sub("", text)
    text = _LINE_MARK.sub("", text)
    closing = _CLOSING_TAGS.search(text)
    if closing and not _tags_pointed_to(text[: closing.start()]):
        text = text[: closing.start()] + text[closing.end("tags") :]
    text = _HASHTAG.sub(lambda m: _tag_words(m.group("tag"), is_word), text)
    previous = None
    while previous != text:  # "**_both_**"
        previous, text = text, _EMPHASIS.sub(lambda m: m.group("marked"), text)
    # A message of mentions or marks alone ("@a @b") asks with them, or asks nothing.
    return text if re.search(r"\w", text) else marked


# A page's number, as a printed handout's header or footer gives it: "p.2", "pp. 3-4",
# "pg 5", "Page 3 of 7". The texts are articles with no pages: it is where the asker
# copied from, never what they ask about.
_PAGE_MARK = re.compile(
    r"(?<![\w.])(?<!\bon\s)(?<!\bat\s)(?<!\bin\s)(?<!\bof\s)(?<!\bto\s)(?<!\bfrom\s)(?<!\bsee\s)"
    r"[(\[]?(?:pp?\.\s?\d{1,3}(?:\s*[-–]\s*\d{1,3})?|pg\.\s?\d{1,3}|page\s+\d{1,3}(?:\s+of\s+\d{1,3})?)[)\]]?(?![\w.]\w)"
    r"(?:\s*[—–|:-]+)?",
    re.IGNORECASE,
)


def without_page_marks(text: str) -> str:
    """The text without the page numbers a handout's header or footer brought along."""
    if not re.search(r"\bp[pg]?\.?\s?\d|\bpage\s+\d", text, re.IGNORECASE):
        return text
    unpaged = _PAGE_MARK.sub(" ", text)
    unpaged = re.sub(r"[ \t]{2,}", " ", unpaged).strip()
    return unpaged if re.search(r"\w", unpaged) else text


def _tags_pointed_to(question: str) -> bool:
    """Whether a question's pronoun points to the tags after it, for want of anything else
    it names ("what does it say about this? #UnitedNations"; not "the wannacry attack —
    does the article mention it? #cybersecurity")."""
    if not _POINTING.search(question):
        return False
    named = [w for w in content_words(question) if w not in _POINTER_WORDS]
    return len(named) < _NAMING_WORDS


def _unmentioned(mention: re.Match[str]) -> str:
    """What stands for a mention: a space between words, nothing at a line's ends or before a mark."""
    text, start, end = mention.string, mention.start(), mention.end()
    between = start > 0 and text[start - 1] != "\n" and end < len(text) and text[end] not in "\n?.!,;:"
    return " " if between else ""


def _tag_words(tag: str, is_word: Callable[[str], bool] | None) -> str:
    """A hashtag's words: by its capitals ("UnitedNations"), or, typed in one case, the
    fewest words it runs together ("cybersovereignty" is "cyber sovereignty")."""
    parts = _CAMEL_PART.findall(tag)
    if len(parts) > 1 or is_word is None or not _MIN_RUN_TOGETHER <= len(tag) <= _MAX_RUN_TOGETHER or is_word(tag.lower()):
        return " ".join(parts)
    words = _run_together(tag.lower(), is_word)
    return " ".join(words) if words else tag


def _run_together(tag: str, is_word: Callable[[str], bool]) -> tuple[str, ...] | None:
    """The fewest words of two letters or more that ``tag`` is written of, or None."""

    @lru_cache(maxsize=None)
    def rest(start: int) -> tuple[str, ...] | None:
        if start == len(tag):
            return ()
        best = None
        for end in range(len(tag), start + 1, -1):
            if is_word(tag[start:end]):
                after = rest(end)
                if after is not None and (best is None or len(after) + 1 < len(best)):
                    best = (tag[start:end], *after)
        return best

    return rest(0)
