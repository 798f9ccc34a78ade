"""A word of the index's word table looked up alone (an unknown name, "France", for its
synonyms) is read from the token vectors stored beside the index: the vectors a
forward pass of the word alone gives, without the pass."""

import dataclasses
import shutil

import numpy as np

from bot.search.onnx_encoder import OnnxEncoder
from bot.search.searcher import ALONE_WORDS_FILE, Searcher


class CountingEncoder(OnnxEncoder):
    """The index's ONNX encoder, counting its forward passes."""

    def __init__(self, folder):
        super().__init__(folder)
        self.passes = 0

    def embed(self, texts, *, batch_size=32):
        self.passes += 1
        return super().embed(texts, batch_size=batch_size)


def test_a_table_words_token_vectors_are_those_of_its_forward_pass_alone(searcher, index_settings):
    stored = searcher.index.encoder
    fresh = OnnxEncoder(index_settings.index_dir)  # nothing remembered: every word a forward pass
    for word in ("france", "syria", "orange", "the"):
        vectors, pieces = stored.token_vectors(word)
        passed, passed_pieces = fresh.token_vectors(word)
        assert vectors.shape == (1, 384) and pieces == passed_pieces == [word]
        np.testing.assert_array_equal(vectors, passed)  # the same floats, not merely close


def test_a_question_naming_an_unknown_country_runs_one_forward_pass(searcher, index_settings, tmp_path):
    folder = tmp_path / "index"
    shutil.copytree(index_settings.index_dir, folder)
    index = dataclasses.replace(searcher.index, folder=folder)
    encoder = CountingEncoder(index_settings.index_dir)
    fresh = Searcher(searcher.documents, index, encoder, cache_size=0)
    assert encoder.passes == 0  # the table was stored when the index was first opened
    answer = fresh.search("Who is the president of France")
    assert encoder.passes == 1  # the question's; "france" alone came from the table
    assert answer == searcher.search("Who is the president of France")


def test_a_damaged_table_is_encoded_again(searcher, index_settings, tmp_path):
    folder = tmp_path / "index"
    shutil.copytree(index_settings.index_dir, folder)
    [stored] = folder.glob(ALONE_WORDS_FILE.format(key="*"))
    kept = np.load(stored)
    stored.write_bytes(b"not an array")
    index = dataclasses.replace(searcher.index, folder=folder)
    encoder = CountingEncoder(index_settings.index_dir)
    Searcher(searcher.documents, index, encoder, cache_size=0)
    assert encoder.passes > 0
    np.testing.assert_array_equal(np.load(stored), kept)


def test_a_folder_that_cannot_keep_the_table_costs_no_encoding(searcher, index_settings, tmp_path, monkeypatch):
    folder = tmp_path / "index"
    shutil.copytree(index_settings.index_dir, folder)
    for stored in folder.glob(ALONE_WORDS_FILE.format(key="*")):
        stored.unlink()
    # A read-only folder (as root, every folder is writable: its answer is the test's).
    monkeypatch.setattr("bot.search.searcher.os.access", lambda path, mode: path != folder)
    index = dataclasses.replace(searcher.index, folder=folder)
    encoder = CountingEncoder(index_settings.index_dir)
    fresh = Searcher(searcher.documents, index, encoder, cache_size=0)
    assert encoder.passes == 0  # start-up encodes nothing it can't keep
    assert fresh.search("Who is the president of France") == searcher.search("Who is the president of France")
    assert encoder.passes == 2  # the question's, and "france" alone
    assert not list(folder.glob(ALONE_WORDS_FILE.format(key="*")))
