"""How the search reads a question: misspellings and acronyms read as the corpus's own
words, then the framing set apart from the subject (see ``framing``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..texts.corpus import Document
from .acronyms import AcronymTable
from .framing import DOCUMENT_NOUNS, PRONOUNS, VERBS, Framer
from .spelling import Correction, Speller, apply

# Words questions are framed with, which a corpus need not use: a misspelling of
# one of them ("waht", "txts", "abuot") is read as it.
FRAMING_WORDS = frozenset(
    re.findall(r"[a-z]+", f"{DOCUMENT_NOUNS} {PRONOUNS} {VERBS}")
    + """what which who whom whose when where why how does do did is are was were about tell
    according regarding concerning anything something please quote quotes show give say""".split()
)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z’'-]*")


@dataclass(frozen=True)
class Query:
    """A question as the search reads it."""

    question: str  # as asked, cleaned
    read: str  # with misspellings and acronyms read as the corpus's words
    subject: str  # ``read`` without its framing
    documents: frozenset[str]  # the documents it names; empty for all
    changes: tuple[tuple[str, str], ...] = ()  # (as asked, as read)

    @property
    def read_as(self) -> str | None:
        """What to tell the user the question was read as, when it was read differently."""
        return self.subject if self.changes else None


class QuestionReader:
    """Turns a cleaned question into a Query, knowing the corpus's words and names."""

    def __init__(self, documents: dict[str, Document], *, stopwords: frozenset[str], known: Callable[[str], bool]):
        """``known(word)``: whether the corpus uses the word in some form (its stem)."""
        bodies = [doc.body for doc in documents.values()]
        names = [w for doc in documents.values() for field in (doc.title, doc.outlet, doc.author) if field for w in field.split()]
        self._speller = Speller(bodies, extra_words=[*FRAMING_WORDS, *stopwords, *names])
        self._acronyms = AcronymTable(bodies)
        self._framer = Framer(documents)
        self._known = known

    def read(self, question: str) -> Query:
        """Spelling first (a misspelt frame is still a frame), then acronyms, then framing."""
        corrections = self._speller.correct(question, keep=self._keep)
        read = apply(question, corrections)
        changes = [(c.original, c.corrected) for c in corrections]
        read, expanded = self._expand_acronyms(read)
        changes.extend(expanded)
        framed = self._framer.frame(read)
        return Query(question, read, framed.subject, framed.documents, tuple(changes))

    def _keep(self, word: str) -> bool:
        return self._known(word) or self._acronyms.expand(word) is not None

    def _expand_acronyms(self, text: str) -> tuple[str, list[tuple[str, str]]]:
        """"ICANN" → its name; an acronym the corpus also uses keeps itself beside it ("UN (United Nations)")."""
        changes = []

        def replace(match: re.Match) -> str:
            token = match.group()
            name = self._acronyms.expand(token)
            if name is None:
                return token
            changes.append((token, name))
            return f"{token} ({name})" if self._speller.knows(token) else name

        return _TOKEN.sub(replace, text), changes
