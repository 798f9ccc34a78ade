"""Words every match of a pattern holds (``needed_words``), and a pattern not run on a text holding none (``guarded``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as sre
from re import _parser as sre_parse  # CPython's own parser of patterns: the tree re.compile compiles

from .words import may_hold

# How likely a text is taken to hold a word of this many letters, per letter: the words
# a guard looks for are chosen by it (longer ones rule out more texts).
_LETTER_ODDS = 6.0
# At most this many spellings of a run of letters are looked for ("cit[ed]" is "cite",
# "citd"): a class of many letters ends the run instead.
MAX_SPELLINGS = 16
# The letters that, ignoring case, match ASCII ones ("ſ" is "s", the Kelvin sign "k"):
# a pattern naming one may match ASCII text at a letter no ASCII word of it shows.
_CASE_BLIND = frozenset("\u0130\u0131\u017f\u212a")
# The nodes of a parsed pattern that match nothing themselves: the letters either side
# of them stand together in the text.
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)

# The words (lower case, ASCII) one of which every match holding only ASCII holds; None:
# nothing known. Empty: no ASCII text matches (the pattern wants a letter like "—").
Needs = frozenset[str] | None


def _rarity(words: frozenset[str]) -> float:
    """How often a text would hold one of the words: lower is better."""
    return sum(_LETTER_ODDS ** -len(word) for word in words)


def _items(nodes) -> Iterator[tuple]:
    """The nodes of a sequence, a group's own spelled out in its place (a group matches
    where it stands: its letters run on with those around it)."""
    for op, av in nodes:
        if op is sre.SUBPATTERN:
            yield from _items(av[3])
        else:
            yield op, av


def _letters(op, av) -> frozenset[str] | None:
    """The ASCII letters (lower case) a node matching one letter may match in ASCII text:
    a literal, or a class of literals alone ("[,:]"), those not ASCII left out (they
    match none there); None for any other node. Ignoring case, an ASCII letter matches
    only its own two cases in ASCII text, and the text's lower case holds it in lower case."""
    if op is sre.LITERAL:
        letters = [chr(av)]
    elif op is sre.IN and all(kind is sre.LITERAL for kind, _ in av):
        letters = [chr(code) for _, code in av]
    else:
        return None
    if _CASE_BLIND.intersection(letters):
        return None
    return frozenset(letter.lower() for letter in letters if letter.isascii())


def _opening(nodes) -> frozenset[str]:
    """The spellings every match of the sequence ``nodes`` opens with ("" when not a letter)."""
    spellings = frozenset([""])
    for op, av in _items(nodes):
        letters = _letters(op, av)
        if letters is None or len(spellings) * len(letters) > MAX_SPELLINGS:
            if op in _ZERO_WIDTH:
                continue
            break
        spellings = frozenset(s + letter for s in spellings for letter in letters)
    return spellings


def _needs(nodes) -> Needs:
    """The words one of which every match of the sequence ``nodes`` holds, the rarest
    found: the spellings of a run of letters, or what a part it must match needs (a
    branch: what each of its alternatives needs, or the run before it with each
    alternative's opening letters: "wh(?:at|o)" needs "what" or "who")."""
    found: list[frozenset[str]] = []
    run: frozenset[str] | None = None  # the spellings of the letters met in a row

    def close_run() -> None:
        nonlocal run
        if run is not None:
            found.append(run)
            run = None

    for op, av in _items(nodes):
        letters = _letters(op, av)
        if letters is not None:
            if run is not None and len(run) * len(letters) > MAX_SPELLINGS:
                close_run()
            run = frozenset(s + letter for s in (run if run is not None else [""]) for letter in letters)
            continue
        if op in _ZERO_WIDTH:
            if op is sre.ASSERT:  # what a lookaround asserts is in the text too
                needed = _needs(av[1])
                if needed is not None:
                    found.append(needed)
            continue
        if op is sre.BRANCH and run is not None:
            openings = [_opening(branch) for branch in av[1]]
            if len(run) * sum(map(len, openings)) <= MAX_SPELLINGS:
                found.append(frozenset(s + o for s in run for opening in openings for o in opening))
        close_run()
        if op is sre.BRANCH:
            alternatives = [_needs(branch) for branch in av[1]]
            if all(needed is not None for needed in alternatives):
                found.append(frozenset().union(*alternatives))
        elif op in _REPEATS and av[0] >= 1 or op is sre.ATOMIC_GROUP:
            needed = _needs(av[2] if op in _REPEATS else av)
            if needed is not None:
                found.append(needed)
        # Anything else (a class, any letter, a back reference, a condition) needs nothing known.
    close_run()
    # Of words as rare, the last found: a pattern's words after its first are the more
    # telling ("what (do|does) X mean" is tried on questions holding "mean", not "what").
    return min(reversed(found), key=_rarity) if found else None


def needed_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The words (lower case, ASCII) one of which every match of ``pattern`` in ASCII
    text holds, case aside (none: it matches no ASCII text); None when no such words are
    found (a pattern that may match an empty text, or letters of any class)."""
    needed = _needs(sre_parse.parse(pattern.pattern, pattern.flags))
    return None if needed is None else tuple(sorted(needed))


class Guarded:
    """A compiled pattern, run only on a text that may hold one of the words its every
    match holds (``may_hold``): on ASCII text holding none, the answer of no match is
    given at once. A pattern tried at every position of a question costs far more than
    this look, and most questions hold no word most patterns need. Answers as the pattern
    does (``search``, ``match``, ``fullmatch``, ``sub``, ``subn``, ``split``, ``findall``,
    ``finditer``), the text untouched where it cannot match."""

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...], found_in: re.Pattern[str] | None = None):
        self._pattern = pattern
        self.words = words
        self._found_in = found_in
        self.pattern = pattern.pattern
        self.flags = pattern.flags
        self.groupindex = pattern.groupindex
        self.groups = pattern.groups

    def __repr__(self) -> str:
        return f"Guarded({self._pattern!r}, {self.words!r})"

    def _may_match(self, string: str) -> bool:
        return may_hold(string, self.words) and (self._found_in is None or self._found_in.search(string) is not None)

    def search(self, string: str, *args) -> re.Match[str] | None:
        return self._pattern.search(string, *args) if self._may_match(string) else None

    def match(self, string: str, *args) -> re.Match[str] | None:
        return self._pattern.match(string, *args) if self._may_match(string) else None

    def fullmatch(self, string: str, *args) -> re.Match[str] | None:
        return self._pattern.fullmatch(string, *args) if self._may_match(string) else None

    def sub(self, repl, string: str, count: int = 0) -> str:
        return self._pattern.sub(repl, string, count) if self._may_match(string) else string

    def subn(self, repl, string: str, count: int = 0) -> tuple[str, int]:
        return self._pattern.subn(repl, string, count) if self._may_match(string) else (string, 0)

    def split(self, string: str, maxsplit: int = 0) -> list[str]:
        return self._pattern.split(string, maxsplit) if self._may_match(string) else [string]

    def findall(self, string: str, *args) -> list:
        return self._pattern.findall(string, *args) if self._may_match(string) else []

    def finditer(self, string: str, *args) -> Iterator[re.Match[str]]:
        return self._pattern.finditer(string, *args) if self._may_match(string) else iter(())


def guarded(pattern: re.Pattern[str], *, found_in: re.Pattern[str] | None = None) -> Guarded:
    """``pattern`` guarded by the words its every match holds (``needed_words``), and by
    ``found_in``: a pattern found in every text ``pattern`` is found in, cheaper to look
    for (where the words every match holds are in most texts: "what", "how")."""
    words = needed_words(pattern)
    if words is None:
        raise ValueError(f"no word every match of {pattern.pattern[:60]!r} holds: guarding it would not help")
    return Guarded(pattern, words, found_in)
