"""Which of two things a piece tells first ("does Guangming bring up the epidemic before or
after the 2030 Agenda?", "which comes earlier, responsibility or shared interests?"): the
two things asked of, each answered by its own passage, quoted in the order the text gives
them. English, not any corpus."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .needs import may_hold
from .words import MONTH_ABBREVIATIONS, MONTHS

# The verbs of a piece's telling, and of a reader's coming to a thing in it.
_TELLS = (
    r"(?:mention|mentions|mentioned|bring|brings|brought|raise|raises|raised|discuss|discusses|discussed|name|names|named"
    r"|cite|cites|cited|introduce|introduces|introduced|list|lists|listed|cover|covers|covered|tell|tells|told|describe|describes|described"
    r"|talk|talks|talked|get|gets|got|come|comes|came|turn|turns|turned|deal|deals|dealt|put|puts|address|addresses|addressed)"
    r"(?:\s+(?:up|about|to|with|of))?"
)
_ITEM = r"[^,;:?!—–]+?"
_FIRST = r"(?:first|earlier|sooner|before\s+the\s+other)"
_WHICH_COMES = (
    r"(?:which|what)(?:\s+one)?\s+(?:(?:comes?|came|appears?|appeared|shows?\s+up|happens?|happened|is|was|gets?|got)\s+(?:up\s+)?"
    rf"(?:(?:mentioned|discussed|raised|named|told|brought\s+up|introduced|listed)\s+)?|(?:do|does|did)\s+[^,;:?!—–]+?\s+{_TELLS}\s+){_FIRST}\b"
)
_PATTERNS = [
    # "Which comes earlier in Guangming's list, responsibility or shared interests?",
    # "which does Zhi mention first: the Brazil speech or Wuzhen?"
    re.compile(rf"\b{_WHICH_COMES}[^,;:?!—–]*?\s*[,:;—–]\s*(?:the\s+one\s+(?:on|about)\s+)?(?P<a>{_ITEM})\s+or\s+(?P<b>{_ITEM})\s*[?.!]*$", re.IGNORECASE),
    # "The epidemic or the 2030 Agenda — which comes first in Guangming?"
    re.compile(rf"^(?:(?:in|per|for)\s+[^,;:?!—–]+?\s*[,:]\s*)?(?P<a>{_ITEM})\s+or\s+(?P<b>{_ITEM})\s*[,:;?—–]+\s*{_WHICH_COMES}", re.IGNORECASE),
    # "Does Guangming bring up the Covid-19 epidemic before or after the UN's 2030 Agenda?"
    re.compile(rf"\b{_TELLS}\s+(?P<a>{_ITEM})\s+(?:before\s+or\s+after|after\s+or\s+before|ahead\s+of\s+or\s+after)\s+(?P<b>{_ITEM})\s*[?.!]*$", re.IGNORECASE),
    # "Does Stuxnet come up before or after PRISM?"
    re.compile(
        rf"\b(?:does|do|did|is|are|was|were)\s+(?P<a>{_ITEM})\s+(?:come\s+up|appear|feature|show\s+up|get\s+mentioned|turn\s+up|crop\s+up)\s+"
        rf"(?:before\s+or\s+after|after\s+or\s+before)\s+(?P<b>{_ITEM})\s*[?.!]*$",
        re.IGNORECASE,
    ),
    # "Reading China Daily top to bottom, do you hit the three principles or the UN framework first?"
    re.compile(
        r"\b(?:do|would|will|does)\s+(?:you|one|a\s+reader|readers|I|we)\s+(?:hit|reach|meet|see|read\s+about|get\s+to|come\s+(?:to|across|upon)|encounter|find)\s+"
        rf"(?P<a>{_ITEM})\s+or\s+(?P<b>{_ITEM})\s+{_FIRST}\b",
        re.IGNORECASE,
    ),
    # "How much time passed between the first and second Wuzhen conferences?", "how many
    # years between the Brazil speech and the forum": the two dates, each in its passage.
    re.compile(
        r"\bhow\s+(?:long|much\s+time|many\s+(?:years|months|days|weeks))\b[^,;:?!—–]*?\bbetween\s+"
        rf"(?P<a>{_ITEM})\s+and\s+(?P<b>{_ITEM})\s*(?:[,;:?!.—–]|$)",
        re.IGNORECASE,
    ),
    # "Is the Snowden affair mentioned before the Wuzhen conference in Zhang?"
    re.compile(
        r"^(?:is|are|was|were)\s+(?P<a>[^,;:?!—–]+?)\s+(?:mentioned|discussed|raised|named|brought\s+up|introduced|listed|told)\s+"
        rf"(?:before|earlier\s+than|ahead\s+of|after|later\s+than)\s+(?P<b>{_ITEM})\s*[?.!]*$",
        re.IGNORECASE,
    ),
]
# Words that name no thing: a verb's particle or a pronoun caught as an item ("come up before …").
_NO_THING = frozenset("up about to with of it this that them one".split())
# An ordinal naming one of two things the other names in full ("the first and second
# conferences").
_ORDINAL = re.compile(r"(?:the\s+)?(?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th))\b", re.IGNORECASE)
# One of which every match of the patterns holds.
_ORDER_WORDS = ("first", "earlier", "sooner", "before", "after", "ahead", "later", "between")


# Words saying the order asked is the text's or time's, not a priority: "which comes
# first, security or development?" asks which matters more, "which does Zhi mention
# first" and "which happened earlier" do not.
_PLAINLY_ORDER = re.compile(
    r"\b(?:mention\w*|brings?\s+up|brought\s+up|rais\w+|discuss\w*|names?|named|cites?|cited|introduc\w+|list\w*|covers?|covered|tells?|told"
    r"|describ\w+|talks?\s+about|turns?\s+to|deals?\s+with|address\w*|puts?|came|earlier|sooner|before\s+or\s+after|after\s+or\s+before|ahead\s+of|in\s+time|happen(?:s|ed)?|took\s+place|telling|account"
    r"|top\s+to\s+bottom|hit|reach|read(?:ing)?|chronolog\w*|timeline|sequence|between)\b",
    re.IGNORECASE,
)


# ... and that it is time's: then two passages dating their events are told apart by date.
_IN_TIME = re.compile(
    r"\b(?:in\s+time|happen(?:s|ed)?|took\s+place|occurred|chronolog\w*|timeline|came|dates?|dated|how\s+(?:long|much\s+time|many\s+(?:years|months|days|weeks)))\b",
    re.IGNORECASE,
)
# A date a passage gives an event: a month (perhaps with days) and a year, or either alone.
_TOLD_DATE = re.compile(
    # (A month capitalised, as dates are written: "may" is mostly the verb.)
    rf"\b(?:(?P<month>(?-i:{'|'.join(m.capitalize() for m in (*MONTHS, *MONTH_ABBREVIATIONS))}))\.?(?:\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?,?)?\s*)?(?P<year>(?:19|20)\d{{2}})?\b",
    re.IGNORECASE,
)


def told_date(text: str, *, year: int) -> tuple[int, int] | None:
    """The first date ``text`` gives, as (year, month; 0 when it names none); a month
    without a year is in ``year`` (the piece's own). None when it gives no date."""
    for found in _TOLD_DATE.finditer(text):
        month, told = found.group("month"), found.group("year")
        if not (month or told):
            continue
        number = next((k for k, name in enumerate(MONTHS, 1) if month and name.startswith(month.lower()[:3])), 0)
        return (int(told) if told else year, number)
    return None


# How the two passages were put in order (Asks.order): as the text tells them, by the
# dates they give, as the question names them (two pieces'), or one passage telling both.
BY_TEXT, BY_DATE, AS_NAMED, ONE_PASSAGE = "text", "date", "named", "one"


@dataclass(frozen=True)
class Order:
    """Two things whose order in the text a question asks for."""

    first: str  # as named first in the question
    second: str
    plainly: bool = True  # said to be the text's or time's order; else "which comes first" may ask a priority
    in_time: bool = False  # asked of events in time ("which happened first"): dated passages are ordered by date


def order_asked(question: str) -> Order | None:
    """The two things a question asks the text's order of, or None."""
    if not may_hold(question, _ORDER_WORDS):
        return None
    for pattern in _PATTERNS:
        found = pattern.search(question)
        if found:
            a, b = found.group("a").strip(), found.group("b").strip()
            if _ORDINAL.fullmatch(a) and _ORDINAL.match(b):
                # "between the first and second Wuzhen conferences": the first names the second's thing
                a = f"{a} {b.split(maxsplit=1)[1]}" if len(b.split()) > 1 else a
            if a and b and a.lower() != b.lower() and not {a.lower(), b.lower()} & _NO_THING:
                return Order(a, b, plainly=bool(_PLAINLY_ORDER.search(question)), in_time=bool(_IN_TIME.search(question)))
    return None
