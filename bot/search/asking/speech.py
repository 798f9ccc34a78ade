"""A question spoken and typed by a transcriber: its hesitations ("um", "er") and the
speaker's corrections of themselves ("the collar revolutions sorry colour revolutions",
"what do countries I mean what do they …") taken out, as a listener hears past them, and
its years said aloud ("twenty fifteen") written as the texts write them."""

from __future__ import annotations

import re
from collections.abc import Callable

from rapidfuzz.fuzz import ratio

from .needs import guarded

# Sounds a speaker makes while thinking, which a transcriber types as words: never a word
# of a text. (Run after the message is unshouted: a word left in capitals is initials.)
_HESITATION = re.compile(r"(?<![\w'’-])(?:um+|uh+m*|erm+|er+|hmm+|ah+|eh)(?![\w'’-])[,.]?\s*", re.IGNORECASE)
# The words with which a speaker takes back what they just said and says it again: not
# an apology opening or closing the message ("sorry, what does …", "sorry to ask"), nor
# "I mean" asking for a meaning ("what do they mean by …").
_CORRECTION = re.compile(
    # ("X, I mean Y" typed with its comma glosses X, asking.glosses: said, it corrects.)
    r"(?<=\w)(?:[,\s]+(?:sorry(?:[,\s]+i\s+meant?)?|or\s+rather|no\s+wait|wait\s+no|scratch\s+that)|\s+i\s+meant?)[,\s]+"
    r"(?!(?:to|if|for|but|about|i|it|that|this)\b)(?=\w)",
    re.IGNORECASE,
)
# ... or a bare "no" before the words said again ("the 2015 no the 2016 one"): taken as
# one only when what follows says again a word just said.
_NO = re.compile(r"(?<=\w)[,\s]+no[,\s]+(?=(?:the|a|an|in|on|at|it['’]s|its)\b)", re.IGNORECASE)
# "like" said to fill a pause ("the law on like online defamation", "were they like a
# turning point", "… like does interpol do anything"): after a word it cannot follow as
# "such as" or "similar to" can, or before a question's opening. Not "countries like
# China", "would like", "like-minded".
_FILLER_LIKE = re.compile(
    r"\b(?P<before>on|about|in|of|for|at|with|from|to|and|or|but|so|was|were|is|are|they|he|she|just)\s+like,?\s+"
    # (Not "what access is like in X", "explain it like the text does": likeness asked.)
    r"(?!(?:in|on|at|for|to|with|from|of|about|when|now|today|then|there|here|this|that|these|those|it)\b)(?=[a-z])"
    r"|(?<=\w)\s+like,?(?=\s+(?:does|do|did|is|are|was|were|what|how|why|who|when|where|which)\b)",
    re.IGNORECASE,
)
# The most words a correction takes back, and the least likeness of what is said again
# to what it replaces for a word typed differently to be the same one said again
# ("woo jen" for "wuzhen", "ali baba" for "alibaba").
MAX_TAKEN_BACK = 4
SAME_WORD_LIKENESS = 0.5
# The most corrections read in one message.
MAX_CORRECTIONS = 3


def unspoken(text: str) -> str:
    """``text`` without hesitations, and with each correction in place of what it corrects."""
    heard = _HESITATION.sub(lambda m: m.group() if m.group().strip(",. ").isupper() else "", text)
    heard = _FILLER_LIKE.sub(lambda m: f"{m.group('before')} " if m.group("before") else "", heard)
    # Hesitations alone stay: "um" alone is small talk, not a question.
    text = heard if heard.strip(" ,.?!") else text
    return _mended(_mended(text, _CORRECTION, _taken_back), _NO, _repeated).strip()


def _mended(text: str, marker: re.Pattern[str], mend: Callable[[str, str], str | None]) -> str:
    """``text`` with each correction ``marker`` finds (MAX_CORRECTIONS at most) put in place
    of what it corrects: what ``mend`` keeps of the words before it, and the words after;
    as it is from the first that ``mend`` cannot place (None)."""
    for _ in range(MAX_CORRECTIONS):
        match = marker.search(text)
        kept = mend(text[: match.start()], text[match.end() :]) if match else None
        if kept is None:
            break
        text = kept + text[match.end() :]
    return text


def _taken_back(before: str, after: str) -> str | None:
    """``before`` without the words the words ``after`` it say again (_repeated), else
    without its last words most like the first ones after ("ali baba" of "alibaba …",
    "Zhang" of "Zhi …"), else without a name said before a name; None when nothing after
    is like what it would take back (no correction of it: "where's icann based I mean the
    internet corporation …" says what "icann" is)."""
    said = before.split()
    repeated = _repeated(before, after)
    if repeated is not None or not said:
        return repeated
    again = [w.lower() for w in after.split()[:MAX_TAKEN_BACK]]
    lowered = [w.lower() for w in said]
    best, best_likeness = 1, 0.0
    for back in range(1, min(MAX_TAKEN_BACK, len(said)) + 1):
        taken = "".join(lowered[len(said) - back :])
        for ahead in range(1, len(again) + 1):
            likeness = ratio(taken, "".join(again[:ahead])) / 100
            if likeness > best_likeness:
                best, best_likeness = back, likeness
    if best_likeness >= SAME_WORD_LIKENESS:
        return _joined(said[: len(said) - best])
    # A name said for another name ("Smith sorry Jones") is one, however unlike.
    return _joined(said[:-1]) if said[-1][:1].isupper() and after[:1].isupper() else None


def _repeated(before: str, after: str) -> str | None:
    """``before`` up to the words ``after`` says again, aligned on the nearest word it
    repeats ("the collar revolutions" | "colour revolutions …" leaves "the "; "what do
    countries" | "what do they …" leaves nothing); None when it repeats none."""
    said = [w.lower().strip(",.?!") for w in before.split()]
    again = [w.lower().strip(",.?!") for w in after.split()]
    for i, word in enumerate(again[:MAX_TAKEN_BACK]):
        for back in range(1, min(MAX_TAKEN_BACK, len(said)) + 1):
            j = len(said) - back
            if said[j] == word and j >= i:
                return _joined(before.split()[: j - i])
    return None


def _joined(words: list[str]) -> str:
    return " ".join(words) + " " if words else ""


# A year said aloud, as voice dictation types it: "twenty fifteen", "twenty twenty two",
# "two thousand and fourteen", "nineteen ninety nine". A century word before a unit alone
# ("twenty one") is a number, not a year.
_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_CENTURIES = {"nineteen": 19, "twenty": 20}
_UNIT = "|".join(_UNITS)
_TWO_DIGITS = rf"(?:{'|'.join(_TEENS)}|(?:{'|'.join(_TENS)})(?:[\s-]+(?:{_UNIT}))?)"
_SPOKEN_YEAR = guarded(re.compile(
    rf"\b(?:(?P<century>nineteen|twenty)\s+(?P<rest>{_TWO_DIGITS})"
    rf"|two\s+thousand(?:\s+and)?\s+(?P<since2000>{_TWO_DIGITS}|{_UNIT}))\b",
    re.IGNORECASE,
))


def _two_digits(words: str) -> int:
    """10–99 from its words: "fifteen" → 15, "twenty two" → 22, "thirty" → 30."""
    parts = re.split(r"[\s-]+", words.lower())
    if parts[0] in _TEENS:
        return 10 + _TEENS.index(parts[0])
    if parts[0] in _UNITS:
        return 1 + _UNITS.index(parts[0])
    return 10 * (2 + _TENS.index(parts[0])) + (1 + _UNITS.index(parts[1]) if len(parts) > 1 else 0)


def spoken_years(text: str) -> str:
    """The text with years said aloud written as digits: "the five point initiative from
    twenty fifteen" → "… from 2015"."""
    def year(match: re.Match) -> str:
        if match.group("century"):
            return str(_CENTURIES[match.group("century").lower()] * 100 + _two_digits(match.group("rest")))
        return str(2000 + _two_digits(match.group("since2000")))

    return _SPOKEN_YEAR.sub(year, text)
