"""Names however a question types them: its lower-case words that the corpus writes
only as names, given back their capital, so that the evidence that reads capitals (a
name the top passages leave out) sees "russia" and "south korea" as it sees "Russia"
and "South Korea"."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..texts.names import name_words

# A run of lower-case letters alone: "india" in "india's", "wi" and "fi" in "wi-fi";
# a word with any capital was written as the asker meant it.
_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]+(?![A-Za-z])")
# A word written in capitals: an acronym ("UN", "NSA").
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
_WORD = re.compile(r"[A-Za-z]+")
# English demonyms: "Russian" is of "Russia", "Brazilian" of "Brazil", "Korean" of
# "Korea"; the endings a place name takes back once the demonym's is cut off.
_DEMONYM_ENDING = re.compile(r"(?:ian|an|n|ese|ish|i)$")
_PLACE_ENDINGS = ("", "a", "ia", "y", "e")
# A stem shorter than this is no place ("Ian" is no demonym of "I").
MIN_PLACE_STEM = 3


class NameCase:
    """Writes a question's words the way the corpus writes them when it writes them
    only as names (texts.names.name_words: capitalised inside its sentences)."""

    def __init__(self, sentences: Iterable[str], *, untelling: Iterable[str] = ()):
        """``sentences``: the corpus's sentences (not its headings, which capitalise
        every word); ``untelling``: words never read as a name however the corpus writes
        them — glue and framing ("us", which the texts write only as "the US", is also
        the asker's "tell us")."""
        sentences = list(sentences)
        names = name_words(sentences)
        # An acronym typed in lower case may be a word ("un", "us"), and the texts may
        # answer it spelt out ("the United Nations"): it is the acronym reader's
        # (reading.QuestionReader), which expands one it can tell from a word.
        acronyms = {m.group().lower() for s in sentences for m in _ACRONYM.finditer(s)}
        self._names = names - acronyms - frozenset(untelling)
        self._written = {w.lower() for s in sentences for w in _WORD.findall(s)}

    def place_of(self, word: str) -> str | None:
        """The corpus's name of the place a demonym the corpus never writes is of
        ("russian" → "russia"), else None."""
        word = word.lower()
        stem = _DEMONYM_ENDING.sub("", word)
        if word in self._written or stem == word or len(stem) < MIN_PLACE_STEM:
            return None
        return next((stem + end for end in _PLACE_ENDINGS if stem + end in self._names), None)

    def truecased(self, text: str) -> str:
        """``text`` with each lower-case word the corpus writes only as a name, or a
        demonym of one, capitalised."""
        return _LOWER_WORD.sub(lambda m: m.group().capitalize() if self.is_name(m.group()) else m.group(), text)

    def is_name(self, word: str) -> bool:
        """Whether the corpus writes a lower-case word only as a name, or it is a demonym of one."""
        return word in self._names or self.place_of(word) is not None
