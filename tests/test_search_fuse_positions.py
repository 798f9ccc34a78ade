"""Fusing finds the chosen windows a question's headings and titles lead to by bisection:
the same positions, in the same order, as asking numpy which of them are among the rows."""

import numpy as np

from bot.search.searcher import _positions


def test_positions_are_those_isin_finds():
    rng = np.random.default_rng(0)
    for _ in range(500):
        chosen = np.flatnonzero(rng.random(400) < rng.random())
        rows = {int(r): "heading" for r in rng.integers(0, 420, int(rng.integers(1, 12)))}
        if len(chosen):
            rows.update({int(r): "title" for r in rng.choice(chosen, 3)})
        assert _positions(chosen, rows) == np.flatnonzero(np.isin(chosen, list(rows))).tolist()


def test_no_rows_or_nothing_chosen_gives_no_positions():
    assert _positions(np.array([1, 5, 9]), {}) == []
    assert _positions(np.array([], dtype=np.int64), {3: "title"}) == []
    assert _positions(np.array([1, 5, 9]), {9: "heading", 10: "heading", 0: "heading"}) == [2]
