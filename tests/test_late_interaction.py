"""Late interaction: MaxSim over stored token vectors re-orders only the best candidates."""

import dataclasses
from dataclasses import dataclass

import numpy as np
import pytest

from bot.search.late_interaction import (
    ABSTENTION_WEIGHT,
    LATE_CANDIDATES,
    LATE_CAP,
    _maxsim_rows,
    _rescored,
    candidate_maxsim,
    maxsim,
    rescore,
    rescore_both,
    span_maxsim,
    topic_pieces,
)
from bot.search.searcher import DENSE_CANDIDATES


@dataclass(frozen=True)
class Candidate:
    row: int
    score: float


def _unit(rng, n, d=8):
    v = rng.normal(size=(n, d)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_maxsim_is_the_mean_of_each_question_tokens_best_match():
    rng = np.random.default_rng(0)
    question = _unit(rng, 4)
    passages = [_unit(rng, n).astype(np.float16) for n in (1, 5, 3)] + [np.zeros((0, 8), np.float16)]
    expected = [float((question @ p.astype(np.float32).T).max(axis=1).mean()) for p in passages[:3]] + [0.0]
    np.testing.assert_allclose(maxsim(question, passages), expected, rtol=1e-6)
    assert maxsim(question[:0], passages).tolist() == [0.0] * 4


def test_each_word_of_the_question_counts_once_however_many_pieces_it_is_cut_into():
    rng = np.random.default_rng(2)
    vectors = _unit(rng, 6)
    # "how were xi proposals received at wuzhen": "wuzhen" is three pieces; "how" is noise.
    words = ["how", "xi", "proposals", "wuzhen", "wuzhen", "wuzhen"]
    kept, shares = topic_pieces(vectors, words, frozenset({"how"}))
    np.testing.assert_array_equal(kept, vectors[1:])
    np.testing.assert_allclose(shares, [1 / 3, 1 / 3, 1 / 9, 1 / 9, 1 / 9], rtol=1e-6)
    store = _unit(rng, 7)
    spans = np.array([[0, 3], [2, 7]])
    best = (kept @ store.T)
    expected = [float(shares @ best[:, a:b].max(axis=1)) for a, b in spans]
    np.testing.assert_allclose(span_maxsim(kept, store, spans, weights=shares), expected, rtol=1e-5)
    # Rows of shares give as many rows of scores from one comparison.
    both = span_maxsim(kept, store, spans, weights=np.stack([np.full(5, 0.2), shares]))
    np.testing.assert_allclose(both[0], span_maxsim(kept, store, spans), rtol=1e-5)
    np.testing.assert_allclose(both[1], expected, rtol=1e-5)


def test_spans_of_a_store_score_as_their_own_slices_however_they_overlap():
    rng = np.random.default_rng(1)
    question, store = _unit(rng, 3), _unit(rng, 12)
    spans = np.array([[4, 9], [0, 2], [5, 12], [3, 3], [4, 9], [11, 12]])  # overlapping, repeated, empty, out of order
    expected = maxsim(question, [store[a:b] for a, b in spans])
    np.testing.assert_allclose(span_maxsim(question, store, spans), expected, rtol=1e-6)
    assert span_maxsim(question, store, spans[:0]).tolist() == []



def test_stretches_of_a_store_compared_in_place_give_the_same_floats_as_copied_out():
    """span_maxsim compares each stretch of the store where it lies: every score is the
    very float that comparing the stretches copied into one array gives."""
    rng = np.random.default_rng(3)
    question, store = _unit(rng, 5, d=384), _unit(rng, 200, d=384)
    spans = np.array([[150, 190], [0, 30], [20, 45], [100, 100], [60, 61], [170, 200]])
    stretches = [(0, 45), (60, 61), (100, 100), (150, 200)]
    copied = np.concatenate([store[a:b] for a, b in stretches])
    offsets = {0: 0, 60: 45, 100: 46, 150: 46}
    inside = [next(a - s + offsets[s] for s, e in stretches if s <= a and b <= e) for a, b in spans]
    moved = np.array([[i, i + b - a] for i, (a, b) in zip(inside, spans)])
    shares = np.stack([np.full(5, 0.2, dtype=np.float32), rng.random(5).astype(np.float32)])
    for weights in (None, shares):
        np.testing.assert_array_equal(span_maxsim(question, store, spans, weights=weights),
                                      span_maxsim(question, copied, moved, weights=weights))
        np.testing.assert_array_equal(span_maxsim(question, store, spans, weights=weights),
                                      _maxsim_rows(question, copied, moved.tolist(), weights=weights))

def test_spans_touching_nested_or_apart_give_the_floats_of_the_whole_store_compared():
    """However the spans lie (touching end to start, one inside another, repeated, empty,
    far apart), span_maxsim's scores are the very floats that comparing the whole store
    at once gives."""
    rng = np.random.default_rng(7)
    question, store = _unit(rng, 4, d=384), _unit(rng, 300, d=384)
    shares = np.stack([np.full(4, 0.25, dtype=np.float32), rng.random(4).astype(np.float32)])
    fixed = np.array([[10, 20], [20, 30], [0, 5], [12, 18], [40, 40], [299, 300], [5, 10]])
    for spans in [fixed, *(np.sort(rng.integers(0, 301, size=(n, 2)), axis=1) for n in (1, 3, 17, 40))]:
        for weights in (None, shares):
            np.testing.assert_array_equal(span_maxsim(question, store, spans, weights=weights),
                                          _maxsim_rows(question, store, spans.tolist(), weights=weights))


class _Index:
    def __init__(self, tokens):
        self.token_vectors = np.vstack(tokens)
        ends = np.cumsum([len(t) for t in tokens])
        self.token_bounds = np.stack([ends - [len(t) for t in tokens], ends], axis=1)

    def passage_tokens(self, row):
        start, end = self.token_bounds[row]
        return self.token_vectors[start:end]


class _Encoder:
    def __init__(self, vectors, words):
        self.result = (vectors, words)

    def token_vectors(self, text):
        return self.result


def test_only_the_top_candidates_are_reordered_and_none_falls_below_the_rest():
    # Passage 2 holds the question's topic word exactly; passages 0 and 1 do not.
    topic, other = np.eye(8, dtype=np.float32)[:1], np.eye(8, dtype=np.float32)[1:2]
    index = _Index([other, other, topic, topic])
    encoder = _Encoder(np.vstack([np.eye(8, dtype=np.float32)[5:6], topic]), ["about", "owls"])
    ranked = [Candidate(0, 1.0), Candidate(1, 0.99), Candidate(2, 0.98), Candidate(3, 0.5)]
    result = rescore(index, encoder, "about owls", ranked, weight=1.0, depth=3)
    assert [c.row for c in result] == [2, 0, 1, 3]  # row 3 matches too, but is past the depth
    assert result[-1] == ranked[-1] and min(c.score for c in result[:3]) >= ranked[-1].score
    # Framing words ("about") are left out of the question: its only topic token decides;
    # the others count as no more than LATE_CAP below it.
    assert result[0].score == pytest.approx(0.98 + 1.0 * LATE_CAP)


def test_late_interaction_swings_a_pair_by_at_most_its_cap():
    # Passage 0 shares nothing with the question, passage 1 all of it: far ahead on the
    # other evidence, passage 0 stays first however heavy the weight.
    topic, other = np.eye(8, dtype=np.float32)[:1], np.eye(8, dtype=np.float32)[1:2]
    index = _Index([other, topic])
    encoder = _Encoder(topic, ["owls"])
    ranked = [Candidate(0, 1.0), Candidate(1, 0.7)]
    result = rescore(index, encoder, "owls", ranked, weight=1.0, depth=2)
    assert [c.row for c in result] == [0, 1] and result[1].score == pytest.approx(0.7 + LATE_CAP)


def test_the_abstention_rule_reads_the_ranking_it_was_fitted_on():
    topic, other = np.eye(8, dtype=np.float32)[:1], np.eye(8, dtype=np.float32)[1:2]
    index = _Index([other, topic])
    encoder = _Encoder(topic, ["owls"])
    ranked = [Candidate(0, 1.0), Candidate(1, 0.82)]
    quoted, weighed = rescore_both(index, encoder, "owls", ranked, weight=2.0, depth=2)
    # The quotes are re-ordered at the weight given; the rule's top three as it was fitted.
    assert [c.row for c in quoted] == [1, 0] and [c.row for c in weighed] == [0, 1]
    assert weighed[1].score == pytest.approx(0.82 + ABSTENTION_WEIGHT)


def test_without_token_vectors_nothing_changes():
    ranked = [Candidate(1, 0.9), Candidate(0, 0.8)]

    class NoTokens:
        token_vectors = None

    assert rescore(NoTokens(), _Encoder(np.eye(2), ["a", "b"]), "q", ranked) == ranked
    assert rescore(_Index([np.eye(8)[:1]] * 2), object(), "q", ranked) == ranked


def test_stored_token_vectors_are_the_sentences_own(searcher):
    index, encoder = searcher.index, searcher.index.encoder
    rows = [r for r, p in enumerate(index.passages) if p.size == 3][:5]
    for row in rows:
        p = index.passages[row]
        body = searcher.documents[p.doc_id].body
        sentences = [
            r for r, q in enumerate(index.passages)
            if q.size == 1 and q.doc_id == p.doc_id and p.first <= q.first <= p.last
        ]
        # A window's tokens are its sentences' tokens, one after the other.
        np.testing.assert_array_equal(
            index.passage_tokens(row), np.vstack([index.passage_tokens(r) for r in sentences])
        )
        first = index.passages[sentences[0]]
        vectors, _ = encoder.token_vectors(body[first.start : first.end])
        np.testing.assert_allclose(index.passage_tokens(sentences[0]).astype(np.float32), vectors, atol=2e-3)


def test_overlapping_windows_score_as_if_each_were_compared_alone(searcher):
    index = searcher.index
    question, _ = index.encoder.token_vectors("great powers distrust")
    rows = list(range(0, 60, 2)) + [3, 200, 5]  # windows sharing sentences, one far away, out of order
    np.testing.assert_allclose(
        candidate_maxsim(question, index, rows), maxsim(question, [index.passage_tokens(r) for r in rows]), atol=1e-6
    )


@pytest.mark.parametrize("question", [
    "What does the text say about the digital divide?",
    "waht do the txts say abuot internet hegemnoy?",
    "What is the second problem?",
])
def test_the_ranking_is_the_same_made_as_needed_or_all_at_once(searcher, question):
    query = searcher.read(question)
    vector = searcher.index.encoder.encode([query.subject])[0]
    scores, rows = searcher.index.search(vector, DENSE_CANDIDATES)
    fused = searcher._fuse(query, vector, scores, rows, {})
    eager = list(fused)
    assert len(eager) > LATE_CANDIDATES and [c.row for c in fused[:5]] == [c.row for c in eager[:5]] and fused[-1] == eager[-1]
    reranked, weighed = searcher._rerank_both(query, fused)
    expected, expected_weighed = rescore_both(
        searcher.index, searcher.index.encoder, query.subject, eager, noise=searcher._lexical.stopwords,
        previous=searcher._with_previous,
    )
    assert list(reranked) == expected and reranked[LATE_CANDIDATES:] == expected[LATE_CANDIDATES:]
    assert list(weighed) == expected_weighed


@dataclass(frozen=True)
class _Scored:
    row: int
    score: float
    maxsim: float | None = None


@dataclass(frozen=True)
class _Checked:
    row: int
    score: float

    def __post_init__(self):
        if self.score < 0:
            raise ValueError("a negative score")


def test_rescored_candidates_are_what_dataclasses_replace_makes_and_the_originals_stay():
    top = [_Scored(3, 0.5), _Scored(1, 0.4, maxsim=0.2)]
    made = _rescored(top, [0.7, 0.6], [0.9, 0.8])
    assert made == [dataclasses.replace(c, score=s, maxsim=m) for c, s, m in zip(top, [0.7, 0.6], [0.9, 0.8])]
    assert all(type(c) is _Scored for c in made) and top == [_Scored(3, 0.5), _Scored(1, 0.4, maxsim=0.2)]
    assert _rescored(top, [0.1, 0.2], None) == [_Scored(3, 0.1), _Scored(1, 0.2, maxsim=0.2)]
    # A candidate whose class checks its fields is made by dataclasses.replace, checks and all.
    assert _rescored([_Checked(0, 0.3)], [0.4], None) == [_Checked(0, 0.4)]
    with pytest.raises(ValueError):
        _rescored([_Checked(0, 0.3)], [-1.0], None)
    # Mixed kinds of candidate each keep their own.
    assert [type(c) for c in _rescored([_Scored(0, 0.1), Candidate(1, 0.2)], [0.3, 0.4], None)] == [_Scored, Candidate]


def test_each_pieces_share_is_the_same_float_as_its_words_share_split_evenly():
    rng = np.random.default_rng(4)
    words = ["why", "did", "owls", "cyber", "cyber", "cyber", "sovereignty", "ran", "ran"]
    _, shares = topic_pieces(_unit(rng, len(words)), words, frozenset({"why", "did"}))
    sizes = [1, 3, 1, 2]
    expected = (np.concatenate([np.full(n, 1.0 / n) for n in sizes]) / len(sizes)).astype(np.float32)
    assert shares.dtype == np.float32 and shares.tobytes() == expected.tobytes()


def test_the_maxima_kept_for_the_evidence_are_the_floats_comparing_again_gives(searcher):
    """Late interaction keeps each compared token's best cosine in each window
    (PieceMaxima); the evidence's weakest word reads them instead of comparing the
    window again, and gets the very floats that comparing again gives."""
    subject = "mistrust between major powers in cyberspace"
    query = searcher._set_aside(searcher.read(subject))
    searcher.weigh(query)
    vectors, words = searcher.index.encoder.token_vectors(query.subject)
    kept = searcher._piece_maxima
    store = np.asarray(searcher.index.token_vectors)
    positions = [i for i, w in enumerate(words) if w in ("mistrust", "powers", "cyberspace")]
    looked = 0
    for row in range(len(searcher.index.passages)):
        best = kept.best(query.subject, vectors, row, positions)
        if best is None:
            continue
        start, end = searcher.index.token_bounds[row]
        assert best == np.einsum("td,qd->qt", store[start:end], vectors[positions]).max(axis=1).tolist()
        looked, hit = looked + 1, row
    assert looked >= LATE_CANDIDATES
    row = hit
    # Not another subject's, nor other vectors, nor a token left out as glue ("in").
    assert kept.best("another subject", vectors, row, positions) is None
    assert kept.best(query.subject, vectors + 1, row, positions) is None
    assert kept.best(query.subject, vectors, row, [words.index("in")]) is None
