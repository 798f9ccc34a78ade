"""A line half remembered and groped for: the vague words standing in for what the asker
forgets ("some bridge or gap thing", "a lawless something", "cyber... something", "X or
something"), and what they say after it of their memory ("… what was it?", "i forget the
word", "can't find it", "how did it put it"). What they remember is what is asked about;
the rest says only that they don't remember more."""

from __future__ import annotations

import logging
import re

from .needs import guarded

logger = logging.getLogger(__name__)

# A thing named by the words the asker remembers of it: "some bridge or gap thing" is
# "bridge or gap", "a lawless something" "lawless", "cyber... something" "cyber".
_SOME_THING = guarded(re.compile(r"\bsome\s+(?P<remembered>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+thing(?:y|ie)?\b(?![-’'])", re.IGNORECASE))
_A_SOMETHING = guarded(re.compile(r"\b(?:a|an)\s+(?P<remembered>[\w'’-]+)(?:\s*(?:\.{2,}|…))?\s+something\b(?![-’'])", re.IGNORECASE))
_TRAILING_OFF = guarded(re.compile(r"\b(?P<remembered>[\w'’-]+)\s*(?:\.{2,}|…)\s*something\b(?![-’'])", re.IGNORECASE))
# "… or something (like that)", "… or whatever": the asker unsure of their own words.
_OR_SOMETHING = guarded(re.compile(r"\s*,?\s+or\s+(?:something|smth|sth|whatever)(?:\s+(?:like\s+(?:that|this)|along\s+those\s+lines))?(?=\s*(?:[,.?!…]|$))", re.IGNORECASE))
# What the asker says of their memory after what they remember, a clause of its own: "…
# what was it?", "… i forget the word", "… can't find it", "… how did it put it?".
_MEMORY_AFTER = guarded(re.compile(
    r"(?:\s*(?:\.{2,}|…|[,;:?!—–-])+\s*|\s+)(?:(?:but|and|so|lol|ugh|hmm)\s+)*(?:"
    r"(?:i\s+)?(?:can['’]?t|cannot|could\s*n['’]?t)\s+(?:find|remember|recall|place)\s+(?:it|where|which(?:\s+one)?|the\s+(?:word|wording|name|line|exact\s+words?))"
    r"|i\s+(?:forget|forgot)(?:\s+(?:the\s+(?:word|wording|name|exact\s+words?|phrase)|where|which(?:\s+one)?|exactly))?"
    r"|how\s+(?:did|does)\s+(?:it|they|he|she|the\s+\w+)\s+put\s+it(?:\s+exactly)?"
    r"|what\s+(?:was|is)\s+the\s+(?:word|wording|phrase|term|exact\s+words?)(?:\s+again)?"
    r"|what\s+was\s+it(?:\s+(?:again|exactly|called))?"
    # ... "which one (was it)?" after what one of the pieces is remembered saying: the
    # quote's citation tells which.
    r"|(?<=[,;:—–-]\s)which\s+one(?:\s+was\s+it)?"
    r")\W*$",
    re.IGNORECASE,
))
# ... or before it: "I forget the word, …", "can't remember the name but …".
_MEMORY_BEFORE = guarded(re.compile(
    r"^\W*(?:i\s+(?:forget|forgot)|(?:i\s+)?(?:can['’]?t|cannot)\s+(?:remember|recall))\s+(?:the\s+)?(?:word|wording|name|phrase|term|exact\s+words?)"
    r"\s*(?:,|but|—|–|-|\.\.\.|…)\s*",
    re.IGNORECASE,
))
# A typo remembered: "there was a typo like 'X'", as the line with the typo asks for it.
_TYPO_REMEMBERED = guarded(re.compile(
    r"^\W*(?:there\s+(?:was|is)|i\s+(?:saw|spotted|noticed))\s+(?:a|this|some)\s+(?P<typo>typo|misspelling|spelling\s+mistake)\s+(?:like\s+)?",
    re.IGNORECASE,
))


# Asked of the asker's memory in the negative: "wasn't there something about X", "isn't
# there a line where …", as "was there a bit about X" asks it.
_NOT_THERE = guarded(re.compile(r"^(?P<open>\W*)(?:wasn['’]?t|isn['’]?t)\s+there\s+(?:(?P<something>something)\b|(?=(?:a|an|this|that|one)\s))", re.IGNORECASE))


def recalled(question: str) -> str:
    """The question without the asker's groping around what they remember; as it is when
    it holds none."""
    text = _MEMORY_BEFORE.sub("", question, count=1)
    text = _NOT_THERE.sub(lambda m: f"{m.group('open')}was there{' a bit' if m.group('something') else ' '}", text, count=1)
    text = _TYPO_REMEMBERED.sub(lambda m: f"the line with the {m.group('typo')} ", text, count=1)
    text = _SOME_THING.sub(lambda m: m.group("remembered"), text)
    text = _A_SOMETHING.sub(lambda m: m.group("remembered"), text)
    text = _TRAILING_OFF.sub(lambda m: m.group("remembered"), text)
    text = _OR_SOMETHING.sub("", text)
    bare = _MEMORY_AFTER.sub("", text)
    # What was remembered stays a question when it was asked as one.
    text = bare + ("?" if bare != text and text.rstrip().endswith("?") and not bare.rstrip().endswith("?") else "")
    if text == question or not re.search(r"\w", text):
        return question
    logger.debug("half-remembered %r read as %r", question, text)
    return text
