"""The weighed words kept with the index: the same scores as bm25s, weighed again when the passages change."""

import numpy as np
import pytest

from bot.search.lexical import LEXICAL_FILE, LexicalIndex

TEXTS = [
    "Countries should bridge the digital divide between the North and the South.",
    "The digital economy grows fast; digital skills lag behind.",
    "Cyber sovereignty is the extension of state sovereignty into cyberspace.",
    "Owls hunt at night.",
]
CONTEXTS = ["Daily Post, On the Internet"] * 3 + ["Teacher, Owls"]
QUESTIONS = ["digital divide", "what is cyber sovereignty?", "the economy of owls", "night hunting", "nothing known here"]


def scores(index: LexicalIndex) -> list[np.ndarray]:
    return [index.scores(q).tolist() for q in QUESTIONS]


def test_stored_scores_are_bm25s_scores(tmp_path):
    import bm25s

    built = LexicalIndex(TEXTS, contexts=CONTEXTS)
    LexicalIndex.stored(TEXTS, contexts=CONTEXTS, folder=tmp_path)
    assert (tmp_path / LEXICAL_FILE).is_file()
    loaded = LexicalIndex.stored(TEXTS, contexts=CONTEXTS, folder=tmp_path)
    reference = bm25s.BM25()
    reference.index([built.tokens(t) for t in TEXTS], show_progress=False)
    for question, stored, fresh in zip(QUESTIONS, scores(loaded), scores(built)):
        terms = [t for t in built.tokens(question) if t in reference.vocab_dict]
        expected = reference.get_scores(terms) if terms else np.zeros(len(TEXTS))
        assert stored == fresh == np.asarray(expected, dtype=np.float32).tolist()
    assert loaded.coverage("bridge the divide", [0, 1]) == built.coverage("bridge the divide", [0, 1]) == 1.0
    assert loaded.knows("owl") and loaded.used_together(["daili", "owl"]) is False
    assert loaded.used_together(["teacher", "owl"])  # a context counts towards coverage
    assert loaded.stopwords == built.stopwords and loaded.idf("divid") == built.idf("divid")


def without_bm25s(monkeypatch):
    """From now on weighing the words with bm25s fails: only a stored index can be read."""

    def weigh(*args, **kwargs):
        raise AssertionError("weighed again")

    monkeypatch.setattr(LexicalIndex, "__init__", weigh)


def test_a_stored_index_is_read_without_bm25s(tmp_path, monkeypatch):
    expected = scores(LexicalIndex.stored(TEXTS, contexts=CONTEXTS, folder=tmp_path))
    without_bm25s(monkeypatch)
    assert scores(LexicalIndex.stored(TEXTS, contexts=CONTEXTS, folder=tmp_path)) == expected


def test_changed_passages_are_weighed_again(tmp_path, monkeypatch):
    LexicalIndex.stored(TEXTS, contexts=CONTEXTS, folder=tmp_path)
    changed = TEXTS[:3] + ["Owls and bats hunt at night; bats see by sound."]
    index = LexicalIndex.stored(changed, contexts=CONTEXTS, folder=tmp_path)
    assert index.scores("bats")[3] > 0
    assert scores(index) == scores(LexicalIndex(changed, contexts=CONTEXTS))
    without_bm25s(monkeypatch)  # and stored for the next process
    assert LexicalIndex.stored(changed, contexts=CONTEXTS, folder=tmp_path).scores("bats")[3] > 0


def test_new_contexts_are_weighed_again(tmp_path):
    LexicalIndex.stored(TEXTS, contexts=CONTEXTS, folder=tmp_path)
    index = LexicalIndex.stored(TEXTS, contexts=CONTEXTS[:3] + ["Teacher, Bats"], folder=tmp_path)
    assert index.used_together(["bat", "owl"])


@pytest.mark.parametrize("damage", ["garbage", "truncated", "flipped"])
def test_a_damaged_store_is_weighed_again(tmp_path, damage):
    LexicalIndex.stored(TEXTS, contexts=CONTEXTS, folder=tmp_path)
    path = tmp_path / LEXICAL_FILE
    data = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(b"\0" * 100)
    elif damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    else:  # one byte of the weights changed: the zip member's CRC no longer matches
        start = data.index(b"\x93NUMPY", data.index(b"data.npy")) + 128
        path.write_bytes(data[:start] + bytes([data[start] ^ 0xFF]) + data[start + 1 :])
    index = LexicalIndex.stored(TEXTS, contexts=CONTEXTS, folder=tmp_path)
    assert scores(index) == scores(LexicalIndex(TEXTS, contexts=CONTEXTS))


def test_a_folder_it_cannot_write_to_still_searches(tmp_path):
    (tmp_path / LEXICAL_FILE).mkdir()  # in the way of the store, as a read-only folder would be
    index = LexicalIndex.stored(TEXTS, contexts=CONTEXTS, folder=tmp_path)
    assert scores(index) == scores(LexicalIndex(TEXTS, contexts=CONTEXTS))
    assert list(tmp_path.iterdir()) == [tmp_path / LEXICAL_FILE]  # no temporary file left behind


def test_stemmed_texts_are_stored_too(tmp_path, monkeypatch):
    built = LexicalIndex.stored(TEXTS, contexts=CONTEXTS, folder=tmp_path)
    assert built.stemmed[0].startswith("countri should bridg the digit divid")
    without_bm25s(monkeypatch)
    assert LexicalIndex.stored(TEXTS, contexts=CONTEXTS, folder=tmp_path).stemmed == built.stemmed


def test_an_acronym_spelling_a_stop_word_is_a_word():
    index = LexicalIndex(["The US and the UN met.", "They told us about it."])
    assert index.content_words("What about the US? And the U.N.?") == ["US", "un"]  # "un" is no stop word: lower-cased as ever
    assert index.content_words("what about us") == []
    assert index.content_words("WHAT ABOUT THE US") == []  # shouted: no word told apart
    assert index.scores("the U.S.")[0] > 0 and index.scores("the U.S.")[1] == 0


def test_initials_with_full_stops_are_one_word_in_phrases_too():
    # A phrase is looked for in the stemmed texts: "the U.S. and China" is "the US and China".
    index = LexicalIndex(["Talks between the U.S. and China resumed."])
    assert " us and china " in f" {index.stemmed[0]} "
