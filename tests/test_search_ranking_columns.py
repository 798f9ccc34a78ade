"""A ranking makes its candidates only when looked at: sliced, indexed or walked, each is
the one candidate of its place, made once; and a window's terms looked up together are
the ones it holds one by one."""

import pytest

from bot.search.candidates import Ranking, Scored
from bot.search.index import Passage


def _ranking(n=12):
    passages = [Passage(doc_id="d", paragraph=i, first=i, last=i, start=10 * i, end=10 * i + 9) for i in range(n)]
    rows = list(range(n))[::-1]
    return Ranking(rows, [0.1 * r for r in rows], [float(r) for r in rows], [1.0 - 0.01 * k for k in range(n)], passages)


def test_a_slice_indexing_and_walking_give_the_same_candidates_made_once():
    ranking = _ranking()
    head = ranking[2:7]
    assert [c.row for c in head] == [9, 8, 7, 6, 5]
    assert all(a is b for a, b in zip(head, ranking[2:7]))
    assert ranking[3] is head[1] and ranking[-1] is ranking[11]
    walked = list(ranking)
    assert walked[2:7] == head and all(a is b for a, b in zip(walked[2:7], head))
    assert [c.row for c in ranking[::-4]] == [0, 4, 8] and ranking[20:] == []
    assert isinstance(walked[0], Scored) and walked[0].score == 1.0 and walked[0].maxsim is None
    with pytest.raises(IndexError):
        ranking[12]


def test_a_rankings_head_replaced_keeps_the_rest():
    ranking = _ranking()
    top = ranking[:3][::-1]
    moved = ranking.with_head(top)
    assert moved[:3] == top and moved[3] == ranking[3] and len(moved) == len(ranking)


def test_a_windows_terms_are_those_it_holds_one_by_one(searcher):
    lexical = searcher._lexical
    for row in range(0, len(searcher.index.passages), 37):
        held = lexical.held_terms(row)
        for term in lexical.tokens(searcher._texts[row]) + ["zzyzx", "internet", "sovereignti"]:
            assert (lexical.corpus_form(term) in held) == lexical.holds(row, term)
