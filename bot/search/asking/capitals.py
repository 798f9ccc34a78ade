"""Capitals that tell nothing: a message typed in capitals ("WHAT DOES IT SAY ABOUT THE
POEM", caps lock on or for emphasis) or in Title Case ("What Does The Article Say About
Sovereignty"), read as if typed in lower case, but for its acronyms and names.

Capitals tell the rest of the reading what is a name or an acronym ("DID" would be read as
"dividends of internet development", "WANG YI" as two acronyms, "What Is The World Economy"
as a name): in such a message they tell nothing, so they are taken back. A word in
capitals keeps them when it is an acronym whatever its case ("AIIB", "NSA"); a word in
Title Case when the texts write it so (a name: "Guangming", "Wang").
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Three words in capitals in a row, one of them a function word, is shouting: a row of
# acronyms ("NSA PRISM UK") is not, and one word in capitals is emphasis of that word.
SHOUTED_RUN = 3
# Title Case is a row of capitalised words with a function word among them,
# not opening a sentence ("Is Zhi Proud Of China's Results"): a name the texts write
# keeps its function words in lower case ("Research Center for Cyberspace Governance of Fudan University").
TITLE_CASE_FUNCTION_WORDS = 1

_CAPITALS = re.compile(r"(?<![\w’'-])[A-Z]+(?:['’][A-Z]+)?(?:-[A-Z0-9]+(?:['’][A-Z]+)?)*(?![\w’'-])")
_RUN = re.compile(rf"{_CAPITALS.pattern}(?:[^\w]+{_CAPITALS.pattern}){{{SHOUTED_RUN - 1},}}")
_CAPITALISED = re.compile(r"(?<![\w’'-])(?:[A-Z][a-z]+(?:['’][a-z]+)?(?:-[A-Za-z0-9]+)*|A)(?![\w’'.-])")
_TITLE_RUN = re.compile(rf"{_CAPITALISED.pattern}(?:[ ,]+{_CAPITALISED.pattern}){{{SHOUTED_RUN - 1},}}")
# Where a sentence opens: its first word is capitalised whatever the case it is typed in.
_OPENING = re.compile(r"(?:^|[.?!:]\s+)[\"'“‘(]*$")


def shouted(text: str, *, stopwords: frozenset[str], is_acronym: Callable[[str], bool]) -> bool:
    """Whether the message has a run of words in capitals with a function word among them
    (not one that is an acronym too: "US"), or is typed in capitals throughout, with
    words among them that are no acronyms ("GLOBAL TIMES AUTHOR'S POST?")."""
    if not re.search(r"[a-z]", text):
        words = _CAPITALS.findall(text)
        if len(words) >= SHOUTED_RUN and sum(1 for word in words if not is_acronym(word)) >= SHOUTED_RUN - 1:
            return True
    return any(
        any(word.lower() in stopwords and len(word) > 1 and not is_acronym(word) for word in _CAPITALS.findall(run.group()))
        for run in _RUN.finditer(text)
    )


def title_cased(text: str, *, stopwords: frozenset[str]) -> bool:
    """Whether the message has a run of capitalised words with function words among them
    that open no sentence."""
    for run in _TITLE_RUN.finditer(text):
        inside = [m for m in _CAPITALISED.finditer(run.group()) if not _OPENING.search(text[: run.start() + m.start()])]
        if sum(1 for m in inside if m.group().lower() in stopwords) >= TITLE_CASE_FUNCTION_WORDS:
            return True
    return False


def unshouted(
    text: str, *, stopwords: frozenset[str], is_acronym: Callable[[str], bool], is_name: Callable[[str], bool] = lambda word: False
) -> str:
    """The message with its words in capitals in lower case when it is shouted (``shouted``),
    or its capitalised words when it is in Title Case (``title_cased``); ``is_acronym(word)``
    keeps a word in capitals, ``is_name(word)`` a capitalised one. "I" stays as it is. A
    message neither shouted nor in Title Case is returned as typed."""
    if shouted(text, stopwords=stopwords, is_acronym=is_acronym):

        def lowered(match: re.Match) -> str:
            # Each part of a compound on its own: "CHINA-ASEAN" is "china-ASEAN".
            return "-".join(
                word if word == "I" or (word.lower() not in stopwords and is_acronym(word)) else word.lower()
                for word in match.group().split("-")
            )

        return _CAPITALS.sub(lowered, text)
    if title_cased(text, stopwords=stopwords):

        def uncapitalised(match: re.Match) -> str:
            word = match.group()
            if _OPENING.search(text[: match.start()]) or (word.lower() not in stopwords and is_name(word)):
                return word
            return word.lower()

        return _CAPITALISED.sub(uncapitalised, text)
    return text
