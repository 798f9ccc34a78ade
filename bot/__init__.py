"""textbot: study a set of texts — exact quotations and quizzes, in a chat."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lazy import lazy_names

if TYPE_CHECKING:
    from .errors import TextbotError
    from .search.engine import ensure_index, open_searcher
    from .search.results import Answer, Quote
    from .search.searcher import Searcher
    from .settings import Settings
    from .texts.corpus import Document, load_corpus

# Each name is imported when first used, not with the package: `python -m bot ask`
# starts with this file and must not pay for the search stack's imports (or the
# quiz's) unless the command needs them.
_PUBLIC = {
    "Answer": ".search.results",
    "Document": ".texts.corpus",
    "Quote": ".search.results",
    "Searcher": ".search.searcher",
    "Settings": ".settings",
    "TextbotError": ".errors",
    "ensure_index": ".search.engine",
    "load_corpus": ".texts.corpus",
    "open_searcher": ".search.engine",
}

__all__ = sorted(_PUBLIC)
__getattr__, __dir__ = lazy_names(__name__, _PUBLIC, globals())
