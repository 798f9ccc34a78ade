"""A question costs one forward pass of the encoder, and answers as if each text were encoded alone."""

import json

import numpy as np
import pytest

from bot.search.onnx_encoder import OnnxEncoder
from bot.search.searcher import Searcher

from conftest import ROOT

# Questions of every kind: misspelt (two readings), with words the texts never use
# (their synonyms are looked up), plain, off-topic, naming a document.
QUESTIONS = [
    "waht do the txts say abuot internet hegemnoy?",
    "what is cyber sovreignty",
    "Cold Wr mentalty?",
    "What does the text say about mistrust between major powers?",
    "what do they say about splitting the world into blocs",
    "What does the text say about ransomware attacks on hospitals?",
    "What does the text say about the digital divide?",
    "What is the world going through at present according to the 2022 article?",
    "What does the text say about ICANN?",
    "Brexit?",
]
SAMPLED_FROM_EACH_SET = 8


class CountingEncoder(OnnxEncoder):
    """The index's ONNX encoder, counting its forward passes."""

    def __init__(self, folder, *, one_text_at_a_time=False):
        super().__init__(folder)
        self.passes = 0
        self.one_text_at_a_time = one_text_at_a_time

    def embed(self, texts, *, batch_size=32):
        if self.one_text_at_a_time and len(texts) > 1:
            parts = [self.embed([text]) for text in texts]
            return np.vstack([vectors for vectors, _ in parts]), [tokens[0] for _, tokens in parts]
        self.passes += 1
        return super().embed(texts, batch_size=batch_size)


def _searcher(searcher, index_settings, **kwargs):
    encoder = CountingEncoder(index_settings.index_dir, **kwargs)
    fresh = Searcher(searcher.documents, searcher.index, encoder, cache_size=0)
    fresh.search("warm up: the section headings are encoded on first use")
    encoder.passes = 0
    return fresh, encoder


def _questions():
    sampled = []
    for name in ("covered", "offtopic", "heldout"):
        lines = (ROOT / "bench" / "data" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        sampled += [json.loads(line)["question"] for line in lines[:: max(1, len(lines) // SAMPLED_FROM_EACH_SET)]]
    return QUESTIONS + sampled


@pytest.fixture(scope="module")
def batched(searcher, index_settings):
    return _searcher(searcher, index_settings)


@pytest.fixture(scope="module")
def unbatched(searcher, index_settings):
    return _searcher(searcher, index_settings, one_text_at_a_time=True)


def test_a_misspelt_question_with_an_unknown_word_is_one_forward_pass(batched):
    fresh, encoder = batched
    answer = fresh.search("waht do the txts say abuot internet hegemnoy?")
    assert answer.answered and "internet hegemony" in answer.read_as
    assert encoder.passes == 1
    encoder.passes = 0
    fresh.search("What does the text say about ransomware attacks on hospitals?")  # words the texts never use
    assert encoder.passes == 1


def test_each_reading_s_words_the_texts_never_use_are_found_once(searcher):
    searcher.synonyms.unknown_words.cache_clear()
    searcher.understand("waht do the txts say abuot ransomware hegemnoy?")  # typed and respelt: two readings
    info = searcher.synonyms.unknown_words.cache_info()
    assert info.misses == 4 and info.hits == 2  # each reading's unknown and known words; the unknown ones wanted twice


@pytest.mark.parametrize("question", _questions())
def test_answers_are_the_same_as_with_each_text_encoded_alone(batched, unbatched, question):
    ours, alone = batched[0].search(question, top_k=10), unbatched[0].search(question, top_k=10)
    assert (ours.answered, ours.read_as) == (alone.answered, alone.read_as)
    assert [(q.doc_id, q.start, q.end) for q in ours.quotes] == [(q.doc_id, q.start, q.end) for q in alone.quotes]
    np.testing.assert_allclose([q.score for q in ours.quotes], [q.score for q in alone.quotes], atol=2e-4)


class RecordingEncoder(CountingEncoder):
    """The index's ONNX encoder, keeping the texts of each forward pass."""

    def __init__(self, folder):
        super().__init__(folder)
        self.batches = []

    def embed(self, texts, *, batch_size=32):
        self.batches.append(list(texts))
        return super().embed(texts, batch_size=batch_size)


def test_common_words_the_texts_never_use_are_looked_up_not_encoded_with_the_question(searcher, index_settings):
    encoder = RecordingEncoder(index_settings.index_dir)
    fresh = Searcher(searcher.documents, searcher.index, encoder, cache_size=0)
    encoder.batches.clear()
    fresh.search("Is it ok to defend yourself online before being attacked?")
    # "ok", "defend", "yourself": none of them lengthens the question's forward pass.
    assert len(encoder.batches) == 1 and len(encoder.batches[0]) == 1
    # The stored vector of a word is the word encoded alone; a misspelling has none.
    for word in ("defend", "yourself", "ransomware"):
        stored = searcher.index.word_vector(encoder.word_rank(word))
        if word == "ransomware":  # not one piece of the model's vocabulary
            assert stored is None
        else:
            np.testing.assert_allclose(stored, encoder.encode([word])[0], atol=1e-6)
    assert searcher.index.word_vector(encoder.word_rank("hegemnoy")) is None


@pytest.mark.parametrize("question", [
    "Is it ok to defend yourself online before being attacked?",
    "what do they say about splitting the world into blocs",
    "Do some countries try to split off from others online?",
    "What does the text say about ransomware attacks on hospitals?",
])
def test_the_word_table_changes_no_answer(searcher, index_settings, question):
    import dataclasses

    without = dataclasses.replace(searcher.index, word_ids=None, word_vectors=None)
    plain = Searcher(searcher.documents, without, OnnxEncoder(index_settings.index_dir), cache_size=0)
    ours, theirs = searcher.search(question, top_k=10), plain.search(question, top_k=10)
    assert (ours.answered, ours.read_as) == (theirs.answered, theirs.read_as)
    assert [(q.doc_id, q.start, q.end) for q in ours.quotes] == [(q.doc_id, q.start, q.end) for q in theirs.quotes]
    np.testing.assert_allclose([q.score for q in ours.quotes], [q.score for q in theirs.quotes], atol=2e-4)


def test_the_section_headings_are_encoded_once_for_the_index_and_kept_with_it(searcher, index_settings, tmp_path):
    import dataclasses
    import shutil

    from bot.search.searcher import HEADINGS_FILE

    folder = tmp_path / "index"
    shutil.copytree(index_settings.index_dir, folder)
    index = dataclasses.replace(searcher.index, folder=folder)
    encoder = CountingEncoder(index_settings.index_dir)
    # Stored when the index was first opened (`textbot index` does): read, not encoded.
    fresh = Searcher(searcher.documents, index, encoder, cache_size=0)
    assert encoder.passes == 0
    answer = fresh.search("the four communities")
    assert answer.answered and encoder.passes == 1
    expected = searcher._heading_matrix
    np.testing.assert_array_equal(fresh._heading_matrix, expected)
    # A damaged file, or one kept for another build of the index, is encoded again and replaced.
    (folder / HEADINGS_FILE).write_bytes(b"not an npz file")
    rebuilt = dataclasses.replace(index, manifest={**index.manifest, "built_at": "2000-01-01T00:00:00Z"})
    for damaged in (index, rebuilt):
        encoder.passes = 0
        again = Searcher(searcher.documents, damaged, encoder, cache_size=0)
        assert encoder.passes == 1
        np.testing.assert_allclose(again._heading_matrix, expected, atol=1e-6)
        encoder.passes = 0
        Searcher(searcher.documents, damaged, encoder, cache_size=0)
        assert encoder.passes == 0  # stored for the next one


def test_the_subject_as_the_evidence_weighs_it_is_encoded_with_the_question(searcher, index_settings):
    # The texts write "the US": the evidence weighs "american …" as "US …", whose token
    # vectors it reads; they come from the question's one forward pass, not a second.
    encoder = RecordingEncoder(index_settings.index_dir)
    fresh = Searcher(searcher.documents, searcher.index, encoder, cache_size=0)
    fresh.search("warm up: the section headings are encoded on first use")
    encoder.batches.clear()
    subject = fresh.read("what do they say about american dominance of internet discourse").subject
    weighed = fresh.coverage.weighed_subject(subject)
    assert weighed != subject and "US" in weighed
    fresh.search("what do they say about american dominance of internet discourse")
    assert len(encoder.batches) == 1 and weighed in encoder.batches[0]
    # A subject the evidence weighs as typed is encoded once, alone.
    assert fresh.coverage.weighed_subject("the digital divide") == "the digital divide"


def test_a_question_naming_a_document_is_looked_up_once_when_weighed_again_over_all(searcher, monkeypatch):
    # Refused within the named piece, the question is weighed again over every piece
    # (Searcher._named_document_evidence), with the same subject: its nearest windows
    # are looked up once.
    weighed, looked_up = [], []
    weigh, search = searcher._weigh, searcher.index.search
    monkeypatch.setattr(searcher, "_weigh", lambda query, **kw: weighed.append(query.documents) or weigh(query, **kw))
    monkeypatch.setattr(searcher.index, "search", lambda *a, **kw: looked_up.append(a) or search(*a, **kw))
    plain = searcher.search("what does zhang say about the north south divide")
    assert len(weighed) == 2 and weighed[0] and not weighed[1]
    assert len(looked_up) == 1 and plain.answered
