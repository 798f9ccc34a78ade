"""Scoring: every answer earns a credit from 0 to 1.

- single, true/false, attribution, cloze with options: 1 for the right option, else 0.
- multiple: (right picks - wrong picks) / number of right options, floored at 0;
  so picking everything earns nothing, and one of two right with no wrong earns 0.5.
- ordering: the fraction of pairs of items put in the right relative order
  (Kendall's tau rescaled to 0..1): one swap of neighbours in five items costs 1/10,
  the reverse order earns 0.
- short and cloze without options: 1 if the typed text matches an accepted answer
  ignoring case, punctuation and spacing, allowing one typo (a letter
  missing, extra, wrong or two swapped) in answers of four or more characters,
  but never in the digits: 2014 is not 2015.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from rapidfuzz.distance import OSA

TYPO_MIN_LENGTH = 4
MAX_TYPOS = 1
_APOSTROPHES = re.compile(r"['’‘`´]")
_NOT_WORD = re.compile(r"[\W_]+")
_DIGITS = re.compile(r"\d+")


def normalise(text: str) -> str:
    """Lower-case words and digits separated by single spaces: punctuation dropped."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _APOSTROPHES.sub("", text)  # "China's" and "Chinas" are the same answer
    return " ".join(_NOT_WORD.sub(" ", text).split())


def short_answer_matches(response: str, accepted: Sequence[str]) -> bool:
    """Whether a typed answer matches one of the accepted answers."""
    given = normalise(response)
    if not given:
        return False
    for answer in accepted:
        expected = normalise(answer)
        if given == expected:
            return True
        if (
            len(expected) >= TYPO_MIN_LENGTH
            and _DIGITS.findall(given) == _DIGITS.findall(expected)
            and OSA.distance(given, expected, score_cutoff=MAX_TYPOS) <= MAX_TYPOS
        ):
            return True
    return False


def single_credit(correct: int, picked: Sequence[int]) -> float:
    """1 if exactly the right option was picked."""
    return 1.0 if list(picked) == [correct] else 0.0


def multiple_credit(correct: Sequence[int], picked: Sequence[int]) -> float:
    """(right picks - wrong picks) / number right, floored at 0."""
    right = set(correct)
    chosen = set(picked)
    if not right:
        return 0.0
    return max(0, len(chosen & right) - len(chosen - right)) / len(right)


def ordering_credit(correct_order: Sequence[int], given_order: Sequence[int]) -> float:
    """The fraction of item pairs whose relative order matches the correct order."""
    if sorted(correct_order) != sorted(given_order):
        return 0.0
    n = len(correct_order)
    if n < 2:
        return 1.0
    position = {item: rank for rank, item in enumerate(given_order)}
    agree = sum(
        1
        for i in range(n)
        for j in range(i + 1, n)
        if position[correct_order[i]] < position[correct_order[j]]
    )
    return agree / (n * (n - 1) // 2)
