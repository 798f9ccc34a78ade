"""Comparisons in a question: the picture an asker compares a subject to ("Is trust like
a bank account that has gone overdrawn?") is the asker's, not words the texts must
hold; what it is compared to them is the tenor, which the evidence weighs."""

from __future__ import annotations

import re

# Words after which "like" is the verb ("would like", "do they like"), a filler ("achieved
# with like a safe online environment") or a hedge ("something like a fourth industrial
# revolution": the answer itself), not a comparison.
_NOT_COMPARING = frozenset(
    "i you we they he she it who would do does did don't doesn't didn't to with and or of for about something anything".split()
)
# A picture is a thing of a kind: "like a bank account", "like an island". After a linking
# verb anything is ("behave like the neighbourhood bully", "be like Switzerland");
# elsewhere "like" before a plural, a name or "the" mostly gives examples of a kind the
# texts must hold ("attacks like WannaCry", "crimes like drug trafficking", "bodies like
# the ITU").
_INDEFINITE = frozenset(("a", "an"))
_LINKING_VERBS = frozenset("be is are was were been being act acts acted behave behaves behaved become becomes became look looks seem seems".split())
# A comparison to a time or a situation ("thinking like in the Cold War") names it: the texts may.
_PREPOSITIONS = frozenset("in during at on with for to when before after under about".split())
_LIKE = re.compile(r"\blike\s+", re.IGNORECASE)
# Where a picture ends: a clause's punctuation, or the asker's attribution ("…, as per them",
# "… according to Zhang", "… in their view").
_PICTURE_END = re.compile(r"[,;:?!.]|\s(?:as per|according to|per|in (?:their|his|her|your) (?:view|opinion|words))\b", re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+")


def pictures(subject: str) -> list[tuple[int, int]]:
    """Where the subject compares something to a picture of the asker's: the spans from
    "like" to the end of the picture."""
    spans = []
    for match in _LIKE.finditer(subject):
        before = _WORD.findall(subject[: match.start()])
        after = subject[match.end() :]
        following = _WORD.match(after)
        if not before or following is None or before[-1].lower() in _NOT_COMPARING:
            continue
        first = following.group().lower()
        if first in _PREPOSITIONS or not (first in _INDEFINITE or before[-1].lower() in _LINKING_VERBS):
            continue
        end = _PICTURE_END.search(after)
        spans.append((match.start(), match.end() + (end.start() if end else len(after))))
    return spans


def tenor(subject: str) -> str:
    """The subject without the pictures it compares things to: "Is trust like a bank
    account that has gone overdrawn, as the writer says" → "Is trust, as the writer says"."""
    for start, end in reversed(pictures(subject)):
        subject = subject[:start].rstrip(" ,;") + subject[end:]
    return subject
