"""A lexical hit the vector search missed is scored by its cosine with the question: the
passages' vectors copied out of a flat FAISS index once give the very floats that
reconstructing the rows from FAISS each time gave."""

import numpy as np
import faiss

from bot.search.searcher import _flat_vectors


def test_a_missed_hit_scores_the_same_float_as_from_the_faiss_index(searcher):
    index = searcher.index
    vector = index.encoder.encode(["who governs the internet and how"])[0]
    rng = np.random.default_rng(0)
    for size in (1, 2, 5, 31, 200, len(index.passages)):
        rows = sorted(rng.choice(len(index.passages), size, replace=False).tolist())
        expected = (index.vectors.reconstruct_batch(np.asarray(rows, dtype=np.int64)) @ vector).tolist()
        assert searcher._dense_exact(vector, rows) == expected
    assert searcher._dense_exact(vector, []) == []


def test_only_a_flat_index_is_copied_out():
    vectors = np.random.default_rng(1).normal(size=(40, 8)).astype(np.float32)
    flat = faiss.IndexFlatIP(8)
    flat.add(vectors)
    np.testing.assert_array_equal(_flat_vectors(flat), vectors)
    ivf = faiss.IndexIVFFlat(faiss.IndexFlatIP(8), 8, 2, faiss.METRIC_INNER_PRODUCT)
    ivf.train(vectors)
    ivf.add(vectors)
    assert _flat_vectors(ivf) is None
    assert _flat_vectors(None) is None
    assert _flat_vectors(faiss.IndexFlatIP(8)) is None  # empty
