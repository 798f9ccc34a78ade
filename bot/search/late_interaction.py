"""Late interaction: re-score the best candidates by MaxSim between question and passage tokens.

A sentence vector averages a passage into one point; MaxSim (ColBERT) lets each word
piece of the question find its best match among the passage's word pieces, so
"mistrust between major powers" meets "distrust between great powers" word by word.
The question's token vectors come from the same ONNX forward pass as its sentence
vector; the passages' are stored with the index (index.py, float16). Only the top
candidates are re-scored, so the cost per question stays flat however large the corpus.
"""

from __future__ import annotations

import dataclasses
import functools
from typing import Protocol, Sequence, TypeVar

import numpy as np

from .lexical import QUESTION_WORDS

# Chosen by measurement on bench/data/covered.jsonl and the dev set (README, "Late
# interaction"; bench/bench_search.py --late-sweep re-measures it).
LATE_WEIGHT = 1.2
LATE_CANDIDATES = 30


class Candidate(Protocol):
    """What re-scoring needs of a scored candidate (searcher.Scored)."""

    row: int
    score: float


C = TypeVar("C", bound=Candidate)


@functools.cache
def _noise_words() -> frozenset[str]:
    """Words that frame a question or glue it together: they would match every passage."""
    from bm25s.stopwords import STOPWORDS_EN

    return frozenset(STOPWORDS_EN) | QUESTION_WORDS


def _topic_tokens(vectors: np.ndarray, words: list[str]) -> np.ndarray:
    """The question's tokens that name its topic: no punctuation, no framing words
    (all of them when nothing else is left)."""
    noise = _noise_words()
    keep = [i for i, word in enumerate(words) if word.isalnum() and word not in noise]
    return vectors[keep] if keep else vectors


def maxsim(question: np.ndarray, passages: list[np.ndarray]) -> np.ndarray:
    """For each passage, the mean over the question's tokens of their best cosine with its tokens."""
    scores = np.zeros(len(passages), dtype=np.float32)
    filled = [i for i, p in enumerate(passages) if len(p)]
    if not len(question) or not filled:
        return scores
    parts = [passages[i] for i in filled]
    similarities = question @ np.vstack(parts).astype(np.float32).T
    starts = np.cumsum([0] + [len(p) for p in parts[:-1]])
    scores[filled] = np.maximum.reduceat(similarities, starts, axis=1).mean(axis=0)
    return scores


def rescore(
    index, encoder, text: str, ranked: Sequence[C], *, weight: float | None = None, depth: int | None = None
) -> list[C]:
    """``ranked`` (best first) with its top ``depth`` re-scored and re-ordered by MaxSim.

    Each re-scored candidate gains ``weight`` × (its MaxSim − the lowest MaxSim among
    them), so none falls below a candidate that was not re-scored. Unchanged when the
    index stores no token vectors or the encoder gives none.
    """
    weight = LATE_WEIGHT if weight is None else weight
    depth = LATE_CANDIDATES if depth is None else depth
    ranked = list(ranked)
    token_vectors = getattr(encoder, "token_vectors", None)
    if weight == 0 or not ranked or token_vectors is None or index.token_vectors is None:
        return ranked
    question = _topic_tokens(*token_vectors(text))
    top = ranked[:depth]
    similarities = maxsim(question, [index.passage_tokens(c.row) for c in top])
    floor = float(similarities.min())
    top = [dataclasses.replace(c, score=c.score + weight * (float(s) - floor)) for c, s in zip(top, similarities)]
    top.sort(key=lambda c: (-c.score, c.row))
    return top + ranked[depth:]
