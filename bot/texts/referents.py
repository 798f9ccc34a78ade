"""The names a sentence's definite descriptions point back to: "the program" after "the US PRISM surveillance program"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .passages import Sentence

# How many sentences back a description's name is looked for: a writer names a thing
# and goes on about "the program" for a paragraph or two, the name said once.
REFERENT_REACH = 4
# "the program", "the conference": a definite description by a common noun, not "the
# program of …", whose own words say which.
_DEFINITE = re.compile(r"\b[Tt]he\s+(?P<noun>[a-z][a-z-]{2,})\b(?!\s+of\b)")
# Small words that may open a sentence or stand before a noun without being its name.
_NOT_NAMES = frozenset({"The", "A", "An", "This", "That", "These", "Those", "It", "Its", "In", "At", "On", "And", "But", "As", "Due"})
_GLUE = frozenset({"the", "a", "an", "is", "are", "was", "were", "be", "of", "to", "in", "on", "at", "for", "with", "by", "and", "or", "its", "their"})


def _named(noun: str) -> re.Pattern[str]:
    """A name before ``noun``: capitalised words and at most two other words between
    ("US PRISM surveillance program", "Wuzhen conference")."""
    return re.compile(rf"(?P<name>(?:\b[A-Z][\w’'-]*\s+)+)(?P<between>(?:[a-z][\w-]*\s+){{0,2}}){re.escape(noun)}\b")


def referents(sentences: Sequence[Sentence]) -> dict[int, str]:
    """Sentence position → the names its definite descriptions point back to, when a
    sentence shortly before (REFERENT_REACH, no heading between) names the same noun:
    what a reader knows "the program" is, though the sentence never says "PRISM". Only
    names the sentence doesn't write itself."""
    found: dict[int, str] = {}
    for i, sentence in enumerate(sentences):
        if sentence.is_heading:
            continue
        names = []
        for described in _DEFINITE.finditer(sentence.text):
            name = _name_before(sentences, i, described.group("noun"))
            if name and name.lower() not in sentence.text.lower() and name not in names:
                names.append(name)
        if names:
            found[sentence.position] = " ".join(names)
    return found


def _name_before(sentences: Sequence[Sentence], i: int, noun: str) -> str | None:
    """The name the nearest earlier sentence gives ``noun``, if any within reach."""
    pattern = _named(noun)
    for earlier in reversed(sentences[max(0, i - REFERENT_REACH) : i]):
        if earlier.is_heading:
            return None
        for match in reversed(list(pattern.finditer(earlier.text))):
            if any(w in _GLUE for w in match.group("between").split()):
                continue
            words = match.group("name").split()
            if match.start() == 0:
                words = words[1:]  # a sentence's first word is capitalised, name or not
            words = [w for w in words if w not in _NOT_NAMES]
            if words:
                return " ".join(words)
    return None
