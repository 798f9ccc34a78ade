"""A quote: an exact span of one document's body, the unit every reply and quiz answer cites."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Quote:
    """An exact span of one document's body: ``body[start:end] == text``."""

    doc_id: str
    start: int
    end: int
    text: str
    score: float
    paragraph: int  # 1-based paragraph number in the document body
