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


@pytest.mark.parametrize("question", _questions())
def test_answers_are_the_same_as_with_each_text_encoded_alone(batched, unbatched, question):
    ours, alone = batched[0].search(question, top_k=10), unbatched[0].search(question, top_k=10)
    assert (ours.answered, ours.read_as) == (alone.answered, alone.read_as)
    assert [(q.doc_id, q.start, q.end) for q in ours.quotes] == [(q.doc_id, q.start, q.end) for q in alone.quotes]
    np.testing.assert_allclose([q.score for q in ours.quotes], [q.score for q in alone.quotes], atol=2e-4)
