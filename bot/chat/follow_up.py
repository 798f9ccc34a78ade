"""Questions that lean on the last one: "why does it matter?" or "and in Zhang's piece?"
after "what is cyber sovereignty?", read with the last question's topic put back."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..texts.corpus import Document

# What a later "it" can stand for is a thing the student asked about, a noun phrase: the
# subject of "what is X?", "what about X?" or "tell me about X" (the search has already
# dropped the framing), never a whole question such as "why does X matter" or "who is leading X".
_ASKED_FOR = re.compile(r"^(?:what\s+(?:is|are|was|were)|(?:what|how)\s+about)\s+", re.IGNORECASE)
_QUESTION_WORD = re.compile(
    r"\b(?:what|who|whom|whose|which|when|where|why|how|does|do|did|is|are|was|were|can|could|should|would|will|and)\b",
    re.IGNORECASE,
)
MAX_TOPIC_WORDS = 6
_END = " ?!.…,;:"

# "it" that points back, not the "it" of "is it true that …" or "it is said that …".
_EXPLETIVE_IT = re.compile(
    r"\bit(?:\s+|['’])(?:is|was|s|seems|says|said)\b.*\b(?:to|that)\b|\b(?:is|was)\s+it\s+(?:\w+\s+){0,2}(?:to|that)\b",
    re.IGNORECASE,
)
_IT = re.compile(r"\b(its|it)\b", re.IGNORECASE)
# "they" after a plural topic ("double standards" … "why are they bad?"), not the "they"
# that means the texts ("what do they say about …").
_THEY = re.compile(
    r"\b(their|them|they)\b(?!\s+(?:say|says|said|write|writes|wrote|argue|argues|argued|mention|mentions|mentioned|think|claim|describe|suggest)\b)",
    re.IGNORECASE,
)
_PLURAL = re.compile(r"(?<![su])s$", re.IGNORECASE)
# "this" or "that" closing the question ("why is that?"), not the "that" of "says that …".
_THIS_AT_END = re.compile(r"\b(this|that)(?=[\s?!.…]*$)", re.IGNORECASE)
# Only a connective and where to look: "and in Zhang's piece?", "what about zhi?", "how about 2016".
_ELSEWHERE = re.compile(
    r"^(?:and\s+(?:what|how)\s+about|and|what\s+about|how\s+about)\b[\s,]*(?:(?:in|from|by)\s+)?(?P<where>.+)$",
    re.IGNORECASE,
)
# Words that point to a piece without being any piece's metadata.
_PIECE_WORDS = frozenset(
    "the a an one piece article text op-ed oped essay paper editorial column story report author writer"
    " by in from of s".split()
)
_WORD = re.compile(r"[\w-]+")


def topic(subject: str) -> str | None:
    """The thing a question's subject names, or None when the subject is a whole question."""
    phrase = _ASKED_FOR.sub("", subject.strip(_END)).strip(_END)
    if not phrase or len(phrase.split()) > MAX_TOPIC_WORDS or _QUESTION_WORD.search(phrase):
        return None
    return phrase


def naming_words(documents: Iterable[Document]) -> frozenset[str]:
    """The words a student names a piece by: its author's names, its outlet's words, its year."""
    found: set[str] = set()
    for doc in documents:
        for field in (doc.author or "", doc.outlet, doc.date[:4]):
            found.update(w.casefold() for w in _WORD.findall(field))
    return frozenset(found)


@dataclass(frozen=True)
class Leaning:
    """A question read with the last question's topic put back."""

    question: str
    piece_only: bool  # it only said where to look: "and in Zhang's piece?"


def with_topic(question: str, *, last_topic: str, naming: frozenset[str]) -> Leaning | None:
    """``question`` with the last question's topic where it points back to it, or None
    when it doesn't point back.

    A question that only says where to look ("and in Zhang's piece?") asks the last
    topic again there; one with "it" (or "they", of a plural topic) asks it of the last topic.
    """
    text = question.strip()
    where = elsewhere(text, naming=naming)
    if where is not None:
        return Leaning(f"what does {where} say about {last_topic}", piece_only=True)
    resolved = _pronoun_as_topic(text, last_topic)
    return None if resolved is None else Leaning(resolved, piece_only=False)


def _pronoun_as_topic(text: str, last_topic: str) -> str | None:
    """``text`` with its "it", plural "they" or closing "this" read as ``last_topic``."""
    if _IT.search(text) and not _EXPLETIVE_IT.search(text):
        return _IT.sub(lambda m: f"{last_topic}’s" if m[1].lower() == "its" else last_topic, text, count=1)
    if _PLURAL.search(last_topic) and _THEY.search(text):
        return _THEY.sub(lambda m: f"{last_topic}’" if m[1].lower() == "their" else last_topic, text, count=1)
    if _THIS_AT_END.search(text):
        return _THIS_AT_END.sub(last_topic, text, count=1)
    return None


def elsewhere(question: str, *, naming: frozenset[str]) -> str | None:
    """The piece a question only points to ("and in Zhang's piece?" → "Zhang's piece"), or None."""
    match = _ELSEWHERE.match(question.strip())
    if match and _names_only_a_piece(match["where"], naming):
        return match["where"].strip(_END)
    return None


def _names_only_a_piece(where: str, naming: frozenset[str]) -> bool:
    """Whether words name a piece and nothing else ("the 2022 article", "zhi's one")."""
    words = [w.casefold() for w in _WORD.findall(where.replace("’", "'").replace("'", " "))]
    return bool(words) and any(w in naming for w in words) and all(w in naming or w in _PIECE_WORDS for w in words)
