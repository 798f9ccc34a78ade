"""The corpus's words in context: each word stem with the mean of its token vectors over
its uses in the passages, for finding a question word's synonyms among the corpus's words.

A word's vector alone ("kids", "suspicion") lands near words it merely shares a topic
with; its token vector in the question lands near the corpus words used the same way
("minors", "distrust"). The token vectors are the ones late interaction stores with the
index, so nothing is encoded again; the means are stored beside the index
(``context_words.npz``), keyed by what they were computed from.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import numpy as np

from .lexical import Expansions
from .stored_arrays import Arrays, stored

CONTEXT_FILE = "context_words.npz"
CONTEXT_FORMAT = 1  # bump when what is stored, or how it is computed, changes
_MIN_NORM = 1e-12
# A stem's neighbours are remembered with this many spare, for questions whose own
# words are among them.
_SPARE = 8


class Crowding:
    """Whether fewer than ``count`` of a fixed matrix's unit rows, other than one row, are
    closer to it than a similarity (synonyms.MUTUAL_NEIGHBOURS). Fewer than ``count``
    others above it means at most ``count`` rows, the row itself among them: the answer
    turns on the row's (count + 1)-th highest similarity alone, which is found the first
    time the row is asked about and remembered. A vocabulary has a bounded number of rows
    (a float each), and counting all of a row's similarities every time took ~0.15 ms a
    synonym, some ten a slow question (docs/search.md, "Speed and memory"); the same einsum, so
    the same answer."""

    def __init__(self, vectors: np.ndarray, count: int):
        self._vectors = vectors
        self._count = count
        self._bar: dict[int, float] = {}

    def fewer_closer(self, row: int, similarity: float) -> bool:
        bar = self._bar.get(row)
        if bar is None:
            similarities = np.einsum("vd,d->v", self._vectors, self._vectors[row])
            rank = self._count + 1
            # float32 values kept exactly as Python floats: compared as they were.
            bar = self._bar[row] = float(np.partition(similarities, -rank)[-rank]) if len(similarities) >= rank else -np.inf
        return bar <= similarity


class ContextWords:
    """Corpus stems and their mean token vectors in context (rows normalised)."""

    def __init__(self, stems: list[str], vectors: np.ndarray):
        self.stems = stems
        self.vectors = vectors
        self._near: dict[tuple[str, float, int], list[tuple[str, float]]] = {}
        self._row = {stem: i for i, stem in enumerate(stems)}
        self._crowding: tuple[int, Crowding] | None = None  # (count, its Crowding), made on first need

    @classmethod
    def build(
        cls,
        texts: list[str],
        bounds: np.ndarray,
        token_vectors: np.ndarray,
        piece_words: Callable[[list[str]], list[list[str]]],
        stem: Callable[[str], str],
        is_noise: Callable[[str], bool],
    ) -> "ContextWords":
        """From single sentences' ``texts``, their [start, end) rows of ``token_vectors``,
        and the encoder's naming of each piece's word."""
        stems: dict[str, int] = {}
        rows: list[int] = []
        ids: list[int] = []
        for (start, end), pieces in zip(bounds.tolist(), piece_words(texts)):
            if len(pieces) != end - start:  # a sentence cut short by the model's length limit
                continue
            for offset, word in enumerate(pieces):
                if word.isalpha() and not is_noise(word):
                    rows.append(start + offset)
                    ids.append(stems.setdefault(stem(word), len(stems)))
        dimension = token_vectors.shape[1]
        if not rows:
            return cls([], np.zeros((0, dimension), dtype=np.float32))
        order = np.argsort(np.asarray(ids), kind="stable")
        grouped = np.asarray(token_vectors[np.asarray(rows)[order]], dtype=np.float32)
        sorted_ids = np.asarray(ids)[order]
        starts = np.flatnonzero(np.r_[True, sorted_ids[1:] != sorted_ids[:-1]])
        sums = np.add.reduceat(grouped, starts, axis=0)
        sums /= np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), _MIN_NORM)
        # Stored as float16 (half the file), so rounded through it here too: the process
        # that builds them picks the same synonyms as every process that reads them.
        return cls(list(stems), sums.astype(np.float16).astype(np.float32))

    @classmethod
    def stored(cls, folder: Path | None, key: str, build: Callable[[], "ContextWords"]) -> "ContextWords":
        """Read from ``folder`` when stored there for ``key``, else built and stored there."""
        path = folder / CONTEXT_FILE if folder is not None else None
        return stored(path, key, build, load=cls._from_arrays, arrays=cls._arrays)

    @classmethod
    def _from_arrays(cls, arrays: Arrays) -> "ContextWords":
        stems, vectors = arrays["stems"].tolist(), arrays["vectors"].astype(np.float32)
        if vectors.ndim != 2 or len(stems) != len(vectors):
            raise ValueError("it is inconsistent")
        return cls(stems, vectors)

    def _arrays(self) -> Arrays:
        return {"stems": np.array(self.stems, dtype=str), "vectors": self.vectors.astype(np.float16)}

    def neighbours(self, vectors: dict[str, np.ndarray], *, floor: float, count: int, own: set[str]) -> Expansions:
        """For each term's vector in context, up to ``count`` corpus stems at least
        ``floor`` close, not among ``own`` (the question's own stems)."""
        if not vectors or not self.stems:
            return {}
        terms = list(vectors)
        means = np.stack([vectors[t] / max(float(np.linalg.norm(vectors[t])), _MIN_NORM) for t in terms])
        # einsum, not BLAS: see late_interaction._maxsim_rows.
        rows = np.einsum("kd,vd->kv", means.astype(np.float32), self.vectors)
        found: Expansions = {}
        for term, similarities in zip(terms, rows):
            near = self._closest(similarities, floor, count, own)
            if near:
                found[term] = dict(near)
        return found

    def fewer_closer(self, stem: str, similarity: float, count: int) -> bool:
        """Whether fewer than ``count`` other corpus stems are closer in context to ``stem``
        than ``similarity`` (True for a stem it does not hold)."""
        if stem not in self._row:
            return True
        if self._crowding is None or self._crowding[0] != count:
            self._crowding = (count, Crowding(self.vectors, count))
        return self._crowding[1].fewer_closer(self._row[stem], similarity)

    def near(self, stem: str, *, floor: float, count: int, own: set[str]) -> list[tuple[str, float]]:
        """The corpus stems at least ``floor`` close in context to a corpus stem, closest first."""
        if stem not in self._row:
            return []
        key = (stem, floor, count)  # callers ask with their own floors
        if key not in self._near:  # remembered: a corpus has a bounded number of stems
            similarities = np.einsum("vd,d->v", self.vectors, self.vectors[self._row[stem]])
            similarities[self._row[stem]] = -1.0
            self._near[key] = self._closest(similarities, floor, count + _SPARE, set())
        return [(s, v) for s, v in self._near[key] if s not in own][:count]

    def _closest(self, similarities: np.ndarray, floor: float, count: int, own: set[str]) -> list[tuple[str, float]]:
        close: list[tuple[str, float]] = []
        for i in np.argsort(-similarities)[: count + len(own)]:
            if similarities[i] >= floor and self.stems[i] not in own and len(close) < count:
                close.append((self.stems[i], float(similarities[i])))
        return close


def content_key(manifest: dict, noise: frozenset[str]) -> str:
    """What stored words in context must have been computed from: the index (its
    manifest) and the words left out, with the stemmer that names the stems."""
    import Stemmer

    content = json.dumps([CONTEXT_FORMAT, manifest, sorted(noise), Stemmer.version()], ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(content.encode("utf-8")).hexdigest()
