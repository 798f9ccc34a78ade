"""The results of a search: small immutable records, free of any I/O."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..texts.quote import Quote

__all__ = ["Answer", "Quote"]


@dataclass(frozen=True)
class Answer:
    """What the search found for a question; ``quotes`` is empty when not answered."""

    question: str
    answered: bool
    quotes: tuple[Quote, ...] = field(default_factory=tuple)
    read_as: str | None = None  # the question's subject as read, when misspelt words or acronyms were read
    note: str | None = None  # what the documents' metadata says, for "who wrote …?": never a quote
    subject: str = ""  # the question without its framing, as read: what a follow-up's "it" may mean
