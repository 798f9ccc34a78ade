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
# A run of capitalised words and the (up to three) lower-case words after it, the last of
# which may be the noun the name is of: "US PRISM surveillance program", "Wuzhen conference".
_NAME_RUN = re.compile(r"(?P<name>(?:\b[A-Z][\w’'-]*\s+)+)(?P<after>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})")


def referents(sentences: Sequence[Sentence]) -> dict[int, str]:
    """Sentence position → the names its definite descriptions point back to, when a
    sentence shortly before (REFERENT_REACH, no heading between) names the same noun:
    what a reader knows "the program" is, though the sentence never says "PRISM". Only
    names the sentence doesn't write itself."""
    named = [_names_by_noun(s) for s in sentences]
    found: dict[int, str] = {}
    for i, sentence in enumerate(sentences):
        if sentence.is_heading:
            continue
        names = []
        for described in _DEFINITE.finditer(sentence.text):
            name = _name_before(sentences, named, i, described.group("noun"))
            if name and name.lower() not in sentence.text.lower() and name not in names:
                names.append(name)
        if names:
            found[sentence.position] = " ".join(names)
    return found


def _names_by_noun(sentence: Sentence) -> dict[str, str]:
    """The names a sentence gives nouns: noun → the capitalised words before it, with at
    most two other words between ("program" → "US PRISM"); the last such name for a noun."""
    names: dict[str, str] = {}
    if sentence.is_heading:
        return names
    for match in _NAME_RUN.finditer(sentence.text):
        words = match.group("name").split()
        if match.start() == 0:
            words = words[1:]  # a sentence's first word is capitalised, name or not
        words = [w for w in words if w not in _NOT_NAMES]
        if not words:
            continue
        after = match.group("after").split()
        for k, noun in enumerate(after):
            if k and after[k - 1] in _GLUE:
                break  # "China is the world": no name of "world"
            names[noun] = " ".join(words)
    return names


def _name_before(sentences: Sequence[Sentence], named: list[dict[str, str]], i: int, noun: str) -> str | None:
    """The name the nearest earlier sentence gives ``noun``, if any within reach."""
    for j in range(i - 1, max(-1, i - REFERENT_REACH - 1), -1):
        if sentences[j].is_heading:
            return None
        if noun in named[j]:
            return named[j][noun]
    return None


# A sentence opening on a demonstrative ("This process will certainly not be smooth",
# "Such trust …", "These efforts …", "This will happen if …"): it goes on about what the
# sentence before it was about, which its own words don't name.
_DEMONSTRATIVE_OPENING = re.compile(r"^\W*(?:This|That|These|Those|Such)\b")
# Where the sentence before says what it is about: its words up to its first clause mark
# or verb of being, having or modality ("The benign transformation of the global
# cyberspace governance order, which …"), at most this many words.
_SUBJECT_END = re.compile(
    r"[,;:—–(]|\s(?:is|are|was|were|has|have|had|will|would|may|might|can|could|should|must|shall|does|do|did)\s", re.IGNORECASE
)
MAX_ANTECEDENT_WORDS = 12


def antecedents(sentences: Sequence[Sentence]) -> dict[int, str]:
    """Sentence position → the subject of the sentence before it, for a sentence opening
    on a demonstrative ("This process …" after "The benign transformation of the global
    cyberspace governance order, which …"): what a reader knows "this process" is. Not
    across a heading, and not from a verse line or a sentence that is all subject."""
    found: dict[int, str] = {}
    for i, sentence in enumerate(sentences):
        if i == 0 or sentence.is_heading or not _DEMONSTRATIVE_OPENING.match(sentence.text):
            continue
        before = sentences[i - 1]
        if before.is_heading:
            continue
        if before.position in found:  # "This will happen …" before it: what that one was about
            found[sentence.position] = found[before.position]
            continue
        end = _SUBJECT_END.search(before.text)
        if end is None:
            continue
        subject = before.text[: end.start()].split()
        if 1 < len(subject) <= MAX_ANTECEDENT_WORDS:
            found[sentence.position] = " ".join(subject)
    return found
