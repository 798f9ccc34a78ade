"""A message typed in capitals ("WHAT DOES IT SAY ABOUT THE POEM", caps lock on or for
emphasis) read in lower case, but for the acronyms it holds.

Capitals tell the rest of the reading what is a name or an acronym ("DID" would be read as
"dividends of internet development", "WANG YI" as two acronyms): in a shouted message they
tell nothing, so they are taken back, and only a word that is an acronym whatever its case
("AIIB", "NSA") keeps them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Three words in capitals in a row, one of them a function word, is shouting: a row of
# acronyms ("NSA PRISM UK") is not, and one word in capitals is emphasis of that word.
SHOUTED_RUN = 3

_CAPITALS = re.compile(r"(?<![\w’'-])[A-Z]+(?:['’][A-Z]+)?(?![\w’'-])")
_RUN = re.compile(rf"{_CAPITALS.pattern}(?:[^\w]+{_CAPITALS.pattern}){{{SHOUTED_RUN - 1},}}")


def shouted(text: str, *, stopwords: frozenset[str], is_acronym: Callable[[str], bool]) -> bool:
    """Whether the message has a run of words in capitals with a function word among them
    (not one that is an acronym too: "US")."""
    return any(
        any(word.lower() in stopwords and len(word) > 1 and not is_acronym(word) for word in _CAPITALS.findall(run.group()))
        for run in _RUN.finditer(text)
    )


def unshouted(text: str, *, stopwords: frozenset[str], is_acronym: Callable[[str], bool]) -> str:
    """The message with its words in capitals in lower case when it is shouted (``shouted``);
    ``is_acronym(word)`` keeps one in capitals. "I" stays as it is. A message not shouted
    is returned as typed."""
    if not shouted(text, stopwords=stopwords, is_acronym=is_acronym):
        return text

    def lowered(match: re.Match) -> str:
        word = match.group()
        if word == "I" or (word.lower() not in stopwords and is_acronym(word)):
            return word
        return word.lower()

    return _CAPITALS.sub(lowered, text)
