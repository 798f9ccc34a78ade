"""Fairness warnings on a quiz's content: what a careful teacher would catch reading it against the texts.

- attribution: a quotation most of whose words (a run of more than half) also stand
  in a row in another document, so a careful reader can defend that document;
- a key (single, multiple) or accepted answer (short, cloze) that is a phrase of the
  text but in none of the question's source passages: the evidence doesn't back it;
- a short answer none of whose accepted forms is worded as the source passages word it.

Words are compared as ``scoring.normalise`` sees them: case, punctuation and
apostrophes don't count, so "North-South" and "north south" are the same phrase.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from ..texts.corpus import Document
from .models import AnyQuestion, AttributionQuestion, ClozeQuestion, MultipleQuestion, ShortQuestion, SingleQuestion
from .scoring import normalise

_GLUE = frozenset({"a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "with", "by", "is", "are"})
Finding = tuple[tuple[str | int, ...], str]


@lru_cache(maxsize=1024)
def _words(text: str) -> tuple[str, ...]:
    return tuple(normalise(text).split())


def _has_phrase(text: str, phrase: str) -> bool:
    """Whether ``phrase`` occurs in ``text`` as whole words, normalised."""
    words = _words(phrase)
    return bool(words) and f" {' '.join(words)} " in f" {' '.join(_words(text))} "


def longest_shared_run(quote: str, body: str) -> int:
    """The length in words of the longest run of ``quote``'s words that stands in ``body``."""
    a, b = _words(quote), _words(body)
    if not a or not b:
        return 0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size


def fairness_warnings(question: AnyQuestion, documents: dict[str, Document]) -> list[Finding]:
    """Every fairness warning on one question: (key path, message)."""
    if isinstance(question, AttributionQuestion):
        return _attribution_warnings(question, documents)
    passages = [source.quote for source in question.sources]
    bodies = [documents[doc].body for doc in dict.fromkeys(source.doc for source in question.sources) if doc in documents]
    if isinstance(question, (SingleQuestion, MultipleQuestion)):
        keys = [question.answer] if isinstance(question, SingleQuestion) else question.answer
        found = []
        for index, key in enumerate(keys):
            if _unbacked(key, passages, bodies):
                where = ("answer",) if isinstance(question, SingleQuestion) else ("answer", index)
                found.append((where, f"the key {key!r} is a phrase of the text but in none of the source passages; quote the passage that says it"))
        return found
    if isinstance(question, (ShortQuestion, ClozeQuestion)):
        answers = question.answer
        if any(_has_phrase(p, a) for a in answers for p in passages):
            return []
        in_text = [a for a in answers if any(_has_phrase(body, a) for body in bodies)]
        if in_text:
            return [(("answer",), f"the answer {in_text[0]!r} is a phrase of the text but in none of the source passages; quote the passage that says it")]
        if isinstance(question, ShortQuestion):
            closest = _closest_phrase(answers[0], passages)
            hint = f" (closest there: {closest!r})" if closest else ""
            return [(("answer",), f"no accepted answer is worded as the source passages word it; add the source's own form{hint}")]
    return []


def _unbacked(key: str, passages: list[str], bodies: list[str]) -> bool:
    return not any(_has_phrase(p, key) for p in passages) and any(_has_phrase(body, key) for body in bodies)


def _closest_phrase(answer: str, passages: list[str]) -> str | None:
    """The run of words in the passages most like ``answer``, as the passage writes it."""
    size = max(len(_words(answer)), 1)
    target = " ".join(_words(answer))
    candidates = []
    for passage in passages:
        words = _words(passage)
        for n in (size, size + 1):  # the source's form is seldom shorter than a paraphrase
            for i in range(max(len(words) - n + 1, 0)):
                window = words[i:i + n]
                # "the North-South" is no phrase to suggest; "North-South disparity" is.
                if window[0] in _GLUE and window[0] != target.split()[0] or window[-1] in _GLUE:
                    continue
                candidates.append(" ".join(window))
    close = difflib.get_close_matches(target, candidates, n=1, cutoff=0.6)
    if not close:
        return None
    pattern = re.compile(r"[\W_]+".join(re.escape(word) for word in close[0].split()), re.IGNORECASE)
    for passage in passages:
        match = pattern.search(passage)
        if match:
            return match.group(0)
    return close[0]


def _attribution_warnings(question: AttributionQuestion, documents: dict[str, Document]) -> list[Finding]:
    quote = question.source.quote
    total = len(_words(quote))
    found = []
    for doc_id, document in documents.items():
        if doc_id == question.source.doc:
            continue
        run = longest_shared_run(quote, document.body)
        if 2 * run > total:
            found.append((
                question.source_key(0) + ("quote",),
                f"{run} of the quotation's {total} words stand in a row in {doc_id}; a careful reader could defend it. "
                "Quote a sentence found in no other text",
            ))
    return found
