"""A revision card or glossary entry typed as the question ("Flashcard — front: cyber
sovereignty (Zhi). Back: ?", "Key term: X. What does the Global Times apply it to?",
"Vocab list #7, digital divide: how does Guangming use it?", "Q side: who proposed …? A
side: ?"): the card's labels go, and its term is what the question asks about.

A card puts its term on the front and leaves the back for the answer; the words of the
card ("front", "back", "key term", "Anki") are the asker's, and counted as the subject
they would draw the search to any passage naming a "term" or a "key" and thin what the
refusal rule weighs. What is asked of the term (its definition, where it turns up,
which single word a piece gives for it) follows the term, and a pointer in it ("it",
"this term") stands for the term."""

from __future__ import annotations

import re

# The words naming a card or list entry, before the term: "flashcard", "card 12", "Anki
# card", "revision card", "key term", "term list", "vocab list #7", "glossary entry",
# "front", "Q side". The card's own words, never a subject of the texts.
CARD_WORDS = ("anki", "flashcard", "flashcards", "vocab", "glossary")
_CARD = (
    r"(?:(?:anki|revision|study|flash|review|index|memory|quiz)\s*)?(?:card|flashcard)s?(?:\s*(?:#\s*|no\.?\s*)?\d+)?"
    r"|anki"
    r"|key\s+(?:term|concept|phrase|word|idea)s?"
    r"|terms?(?:\s+(?:list|card|entry))?(?:\s*#?\s*\d+)?"
    r"|vocab(?:ulary)?(?:\s+(?:list|item|word|card|entry))?(?:\s*#?\s*\d+)?"
    r"|glossary(?:\s+(?:entry|item|term|card))?(?:\s*#?\s*\d+)?"
)
# The card's front, named after the card or alone: "Anki card front:", "Flashcard — front:",
# "Q side:", "Side A:".
_FRONT = r"front(?:\s+side)?|q(?:uestion)?\s+side|side\s+(?:a|1|one)"
# A card label and then where the card is from ("Key term (Global Times 2020):"), up to
# the colon or dash before the term.
_LABEL = re.compile(
    rf"^\W*(?:(?:{_CARD})(?:\s*(?:[-–—,]\s*)?(?:{_FRONT}))?|{_FRONT})"
    r"(?P<source>\s*\([^()]{1,40}\))?\s*(?::|,|\s[-–—]\s|[–—]|→|->)\s*(?P<body>\S.*)$",
    re.IGNORECASE,
)
# Where the term ends and what is asked of it begins: a full stop, a question mark, a
# colon, a slash or a dash between them ("X. Back: ?", "X? A side: ?", "X / back: …",
# "X — what …", "Vocab list #7, X: how …").
_TERM_END = re.compile(r"(?<=\S)(?:[.?!;:]\s+)(?=\S)")
# ... or, with none of those, a slash or a dash ("generative AI / ChatGPT. What …" names
# two terms, a slash between them).
_TERM_END_MARK = re.compile(r"(?<=\S)(?:\s+/\s+|\s+[-–—]\s+|\s*\|\s*)(?=\S)")
# The back asked for after the question ("… raise? Back: ?").
_BACK_AFTER = re.compile(r"\s*\b(?:back(?:\s+side)?|a(?:nswer)?\s+side|side\s+(?:b|2|two))\s*[:=]?\s*[?….]*\s*$", re.IGNORECASE)
# The back of the card, asked for: "Back:", "A side:", "answer:", "definition:".
_BACK = re.compile(r"^\W*(?:back(?:\s+side)?|a(?:nswer)?\s+side|side\s+(?:b|2|two)|answer|a)\s*[:=]\s*", re.IGNORECASE)
# A back left blank: "?", "???", "…", "blank".
_BLANK_BACK = re.compile(r"^\W*(?:(?:back|answer|blank|tbd|todo)\W*)?$", re.IGNORECASE)
# What the term's question points back at it with.
_POINTER = re.compile(r"\b(?:it|this(?:\s+(?:term|phrase|word|concept|idea|expression))?|that\s+(?:term|phrase|word|concept|idea|expression))\b", re.IGNORECASE)
# Quotation marks round the term or a part of it ("'basic nature of cyberspace' (Guangming
# 2022)"), not an apostrophe inside a word ("China's").
_QUOTE_MARK = re.compile(r"(?<!\w)['‘“\"]|['’”\"](?!\w)")
# A front that is itself a question ("Q side: who proposed the four principles?").
_QUESTION = re.compile(r"^\W*(?:who|what|when|where|which|why|how|whose|whom|is|are|was|were|do|does|did|can|could|should|would|will|has|have|had)\b", re.IGNORECASE)
# An instruction after the label that is the whole question ("card 12: define 'X' as …").
_COMMAND = re.compile(r"^\W*(?:define|explain|describe|give|list|name|quote|find|identify|state|say)\b", re.IGNORECASE)


def as_card_question(question: str) -> str:
    """The question a revision card asks, its labels gone: the term with what is asked of
    it ("Key term: X. Definition?" → "Definition, X?"; "… apply it to?" → "… apply X
    to?"); the question as typed when it is no card."""
    card = _LABEL.match(question)
    if card is None:
        return question
    source = card.group("source") or ""
    body = card.group("body").strip()
    if _COMMAND.match(body):
        return f"{body}{source}"
    body = _BACK_AFTER.sub("", body) or body
    end = _TERM_END.search(body) or _TERM_END_MARK.search(body)
    term, asked = (body[: end.start()], body[end.end() :]) if end else (body, "")
    term = _QUOTE_MARK.sub("", term).strip().rstrip("?.!;:").strip()
    asked = _BACK.sub("", asked).strip()
    if _QUESTION.match(term):
        return f"{term}{source}?"
    if not term:
        return question
    if _BLANK_BACK.match(asked):
        return f"{term}{source}?"
    if _POINTER.search(asked):
        # The first pointer is the term; a second ("what is it, as Zhi describes it") may
        # be the piece's own.
        return _POINTER.sub(lambda _: f"{term}{source}", asked, count=1)
    closing = re.search(r"[?!.]*$", asked).group()
    return f"{asked[: len(asked) - len(closing)]}, {term}{source}{closing or '?'}"
