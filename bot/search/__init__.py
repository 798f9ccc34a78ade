"""Quotation search: the index, the encoders, lexical evidence, the searcher and its evaluation."""

from .engine import ensure_index, open_searcher
from .results import Answer, Quote
from .searcher import Searcher

__all__ = ["Answer", "Quote", "Searcher", "ensure_index", "open_searcher"]
