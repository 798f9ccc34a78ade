"""The ONNX encoder kept with the index gives sentence-transformers' vectors, without torch."""

import json
import os
import subprocess
import sys

import numpy as np
import pytest

from bot.cli.regex_cache import FILE_NAME as REGEX_CACHE_FILE
from bot.search.context_words import CONTEXT_FILE
from bot.search.index import MANIFEST_FILE
from bot.search.lexical import LEXICAL_FILE
from bot.search.onnx_encoder import ENCODER_FILES, POOLED_TOKENIZING, QUERY_SPINNING, QUERY_THREADS, OnnxEncoder
from bot.search.searcher import ALONE_WORDS_FILE, HEADINGS_FILE
from bot.texts.passages import segment

from conftest import ROOT

# Same vectors as sentence-transformers: float32 rounding, nothing more.
MAX_ABS_DIFF = 1e-5

HANDWRITTEN = [
    "",
    "   ",
    "a",
    "?",
    "Hello",
    "What does the text say about cyberspace sovereignty?",
    "cyberspace sovereignty",
    "CYBERSPACE SOVEREIGNTY",
    "“Curly quotes” and ‘single ones’ — with an em dash… and «guillemets»",
    "\"Straight quotes\" and 'apostrophes' -- a double hyphen",
    "网络空间命运共同体",
    "Xi Jinping: 构建网络空间命运共同体 (a community with a shared future in cyberspace)",
    "Café, naïve, façade, Zürich, São Paulo, Łódź",
    "Ελληνικά κείμενα και русский текст",
    "Emoji 🙂🚀 in a sentence",
    "tab\tseparated\nnew line\r\nwindows line end",
    "zero\u200bwidth space and non\u00a0breaking space",
    "control \x00 char \x07 bell",
    "URL https://example.org/path?q=1&x=2 and e-mail someone@example.com",
    "[CLS] literal special tokens [SEP] [MASK] [PAD] [UNK]",
    "x" * 120,  # a word longer than WordPiece's 100-character limit
    "  leading and trailing spaces  ",
]


def _words(n: int, word: str = "word") -> str:
    return " ".join([word] * n)


@pytest.fixture(scope="module")
def encoder(searcher):
    """The question encoder of the session's real index (exported when it was built)."""
    assert isinstance(searcher.index.encoder, OnnxEncoder)
    return searcher.index.encoder


@pytest.fixture(scope="module")
def texts(documents):
    """Handwritten oddities, corpus sentences and paragraphs, whole documents, texts around 256 tokens."""
    sentences, paragraphs = [], []
    for document in documents.values():
        paras, sents = segment(document)
        sentences += [s.text for s in sents[3:6]]
        paragraphs += [document.body[p.start : p.end] for p in paras[-2:-1]]
    long_texts = [document.body for document in list(documents.values())[:2]]
    boundary = [_words(n) for n in (253, 254, 255)]  # [CLS] + words + [SEP] around the limit
    return HANDWRITTEN + sentences + paragraphs + long_texts + boundary


def _reference(model, texts, **kwargs):
    return model.encode(list(texts), normalize_embeddings=True, show_progress_bar=False, **kwargs)


def test_vectors_match_sentence_transformers(encoder, st_model, texts):
    ours = encoder.encode(texts, batch_size=8)
    reference = np.asarray(_reference(st_model, texts))
    assert ours.dtype == np.float32 and ours.shape == reference.shape == (len(texts), 384)
    worst = np.abs(ours - reference).max(axis=1)
    assert worst.max() <= MAX_ABS_DIFF, f"{texts[worst.argmax()][:40]!r} differs by {worst.max():.2e}"
    np.testing.assert_allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-6)


def test_token_vectors_are_sentence_transformers_token_embeddings(encoder, st_model):
    text = "What does the text say about cyberspace sovereignty?"
    vectors, words = encoder.token_vectors(text)
    reference = st_model.encode([text], output_value="token_embeddings")[0]
    reference = np.asarray(reference)[1:-1]  # [CLS] and [SEP] left out
    reference = reference / np.linalg.norm(reference, axis=1, keepdims=True)
    assert vectors.shape == reference.shape
    assert np.abs(vectors - reference).max() <= MAX_ABS_DIFF
    # Each word piece knows its whole word: "sovereignty" is split into pieces.
    assert len(words) == len(vectors) and words[-1] == "?"
    assert words[:6] == ["what", "does", "the", "text", "say", "about"]
    assert set(words[6:-1]) == {"cyberspace", "sovereignty"}


def test_tokens_past_the_limit_are_ignored(encoder, st_model):
    assert encoder.max_seq_length == st_model.max_seq_length == 256
    head = _words(300, "sovereignty")
    pair = encoder.encode([head + " and then something else", head + " followed by other words"])
    np.testing.assert_array_equal(pair[0], pair[1])
    assert not np.allclose(encoder.encode([_words(250, "sovereignty") + " rules"])[0], pair[0], atol=1e-3)


def test_batch_size_and_order_do_not_change_vectors(encoder, texts):
    subset = HANDWRITTEN + [texts[-1]]
    one_by_one = encoder.encode(subset, batch_size=1)
    reversed_order = encoder.encode(subset[::-1], batch_size=7)[::-1]
    np.testing.assert_allclose(reversed_order, one_by_one, atol=1e-6)


def test_the_questions_two_spinning_threads_give_one_sleeping_threads_vectors(encoder, texts):
    # The query session's threads (QUERY_THREADS, QUERY_SPINNING) are a matter of speed only.
    assert QUERY_THREADS > 1 and QUERY_SPINNING
    single = OnnxEncoder(encoder._folder, threads=1)
    for batch in ([text] for text in texts[:40]):
        (sentences, tokens), (single_sentences, single_tokens) = encoder.embed(batch), single.embed(batch)
        np.testing.assert_array_equal(sentences, single_sentences)
        np.testing.assert_array_equal(tokens[0], single_tokens[0])


def test_a_few_texts_tokenized_alone_match_many_tokenized_on_the_pool(encoder):
    few = HANDWRITTEN
    many = few * 2
    assert len(few) < POOLED_TOKENIZING <= len(many)
    np.testing.assert_array_equal(encoder.encode(few, batch_size=1), encoder.encode(many, batch_size=1)[: len(few)])
    assert encoder.piece_words(few) == encoder.piece_words(many)[: len(few)]


def test_a_texts_token_vectors_are_its_own_in_a_padded_batch(encoder):
    short, long = "digital divide", "what do the texts say about the digital divide in developing countries?"
    alone = {text: encoder.embed([text])[1][0] for text in (short, long)}
    _, tokens = encoder.embed([long, short])  # the short text is padded to the long one
    for text, vectors in zip((long, short), tokens):
        assert vectors.shape == alone[text].shape == (len(encoder.piece_words([text])[0]), 384)
        np.testing.assert_allclose(vectors, alone[text], atol=1e-5)
        np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-6)


def test_no_texts_give_an_empty_matrix_and_a_string_is_refused(encoder):
    assert encoder.encode([]).shape == (0, 384)
    with pytest.raises(TypeError):
        encoder.encode("one string, not a list")


def test_the_model_is_kept_with_the_index_and_hashed(index_settings, searcher):
    manifest = json.loads((index_settings.index_dir / MANIFEST_FILE).read_text())
    assert manifest["encoder"] == "OnnxEncoder"
    assert set(ENCODER_FILES) <= set(manifest["index_files"])
    # The searcher's stores of weighed words, heading vectors and words in context are
    # checked by their own content keys and CRCs (bot.search.lexical,
    # bot.search.index.stored_vectors, bot.search.context_words); its words encoded alone
    # by the key in their file's name and their shape (Searcher._remember_alone_words).
    on_disk = {p.name for p in index_settings.index_dir.iterdir()} - {MANIFEST_FILE, LEXICAL_FILE, HEADINGS_FILE, CONTEXT_FILE}
    on_disk -= {p.name for p in index_settings.index_dir.glob(ALONE_WORDS_FILE.format(key="*"))}
    # The compiled-pattern cache a `textbot` run leaves beside the index is the command's,
    # not the index's (bot.cli.regex_cache): any run of the suite may have written it.
    on_disk -= {REGEX_CACHE_FILE}
    assert set(manifest["index_files"]) == on_disk


def test_answering_a_question_imports_neither_torch_nor_transformers(index_settings, searcher):
    code = (
        "import sys\n"
        "from bot.settings import Settings\n"
        "from bot.search.engine import open_searcher\n"
        "answer = open_searcher(Settings.from_env(), notify=print).search('What does the text say about data security?')\n"
        "assert answer.answered, answer\n"
        "print(sorted(m for m in ('torch', 'transformers', 'sentence_transformers') if m in sys.modules))\n"
    )
    env = {**os.environ, "TEXTBOT_INDEX": str(index_settings.index_dir), "TEXTBOT_CORPUS": str(index_settings.corpus_dir)}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"  # and no "building the index" line: the index was current


def test_a_changed_corpus_reuses_the_export_and_a_damaged_one_is_redone(index_settings, searcher, tmp_path):
    import shutil

    from bot.search.engine import ensure_index
    from conftest import CORPUS_DIR, make_settings

    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS_DIR, corpus)
    shutil.copytree(index_settings.index_dir, tmp_path / "index")
    settings = make_settings(tmp_path, TEXTBOT_CORPUS=corpus)
    model = settings.index_dir / "encoder.onnx"
    exported = model.stat().st_mtime_ns
    (corpus / "owls.md").write_text(
        "---\nid: owls\ntitle: Owls\noutlet: Teacher\ndate: 2024-01-01\n---\n\nOwls hunt at night.\n", encoding="utf-8"
    )
    messages = []
    index = ensure_index(settings, notify=messages.append)
    messages = [m for m in messages if not m.startswith("indexing: ")]  # progress, on a slow machine
    assert messages == ["building the index: the corpus changed (owls.md)"]
    assert model.stat().st_mtime_ns == exported  # no second export
    vector = index.encoder.encode(["Owls hunt at night."])
    np.testing.assert_allclose(vector, searcher.index.encoder.encode(["Owls hunt at night."]), atol=1e-6)
    # An edited model file is not reused: the next build exports it again.
    with open(model, "r+b") as handle:
        handle.seek(-100, 2)
        handle.write(b"\0" * 100)
    messages.clear()
    index = ensure_index(settings, notify=messages.append)
    messages = [m for m in messages if not m.startswith("indexing: ")]
    assert len(messages) == 1 and "encoder.onnx is corrupt or was edited" in messages[0]
    np.testing.assert_allclose(index.encoder.encode(["Owls hunt at night."]), vector, atol=1e-6)


def test_the_export_is_fused_and_an_older_export_is_redone(index_settings, searcher, tmp_path, monkeypatch):
    import shutil

    import onnx

    from bot.search import onnx_encoder
    from bot.search.index import expected_manifest, stale_reason
    from bot.settings import DEFAULT_MODEL

    def operators(folder):
        return {node.op_type for node in onnx.load(str(folder / "encoder.onnx")).graph.node}

    # The attention of every layer is one fused kernel, as ONNX Runtime's optimizer makes it.
    assert {"Attention", "SkipLayerNormalization"} <= operators(index_settings.index_dir)
    # An index whose export is of an older format is rebuilt, and its export redone.
    manifest = json.loads((index_settings.index_dir / MANIFEST_FILE).read_text())
    expected = expected_manifest(index_settings.corpus_dir, index_settings.model)
    assert stale_reason(manifest, expected) is None
    assert stale_reason({**manifest, "export": onnx_encoder.EXPORT_FORMAT - 1}, expected) == "the encoder's ONNX export changed"
    folder = tmp_path / "old"
    folder.mkdir()
    for name in ENCODER_FILES:
        shutil.copy(index_settings.index_dir / name, folder / name)
    with monkeypatch.context() as patch:
        patch.setattr(onnx_encoder, "EXPORT_FORMAT", onnx_encoder.EXPORT_FORMAT - 1)
        old_source = onnx_encoder.model_fingerprint(DEFAULT_MODEL)
    config = json.loads((folder / "encoder.json").read_text())
    config["source"] = old_source
    config["checksum"] = onnx_encoder._config_checksum(config)
    (folder / "encoder.json").write_text(json.dumps(config))
    model = folder / "encoder.onnx"
    model.write_bytes(b"an older export")  # what the older format wrote does not matter: it is not read
    redone = onnx_encoder.exported_encoder(DEFAULT_MODEL, folder)
    assert {"Attention", "SkipLayerNormalization"} <= operators(folder)
    question = ["What does the text say about cyberspace sovereignty?"]
    np.testing.assert_allclose(redone.encode(question), searcher.index.encoder.encode(question), atol=1e-6)
