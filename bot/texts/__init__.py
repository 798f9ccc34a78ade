"""The texts: documents loaded from the corpus folder, and their paragraphs and sentences with offsets."""

from .corpus import Document, load_corpus
from .passages import Sentence, segment
from .quote import Quote

__all__ = ["Document", "Quote", "Sentence", "load_corpus", "segment"]
