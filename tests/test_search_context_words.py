"""The corpus's words in context: mean token vectors by stem, their neighbours, and
their store beside the index."""

import numpy as np
import pytest

from bot.search.context_words import CONTEXT_FILE, ContextWords, Crowding

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
    np.testing.assert_allclose(words.vectors[0], expected, atol=1e-3)  # rounded through float16, as stored


def test_a_sentence_whose_pieces_do_not_match_its_vectors_is_left_out():
    words = build([PIECES[0], ["minors", "and"]])  # two names for three rows: cut short
    assert words.stems == ["minors", "protection"]
    np.testing.assert_allclose(words.vectors[0], [1.0, 0.0, 0.0])


def test_neighbours_are_the_closest_stems_above_the_floor_and_not_the_questions_own():
    words = build()
    question = {"kid": np.array([0.8, 0.6, 0.0], dtype=np.float32)}
    assert list(words.neighbours(question, floor=0.5, count=3, own=set())["kid"]) == ["children", "minors"]
    assert list(words.neighbours(question, floor=0.5, count=3, own={"children"})["kid"]) == ["minors"]
    assert words.neighbours(question, floor=0.999, count=3, own=set()) == {"kid": {"children": pytest.approx(1.0, abs=1e-3)}}
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
    np.testing.assert_array_equal(again.vectors, first.vectors)  # the builder's own precision
    ContextWords.stored(tmp_path, "key-2", counted)
    assert len(calls) == 2


def test_a_broken_store_is_computed_again(tmp_path):
    (tmp_path / CONTEXT_FILE).write_bytes(b"not a zip file")
    assert ContextWords.stored(tmp_path, "key", build).stems == ["minors", "protection", "children"]


def test_the_searcher_leaves_its_words_in_context_with_the_index(index_settings, searcher):
    assert (index_settings.index_dir / CONTEXT_FILE).is_file()


def test_the_process_that_computes_them_finds_the_synonyms_a_process_reading_them_finds(searcher, tmp_path):
    import dataclasses
    import shutil

    from bot.search.searcher import Searcher

    folder = tmp_path / "index"
    shutil.copytree(searcher.index.folder, folder)
    (folder / CONTEXT_FILE).unlink()
    index = dataclasses.replace(searcher.index, folder=folder)
    computed = Searcher(searcher.documents, index, searcher._encoder, cache_size=0)
    assert (folder / CONTEXT_FILE).is_file()
    read = Searcher(searcher.documents, index, searcher._encoder, cache_size=0)
    np.testing.assert_array_equal(computed._context_words().vectors, read._context_words().vectors)
    for question in ("what do the texts say about kids online?", "suspicion between major powers", "military use of cyberspace"):
        ours, theirs = computed.understand(question), read.understand(question)
        subject = ours[0].subject
        assert computed.synonyms.known_word_neighbours(subject, question) == read.synonyms.known_word_neighbours(subject, question)
        assert computed.synonyms.expansions(subject, question) == read.synonyms.expansions(subject, question)
        assert [(s.passage, s.score) for s in ours[1][:10]] == [(s.passage, s.score) for s in theirs[1][:10]]


def test_a_corpus_words_neighbours_are_found_anew_for_each_floor():
    """Remembered per floor: asking with a high floor first must not hide the
    neighbours a lower floor finds."""
    words = build()
    assert words.near("minors", floor=0.99, count=3, own=set()) == []
    assert [stem for stem, _ in words.near("minors", floor=0.5, count=3, own=set())] == ["children"]


def test_whether_a_word_is_crowded_is_what_counting_its_closer_words_says_ties_included():
    # The synonym check asks whether fewer than N other words are closer to a word than
    # the question's word is; Crowding answers from the word's (N + 1)-th similarity,
    # remembered, and must agree with counting them, at every similarity it has.
    rng = np.random.default_rng(7)
    vectors = rng.normal(size=(40, 8)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors[5] = vectors[6]  # two words at one place: a tie
    for count in (1, 3, 11, 39, 40):
        crowding = Crowding(vectors, count)
        for row in range(len(vectors)):
            similarities = np.einsum("vd,d->v", vectors, vectors[row])
            for similarity in [*similarities, np.float32(-1.0), np.float32(1.5)]:
                closer = int((similarities > similarity).sum()) - 1  # the word itself is closest
                assert crowding.fewer_closer(row, similarity) == (closer < count)


def test_a_stem_the_corpus_does_not_hold_is_never_crowded():
    assert build().fewer_closer("unheard", 0.1, 11)
    assert not build().fewer_closer("minors", -1.0, 1)  # both other stems are closer
