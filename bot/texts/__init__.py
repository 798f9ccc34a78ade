"""The texts: documents loaded from the corpus folder, and their paragraphs and sentences with offsets."""

from .corpus import Document, load_corpus
from .passages import Sentence, segment

__all__ = ["Document", "Sentence", "load_corpus", "segment"]
