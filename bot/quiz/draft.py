"""Draft a quiz of cloze questions from one document, for a teacher to edit.

Each question is one sentence of the document with one key term blanked: a
date or number if the sentence has one, else a capitalised name of two or more
words, else its rarest content word across the corpus. Sentences are picked
evenly through the document. Every draft passes ``textbot quiz check``: the
text with its blank filled is the sentence, cut from the body.
"""

from __future__ import annotations

import re
from collections import Counter

import yaml

from ..texts.corpus import Document
from ..errors import TextbotError
from ..texts.passages import Sentence, segment
from .models import BLANK

DEFAULT_DRAFT_QUESTIONS = 10
MAX_DRAFT_QUESTIONS = 50
MIN_SENTENCE_CHARS = 60
MAX_SENTENCE_CHARS = 220  # the prompt and the gapped sentence must fit a poll's 300
MIN_WORD_CHARS = 5
QUIZ_ID_MAX = 30

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE = re.compile(rf"\b(?:(?:{_MONTHS})(?:\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?,?)?\s+)?(?:19|20)\d{{2}}\b")
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?:\s*[-–]\s*\d+)?(?![\w.,]\d)")
_WORD = r"(?:[A-Z][a-zA-Z'’-]+|[A-Z]{2,})"
_NAME = re.compile(rf"(?<![\w'’-]){_WORD}(?:\s+(?:(?:of|the|for|and|on|in)\s+)?{_WORD})+")
_TOKEN = re.compile(r"[A-Za-z][a-z'’-]*[a-z]")
_LEADING = re.compile(r"^(?:The|A|An|This|That|These|Those|In|On|At|As|By|For|Since|When|With)\s+(?:(?:of|the|for|and|on|in)\s+)?")
STOPWORDS = frozenset(
    """
    about above after again against among because been before being below between both could
    does doing during each every first from further great have having here itself many might
    more most much must never other ought ours ourselves over same shall should since some
    such than that their theirs them themselves then there these they this those through
    under until upon very well were what when where which while whom whose will with within
    without would your yours also only into made make makes making other others still
    well years year world countries country people important cannot
    """.split()
)


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data) -> bool:  # the quiz loader refuses aliases
        return True


def _once(term: str, sentence: str) -> bool:
    return len(re.findall(rf"(?<!\w){re.escape(term)}(?!\w)", sentence)) == 1


def _word_counts(documents: dict[str, Document]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for doc in documents.values():
        counts.update(word.lower() for word in _TOKEN.findall(doc.body))
    return counts


def key_term(sentence: str, counts: Counter[str]) -> str | None:
    """The term to blank in a sentence: a date or number, a name, else the rarest word."""
    for pattern in (_DATE, _NUMBER):
        for match in pattern.finditer(sentence):
            if _once(match.group(), sentence):
                return match.group()
    for match in _NAME.finditer(sentence):
        name = match.group()
        if match.start() == 0:
            name = _LEADING.sub("", name)
        if " " in name and _once(name, sentence):
            return name
    words = [
        w for w in _TOKEN.findall(sentence)
        if len(w) >= MIN_WORD_CHARS and w.lower() not in STOPWORDS and w.islower() and _once(w, sentence)
    ]
    if not words:
        return None
    return min(words, key=lambda w: (counts[w.lower()], -len(w)))


def _candidates(document: Document, counts: Counter[str]) -> list[tuple[Sentence, str]]:
    _, sentences = segment(document)
    found = []
    for sentence in sentences:
        text = sentence.text
        if sentence.is_heading or not MIN_SENTENCE_CHARS <= len(text) <= MAX_SENTENCE_CHARS or "__" in text:
            continue
        term = key_term(text, counts)
        if term:
            found.append((sentence, term))
    return found


def _spread(items: list, count: int) -> list:
    """``count`` items evenly spaced through the list, in order."""
    if len(items) <= count:
        return items
    step = len(items) / count
    return [items[int(i * step)] for i in range(count)]


def draft_quiz_id(document: Document) -> str:
    """A valid quiz id for the draft of a document."""
    base = re.sub(r"[^a-z0-9-]", "-", document.id.lower()).strip("-")[: QUIZ_ID_MAX - len("-draft")]
    return f"{base}-draft"


def _source_name(document: Document) -> str:
    who = document.author or f"the {document.outlet} article"
    return f"{who} ({document.date[:4]})"


def draft_quiz(
    document: Document,
    documents: dict[str, Document] | None = None,
    *,
    questions: int = DEFAULT_DRAFT_QUESTIONS,
) -> str:
    """The YAML text of a draft cloze quiz on ``document`` (word rarity from ``documents``)."""
    if not 1 <= questions <= MAX_DRAFT_QUESTIONS:
        raise TextbotError(f"a draft has 1 to {MAX_DRAFT_QUESTIONS} questions, not {questions}")
    counts = _word_counts(documents or {document.id: document})
    chosen = _spread(_candidates(document, counts), questions)
    if not chosen:
        raise TextbotError(f"no sentence of {document.id} suits a fill-in-the-blank question")
    items = []
    for number, (sentence, term) in enumerate(chosen, start=1):
        gapped = re.sub(rf"(?<!\w){re.escape(term)}(?!\w)", lambda _: BLANK, sentence.text, count=1)
        items.append({
            "id": f"blank-{number:02d}",
            "kind": "cloze",
            "prompt": f"According to {_source_name(document)}, what fills the blank?",
            "text": gapped,
            "answer": [term],
            "explanation": f"The sentence is in paragraph {sentence.paragraph} of “{document.title}”.",
            "source": {"doc": document.id, "quote": sentence.text},
        })
    quiz = {
        "id": draft_quiz_id(document),
        "title": f"Fill in the blanks: {document.title}",
        "description": f"Key terms left out of sentences of {_source_name(document)}. A draft: check every blank.",
        "tags": ["draft", "cloze"],
        "shuffle_options": True,
        "questions": items,
    }
    header = (
        f"# Draft quiz on {document.id}, written by `textbot quiz draft`.\n"
        "# Check each blank, add accepted answers or options, then run `textbot quiz check`.\n"
    )
    return header + yaml.dump(quiz, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100_000)
