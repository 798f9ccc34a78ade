"""Split a document body into paragraphs and sentences, keeping character offsets.

Every span is a pair of offsets into ``Document.body``: the text of a sentence is
always ``body[start:end]``, so anything quoted from it is the article's own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .corpus import Document

# Bump when the rules below change: the index manifest records it and rebuilds.
SEGMENTER_VERSION = "4"
# A "sentence" longer than a quote may be is really lines without full stops.
MAX_SENTENCE_CHARS = 600

# Words that end with a full stop without ending a sentence ("Dec. 16-18", "Sept. 11").
ABBREVIATIONS = frozenset(
    """
    jan feb mar apr jun jul aug sep sept oct nov dec
    mr mrs ms dr prof st jr sr gen gov sen rep rev col lt capt
    no nos vol vols fig figs p pp ed eds art sec ch para
    inc ltd co corp dept univ assn est approx
    vs etc cf al
    """.split()
)
_HEADING = re.compile(r"^(#{1,6})[ \t]+", re.MULTILINE)
_BLOCK_SPLIT = re.compile(r"\n[ \t]*\n")
# A candidate end of sentence: terminal punctuation, any closing quotes or brackets,
# then whitespace and something that can start a sentence.
_BOUNDARY = re.compile(r"([.!?…]+)([\"'”’)\]]*)(\s+)(?=[\"'“‘(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_INITIALS = re.compile(r"^(?:[A-Za-z]\.)*[A-Za-z]$")


@dataclass(frozen=True)
class Paragraph:
    """A block of the body: a paragraph, a heading or a stanza."""

    doc_id: str
    number: int  # 1-based, in body order, headings included
    start: int
    end: int
    is_heading: bool = False


@dataclass(frozen=True)
class Sentence:
    """One sentence (or heading, or verse line) with its offsets into the body."""

    doc_id: str
    paragraph: int
    position: int  # 0-based index among the document's sentences
    start: int
    end: int
    text: str
    is_heading: bool = False


def _is_abbreviation(text_before: str) -> bool:
    match = _WORD_BEFORE.search(text_before)
    if not match:
        return False
    word = match.group(1).rstrip(".")
    if _INITIALS.match(word):  # "U.S", "J" in "J. Smith"
        return True
    return word.lower() in ABBREVIATIONS


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) in one line of text, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end(2)
        if match.group(1) == "." and _is_abbreviation(text[start:match.start(1)]):
            continue
        spans.append((start, end))
        start = match.end(3)
    spans.append((start, len(text)))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _blocks(body: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in _BLOCK_SPLIT.finditer(body):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(body)))
    return [_trim(body, s, e) for s, e in spans if body[s:e].strip()]


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    for line in re.finditer(r"[^\n]+", text[start:end]):
        s, e = _trim(text, start + line.start(), start + line.end())
        if e > s:
            spans.append((s, e))
    return spans


@lru_cache(maxsize=256)
def segment(document: Document) -> tuple[tuple[Paragraph, ...], tuple[Sentence, ...]]:
    """Paragraphs and sentences of a document, in order, with body offsets.

    Cached: documents are immutable, and citations, quiz sources, drafts and the
    "surrounding paragraph" button all ask again.
    """
    body = document.body
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    for number, (block_start, block_end) in enumerate(_blocks(body), start=1):
        heading = _HEADING.match(body, block_start)
        is_heading = bool(heading) and "\n" not in body[block_start:block_end]
        paragraphs.append(Paragraph(document.id, number, block_start, block_end, is_heading))
        if is_heading:
            spans = [(heading.end(), block_end)]
        else:
            # Sentences may run across the lines of a block (a poem's verses); a run of
            # lines with no full stops (a list) is cut at its line breaks instead.
            spans = []
            for s, e in split_sentences(body[block_start:block_end]):
                start, end = block_start + s, block_start + e
                if end - start > MAX_SENTENCE_CHARS and "\n" in body[start:end]:
                    spans.extend(_lines(body, start, end))
                else:
                    spans.append((start, end))
        for start, end in spans:
            sentences.append(Sentence(document.id, number, len(sentences), start, end, body[start:end], is_heading))
    return tuple(paragraphs), tuple(sentences)


# A sentence announces what follows when it ends with a colon, or counts things
# ("two things have …", "the following principles") and the next sentence starts
# on the first of them ("One was …", "The first …").
_COUNTED = re.compile(
    r"\b(?P<count>two|three|four|five|six|seven|eight|nine|ten|several|following|these|\d+)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:things|reasons|principles|points|proposals|propositions|problems|ways|steps|aspects|factors|"
    r"goals|measures|areas|questions|issues|challenges|elements|parts|pillars|changes|developments)\b",
    re.IGNORECASE,
)
_FIRST_ITEM = re.compile(r"^[\"“‘']?(?:One\b|First\b|Firstly\b|The first\b|To begin\b|1[.)])")
# An opening sentence this short is a title for what follows ("Build a community of
# security."), not something a reader would quote alone.
LEAD_IN_MAX_CHARS = 60


def counts_things(text: str) -> bool:
    """Whether a sentence counts what follows it ("two things have …", "the following principles")."""
    return bool(_COUNTED.search(text))


def counted(text: str) -> int | None:
    """How many things a sentence counts by number ("These problems are attributed to
    two reasons" → 2); None when it gives no number ("the following principles")."""
    for match in _COUNTED.finditer(text):
        count = match.group("count").lower()
        number = int(count) if count.isdigit() else NUMBER_WORDS.get(count)
        if number:
            return number
    return None


def is_lead_in(sentences: tuple[Sentence, ...] | list[Sentence], position: int) -> bool:
    """Whether a sentence only announces what follows it, so it is never a quote alone."""
    sentence = sentences[position]
    if sentence.is_heading:
        return False
    following = sentences[position + 1] if position + 1 < len(sentences) else None
    if following is None or following.is_heading:
        return False
    if sentence.text.rstrip().endswith(":"):
        return True
    same_paragraph = following.paragraph == sentence.paragraph
    opens_paragraph = position == 0 or sentences[position - 1].paragraph != sentence.paragraph
    if same_paragraph and opens_paragraph and len(sentence.text) < LEAD_IN_MAX_CHARS:
        return True
    # The anchored look at the next sentence first: counting things is searched for
    # anywhere in the sentence, and the search asks this of every candidate it grows.
    return bool(_FIRST_ITEM.match(following.text)) and counts_things(sentence.text)


def section_heads(document: Document) -> dict[int, Sentence]:
    """Paragraph number → the heading of the section it belongs to, for paragraphs under one."""
    paragraphs, sentences = segment(document)
    headings = {s.paragraph: s for s in sentences if s.is_heading}
    heads: dict[int, Sentence] = {}
    current: Sentence | None = None
    for paragraph in paragraphs:
        if paragraph.is_heading:
            current = headings.get(paragraph.number)
        elif current is not None:
            heads[paragraph.number] = current
    return heads


NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# "development, security, responsibility and shared interests": items split by commas,
# the last by "and"/"or". Tried only where a word starts: a match starting inside a
# word has one starting where the word does, found first, and the attempts inside words
# (each backtracking through the nested repeats) were three quarters of the time.
_ENUMERATION = re.compile(r"(?<![\w’'-])(?:[\w’'-]+(?:\s+[\w’'-]+){0,3},\s+)+(?:[\w’'-]+(?:\s+[\w’'-]+){0,3},?\s+)?(?:and|or)\s+[\w’'-]+")


# The most words an item between the first and last of a list of things may have
# ("online shopping", "drug trafficking"): a longer one ("have been growing", "prevent
# arms race") is a clause the pattern ran into, and the enumeration no list of things.
MAX_LISTED_ITEM_WORDS = 2


def listed_words(text: str, *, min_items: int = 3) -> list[str]:
    """The words of the items between the first and the last of each list of things in a
    text, of ``min_items`` items or more: "Wi-Fi", "smartphones", "online shopping" in
    "life without the Internet, Wi-Fi, smartphones, online shopping or other kinds …".
    Not the first item, whose start the pattern does not know ("life without the
    Internet", "the US had continually accused China"), nor the last unless the sentence
    or a clause ends with it ("… money laundering and gambling."; not "… and use the
    internet")."""
    found: list[str] = []
    if "," not in text or ("and" not in text and "or" not in text):
        return found  # as list_lengths: no enumeration without them
    for match in _ENUMERATION.finditer(text):
        items = [re.findall(r"[\w’'-]+", i) for i in re.split(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+", match.group()) if i.strip()]
        middle = items[1:-1]
        if len(items) >= min_items and all(len(item) <= MAX_LISTED_ITEM_WORDS for item in middle):
            found += [word for item in middle for word in item]
            if re.match(r"\s*[.;:!?]", text[match.end():]):
                found += items[-1]  # the whole last item, the sentence or clause ending with it
    return found


# The words that make the last item of a list its head, not one of its items ("A, B and
# other X", "A, B and the like", "A, B or similar X"): what the list is of.
_HEAD_AFTER_LIST = frozenset(("other", "others", "similar", "such", "the", "various", "many", "more"))


def item_words(text: str, *, min_items: int = 3) -> set[str]:
    """The words, lower-cased, a text writes only as things in a list of ``min_items``
    items or more: every word of a middle item, the last word of the first (whose start
    the pattern does not know: "… such as violence"), the first two of the last (which
    runs on into the clause: "and fake news, have been …"). Not a last item opening on
    "other" or "the like" ("A, B and other X"): X is what the list is of."""
    found: set[str] = set()
    if "," not in text or ("and" not in text and "or" not in text):
        return found  # as list_lengths: no enumeration without them
    # The words that open a list after its head ("schemes, such as piracy, …"): the list
    # is read from there, its head left before it.
    parts = re.split(r"\b(?:such\s+as|including|like|namely|e\.g\.)\s+|:\s+", text)
    for part, match in ((part, m) for part in parts for m in _ENUMERATION.finditer(part)):
        items = [re.findall(r"[\w’'-]+", i) for i in re.split(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+", match.group()) if i.strip()]
        # A longer item is a clause the pattern ran into ("…, collusion and fake news, have
        # been growing and spreading"): the list ends before it, on the item before.
        long = next((k for k in range(1, len(items) - 1) if len(items[k]) > MAX_LISTED_ITEM_WORDS), None)
        after = part[match.end():] if long is None else ""
        items = items if long is None else items[:long]
        if len(items) < min_items or not all(len(item) <= MAX_LISTED_ITEM_WORDS for item in items[1:-1]):
            continue
        found |= {w.lower() for item in items[1:-1] for w in item}
        found |= {items[0][-1].lower()} if items[0] else set()
        last = items[-1] + re.findall(r"^\s+([\w’'-]+)", after)[:1]
        if last and last[0].lower() not in _HEAD_AFTER_LIST:
            found |= {w.lower() for w in last[:2]}
    return found


def list_lengths(text: str) -> set[int]:
    """How many items each enumeration in a text has ("A, B, C and D" → 4)."""
    lengths = set()
    if "," not in text or ("and" not in text and "or" not in text):
        # No enumeration without a comma and an "and" or "or": the pattern, tried at
        # every word, took ~0.2 ms a sentence to find none (every sentence at start-up).
        return lengths
    for match in _ENUMERATION.finditer(text):
        items = re.split(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+", match.group())
        lengths.add(len([i for i in items if i.strip()]))
    return lengths
