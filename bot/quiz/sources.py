"""Find a question's source passages in their documents: exact spans, paragraphs, citations."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..texts.corpus import Document
from ..texts.passages import segment
from ..texts.quote import Quote

# A quote copied into YAML may have its line breaks folded into spaces; the words
# and punctuation must still match exactly, and what is shown is the body's own span.
_WHITESPACE = re.compile(r"\s+")


def locate(body: str, quote: str) -> tuple[int, int] | None:
    """The span of ``quote`` in ``body``: exact, or differing only in whitespace."""
    quote = quote.strip()
    if not quote:
        return None
    start = body.find(quote)
    if start >= 0:
        return start, start + len(quote)
    pattern = r"\s+".join(re.escape(word) for word in _WHITESPACE.split(quote))
    match = re.search(pattern, body)
    return (match.start(), match.end()) if match else None


@lru_cache(maxsize=64)
def _paragraph_starts(document: Document) -> tuple[tuple[int, ...], tuple[int, ...]]:
    paragraphs, _ = segment(document)
    return tuple(p.start for p in paragraphs), tuple(p.number for p in paragraphs)


def paragraph_at(document: Document, offset: int) -> int:
    """The 1-based number of the paragraph that holds a body offset."""
    starts, numbers = _paragraph_starts(document)
    index = bisect_right(starts, offset) - 1
    return numbers[max(index, 0)]


def source_quote(document: Document, quote: str) -> Quote | None:
    """The quotation as an exact span of the document body, or None if absent."""
    span = locate(document.body, quote)
    if span is None:
        return None
    start, end = span
    return Quote(
        doc_id=document.id,
        start=start,
        end=end,
        text=document.body[start:end],
        score=1.0,
        paragraph=paragraph_at(document, start),
    )



@dataclass(frozen=True)
class FoundSource:
    """A question's source passage as shown: the body's own text and its citation."""

    document: Document
    quote: Quote | None  # None only if the corpus changed under a checked quiz
    text: str
    citation: str


def find_sources(sources: Iterable[Any], documents: dict[str, Document]) -> list[FoundSource]:
    """Each ``Source`` (doc, quote) found in its document, in order."""
    found = []
    for source in sources:
        document = documents[source.doc]
        quote = source_quote(document, source.quote)
        citation = document.citation(paragraph=quote.paragraph if quote else None)
        found.append(FoundSource(document, quote, quote.text if quote else source.quote, citation))
    return found
