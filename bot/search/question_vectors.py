"""A question's embeddings: its subject and words encoded together in one forward pass,
the words the index stored already encoded taken from it, and the last few hundred
subjects remembered ("more quotes", inline queries and a class asking the same question
all repeat one)."""

from __future__ import annotations

from collections import OrderedDict

import numpy as np

from .encoders import Encoder
from .index import Index


class QuestionVectors:
    """Embeddings of question texts, from the index's stored word vectors, the
    remembered ones, or the encoder (``cache_size`` subjects and words remembered)."""

    def __init__(self, index: Index, encoder: Encoder, *, cache_size: int):
        self._index = index
        self._encoder = encoder
        self._cache_size = cache_size
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._word_rank = getattr(encoder, "word_rank", None)

    def add_stored_words(self, words: list[str], found: dict[str, np.ndarray]) -> None:
        """Add to ``found`` the vectors of the words the index stores, encoded alone
        when it was built (index.WORD_VECTORS_FILE): most of a question's words the
        corpus never uses, which then lengthen no forward pass."""
        if self._word_rank is None or self._index.word_ids is None:
            return
        for word in words:
            if word not in found:
                vector = self._index.word_vector(self._word_rank(word))
                if vector is not None:
                    found[word] = vector

    def of(self, texts: list[str], found: dict[str, np.ndarray]) -> np.ndarray:
        """The embeddings of ``texts`` (subjects, words), taken from ``found`` or the
        recently remembered ones, the rest encoded together; ``found`` gains them."""
        missing = []
        for text in dict.fromkeys(texts):
            if text in found:
                continue
            vector = self._cache.get(text)
            if vector is None:
                missing.append(text)
            else:
                self._cache.move_to_end(text)
                found[text] = vector
        if missing:
            for text, vector in zip(missing, self._encoder.encode(missing)):
                found[text] = vector
                if self._cache_size > 0:
                    self._cache[text] = vector
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return np.stack([found[text] for text in texts]) if texts else np.zeros((0, 0), dtype=np.float32)

    def clear(self) -> None:
        """Forget the remembered embeddings."""
        self._cache.clear()
