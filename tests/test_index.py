"""The on-disk index: built when missing, rebuilt when stale or corrupt, never a traceback."""

import hashlib
import json
import shutil

import numpy as np
import pytest

from bot.texts.corpus import load_corpus
from bot.search.index import (
    MANIFEST_FILE,
    PASSAGES_FILE,
    VECTORS_FILE,
    VOCABULARY_VECTORS_FILE,
    file_digest,
    make_passages,
    open_index,
)
from bot.search.searcher import Searcher
from bot.texts.passages import segment

from conftest import CORPUS_DIR


class CountingEncoder:
    """A tiny deterministic encoder (hashed words), counting how often it is built and used."""

    dimension = 64

    def __init__(self):
        self.calls = 0

    def encode(self, texts, *, batch_size=32):
        self.calls += 1
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in text.lower().split():
                out[i, int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dimension] += 1
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS_DIR, folder)
    return folder


def open_(corpus, index_dir, messages, encoder=None, **kwargs):
    encoder = encoder or CountingEncoder()
    return open_index(load_corpus(corpus), corpus, index_dir, "fake-model", lambda folder: encoder,
                      notify=messages.append, **kwargs), encoder


def test_first_use_builds_then_reuses(corpus, tmp_path):
    messages = []
    index, encoder = open_(corpus, tmp_path / "index", messages)
    assert messages == ["building the index: no index yet"]
    manifest = json.loads((tmp_path / "index" / MANIFEST_FILE).read_text())
    assert manifest["model"] == "fake-model" and manifest["dimension"] == 64
    assert set(manifest["files"]) == {p.name for p in corpus.glob("*.md")} - {"README.md"}
    assert manifest["passages"] == len(index.passages) == index.vectors.ntotal
    messages.clear()
    again, encoder2 = open_(corpus, tmp_path / "index", messages)
    assert messages == [] and encoder2.calls == 0
    assert again.passages == index.passages


def test_changed_corpus_file_triggers_a_rebuild(corpus, tmp_path):
    messages = []
    open_(corpus, tmp_path / "index", messages)
    path = corpus / "zhang-2015.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nA new closing sentence.\n", encoding="utf-8")
    messages.clear()
    index, encoder = open_(corpus, tmp_path / "index", messages)
    assert messages == ["building the index: the corpus changed (zhang-2015.md)"]
    assert encoder.calls > 0


def test_new_document_dropped_in_is_indexed(corpus, tmp_path):
    messages = []
    open_(corpus, tmp_path / "index", messages)
    (corpus / "extra.md").write_text(
        "---\nid: extra\ntitle: Extra\noutlet: Teacher\ndate: 2024-01-01\n---\n\nOwls hunt at night.\n",
        encoding="utf-8",
    )
    index, _ = open_(corpus, tmp_path / "index", messages)
    assert any(p.doc_id == "extra" for p in index.passages)
    assert "extra.md" in messages[-1]


def test_changed_model_triggers_a_rebuild(corpus, tmp_path):
    messages = []
    open_(corpus, tmp_path / "index", messages)
    open_index(load_corpus(corpus), corpus, tmp_path / "index", "other-model", lambda folder: CountingEncoder(),
               notify=messages.append)
    assert messages[-1] == "building the index: the model changed (fake-model → other-model)"


@pytest.mark.parametrize("damage", ["truncate", "garbage", "delete", "passages", "manifest", "vocabulary"])
def test_corrupt_index_gives_one_line_and_a_rebuild(corpus, tmp_path, damage):
    messages = []
    index_dir = tmp_path / "index"
    open_(corpus, index_dir, messages)
    vectors = index_dir / VECTORS_FILE
    if damage == "truncate":
        vectors.write_bytes(vectors.read_bytes()[:1000])
    elif damage == "garbage":
        vectors.write_bytes(b"\x00" * 5000)
    elif damage == "delete":
        vectors.unlink()
    elif damage == "vocabulary":
        (index_dir / VOCABULARY_VECTORS_FILE).write_bytes(b"\x93NUMPY garbage")
    elif damage == "passages":
        (index_dir / PASSAGES_FILE).write_text("[{", encoding="utf-8")
    else:
        (index_dir / MANIFEST_FILE).write_text("{not json", encoding="utf-8")
    messages.clear()
    index, encoder = open_(corpus, index_dir, messages)
    assert len(messages) == 1 and messages[0].startswith("building the index: ")
    assert "\n" not in messages[0]
    assert encoder.calls > 0 and index.vectors.ntotal == len(index.passages)
    messages.clear()
    open_(corpus, index_dir, messages)
    assert messages == []


def test_passages_are_one_to_three_sentences_of_one_paragraph_within_600_chars(documents):
    passages, sentences = make_passages(documents)
    for p in passages:
        body = documents[p.doc_id].body
        inside = [s for s in sentences[p.doc_id] if p.first <= s.position <= p.last]
        assert 1 <= len(inside) <= 3
        assert {s.paragraph for s in inside} == {p.paragraph}
        assert body[p.start : p.end].startswith(inside[0].text) and body[p.start : p.end].endswith(inside[-1].text)
        assert p.end - p.start <= 600


def test_large_corpora_get_an_ivf_index_that_finds_what_flat_finds(monkeypatch, tmp_path):
    import faiss

    import bot.search.index as index_module

    monkeypatch.setattr(index_module, "FLAT_INDEX_LIMIT", 1_000)
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(20_000, 32)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    index = index_module.choose_faiss_index(vectors)
    assert isinstance(index, faiss.IndexIVFFlat) and index.nprobe >= 1
    queries = vectors[:50] + rng.normal(scale=0.05, size=(50, 32)).astype(np.float32)
    _, ids = index.search(queries, 1)
    assert (ids[:, 0] == np.arange(50)).mean() >= 0.9
    path = str(tmp_path / "ivf.faiss")
    faiss.write_index(index, path)
    # The searcher reconstructs vectors of lexical hits outside the vector top-k.
    assert np.allclose(faiss.read_index(path).reconstruct(7), vectors[7])


class ExportingEncoder(CountingEncoder):
    """A fake encoder that, like the ONNX one, keeps a model file with the index."""

    files = ("model.bin",)

    def __init__(self, folder):
        super().__init__()
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "model.bin").write_bytes(b"weights" * 100)


def test_manifest_hashes_every_index_file(corpus, tmp_path):
    index_dir = tmp_path / "index"
    open_(corpus, index_dir, [], encoder=ExportingEncoder(index_dir))
    manifest = json.loads((index_dir / MANIFEST_FILE).read_text())
    on_disk = {p.name for p in index_dir.iterdir()} - {MANIFEST_FILE}
    assert set(manifest["index_files"]) == on_disk and "model.bin" in on_disk
    assert all(manifest["index_files"][name] == file_digest(index_dir / name) for name in on_disk)


def test_an_edited_model_file_means_a_rebuild(corpus, tmp_path):
    index_dir = tmp_path / "index"
    messages = []
    open_(corpus, index_dir, messages, encoder=ExportingEncoder(index_dir))
    (index_dir / "model.bin").write_bytes(b"weights" * 99 + b"WEIGHTS")
    messages.clear()
    open_(corpus, index_dir, messages)
    assert len(messages) == 1 and "model.bin is corrupt or was edited" in messages[0]


def _shift_offsets(index_dir, by):
    path = index_dir / PASSAGES_FILE
    rows = json.loads(path.read_text())
    for row in rows:
        row["start"] += by
        row["end"] += by
    path.write_text(json.dumps(rows))
    return len(rows)


def _assert_quotes_exact(documents, answer):
    assert answer.answered and answer.quotes
    for quote in answer.quotes:
        body = documents[quote.doc_id].body
        assert quote.text == body[quote.start : quote.end]
        sentences = segment(documents[quote.doc_id])[1]
        assert quote.start in {s.start for s in sentences} and quote.end in {s.end for s in sentences}


@pytest.mark.parametrize("forge_manifest", [False, True], ids=["shifted", "shifted-and-rehashed"])
def test_shifted_offsets_in_the_passage_table_rebuild_and_quotes_stay_exact(corpus, tmp_path, forge_manifest):
    index_dir = tmp_path / "index"
    messages = []
    open_(corpus, index_dir, messages)
    rows = _shift_offsets(index_dir, 7)  # same row count, every quote cut 7 characters late
    if forge_manifest:
        # Even a manifest that vouches for the edited table does not make it trusted:
        # the table is checked against the documents' sentences.
        manifest = json.loads((index_dir / MANIFEST_FILE).read_text())
        manifest["index_files"][PASSAGES_FILE] = file_digest(index_dir / PASSAGES_FILE)
        (index_dir / MANIFEST_FILE).write_text(json.dumps(manifest))
    messages.clear()
    documents = load_corpus(corpus)
    index, encoder = open_(corpus, index_dir, messages)
    assert len(messages) == 1 and messages[0].startswith("building the index: ")
    assert len(index.passages) == rows
    answer = Searcher(documents, index, encoder).search("cyberspace sovereignty and trade protectionism", top_k=5)
    _assert_quotes_exact(documents, answer)
    messages.clear()
    open_(corpus, index_dir, messages)
    assert messages == []
