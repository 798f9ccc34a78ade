"""Reading a student's answer to a shown question: typed numbers, option text or true/false
words into option positions, checked against the kind of question.

Positions are 0-based and count options in the order they are shown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import scoring
from .library import QuizError
from .models import AnyQuestion, MultipleQuestion, OrderingQuestion, TrueFalseQuestion

_NUMBERS = re.compile(r"\d+")
_NOT_NUMBERS = re.compile(r"[^\d\s,;]")
_LETTER = re.compile(r"[^\W\d_]")
# Options typed by letter, as on a paper test: "b", "(c)", "d)", "a, c".
_OPTION_LETTER = re.compile(r"\(?([a-z])\)?[.)]?")
_TRUE_WORDS = frozenset({"true", "t", "yes", "y"})
_FALSE_WORDS = frozenset({"false", "f", "no", "n"})


class AnswerError(QuizError):
    """An answer that doesn't fit the question (not a number of an option, ...)."""


def parse_positions(question: AnyQuestion, shown: Sequence[str], text: str) -> list[int]:
    """0-based positions from typed numbers, option text or true/false words; ``shown`` are the option labels."""
    words = text.strip().casefold()
    if isinstance(question, TrueFalseQuestion):
        if words in _TRUE_WORDS:
            return [0]
        if words in _FALSE_WORDS:
            return [1]
    for position, label in enumerate(shown):
        if words and scoring.normalise(words) == scoring.normalise(label):
            return [position]
    lettered = _lettered_positions(words, len(shown))
    if lettered is not None and not isinstance(question, TrueFalseQuestion):
        return lettered
    several = isinstance(question, (MultipleQuestion, OrderingQuestion))
    if not several and _LETTER.search(words):
        # Part of one option's words ("global times" for "Joint efforts … (Global Times,
        # 2020-09-15)") names it, as a student typing an answer means.
        typed = f" {scoring.normalise(words)} "
        fits = [p for p, label in enumerate(shown) if typed in f" {scoring.normalise(label)} "]
        if len(fits) == 1:
            return fits
        if fits:
            numbers = ", ".join(str(p + 1) for p in fits[:-1]) + f" and {fits[-1] + 1}"
            raise AnswerError(f"“{text.strip()}” is in options {numbers}: type the number of the one you mean.")
    numbers = _NUMBERS.findall(words)
    if several and words.isdigit() and len(words) > 1 and len(shown) < 10:
        numbers = list(words)  # "312": each digit a position
    if not numbers or _NOT_NUMBERS.search(words):
        raise AnswerError(how_to_answer(question, len(shown)))
    return [int(n) - 1 for n in numbers]


def _lettered_positions(words: str, count: int) -> list[int] | None:
    """0-based positions when every typed item is one option's letter ("b", "(c)", "a, d"),
    a for the first of ``count`` options; None otherwise, or when a letter is past the last
    option (then it is a word, not a letter: "a" of "a sword")."""
    items = [item for item in re.split(r"[\s,;]+", words) if item]
    matches = [_OPTION_LETTER.fullmatch(item) for item in items]
    if not items or not all(matches):
        return None
    positions = [ord(m.group(1)) - ord("a") for m in matches]
    return positions if all(p < count for p in positions) else None


def check_positions(question: AnyQuestion, positions: list[int], count: int) -> list[int]:
    """``positions`` if they answer ``question`` (of ``count`` options); AnswerError saying how to answer if not."""
    if any(not isinstance(p, int) or not 0 <= p < count for p in positions):
        raise AnswerError(f"Options are numbered 1 to {count}. " + how_to_answer(question, count))
    if len(set(positions)) != len(positions):
        raise AnswerError("Name each option once. " + how_to_answer(question, count))
    if isinstance(question, OrderingQuestion):
        if len(positions) != count:
            raise AnswerError(how_to_answer(question, count))
    elif isinstance(question, MultipleQuestion):
        if not positions:
            raise AnswerError(how_to_answer(question, count))
    elif len(positions) != 1:
        raise AnswerError(how_to_answer(question, count))
    return positions


def how_to_answer(question: AnyQuestion, count: int) -> str:
    """One line telling the student how to type an answer to ``question``."""
    if isinstance(question, OrderingQuestion):
        return f"Type all {count} numbers in the right order, e.g. {' '.join(str(n) for n in range(count, 0, -1))}."
    if isinstance(question, MultipleQuestion):
        return "Type the numbers of all the right options, e.g. 1 3."
    if isinstance(question, TrueFalseQuestion):
        return "Type 1 (true) or 2 (false)."
    return f"Type one number from 1 to {count}."
