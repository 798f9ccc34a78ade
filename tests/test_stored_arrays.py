"""Arrays kept beside the index: read back for their key, made again (one log line, no
traceback) when stale, damaged or inconsistent, and written whole or not at all — for
the store itself and for each of its users (weighed words, words in context, heading
vectors)."""

import logging

import numpy as np
import pytest

from bot.search.context_words import CONTEXT_FILE, ContextWords
from bot.search.index import Index, stored_vectors
from bot.search.lexical import LEXICAL_FILE, LexicalIndex
from bot.search.stored_arrays import stored

VECTORS = np.arange(6, dtype=np.float32).reshape(2, 3)


class Maker:
    """Makes the vectors, counting how often."""

    def __init__(self):
        self.calls = 0

    def __call__(self) -> np.ndarray:
        self.calls += 1
        return VECTORS.copy()


def load(arrays):
    if arrays["vectors"].shape != VECTORS.shape:
        raise ValueError("it is inconsistent")
    return arrays["vectors"]


def keep(path, key, make):
    return stored(path, key, make, load=load, arrays=lambda vectors: {"vectors": vectors})


def damage(path, how: str) -> None:
    data = path.read_bytes()
    if how == "garbage":
        path.write_bytes(b"\0" * 100)
    elif how == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif how == "flipped":  # one byte of an array changed: its zip member's CRC no longer matches
        start = data.rindex(b"\x93NUMPY") + 128
        path.write_bytes(data[:start] + bytes([data[start] ^ 0xFF]) + data[start + 1 :])
    elif how == "npy":  # a bare array where an .npz belongs
        np.save(path.with_suffix(".tmp.npy"), VECTORS)
        path.with_suffix(".tmp.npy").replace(path)
    else:
        raise AssertionError(how)


def rewrite(path, **members) -> None:
    """The stored file with some members replaced, under its own key: what a bug or a
    hand would leave, which no CRC catches."""
    with np.load(path, allow_pickle=False) as kept:
        arrays = {name: kept[name] for name in kept.files}
    np.savez(path, **{**arrays, **members})


def made_again_once(caplog) -> None:
    """One line said it was made again, without a traceback."""
    lines = [r for r in caplog.records if "again" in r.getMessage()]
    assert len(lines) == 1 and lines[0].exc_info is None and "\n" not in lines[0].getMessage()


def test_made_once_then_read(tmp_path):
    make = Maker()
    path = tmp_path / "kept.npz"
    first = keep(path, "key-1", make)
    again = keep(path, "key-1", make)
    assert make.calls == 1
    np.testing.assert_array_equal(again, first)
    keep(path, "key-2", make)  # stored for other contents
    assert make.calls == 2
    keep(path, "key-2", make)
    assert make.calls == 2


@pytest.mark.parametrize("how", ["garbage", "truncated", "flipped", "npy"])
def test_a_damaged_file_is_made_again_and_replaced(tmp_path, caplog, how):
    make = Maker()
    path = tmp_path / "kept.npz"
    keep(path, "key", make)
    damage(path, how)
    with caplog.at_level(logging.INFO):
        np.testing.assert_array_equal(keep(path, "key", make), VECTORS)
    made_again_once(caplog)
    assert make.calls == 2
    keep(path, "key", make)
    assert make.calls == 2  # replaced by a whole one


def test_arrays_the_reader_finds_inconsistent_are_made_again(tmp_path, caplog):
    make = Maker()
    path = tmp_path / "kept.npz"
    keep(path, "key", make)
    rewrite(path, vectors=VECTORS[:1])
    with caplog.at_level(logging.INFO):
        np.testing.assert_array_equal(keep(path, "key", make), VECTORS)
    made_again_once(caplog)
    assert "inconsistent" in caplog.text


def test_a_folder_it_cannot_write_to_only_costs_the_making(tmp_path):
    make = Maker()
    path = tmp_path / "kept.npz"
    path.mkdir()  # in the way, as a read-only folder would be
    keep(path, "key", make)
    keep(path, "key", make)
    assert make.calls == 2
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_without_a_path_nothing_is_stored(tmp_path):
    make = Maker()
    keep(None, "key", make)
    keep(None, "key", make)
    assert make.calls == 2


# Each user's own check of what it reads.


def test_weighed_words_whose_rows_disagree_are_weighed_again(tmp_path, caplog):
    texts = ["Owls hunt at night.", "Bats see by sound."]
    LexicalIndex.stored(texts, folder=tmp_path)
    rewrite(tmp_path / LEXICAL_FILE, stemmed=np.array(["owl hunt at night"]))
    with caplog.at_level(logging.INFO):
        index = LexicalIndex.stored(texts, folder=tmp_path)
    made_again_once(caplog)
    assert index.stemmed == LexicalIndex(texts).stemmed


def test_words_in_context_whose_stems_and_vectors_disagree_are_computed_again(tmp_path, caplog):
    words = ContextWords(["minor", "child"], np.eye(2, 3, dtype=np.float32))
    ContextWords.stored(tmp_path, "key", lambda: words)
    rewrite(tmp_path / CONTEXT_FILE, stems=np.array(["minor"]))
    with caplog.at_level(logging.INFO):
        again = ContextWords.stored(tmp_path, "key", lambda: words)
    made_again_once(caplog)
    assert again.stems == ["minor", "child"]


def test_heading_vectors_not_one_per_heading_are_encoded_again(tmp_path, caplog):
    index = Index(manifest={"built_at": "now"}, passages=[], vectors=None, vocabulary=[], vocabulary_vectors=VECTORS, folder=tmp_path)
    stored_vectors(index, "headings.npz", ["One", "Two"], lambda texts: VECTORS)
    rewrite(tmp_path / "headings.npz", vectors=VECTORS[:1])
    with caplog.at_level(logging.INFO):
        again = stored_vectors(index, "headings.npz", ["One", "Two"], lambda texts: VECTORS)
    made_again_once(caplog)
    np.testing.assert_array_equal(again, VECTORS)
