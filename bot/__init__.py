"""textbot: study a set of texts — exact quotations and quizzes, in a chat."""

from .texts.corpus import Document, load_corpus
from .search.engine import ensure_index, open_searcher
from .errors import TextbotError
from .search.searcher import Searcher
from .search.results import Answer, Quote
from .settings import Settings

__all__ = [
    "Answer",
    "Document",
    "Quote",
    "Searcher",
    "Settings",
    "TextbotError",
    "ensure_index",
    "load_corpus",
    "open_searcher",
]
