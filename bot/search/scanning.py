"""Words a scan or a PDF damaged, read as the words they were: a word broken at a line's
end ("foun- dation", "environ-\\nment") joined again; letters an OCR engine misread ("1"
for "l", "rn" for "m", "l" for "I": "re1eased", "rnankind", "lslamic"; "O" for "0" in a
number: "2OO7") put back; a small word a lost space ran into the next ("thedigital") parted;
and a PDF's ligatures and invisible characters ("signiﬁcant", a soft hyphen) made plain.

A student copying a question out of a scanned handout brings its damage along. Only a
word that is no word as typed is mended, and only into one the corpus or the language
has: "modern" keeps its "rn", "cyber- security" stays two words unless "cybersecurity" is one.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable

from .spelling import Correction

# A word broken at a line's end: its head, a hyphen, then a line break or spaces, then
# its tail in lower case. Not a dash between words ("problems - what"): the head touches
# the hyphen.
_BROKEN = re.compile(r"(?<![\w-])(?P<head>[A-Za-z]{2,})-(?:[ \t]*\r?\n[ \t]*|[ \t]+)(?P<tail>[a-z]{2,})\b")
# What an OCR engine reads for a letter or two, and what it may have stood for: "1" and
# "|" for "l" or "I", "0" for "o", "l" and "I" for each other, "rn" for "m", "cl" for "d",
# "vv" for "w".
_MISREAD = {"1": "li", "|": "lI", "0": "o", "l": "I", "I": "l", "rn": "m", "cl": "d", "vv": "w"}
_MISREAD_SPOT = re.compile("|".join(sorted(map(re.escape, _MISREAD), key=len, reverse=True)))
# A word as an OCR engine may have written it: letters with its misreadings among them,
# at least this many letters in all, two of them real letters.
_SCANNED_WORD = re.compile(r"(?<![\w|])[A-Za-z01|]{4,}(?![\w|])")
MIN_REAL_LETTERS = 2
# More misread spots than this in one word, and the readings to try grow past use
# (each spot is kept or mended): a word that damaged is seldom read back right.
MAX_MISREAD_SPOTS = 4
# A small word and another run together by a lost space: at least this long, each part
# at least two letters.
MIN_RUN_TOGETHER = 7
MIN_RUN_PART = 2


# Characters a PDF's text layer brings along inside words: its typeset ligatures ("ﬁ",
# "ﬀ", U+FB00–FB06, which the model's vocabulary spells as letters), soft hyphens where
# a line might break, and zero-width spaces and joiners.
_LIGATURES = re.compile("[\ufb00-\ufb06]")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


def plain_characters(text: str) -> str:
    """``text`` with a PDF's ligatures spelt out and its invisible characters taken out."""
    return _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text).translate(_INVISIBLE)


# A number an OCR engine read letters into: "2OO7", "Covid-l9" ("O" for "0", "l" and "I"
# for "1"), a digit at least among them.
_SCANNED_NUMBER = re.compile(r"(?<![\w|])(?=[0-9OoIl|]*[0-9])(?=[0-9]*[OoIl|])[0-9OoIl|]{2,}(?![\w|])")
_AS_DIGITS = str.maketrans("OoIl|", "00111")


def rescanned(
    text: str, *, is_word: Callable[[str], bool], in_corpus: Callable[[str], bool], is_small: Callable[[str], bool] = lambda word: False
) -> list[Correction]:
    """The damage in ``text`` a scan or a PDF did, mended: ``is_word(word)`` says a word is
    one the corpus or the language has, ``in_corpus(word)`` one the corpus writes (the
    reading preferred when a misread word could be two), ``is_small(word)`` a small word
    (an article, a preposition), which a lost space runs into the next most often."""
    corrections = []
    for match in _BROKEN.finditer(text):
        joined = match.group("head") + match.group("tail")
        if is_word(joined):
            corrections.append(Correction(match.start(), match.end(), match.group(), joined, 1))
    for match in _SCANNED_NUMBER.finditer(text):
        corrections.append(Correction(match.start(), match.end(), match.group(), match.group().translate(_AS_DIGITS), 1))
    taken = [(c.start, c.end) for c in corrections]
    for match in _SCANNED_WORD.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue
        mended = _misread(match.group(), is_word=is_word, in_corpus=in_corpus) or _run_together(match.group(), is_word=is_word, in_corpus=in_corpus, is_small=is_small)
        if mended is not None:
            corrections.append(Correction(match.start(), match.end(), match.group(), mended, 1))
    return sorted(corrections, key=lambda c: c.start)


def _run_together(
    word: str, *, is_word: Callable[[str], bool], in_corpus: Callable[[str], bool], is_small: Callable[[str], bool]
) -> str | None:
    """A small word and the word a lost space ran it into ("thedigital", "aboutcyber"),
    when ``word`` is no word and only one way of parting it makes a small word and a corpus
    word. Not two words that make a name ("Starlink" is no "star link")."""
    if len(word) < MIN_RUN_TOGETHER or not word.isalpha() or not word.islower() or is_word(word):
        return None
    parts = [
        (word[:cut], word[cut:]) for cut in range(MIN_RUN_PART, len(word) - MIN_RUN_PART + 1)
        if (is_small(word[:cut]) and in_corpus(word[cut:])) or (in_corpus(word[:cut]) and is_small(word[cut:]))
    ]
    return " ".join(parts[0]) if len(parts) == 1 else None


def _misread(word: str, *, is_word: Callable[[str], bool], in_corpus: Callable[[str], bool]) -> str | None:
    """The one word ``word`` reads as with the fewest of its misread letters put back, when
    it is no word as typed; None when it is, or when no such word or two different ones do."""
    if sum(ch.isalpha() for ch in word) < MIN_REAL_LETTERS or (word.isalpha() and is_word(word)):
        return None
    spots = list(_MISREAD_SPOT.finditer(word))
    if not spots or len(spots) > MAX_MISREAD_SPOTS:
        return None
    found: dict[int, set[str]] = {}
    for choice in itertools.product(*[(None, *_MISREAD[spot.group()]) for spot in spots]):
        mended, at = [], 0
        for spot, letter in zip(spots, choice):
            mended.append(word[at : spot.start()])
            mended.append(spot.group() if letter is None else _cased(letter, word))
            at = spot.end()
        mended.append(word[at:])
        reading = "".join(mended)
        changed = sum(letter is not None for letter in choice)
        if changed and reading.isalpha() and is_word(reading):
            found.setdefault(changed, set()).add(reading)
    if not found:
        return None
    fewest = found[min(found)]
    readings = {r.lower(): r for r in fewest}
    if len(readings) > 1:
        readings = {k: r for k, r in readings.items() if in_corpus(r)}
    return next(iter(readings.values())) if len(readings) == 1 else None


def _cased(letter: str, word: str) -> str:
    """A letter put back in the case of a word typed in capitals ("GL0BAL"); "l" and "I"
    stay as they are, each the other's misreading."""
    others = [ch for ch in word if ch.isalpha() and ch not in "lI"]
    return letter.upper() if letter not in "lI" and len(others) > 1 and all(ch.isupper() for ch in others) else letter
