"""Times that frame a question rather than ask about something: the time of writing ("at
that moment", "when the essay was written", "by the time Zhi wrote") and a named piece's
own date opening it ("By August 2022, what had …"). English, not any corpus."""

from __future__ import annotations

import re

from .needs import guarded
from .words import DOCUMENT_NOUNS, MONTH, MONTHS

# Where a time of writing ends: the question's end or a clause's, or where the asker
# says whose account it is ("at the time according to Zhang").
_CLAUSE_END = r"(?=\s*(?:[,;:?.!)]|$)|\s+(?:according|acc|as\s+per|per)\b)"
# The time a piece was written, told in the asker's words: "at that moment", "at the
# time (of writing)", "when the essay was written", "by the time Zhi wrote", "when the
# piece ran". Only the writing's own verbs: "when Snowden leaked …" is a time the
# question asks about. ("Back then" is asker.py's: it leaves "then", which no coverage
# reads.)
_WRITING_TIME = guarded(re.compile(
    r",?\s*\b(?:"
    r"(?:at|by|around)\s+(?:that|this|the)\s+(?:moment|time|point)(?:\s+of\s+(?:the\s+|its\s+)?(?:writing|publication))?"
    r"|(?:when|by\s+the\s+time|at\s+the\s+time|as|once)\s+(?:the\s+|this\s+|that\s+|his\s+|her\s+)?(?:[\w'’.-]+\s+){0,3}?"
    rf"(?:(?:{DOCUMENT_NOUNS})\s+(?:was|were)\s+(?:written|published|penned|printed|released)"
    rf"|(?:{DOCUMENT_NOUNS})\s+(?:ran|came\s+out|appeared)"
    r"|(?:[\w'’.-]+\s+){0,1}(?:wrote|was\s+writing|penned))"
    rf"){_CLAUSE_END}",
    re.IGNORECASE,
))
# A date opening a question as the state of things by then ("By August 2022, what had
# become …", "As of 2015, …"): when it is a named piece's own, it says no more than the
# piece does.
_OPENING_DATE = re.compile(rf"^\W*(?:by|as\s+of|as\s+at)\s+(?P<month>{MONTH}\s+)?(?P<year>\d{{4}})\s*,\s*", re.IGNORECASE)


def without_time_frame(question: str, *, dates: list[str]) -> str:
    """``question`` without the times that frame it: the time of writing, anywhere, and an
    opening date ("By August 2022, …") that is one of ``dates`` (the named documents',
    ISO "YYYY-MM-DD"): in the same year, and month when it names one."""
    text = _WRITING_TIME.sub("", question)
    opening = _OPENING_DATE.match(text)
    if opening and any(same_date(opening.group("year"), opening.group("month"), date) for date in dates):
        text = text[opening.end() :]
    return text


def same_date(year: str, month: str | None, date: str) -> bool:
    """Whether ``year`` (and ``month``, as written: "Sept", "August 9,") is ``date``'s
    (ISO "YYYY-MM-DD")."""
    if year != date[:4]:
        return False
    if not month or not re.match(r"\d{4}-\d{2}", date):
        return True
    return MONTHS[int(date[5:7]) - 1].startswith(month.strip(" .,").split()[0].lower()[:3])
