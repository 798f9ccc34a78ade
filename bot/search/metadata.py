"""What the documents' front matter and section headings answer on their own: who wrote a
piece, what it is about, when and where it was published, who drew its cartoon, the
heading of the section in the place asked for.

The body may not say these things, and a quote must be the body's words: the searcher
shows them as a note beside its quotes (and, for a section asked for by its place, quotes
its heading — leading into the passage it heads when asked what the section covers).
"""

from __future__ import annotations

import re

from ..texts.corpus import Document
from ..texts.passages import Sentence
from ..texts.structure import Layout
from .reading import Query
from .quoting import heading_quote
from .results import Quote


def _label(doc: Document) -> str:
    """A document named in a line of its own: “Title” (Outlet, date)."""
    return f"“{doc.title}” ({doc.outlet}, {doc.date})"


class FrontMatter:
    """Answers from the documents' metadata and the layout of their sections."""

    def __init__(
        self,
        documents: dict[str, Document],
        *,
        layouts: dict[str, Layout],
        sentences: dict[str, tuple[Sentence, ...]],
        section_heads: dict[str, dict[int, Sentence]],
    ):
        self._documents = documents
        self._layouts = layouts
        self._sentences = sentences
        self._section_heads = section_heads

    def about(self, query: Query) -> str | None:
        """For "Who wrote …?", "What is … about?" or "When was … published?", what the
        metadata of the documents it names (or of all, when it names none: "Who wrote the
        texts?") says of their authors or titles, outlets and dates, a line each: the
        body may not say it, and a quote must be the body's words."""
        found = self._credits(query) or self._section_headings(query)
        if found:
            return found
        if not (query.asks.writer or query.asks.topic or query.asks.published):
            return None
        lines = []
        for doc in (d for doc_id, d in self._documents.items() if query.concerns(doc_id)):
            named = _label(doc)
            if query.asks.writer:
                lines.append(f"{named} is by {doc.author}." if doc.author else f"{named} does not name its author.")
            elif query.asks.published:
                lines.append(f"“{doc.title}” was published by {doc.outlet} on {doc.date}.")
            else:
                lines.append(f"{named}, by {doc.author}." if doc.author else f"{named}.")
        return "\n".join(lines)

    def heading_quotes(self, query: Query) -> tuple[Quote, ...]:
        """The headings of the sections a question asks for by place: asked what one is
        called, its heading alone; asked what it covers ("What does section 3 cover?"), its
        heading leading into the passage it heads, whose first sentence says it."""
        return tuple(
            heading_quote(self._documents[head.doc_id].body, self._sentences[head.doc_id], head, lead_in=not query.asks.heading_named)
            for _, head in self._asked_headings(query)
        )

    def _credits(self, query: Query) -> str | None:
        """For "who drew the cartoon?", the front matter's notes of the documents it names
        (or of all) that mention that kind of work, a line each; None when none does."""
        work = query.asks.credited
        if not work:
            return None
        lines = [
            f"About {_label(doc)}: {doc.notes}"
            for doc_id, doc in self._documents.items()
            if query.concerns(doc_id) and doc.notes and re.search(rf"\b{work}", doc.notes, re.IGNORECASE)
        ]
        return "\n".join(lines) or None

    def _section_headings(self, query: Query) -> str | None:
        """For "What is the heading of section 2?", the heading of the section in the place
        asked for, in each document named (or all) that has one, a line each."""
        lines = [f"Section {place} of {_label(self._documents[head.doc_id])} is headed “{head.text}”." for place, head in self._asked_headings(query)]
        return "\n".join(lines) or None

    def _asked_headings(self, query: Query) -> list[tuple[str, Sentence]]:
        """(place, heading) of the sections in the place a question asks the heading of
        ("What is the heading of section 2?"), in each document named (or all)."""
        if not query.asks.heading:
            return []
        found = []
        for doc_id, layout_ in self._layouts.items():
            if not query.concerns(doc_id):
                continue
            for position, ordinal in sorted(layout_.ordinals.items()):
                if ordinal.section and (ordinal.place == query.asks.ordinal or (query.asks.ordinal == "last" and ordinal.last)):
                    found.append((ordinal.place, self._section_heads[doc_id][self._sentences[doc_id][position].paragraph]))
        return found
