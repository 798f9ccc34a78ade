"""A sentence a piece repeats (or two pieces share) is quoted once before the others:
a repeat in the top quotes tells the student nothing new."""

import re

QUESTION = "what was the theme of the second world internet conference"


def words(text):
    return set(re.findall(r"[a-z]+", text.lower()))


def is_repeat(a, b):
    shared = words(a) & words(b)
    return len(shared) >= 0.9 * min(len(words(a)), len(words(b)))


def test_the_top_quotes_are_not_repeats_of_each_other(searcher):
    quotes = searcher.search(QUESTION, top_k=3).quotes
    assert len(quotes) == 3
    assert "themed “An Interconnected World" in quotes[0].text
    for i, later in enumerate(quotes):
        assert not any(is_repeat(earlier.text, later.text) for earlier in quotes[:i]), later.text


def test_a_repeat_waits_its_turn_rather_than_vanishing(searcher):
    quotes = searcher.search(QUESTION, top_k=10).quotes
    themed = [i for i, q in enumerate(quotes) if "themed “An Interconnected World" in q.text]
    assert len(themed) == 2, "both pieces' wording of the theme are still quoted"
    assert themed[0] == 0 and themed[1] >= 3


def test_paging_through_quotes_neither_repeats_nor_skips(searcher):
    every = searcher.search(QUESTION, top_k=10).quotes
    pages = [q for offset in (0, 3, 6) for q in searcher.search(QUESTION, top_k=3, offset=offset).quotes]
    assert [(q.doc_id, q.start) for q in pages] == [(q.doc_id, q.start) for q in every[: len(pages)]]
