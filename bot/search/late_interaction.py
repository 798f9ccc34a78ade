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
from collections import OrderedDict
from typing import Protocol, Sequence, TypeVar

import numpy as np

from .lexical import QUESTION_WORDS

# Chosen by measurement on bench/data/covered.jsonl and the dev set (docs/search.md, "Late
# interaction"; bench/bench_search.py --late-sweep re-measures it).
LATE_WEIGHT = 0.5
LATE_CANDIDATES = 30
# No candidate's MaxSim counts as more than this below the best one's: late interaction
# re-orders close candidates (a swing of at most LATE_WEIGHT × LATE_CAP between any two)
# without sinking one the other evidence put well ahead.
LATE_CAP = 0.1
# A window read with the sentence before it (its own words may not name what it speaks
# of) gains this share of what that reading adds to its MaxSim, as its cosine does
# (searcher.CONTEXT_SHARE).
LATE_CONTEXT_SHARE = 0.5
# The weight, uncapped, at which the abstention rule was fitted (abstention.py): the
# ranking it reads its top three from (rescore_both).
ABSTENTION_WEIGHT = 0.15
# The subjects whose token maxima are kept (PieceMaxima): a question is weighed under at
# most a few readings, and the evidence reads the last one's.
PIECE_MAXIMA_KEPT = 4


class Candidate(Protocol):
    """What re-scoring needs of a scored candidate (candidates.Scored)."""

    row: int
    score: float


C = TypeVar("C", bound=Candidate)


@functools.cache
def _noise_words() -> frozenset[str]:
    """Words that frame a question or glue it together: they would match every passage."""
    from bm25s.stopwords import STOPWORDS_EN

    return frozenset(STOPWORDS_EN) | QUESTION_WORDS


def _topic_tokens(vectors: np.ndarray, words: list[str], noise: frozenset[str]) -> np.ndarray:
    """The question's tokens that name its topic: no punctuation, no framing words
    (all of them when nothing else is left)."""
    return topic_pieces(vectors, words, noise)[0]


def topic_pieces(vectors: np.ndarray, words: list[str], noise: frozenset[str]) -> tuple[np.ndarray, np.ndarray]:
    """The question's tokens that name its topic (as _topic_tokens) and each one's share
    of the MaxSim: every word counts once however many pieces the model cuts it into
    ("wuzhen" is three pieces, "proposals" one: counted by piece, a rare name outweighed
    the rest of the question; "fairer" is two, so a sentence holding that word won
    twice over one saying "more just and equitable")."""
    keep = topic_positions(words, noise)
    if not keep:
        return vectors, np.full(len(vectors), 1.0 / max(len(vectors), 1), dtype=np.float32)
    # Consecutive pieces named by the same word are that word's pieces.
    sizes: list[int] = []
    for k, i in enumerate(keep):
        if k and i == keep[k - 1] + 1 and words[i] == words[keep[k - 1]]:
            sizes[-1] += 1
        else:
            sizes.append(1)
    # Each piece 1/n of its word's share: the same float64 divisions as one np.full(n, 1/n)
    # a word, in one call.
    weights = np.repeat(1.0 / np.array(sizes, dtype=np.float64), sizes) / len(sizes)
    return vectors[keep], weights.astype(np.float32)


def topic_positions(words: list[str], noise: frozenset[str]) -> list[int]:
    """Where the question's tokens naming its topic stand among its tokens (topic_pieces
    compares these; none when every one is punctuation or framing)."""
    return [i for i, word in enumerate(words) if word.isalnum() and word not in noise]


class PieceMaxima:
    """Each compared question token's best cosine within each window late interaction
    compared, for the last few subjects: the evidence's weakest word is matched in the
    top windows by the same cosines (coverage.Coverage._weakest_part), which it would
    otherwise compute again. Kept as compared; sorted out only when first looked at
    (a weighing the evidence does not read costs nothing more)."""

    def __init__(self, kept: int = PIECE_MAXIMA_KEPT):
        self._kept = kept
        self._by_text: OrderedDict[str, list] = OrderedDict()

    def remember(self, text: str, vectors: np.ndarray, positions: list[int], rows: list[int], maxima: np.ndarray, held: np.ndarray) -> None:
        """``maxima`` (one row a token at ``positions`` of the text's token ``vectors``, one
        column a window of ``rows``, which ``held`` says holds tokens) of the question ``text``."""
        self._by_text[text] = [vectors, positions, rows, maxima, held, None]
        self._by_text.move_to_end(text)
        while len(self._by_text) > self._kept:
            self._by_text.popitem(last=False)

    def best(self, text: str, vectors: np.ndarray, row: int, positions: list[int]) -> list[float] | None:
        """The best cosine within window ``row`` of each of the text's tokens at
        ``positions`` (of its token ``vectors``), or None unless all of them were compared
        there, as these vectors: then each is the float comparing them again gives."""
        found = self._by_text.get(text)
        if found is None:
            return None
        compared, at, rows, maxima, held, columns = found
        if columns is None:  # each row's column (of a window holding tokens), each token's row
            columns = found[5] = {r: j for j, (r, h) in enumerate(zip(rows, held.tolist())) if h}
            at = found[1] = {p: k for k, p in enumerate(at)}
        column = columns.get(row)
        if column is None or any(p not in at for p in positions):
            return None
        if compared is not vectors and not (compared.dtype == vectors.dtype and np.array_equal(compared, vectors)):
            return None
        return maxima[[at[p] for p in positions], column].tolist()


def maxsim(question: np.ndarray, passages: list[np.ndarray]) -> np.ndarray:
    """For each passage, the mean over the question's tokens of their best cosine with its tokens."""
    starts = np.cumsum([0] + [len(p) for p in passages])
    if not len(question) or not starts[-1]:
        return np.zeros(len(passages), dtype=np.float32)
    return _maxsim_rows(question, np.vstack(passages), list(zip(starts[:-1], starts[1:])))


def _maxsim_rows(
    question: np.ndarray, tokens: np.ndarray, spans: list[tuple[int, int]], *, weights: np.ndarray | None = None
) -> np.ndarray:
    """MaxSim of the question against each [start, end) span of rows of ``tokens``;
    ``weights``: each question token's share of the mean (equal shares without), or
    rows of such shares, for as many rows of scores from one comparison."""
    return _span_scores(_padded([_similarities(question, tokens)], len(question)), spans, weights=weights)


def _similarities(question: np.ndarray, tokens: np.ndarray, *, out: np.ndarray | None = None) -> np.ndarray:
    """Each question token's cosine with each of ``tokens`` (question rows, token columns;
    into ``out`` when given)."""
    # einsum, not BLAS: on a matrix this small, waking OpenBLAS's second thread on a
    # busy machine costs more than the product (measured 2-3x slower). Tokens outermost
    # ("td,qd"): each stored token is read once for every question token, not once per
    # question token; the same sums (docs/search.md, "Speed and memory").
    return np.einsum("td,qd->qt", tokens.astype(np.float32, copy=False), question, out=out)


def _padded(similarities: list[np.ndarray], questions: int) -> np.ndarray:
    """Blocks of similarities side by side, and a column of -inf after them: with it an
    end at the last token is a valid position for reduceat."""
    return np.concatenate([*similarities, np.full((questions, 1), -np.inf, dtype=np.float32)], axis=1)


def _span_scores(padded: np.ndarray, spans: list[tuple[int, int]] | np.ndarray, *, weights: np.ndarray | None = None) -> np.ndarray:
    """MaxSim of each [start, end) span of the columns of ``padded`` (``_padded``), as _maxsim_rows."""
    return _span_scores_and_maxima(padded, spans, weights=weights)[0]


def _span_scores_and_maxima(
    padded: np.ndarray, spans: list[tuple[int, int]] | np.ndarray, *, weights: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray | None]:
    """As _span_scores, with each question token's maximum in each span (question rows,
    span columns; None without spans; an empty span's are -inf)."""
    bounds = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    if not len(bounds):
        return np.zeros(0, dtype=np.float32), None
    # Every span's maximum in one call: reduceat over the interleaved starts and ends
    # reduces [start, end) at the even positions. An empty span scores 0.
    maxima = np.maximum.reduceat(padded, bounds.ravel(), axis=1)[:, ::2]
    # Each span's mean over the question's tokens, summed as a row of its own (the
    # same additions, in the same order, as averaging one span at a time).
    if weights is not None:
        scores = (np.atleast_2d(weights) @ maxima).reshape(np.shape(weights)[:-1] + (len(bounds),))
        return np.where(bounds[:, 1] > bounds[:, 0], scores, np.float32(0.0)).astype(np.float32), maxima
    scores = np.ascontiguousarray(maxima.T).mean(axis=1)
    return np.where(bounds[:, 1] > bounds[:, 0], scores, np.float32(0.0)).astype(np.float32), maxima


def candidate_maxsim(question: np.ndarray, index, rows: list[int], *, weights: np.ndarray | None = None) -> np.ndarray:
    """MaxSim of each candidate row, each stored token compared once: overlapping
    windows share their sentences' tokens."""
    return span_maxsim(question, index.token_vectors, index.token_bounds[rows], weights=weights)


def span_maxsim(question: np.ndarray, store: np.ndarray, bounds: np.ndarray, *, weights: np.ndarray | None = None) -> np.ndarray:
    """MaxSim of the question against each [start, end) span of rows of ``store``, each
    row compared once however many spans hold it (``weights``: as _maxsim_rows)."""
    return span_maxsim_and_maxima(question, store, bounds, weights=weights)[0]


def span_maxsim_and_maxima(
    question: np.ndarray, store: np.ndarray, bounds: np.ndarray, *, weights: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray | None]:
    """As span_maxsim, with each question token's best cosine in each span (question
    rows, span columns; None when nothing was compared)."""
    if not len(question) or not len(bounds):
        return np.zeros(len(bounds), dtype=np.float32), None
    # The union of the spans, each span then found inside it: sorted by start, a span
    # opens a stretch of its own when it starts after every earlier one has ended.
    order = np.argsort(bounds[:, 0], kind="stable")
    starts, ends = bounds[order, 0], bounds[order, 1]
    reach = np.maximum.accumulate(ends)
    opens = np.empty(len(starts), dtype=bool)
    opens[0] = True
    np.greater(starts[1:], reach[:-1], out=opens[1:])
    firsts = starts[opens]
    lasts = reach[np.append(np.flatnonzero(opens)[1:] - 1, len(starts) - 1)]
    offsets = np.concatenate([[0], np.cumsum(lasts - firsts)])
    store = np.asarray(store)  # a plain array: np.memmap's slicing is slow
    # Each stretch of the store compared where it lies, not copied out first (a copy
    # of ~900 tokens cost as much as a third of comparing them), and written where it
    # goes among the similarities: each similarity is the same sum over the same row,
    # so the same float.
    similarities = np.empty((len(question), int(offsets[-1]) + 1), dtype=np.float32)
    similarities[:, -1] = -np.inf  # as _padded: an end at the last token is valid for reduceat
    for start, end, offset in zip(firsts.tolist(), lasts.tolist(), offsets.tolist()):
        _similarities(question, store[start:end], out=similarities[:, offset : offset + end - start])
    blocks = np.searchsorted(firsts, bounds[:, 0], side="right") - 1
    spans = bounds + (offsets[blocks] - firsts[blocks])[:, None]
    return _span_scores_and_maxima(similarities, spans, weights=weights)


def rescore(
    index,
    encoder,
    text: str,
    ranked: Sequence[C],
    *,
    weight: float | None = None,
    depth: int | None = None,
    noise: frozenset[str] | None = None,
    previous: np.ndarray | None = None,
) -> list[C]:
    """``ranked`` (best first) with its top ``depth`` re-scored and re-ordered by MaxSim.

    Each re-scored candidate gains ``weight`` × (its MaxSim − the lowest MaxSim among
    them, or LATE_CAP below the best, whichever is higher), so none falls below a
    candidate that was not re-scored. Unchanged when the index stores no token vectors
    or the encoder gives none. ``noise``: the words that say nothing of a topic (the
    searcher passes its lexical index's stop words, the same list, so a question's
    process needs no bm25s import). ``previous``: per row, the row of its window grown
    back by the sentence before it (-1: none); a window gains LATE_CONTEXT_SHARE of
    what that sentence adds to its MaxSim.
    """
    return rescore_both(index, encoder, text, ranked, weight=weight, depth=depth, noise=noise, previous=previous)[0]


def rescore_both(
    index,
    encoder,
    text: str,
    ranked: Sequence[C],
    *,
    weight: float | None = None,
    depth: int | None = None,
    noise: frozenset[str] | None = None,
    previous: np.ndarray | None = None,
    maxima: PieceMaxima | None = None,
) -> tuple[list[C], list[C]]:
    """``ranked`` re-scored as ``rescore`` does, and as the abstention rule was fitted
    on (ABSTENTION_WEIGHT, no cap, each window by its own words): the rule reads the
    top three, and a heavier weight for the order of the quotes should not change which
    three it reads. Both from one comparison of the tokens, whose per-token maxima are
    kept in ``maxima`` when given."""
    weight = LATE_WEIGHT if weight is None else weight
    depth = LATE_CANDIDATES if depth is None else depth
    ranked = list(ranked)
    token_vectors = getattr(encoder, "token_vectors", None)
    if weight == 0 or not ranked or token_vectors is None or index.token_vectors is None:
        return ranked, ranked
    top = ranked[:depth]
    vectors, words = token_vectors(text)
    noise = _noise_words() if noise is None else noise
    question, weights = topic_pieces(vectors, words, noise)
    # Ranked by each word once (topic_pieces); the abstention rule was fitted on the
    # plain mean over pieces, and gets that (one comparison gives both).
    shares = np.stack([np.full(len(question), 1.0 / max(len(question), 1), dtype=np.float32), weights])
    rows = [c.row for c in top]
    before = [] if previous is None else [int(previous[r]) for r in rows]
    with_before = [r for r in before if r >= 0]
    compared = rows + with_before
    bounds = index.token_bounds[compared]
    scored, found = span_maxsim_and_maxima(question, index.token_vectors, bounds, weights=shares)
    if maxima is not None and found is not None:
        positions = topic_positions(words, noise) or list(range(len(words)))  # as topic_pieces compared them
        maxima.remember(text, vectors, positions, compared, found, bounds[:, 1] > bounds[:, 0])
    plain, own = scored[:, : len(rows)].tolist()
    by_word = own
    if with_before:
        grown = iter(scored[1, len(rows) :].tolist())
        by_word = [s + LATE_CONTEXT_SHARE * max(0.0, next(grown) - s) if r >= 0 else s for s, r in zip(own, before)]
    # A candidate that keeps its MaxSim (candidates.Scored) hands it on to the abstention rule.
    keeps_maxsim = hasattr(top[0], "maxsim")

    def reordered(gains: list[float], weight: float, cap: float) -> list[C]:
        floor = max(min(gains), max(gains) - cap)
        scores = [c.score + weight * (max(s, floor) - floor) for c, s in zip(top, gains)]
        moved = _rescored(top, scores, plain if keeps_maxsim else None)
        moved.sort(key=lambda c: (-c.score, c.row))
        return moved + ranked[depth:]

    return reordered(by_word, weight, LATE_CAP), reordered(own, ABSTENTION_WEIGHT, np.inf)


def _rescored(candidates: list[C], scores: list[float], maxsims: list[float] | None) -> list[C]:
    """Each candidate with its new score (and MaxSim, unless ``maxsims`` is None), as
    ``_replace`` makes them, the kind of candidate looked at once for all of them:
    a question re-scores 30 twice, and the per-call checks and keyword dicts were half
    of it (~30 µs a ranking)."""
    cls = type(candidates[0]) if candidates else None
    if cls is None or not hasattr(candidates[0], "__dict__") or hasattr(cls, "__post_init__") or any(type(c) is not cls for c in candidates):
        if maxsims is None:
            return [_replace(c, score=s) for c, s in zip(candidates, scores)]
        return [_replace(c, score=s, maxsim=m) for c, s, m in zip(candidates, scores, maxsims)]
    made = []
    new = object.__new__
    for k, candidate in enumerate(candidates):
        copy = new(cls)
        fields = copy.__dict__
        fields.update(candidate.__dict__)
        fields["score"] = scores[k]
        if maxsims is not None:
            fields["maxsim"] = maxsims[k]
        made.append(copy)
    return made


def _replace(candidate: C, **changes) -> C:
    """``dataclasses.replace`` for a plain dataclass (fields in its ``__dict__``, no
    ``__post_init__``) without its per-call look at every field: 1 µs instead of 6 µs a
    candidate, which for 30 candidates was a fifth of re-scoring."""
    cls = type(candidate)
    if not hasattr(candidate, "__dict__") or hasattr(cls, "__post_init__"):
        return dataclasses.replace(candidate, **changes)
    copy = object.__new__(cls)
    copy.__dict__.update(candidate.__dict__, **changes)
    return copy

