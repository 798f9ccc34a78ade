"""Fixtures for the quiz and conversation tests: a quiz with every kind, a small
fake searcher (no model), and conversations built on them.

Test modules import the fixtures they use from here.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from bot.chat.conversation import Conversation, MemoryStore
from bot.errors import QuestionError
from bot.texts.passages import segment
from bot.quiz import load_quizzes
from bot.search.results import Answer, Quote

DATA = Path(__file__).resolve().parent / "data"
TEST_QUIZZES = DATA / "quizzes"
BROKEN_QUIZZES = DATA / "broken_quizzes"
_WORD = re.compile(r"[a-z]{6,}")


class FakeSearcher:
    """Sentences sharing a long word with the question, in corpus order; no model."""

    def __init__(self, documents):
        self.documents = documents
        self.questions: list[str] = []

    def search(self, question: str, *, top_k: int = 3, offset: int = 0) -> Answer:
        """Quote sentences that contain a word (6+ letters) of the question."""
        if not question.strip():
            raise QuestionError("The question is empty.")
        self.questions.append(question)
        words = set(_WORD.findall(question.lower()))
        hits = []
        for doc in self.documents.values():
            _, sentences = segment(doc)
            for s in sentences:
                if words & set(_WORD.findall(s.text.lower())):
                    hits.append(Quote(doc.id, s.start, s.end, s.text, 1.0, s.paragraph))
        quotes = tuple(hits[offset:offset + top_k])
        return Answer(question, bool(quotes), quotes)

    def cite(self, quote: Quote) -> str:
        """The document's citation with the paragraph."""
        return self.documents[quote.doc_id].citation(paragraph=quote.paragraph)


@pytest.fixture(scope="session")
def quiz_library(documents):
    """The quizzes in tests/data/quizzes (every kind of question)."""
    library = load_quizzes(TEST_QUIZZES, documents)
    assert not library.problems
    return library


@pytest.fixture
def all_kinds(quiz_library):
    """The quiz with one question of every kind."""
    return quiz_library.get("all-kinds")


@pytest.fixture
def fake_searcher(documents):
    """A searcher with no model: sentences sharing a long word with the question."""
    return FakeSearcher(documents)


@pytest.fixture
def store():
    """An empty in-memory session store."""
    return MemoryStore()


@pytest.fixture
def conversation(fake_searcher, quiz_library, store):
    """A conversation over the test quizzes, shuffling with a fixed seed."""
    return Conversation(fake_searcher, quiz_library, store, rng=random.Random(7))
