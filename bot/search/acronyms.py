"""Acronyms: the corpus's capitalised names keyed by their initials ("ICANN" → "Internet
Corporation for Assigned Names and Numbers"), derived from the texts, never listed by hand."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

# Small words a name may contain without giving it a letter ("Bank *of* China").
CONNECTORS = frozenset({"of", "for", "and", "on", "the", "in", "to", "de", "&", "a", "an"})
# A two-letter acronym could be almost anything: its name must recur to count.
MIN_TWO_LETTER_USES = 2
MAX_NAME_WORDS = 8
MIN_ACRONYM = 2
MAX_ACRONYM = 7
SPELLED_OUT_WEIGHT = 100
# "ICANN", "SMEs", "NSA's": upper-case letters, perhaps a plural or possessive.
_ACRONYM = re.compile(r"^([A-Z]{2,7})(?:s|['’]s)?$")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z’'-]*|[^\sA-Za-z]")
# "National Security Agency (NSA)": the text spells the acronym out itself.
_SPELLED_OUT = re.compile(r"((?:[\w’'-]+\s+){1,12})\(([A-Z]{2,7})\)")


def initials(words: list[str]) -> str:
    """The initials of a name: one per capitalised word or hyphenated part."""
    letters = []
    for word in words:
        if word.lower() in CONNECTORS:
            continue
        for part in word.split("-"):
            if part[:1].isupper():
                letters.append(part[0])
    return "".join(letters)


def _capitalised_runs(text: str) -> Iterable[list[str]]:
    """Runs of capitalised words, connectors allowed inside: candidate names."""
    run: list[str] = []
    for token in _TOKEN.findall(text):
        if token[:1].isupper() and not (token.isupper() and len(token) > 1):
            run.append(token)
        elif token.lower() in CONNECTORS and run:
            run.append(token)
        else:
            yield run
            run = []
    yield run


def _spelled_out(words: list[str], acronym: str) -> str | None:
    """The words just before "(ABC)" whose initials, in any case, are A, B, C."""
    for start in range(len(words) - 1, -1, -1):
        phrase = words[start:]
        letters = "".join(w[0] for w in phrase if w.lower() not in CONNECTORS)
        if letters.upper() == acronym and phrase[0].lower() not in CONNECTORS:
            return " ".join(phrase)
    return None


class AcronymTable:
    """Initials → the corpus names that have them, most frequent first."""

    def __init__(self, texts: Iterable[str]):
        names: dict[str, Counter[str]] = defaultdict(Counter)
        for text in texts:
            for run in _capitalised_runs(text):
                for phrase in self._sub_names(run):
                    key = initials(phrase)
                    if MIN_ACRONYM <= len(key) <= MAX_ACRONYM:
                        names[key.upper()][" ".join(phrase)] += 1
            for match in _SPELLED_OUT.finditer(text):
                # Spelled out by the text itself: the surest reading of all.
                name = _spelled_out(match.group(1).split(), match.group(2))
                if name:
                    names[match.group(2)][name] += SPELLED_OUT_WEIGHT
        self._names = {
            key: [name for name, count in counter.most_common() if len(key) > 2 or count >= MIN_TWO_LETTER_USES]
            for key, counter in names.items()
        }

    @staticmethod
    def _sub_names(run: list[str]) -> Iterable[list[str]]:
        """Every stretch of a run of at least two names' words, not starting or ending on a connector."""
        for i, first in enumerate(run):
            if first.lower() in CONNECTORS:
                continue
            for j in range(i + 1, min(len(run), i + MAX_NAME_WORDS)):
                if run[j].lower() not in CONNECTORS:
                    yield run[i : j + 1]

    def expand(self, token: str) -> str | None:
        """The corpus name an acronym in a question stands for, or None.

        Only a word typed in capitals is taken for an acronym, and only a name of
        several words can be one: "UN" is "United Nations", "it" is never anything.
        """
        match = _ACRONYM.match(token)
        if not match:
            return None
        names = self._names.get(match.group(1))
        return names[0] if names else None
