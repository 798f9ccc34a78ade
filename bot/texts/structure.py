"""The parts of a document a question asks for by their place rather than their words:
the byline that says who the author is, the conclusion, the items of a sequence ("The
second problem …", "Another challenge …"), the sentences that enumerate things and the
short sentences that title a paragraph.

Derived from the body's layout and the front matter's author, so a new text dropped in
the corpus has them too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .corpus import Document
from .passages import LEAD_IN_MAX_CHARS, Sentence, counted, counts_things, list_lengths, segment

# What an author-description line opens with when it does not name the author.
_AUTHOR_NOUNS = r"(?:[Tt]he|[Tt]his|[Oo]ur)\s+(?:authors?|writers?|columnist|contributor)"
_IS = r"(?:is|are|was|were|works|worked|teaches|taught|serves|served|heads|leads|directs)\b"
# "By Jane Smith" alone on a line opens or closes some pieces.
_BY_LINE = re.compile(r"^By[:\s]+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\.?$")
MAX_BYLINE_CHARS = 300
# A sentence that sums a piece up opens with one of these.
_SUMMING_UP = re.compile(
    r"^[\"“]?(?:To\s+sum\s+(?:it\s+)?up|In\s+sum|In\s+short|In\s+brief|In\s+conclusion|To\s+conclude|"
    r"In\s+summary|To\s+summari[sz]e|In\s+a\s+word|All\s+in\s+all|On\s+the\s+whole|Overall|"
    r"In\s+the\s+final\s+analysis|Ultimately|Above\s+all)\b"
)
# Strength of a conclusion: an explicit summing-up, or merely a sentence of the closing paragraph.
SUMMING_UP = 1.0
CLOSING_PARAGRAPH = 0.5
# Ordinal markers opening a sentence, by the place they name ("other": one more of a pair or series).
ORDINAL_WORDS = {
    "first": "1", "firstly": "1", "1st": "1",
    "second": "2", "secondly": "2", "2nd": "2",
    "third": "3", "thirdly": "3", "3rd": "3",
    "fourth": "4", "fourthly": "4", "4th": "4",
    "fifth": "5", "fifthly": "5", "5th": "5",
    "sixth": "6", "6th": "6", "seventh": "7", "7th": "7",
    "last": "last", "lastly": "last", "final": "last", "finally": "last",
    "another": "other", "other": "other", "next": "other",
}
_ORDINAL_START = re.compile(
    r"^[\"“‘']?(?:(?P<the>The|A|Its|Their|Our)\s+)?(?P<marker>" + "|".join(ORDINAL_WORDS) + r"|One)\b[,:]?\s*(?P<word>[A-Za-z][\w-]*)?(?:\s+(?P<next>[A-Za-z][\w-]*))?",
    re.IGNORECASE,
)
# "One is …" / "One was …" opens the first item of a pair; "One of the …" does not.
_ONE_ITEM = re.compile(r"^(?:is|was|are|were)$", re.IGNORECASE)
# Paragraphs opening on title sentences, this many in a row, are the items of a list.
MIN_LIST_ITEMS = 3
# The items a sentence counts follow it within this many sentences.
MAX_SERIES_SPAN = 12
# Sentences in a row opening on this many same words are items of a series (_repeated_openings).
REPEATED_OPENING_WORDS = 2
# What a question calls a document's sections when it asks for one by its place.
SECTION_WORDS = ("part", "section", "chapter")
# A sentence enumerates when it lists at least this many things ("A, B, C and D").
MIN_ENUMERATION = 3
# A block of at least this many short lines, broken by hand, is verse (a poem, a song).
MIN_VERSE_LINES = 4
MAX_VERSE_LINE_CHARS = 80


@dataclass(frozen=True)
class Ordinal:
    """A sentence's ordinal marker: the place it names and the word after it ("problem")."""

    place: str  # "1", "2", …, "last" or "other"
    words: tuple[str, ...]  # the words after the marker, lower case ("problem"; "major development")
    last: bool = False  # the highest of its series ("The fourth problem" when there is no fifth)
    section: bool = False  # it opens a section, asked for only as one ("part 2", "the second section")


@dataclass(frozen=True)
class Layout:
    """Sentence positions of a document's structural parts."""

    bylines: frozenset[int]  # sentences about the author ("Jane Smith is from the Institute …")
    conclusions: dict[int, float]  # sentence → how surely it concludes the piece
    ordinals: dict[int, Ordinal]  # sentences opening on an ordinal marker
    enumerations: frozenset[int]  # sentences listing several things
    titles: frozenset[int] = frozenset()  # short sentences that open and name a paragraph ("Build a community of security.")
    verses: frozenset[int] = frozenset()  # the lines of a poem
    lists: tuple[tuple[int, ...], ...] = ()  # each list of titled paragraphs: its items' title sentences, in order


def _names_the_author(text: str, author: str | None) -> bool:
    """Whether a sentence opens on the author ("Jane Smith is …", "The author is …")."""
    names = [re.escape(w) for w in (author or "").split() if len(w) >= 2]
    who = _AUTHOR_NOUNS + (rf"|(?:{'|'.join(names)})(?:\s+[A-Z][\w.’'-]*){{0,3}}" if names else "")
    return bool(re.match(rf"^(?:{who})\s+(?:\w+\s+)?{_IS}", text))


def _is_byline(document: Document, sentence: Sentence, alone: bool, at_edge: bool) -> bool:
    text = sentence.text
    if not (alone and at_edge) or len(text) > MAX_BYLINE_CHARS:
        return False
    return _names_the_author(text, document.author) or bool(_BY_LINE.match(text))


def _ordinal(text: str) -> Ordinal | None:
    match = _ORDINAL_START.match(text)
    if not match:
        return None
    marker, word = match.group("marker").lower(), match.group("word")
    if marker == "one":
        return Ordinal("1", ()) if word and _ONE_ITEM.match(word) and not match.group("the") else None
    if marker == "other" and not match.group("the"):
        return None  # "Other countries …" names no place in a series; "The other …" does
    return Ordinal(ORDINAL_WORDS[marker], tuple(w.lower() for w in (word, match.group("next")) if w))


@lru_cache(maxsize=256)
def layout(document: Document) -> Layout:
    """Where a document's byline, conclusion, ordinal items and enumerations are."""
    paragraphs, sentences = segment(document)
    by_paragraph: dict[int, list[Sentence]] = {}
    for s in sentences:
        by_paragraph.setdefault(s.paragraph, []).append(s)
    body = [p.number for p in paragraphs if not p.is_heading]
    edges = set(body[:1] + body[-2:])
    bylines = frozenset(
        s.position
        for s in sentences
        if not s.is_heading and _is_byline(document, s, len(by_paragraph[s.paragraph]) == 1, s.paragraph in edges)
    )
    conclusions: dict[int, float] = {}
    closing = next((n for n in reversed(body) if not any(s.position in bylines for s in by_paragraph[n])), None)
    if closing is not None and len(body) > 1:
        conclusions.update((s.position, CLOSING_PARAGRAPH) for s in by_paragraph[closing])
    conclusions.update((s.position, SUMMING_UP) for s in sentences if not s.is_heading and _SUMMING_UP.match(s.text))
    ordinals = {s.position: o for s in sentences if not s.is_heading and (o := _ordinal(s.text)) is not None}
    _name_counted_series(sentences, ordinals)
    _number_sections(sentences, ordinals)
    series: dict[tuple[str, ...], list[int]] = {}
    for position, o in ordinals.items():
        if o.place.isdigit() and o.words:
            series.setdefault(o.words[:1], []).append(position)
    for positions in series.values():
        if len(positions) > 1:
            highest = max(positions, key=lambda p: int(ordinals[p].place))
            ordinals[highest] = replace(ordinals[highest], last=True)
    enumerations = frozenset(
        s.position for s in sentences if not s.is_heading and max(list_lengths(s.text), default=0) >= MIN_ENUMERATION
    )
    titles = frozenset(
        group[0].position
        for group in by_paragraph.values()
        if len(group) > 1
        and not group[0].is_heading
        and len(group[0].text) < LEAD_IN_MAX_CHARS
        and not group[0].text.endswith(":")
        and not counts_things(group[0].text)  # "Two problems remain." announces, it does not title
    )
    lists = _title_runs(paragraphs, by_paragraph, titles)
    for run in lists:
        announced = tuple(re.findall(r"[a-z]+", sentences[run[0] - 1].text.lower())[-2:]) if run[0] else ()
        for place, position in enumerate(run, start=1):
            words = tuple(re.findall(r"[a-z]+", sentences[position].text.lower())) + announced
            ordinals.setdefault(position, Ordinal(str(place), words, last=place == len(run)))
    for run in _repeated_openings(sentences):
        for place, position in enumerate(run, start=1):
            ordinals.setdefault(position, Ordinal(str(place), _opening_words(sentences[position].text), last=place == len(run)))
    verse = {p.number for p in paragraphs if not p.is_heading and _is_verse(document.body[p.start : p.end])}
    verses = frozenset(s.position for s in sentences if s.paragraph in verse)
    return Layout(bylines, conclusions, ordinals, enumerations, titles, verses, tuple(map(tuple, lists)))


def _is_verse(block: str) -> bool:
    """Whether a block is a poem: several short lines, none a list item."""
    lines = [line.strip() for line in block.strip().splitlines()]
    return len(lines) >= MIN_VERSE_LINES and all(
        line and len(line) <= MAX_VERSE_LINE_CHARS and not re.match(r"[-*•]|\d+[.)]", line) for line in lines
    )


def _name_counted_series(sentences: list[Sentence], ordinals: dict[int, Ordinal]) -> None:
    """Items of a series that a sentence before them counts ("two things have altered the
    world. One was … The other major development …") are what it says of them ("things",
    "altered the world"), and of two, "the other" is the second and last."""
    positions = sorted(ordinals)
    for k, first in enumerate(positions):
        count = counted(sentences[first - 1].text) if first and ordinals[first].place == "1" else None
        if count is None:
            continue
        announced = tuple(re.findall(r"[a-z]+", sentences[first - 1].text.lower()))
        following = [p for p in positions[k + 1 :] if ordinals[p].place != "1" and p - first <= MAX_SERIES_SPAN]
        items = [first] + following[: count - 1]
        for place, position in enumerate(items, start=1):
            o = ordinals[position]
            if count == 2 and place == 2 and o.place == "other":
                o = replace(o, place="2", last=True)
            ordinals[position] = replace(o, words=o.words + announced)


def _number_sections(sentences: list[Sentence], ordinals: dict[int, Ordinal]) -> None:
    """The first sentence under each heading is that section's place ("part 2", "the
    second section"): the number the heading opens on ("2. Build …"), else its order."""
    headings = [s for s in sentences if s.is_heading]
    for order, heading in enumerate(headings, start=1):
        number = re.match(r"\s*(\d{1,2})[.)]\s", heading.text)
        first = next((s.position for s in sentences[heading.position + 1 :] if not s.is_heading), None)
        if first is None or sentences[first - 1].position != heading.position:
            continue  # a heading over another heading heads no text of its own
        place = number.group(1) if number else str(order)
        ordinals.setdefault(first, Ordinal(place, SECTION_WORDS, last=order == len(headings), section=True))


def _opening_words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[a-z]+", text.lower())[:REPEATED_OPENING_WORDS])


def _repeated_openings(sentences: list[Sentence]) -> list[list[int]]:
    """Runs of consecutive sentences of a paragraph opening on the same words ("We oppose
    … We oppose … We oppose …"): a series as surely as a numbered one, its items asked by
    their place ("the third 'we oppose'", "the last thing it opposes")."""
    runs: list[list[int]] = []
    for s in sentences:
        if s.is_heading:
            continue
        previous = sentences[runs[-1][-1]] if runs else None
        if previous is not None and previous.paragraph == s.paragraph and _opening_words(previous.text) == _opening_words(s.text):
            runs[-1].append(s.position)
        else:
            runs.append([s.position])
    return [run for run in runs if len(run) >= MIN_LIST_ITEMS and len(_opening_words(sentences[run[0]].text)) == REPEATED_OPENING_WORDS]


def _title_runs(paragraphs, by_paragraph: dict[int, list[Sentence]], titles: frozenset[int]) -> list[list[int]]:
    """Runs of consecutive paragraphs that each open on a title sentence: the items of a
    list ("Respect cyber sovereignty. …", "Safeguard peace and security. …"), in order."""
    runs: list[list[int]] = [[]]
    for paragraph in paragraphs:
        first = by_paragraph.get(paragraph.number, [None])[0]
        if first is not None and first.position in titles:
            runs[-1].append(first.position)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if len(run) >= MIN_LIST_ITEMS]
