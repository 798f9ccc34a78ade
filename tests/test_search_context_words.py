"""The corpus's words in context: mean token vectors by stem, their neighbours, and
their store beside the index."""

import numpy as np

from bot.search.context_words import CONTEXT_FILE, ContextWords

# Two sentences of three words, one row of token vectors per word piece.
TEXTS = ["minors need protection", "minors and children"]
PIECES = [["minors", "need", "protection"], ["minors", "and", "children"]]
VECTORS = np.array(
    [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [0.6, 0.8, 0.0], [0.0, 1.0, 0.0], [0.8, 0.6, 0.0]],
    dtype=np.float32,
)
BOUNDS = np.array([[0, 3], [3, 6]])


def build(pieces=PIECES):
    return ContextWords.build(TEXTS, BOUNDS, VECTORS, lambda texts: pieces, str.rstrip, lambda w: w in {"and", "need"})


def test_a_word_is_the_normalised_mean_of_its_uses_and_noise_words_are_left_out():
    words = build()
    assert words.stems == ["minors", "protection", "children"]
    expected = np.array([1.6, 0.8, 0.0]) / np.linalg.norm([1.6, 0.8, 0.0])
    np.testing.assert_allclose(words.vectors[0], expected, atol=1e-6)


def test_a_sentence_whose_pieces_do_not_match_its_vectors_is_left_out():
    words = build([PIECES[0], ["minors", "and"]])  # two names for three rows: cut short
    assert words.stems == ["minors", "protection"]
    np.testing.assert_allclose(words.vectors[0], [1.0, 0.0, 0.0])


def test_neighbours_are_the_closest_stems_above_the_floor_and_not_the_questions_own():
    words = build()
    question = {"kid": np.array([0.8, 0.6, 0.0], dtype=np.float32)}
    assert list(words.neighbours(question, floor=0.5, count=3, own=set())["kid"]) == ["children", "minors"]
    assert list(words.neighbours(question, floor=0.5, count=3, own={"children"})["kid"]) == ["minors"]
    assert words.neighbours(question, floor=0.999, count=3, own=set()) == {"kid": {"children": 1.0}}
    assert [s for s, _ in words.near("minors", floor=0.5, count=3, own=set())] == ["children"]
    assert words.near("unknown", floor=0.5, count=3, own=set()) == []


def test_they_are_stored_beside_the_index_and_computed_again_when_the_index_changed(tmp_path):
    calls = []

    def counted():
        calls.append(1)
        return build()

    first = ContextWords.stored(tmp_path, "key-1", counted)
    again = ContextWords.stored(tmp_path, "key-1", counted)
    assert len(calls) == 1 and (tmp_path / CONTEXT_FILE).is_file()
    assert again.stems == first.stems
    np.testing.assert_allclose(again.vectors, first.vectors, atol=1e-3)  # stored as float16
    ContextWords.stored(tmp_path, "key-2", counted)
    assert len(calls) == 2


def test_a_broken_store_is_computed_again(tmp_path):
    (tmp_path / CONTEXT_FILE).write_bytes(b"not a zip file")
    assert ContextWords.stored(tmp_path, "key", build).stems == ["minors", "protection", "children"]


def test_the_searcher_leaves_its_words_in_context_with_the_index(index_settings, searcher):
    assert (index_settings.index_dir / CONTEXT_FILE).is_file()
