"""The sentence encoder on ONNX Runtime: exported beside the index at build time, run without torch.

Building the index loads the sentence-transformers model (torch) once, exports its
whole pipeline — transformer, pooling, normalisation — to ONNX, and writes the
tokenizer it uses, truncation included, next to it. Answering a question then needs
only onnxruntime and tokenizers: no torch, no transformers, whose imports alone take
seconds. The same forward pass gives the sentence vector and the
contextual token vectors that late interaction compares (late_interaction.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import warnings
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import numpy as np

from .encoders import ModelError, SentenceTransformerEncoder, load_encoder, resolve_model

log = logging.getLogger(__name__)

MODEL_FILE = "encoder.onnx"
TOKENIZER_FILE = "tokenizer.json"
CONFIG_FILE = "encoder.json"
# The sentence vectors of the vocabulary's common whole words, each encoded alone, and
# their token ids (ascending): a question's words the corpus never uses are looked up
# here rather than encoded beside the question, where they lengthened its forward
# pass (docs/search.md, "Speed and memory"). Made with the export, and reused with it.
WORD_VECTORS_FILE = "words.npy"
WORD_IDS_FILE = "word_ids.npy"
HASHED_FILES = (MODEL_FILE, TOKENIZER_FILE, WORD_VECTORS_FILE, WORD_IDS_FILE)
ENCODER_FILES = (*HASHED_FILES, CONFIG_FILE)
SENTENCE_OUTPUT = "sentence_embedding"
TOKEN_OUTPUT = "token_embeddings"
# The TorchScript exporter (dynamo=False): ~3 s for MiniLM where the dynamo exporter
# took 16-38 s here, for vectors equally close to sentence-transformers (2e-7). It is
# deprecated since torch 2.9 but present in the pinned 2.13; dynamo=True (with the
# onnxscript package) is the replacement when torch drops it.
ONNX_OPSET = 17
# 2: eager attention, fused by ONNX Runtime's transformer optimizer.
EXPORT_FORMAT = 3  # bump when the export changes: a stored export is then redone
# The fused graph is kept only when it gives the traced graph's outputs to float32
# rounding (measured: 3e-7); otherwise the unfused graph is kept.
FUSED_MAX_DIFF = 1e-5
# Two threads for a question. Against one thread, side by side in nine runs
# (docs/search.md, "Speed and memory"): p95 2-4 ms lower in seven, 1-2 ms higher in two,
# for 5-15 % more CPU. Between the graph's parallel steps the threads spin for 10 us
# before they sleep, and stop spinning when a pass ends: against sleeping at once, the
# pass is ~0.5 ms faster on a quiet machine for the same CPU, and no slower beside two
# busy processes. onnxruntime's default spin (no stop, no limit) was faster too but took
# 2x the CPU and lost under load, where it also slowed the process beside it; 50 us lost
# ~1.5 ms at the median under load (session 31, bench_search_ab.py). Building the index
# uses every core.
QUERY_THREADS = 2
QUERY_SPINNING = {
    "session.intra_op.allow_spinning": "1",
    "session.intra_op.spin_duration_us": "10",
    "session.force_spinning_stop": "1",
}
BUILD_THREADS = 0  # onnxruntime's choice: all cores
# The same floor sentence-transformers' Normalize (torch's F.normalize) uses.
MIN_NORM = 1e-12
# Models whose graph ONNX Runtime's BERT optimizer knows how to fuse.
FUSABLE_MODEL_TYPES = frozenset({"bert"})
# Question token vectors remembered for late interaction: the searcher encodes a
# question, then asks for its tokens. Only small batches are remembered: a question's
# texts (its readings, its unfamiliar words), encoded together.
TOKEN_CACHE_SIZE = 128
# The whole words stored: those the vocabulary ranks before this (roughly the commonest;
# BERT's vocabulary is ordered by frequency) and of at least two letters (lexical's
# content words). All 21,700 took 40 s of CPU to encode; these 6,900 a third of it,
# and hold three quarters of the bench sets' unfamiliar words that the vocabulary has.
WORD_TABLE_RANK = 10_000
MIN_TABLE_WORD = 2
WORD_TABLE_BATCH = 512  # three tokens a text: large batches are cheaper
REMEMBERED_BATCH = 8
# Words encoded alone for their token vectors, many to a batch (three tokens a text, so
# no padding): a text's token vectors are the same however texts are batched.
ALONE_BATCH = 512
# A question's few texts are tokenized on the calling thread: tokenizers' encode_batch
# hands even three short texts to its thread pool, whose wake-ups cost more than the
# work (three texts alone, p50: 127 against 52 us; inside the search at load 5, p50 /
# p95 0.21 / 0.43 against 0.19 / 0.29 ms). The encodings are the same either way.
POOLED_TOKENIZING = 32
_TOKEN_DTYPE = np.float32


def export_encoder(reference: SentenceTransformerEncoder, folder: Path, *, source: str | None = None) -> tuple[str, ...]:
    """Export the reference encoder's model to ``folder``; the names of the files written.

    ``source`` (model_fingerprint) is recorded so a rebuild for a changed corpus can
    reuse the export instead of loading torch again.

    Raises ModelError when the model cannot be exported.
    """
    import torch

    model = reference.model
    folder.mkdir(parents=True, exist_ok=True)
    preprocess = getattr(model, "preprocess", None) or model.tokenize  # renamed in sentence-transformers 6
    sample = preprocess(["an example sentence to trace", "two"])
    input_names = [name for name in ("input_ids", "attention_mask", "token_type_ids") if name in sample]
    constants = {name: value for name, value in sample.items() if not isinstance(value, torch.Tensor)}
    if input_names[:2] != ["input_ids", "attention_mask"]:
        raise ModelError(f"cannot export this model to ONNX: unexpected tokenizer outputs {sorted(sample)}")

    class Pipeline(torch.nn.Module):
        """The sentence-transformers modules as one graph with positional inputs."""

        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, *tensors):
            out = self.inner({**constants, **dict(zip(input_names, tensors))})
            return out[SENTENCE_OUTPUT], out[TOKEN_OUTPUT]

    axes = {name: {0: "batch", 1: "tokens"} for name in input_names}
    axes[SENTENCE_OUTPUT] = {0: "batch"}
    axes[TOKEN_OUTPUT] = {0: "batch", 1: "tokens"}
    tmp = folder / (MODEL_FILE + ".tmp")
    try:
        with torch.inference_mode(False), torch.no_grad(), warnings.catch_warnings(), _eager_attention(model):
            # The tracer warns about Python branches on shapes (attention-mask checks
            # in transformers) that are constant for a padded, masked batch.
            warnings.simplefilter("ignore")
            torch.onnx.export(
                Pipeline(model).eval(),
                tuple(sample[name] for name in input_names),
                str(tmp),
                dynamo=False,
                input_names=input_names,
                output_names=[SENTENCE_OUTPUT, TOKEN_OUTPUT],
                dynamic_axes=axes,
                opset_version=ONNX_OPSET,
            )
    except Exception as exc:  # the exporter raises many kinds; all mean "can't export"
        tmp.unlink(missing_ok=True)
        raise ModelError(f"cannot export the model to ONNX: {exc.__class__.__name__}: {exc}".splitlines()[0]) from None
    _fuse_graph(tmp, model, {name: sample[name].numpy() for name in input_names})
    tmp.replace(folder / MODEL_FILE)

    # The fast tokenizer sentence-transformers runs, with its truncation made explicit
    # (the limit lives in sentence-transformers' settings, not in tokenizer.json).
    tokenizer = model.tokenizer
    backend = type(tokenizer.backend_tokenizer).from_str(tokenizer.backend_tokenizer.to_str())
    backend.enable_truncation(max_length=int(model.max_seq_length))
    backend.no_padding()
    backend.save(str(folder / TOKENIZER_FILE))
    config = {
        "inputs": input_names,
        "pad_id": int(tokenizer.pad_token_id or 0),
        "max_tokens": int(model.max_seq_length),
        "dimension": reference.dimension,
        "source": source,
    }
    (folder / CONFIG_FILE).write_text(json.dumps(config, indent=2), encoding="utf-8")
    # The word table is encoded by the exported model itself, as questions are.
    encoder = OnnxEncoder(folder, threads=BUILD_THREADS)
    ids, words = zip(*encoder.whole_words())
    save_array(folder / WORD_VECTORS_FILE, encoder.encode(list(words), batch_size=WORD_TABLE_BATCH))
    save_array(folder / WORD_IDS_FILE, np.array(ids, dtype=np.int64))
    config["sha256"] = {name: file_digest(folder / name) for name in HASHED_FILES}
    config["checksum"] = _config_checksum(config)
    (folder / CONFIG_FILE).write_text(json.dumps(config, indent=2), encoding="utf-8")
    return ENCODER_FILES


def save_array(path: Path, array: np.ndarray) -> None:
    """Write ``array`` to ``path`` as .npy, whole or not at all (a reader never sees half)."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as handle:
        np.save(handle, array)
    tmp.replace(path)


@contextlib.contextmanager
def _eager_attention(model):  # noqa: ANN001 - a SentenceTransformer
    """The transformer traced with its plain ("eager") attention: ONNX Runtime's optimizer
    recognises that graph and fuses it into its Attention kernel, where the graph traced
    from torch's fused attention (sdpa) stays a few dozen small operators."""
    transformer = getattr(model[0], "auto_model", None) if len(model) else None
    switch = getattr(transformer, "set_attn_implementation", None)
    before = getattr(getattr(transformer, "config", None), "_attn_implementation", None)
    if switch is None or before in (None, "eager"):
        yield
        return
    try:
        switch("eager")
    except (ValueError, TypeError, AttributeError):  # a model without an eager implementation
        yield
        return
    try:
        yield
    finally:
        switch(before)


def _fuse_graph(path: Path, model, feeds: dict[str, np.ndarray]) -> None:  # noqa: ANN001
    """Rewrite the exported BERT graph at ``path`` with ONNX Runtime's fused kernels
    (attention, embedding and skip layer norms, bias + GELU): a question's forward
    pass is about a fifth shorter. Left as traced when the optimizer fails or the fused
    graph's outputs on ``feeds`` differ by more than float32 rounding."""
    config = getattr(getattr(model[0], "auto_model", None), "config", None)
    heads, hidden = getattr(config, "num_attention_heads", 0), getattr(config, "hidden_size", 0)
    if getattr(config, "model_type", None) not in FUSABLE_MODEL_TYPES or not heads or not hidden:
        return
    fused = path.with_name(path.name + ".fused")
    try:
        import onnxruntime as ort
        from onnxruntime.transformers.optimizer import optimize_model

        optimize_model(str(path), model_type="bert", num_heads=heads, hidden_size=hidden, opt_level=1).save_model_to_file(str(fused))
        options = ort.SessionOptions()
        options.log_severity_level = 3
        traced, rewritten = (ort.InferenceSession(str(p), options, providers=["CPUExecutionProvider"]).run(None, feeds)
                             for p in (path, fused))
        worst = max(float(np.abs(a - b).max()) for a, b in zip(traced, rewritten))
    except Exception as exc:  # the optimizer raises many kinds; the traced graph still serves
        log.warning("ONNX export left unfused: %s: %s", exc.__class__.__name__, str(exc).splitlines()[:1])
        fused.unlink(missing_ok=True)
        return
    if worst > FUSED_MAX_DIFF:
        log.warning("ONNX export left unfused: the fused graph differs by %.1e", worst)
        fused.unlink(missing_ok=True)
        return
    fused.replace(path)


def model_fingerprint(model: str) -> str | None:
    """What identifies a model's export: its files' names, sizes and times, and the
    export format; None for a model that is not a local folder."""
    resolved = resolve_model(model)
    if not isinstance(resolved, Path):
        return None
    stats = sorted((str(p.relative_to(resolved)), p.stat().st_size, p.stat().st_mtime_ns)
                   for p in resolved.rglob("*") if p.is_file())
    return hashlib.sha256(json.dumps([EXPORT_FORMAT, str(resolved), stats]).encode()).hexdigest()


def exported_encoder(model: str, folder: Path) -> "OnnxEncoder":
    """The encoder to build the index with: the export already in ``folder`` when it is
    of this model and intact (a changed corpus needs no torch), else a new export."""
    source = model_fingerprint(model)
    try:
        config = json.loads((folder / CONFIG_FILE).read_text(encoding="utf-8"))
        reusable = (
            source is not None
            and config.get("source") == source
            and config.get("checksum") == _config_checksum(config)
            and set(config["sha256"]) == set(HASHED_FILES)
            and all(file_digest(folder / name) == digest for name, digest in config["sha256"].items())
        )
    except (OSError, ValueError, KeyError, AttributeError, TypeError):
        reusable = False
    if not reusable:
        export_encoder(load_encoder(model), folder, source=source)
    return OnnxEncoder(folder, threads=BUILD_THREADS)


def _config_checksum(config: dict) -> str:
    rest = {key: value for key, value in config.items() if key != "checksum"}
    return hashlib.sha256(json.dumps(rest, sort_keys=True).encode()).hexdigest()


def file_digest(path: Path) -> str:
    """The SHA-256 of a file, read in blocks (the model is 90 MB)."""
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


class OnnxEncoder:
    """Sentence and token vectors from the exported model: onnxruntime and tokenizers only."""

    files = ENCODER_FILES

    def __init__(
        self, folder: Path, *, threads: int = QUERY_THREADS, in_background: bool = False, check: Callable[[], None] | None = None
    ):
        """Load the encoder in ``folder``. With ``in_background`` the model is loaded on a
        thread of its own while the caller goes on (onnxruntime lets go of the GIL while
        it loads); the first encode waits for it, and raises ModelError if it failed.
        ``check`` (the index's hash of the model file) runs on a second thread beside the
        load, or first without ``in_background``; every encode raises what it raised."""
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self._folder = folder
        try:
            config = json.loads((folder / CONFIG_FILE).read_text(encoding="utf-8"))
            self._inputs: list[str] = list(config["inputs"])
            self._pad_id = int(config["pad_id"])
            self.dimension = int(config["dimension"])
            self.max_seq_length = int(config["max_tokens"])
            self._tokenizer = Tokenizer.from_file(str(folder / TOKENIZER_FILE))
            options = ort.SessionOptions()
            options.intra_op_num_threads = threads
            options.inter_op_num_threads = 1
            if threads > 1:
                for key, value in QUERY_SPINNING.items():
                    options.add_session_config_entry(key, value)
            options.log_severity_level = 3  # errors only: warnings about unused initialisers are noise
        except Exception as exc:  # missing files, bad JSON
            raise ModelError(f"cannot load the ONNX encoder in {folder}: {exc.__class__.__name__}") from None

        def load():
            return ort.InferenceSession(str(folder / MODEL_FILE), options, providers=["CPUExecutionProvider"])

        self._pending: Future | None = None
        self._checked: Future | None = None
        self._session = None
        if in_background:
            pool = ThreadPoolExecutor(max_workers=2 if check else 1, thread_name_prefix="onnx-load")
            self._pending = pool.submit(load)
            if check is not None:
                self._checked = pool.submit(check)
            pool.shutdown(wait=False)  # the threads end when the model is loaded and checked
        else:
            if check is not None:
                check()
            self._session = self._loaded(load)
        self._token_cache: OrderedDict[str, tuple[np.ndarray, list[str]]] = OrderedDict()
        # The word table's token vectors, each word encoded alone (remember_alone): its
        # ids, ascending, and one row a word.
        self._alone_ids: np.ndarray | None = None
        self._alone_tokens: np.ndarray | None = None

    def _loaded(self, load):  # noqa: ANN001, ANN202 - returns an onnxruntime.InferenceSession
        try:
            return load()
        except Exception as exc:  # a graph onnxruntime refuses
            raise ModelError(f"cannot load the ONNX encoder in {self._folder}: {exc.__class__.__name__}") from None

    def _ready_session(self):  # noqa: ANN202
        if self._checked is not None:
            self._checked.result()  # raises the check's error, at every use
        if self._session is None:
            self._session = self._loaded(self._pending.result)
        return self._session

    def encode(self, texts: list[str], *, batch_size: int = 32) -> np.ndarray:
        """L2-normalised sentence vectors, as sentence-transformers' encode(normalize_embeddings=True)."""
        return self.embed(texts, batch_size=batch_size)[0]

    def is_whole_word(self, word: str) -> bool:
        """Whether the model's vocabulary holds ``word`` as one piece (a word, not "smes")."""
        return self._tokenizer.token_to_id(word) is not None

    def is_common_word(self, word: str) -> bool:
        """Whether ``word`` is one piece of the vocabulary among its commonest (ranked
        before WORD_TABLE_RANK): "law", not "cass"."""
        rank = self.word_rank(word)
        return rank is not None and rank < WORD_TABLE_RANK

    def common_words(self) -> list[str]:
        """The words of lower-case letters among the vocabulary's commonest (ranked before
        WORD_TABLE_RANK), commonest first: English a misspelling may be of."""
        # Looked up id by id (each id is one piece): the whole vocabulary as a dict
        # (get_vocab) took ~0.1 s of every start-up to build.
        pieces = (self._tokenizer.id_to_token(i) for i in range(WORD_TABLE_RANK))
        return [w for w in pieces if w is not None and w.isascii() and w.isalpha() and w.islower()]

    def whole_words(self) -> list[tuple[int, str]]:
        """(token id, word) for the words of lower-case letters that the vocabulary holds
        as one piece and ranks before WORD_TABLE_RANK, ids ascending."""
        vocabulary = sorted((i, w) for w, i in self._tokenizer.get_vocab().items()
                            if i < WORD_TABLE_RANK and len(w) >= MIN_TABLE_WORD and w.isascii() and w.isalpha() and w.islower())
        encodings = self._tokenizer.encode_batch([w for _, w in vocabulary])
        return [(i, w) for (i, w), e in zip(vocabulary, encodings)
                if [t for t, special in zip(e.ids, e.special_tokens_mask) if not special] == [i]]

    def word_pieces(self, word: str) -> list[str]:
        """How the model's tokenizer spells ``word`` in pieces ("ransomware" → "ransom", "##ware")."""
        return self._tokenizer.encode(word, add_special_tokens=False).tokens

    def word_rank(self, word: str) -> int | None:
        """The position of ``word`` in the model's vocabulary (common words come first), or None."""
        return self._tokenizer.token_to_id(word)

    def token_vectors(self, text: str) -> tuple[np.ndarray, list[str]]:
        """The L2-normalised contextual vectors of a text's word pieces ([CLS]/[SEP] left
        out), and the lower-cased word each piece belongs to."""
        if text not in self._token_cache:
            alone = self._alone(text)
            if alone is not None:
                return alone
            self.embed([text])
        self._token_cache.move_to_end(text)
        return self._token_cache[text]

    def table_words(self, ids: np.ndarray) -> list[str]:
        """The words of the vocabulary with these token ids."""
        return [self._tokenizer.id_to_token(int(i)) for i in ids]

    def alone_tokens(self, words: list[str]) -> np.ndarray:
        """Each word's token vector, the word encoded alone (as ``token_vectors`` would),
        one row a word; ModelError unless each is one piece of the vocabulary."""
        _, tokens = self.embed(words, batch_size=ALONE_BATCH)
        if any(len(t) != 1 for t in tokens):
            raise ModelError("a word encoded alone is not one piece")
        return np.concatenate(tokens) if tokens else np.zeros((0, self.dimension), dtype=_TOKEN_DTYPE)

    def remember_alone(self, ids: np.ndarray, tokens: np.ndarray) -> None:
        """Answer ``token_vectors`` for a text that is one word of the word table (its
        ``ids``, ascending: whole words of lower-case letters, each one piece) from
        ``tokens`` (alone_tokens, one row a word; memory-mapped, a question reads its
        word's row) without a forward pass: an unknown name ("France") is looked up
        alone for its synonyms, a second pass of ~2 ms that made a few questions the
        slowest."""
        self._alone_ids, self._alone_tokens = ids, tokens

    def _alone(self, text: str) -> tuple[np.ndarray, list[str]] | None:
        """The token vectors of ``text`` from the word table, when it is one of its words."""
        if self._alone_ids is None or self._alone_tokens is None:
            return None
        token_id = self._tokenizer.token_to_id(text)  # the word exactly as the vocabulary writes it, or None
        if token_id is None:
            return None
        row = int(np.searchsorted(self._alone_ids, token_id))
        if row == len(self._alone_ids) or self._alone_ids[row] != token_id:
            return None
        return np.array(self._alone_tokens[row : row + 1], dtype=_TOKEN_DTYPE), [text]

    def piece_words(self, texts: list[str]) -> list[list[str]]:
        """For each text, the lower-cased word each of its word pieces belongs to (the
        rows of its token vectors), without running the model."""
        return [self._token_words(t, e) for t, e in zip(texts, self._encodings(list(texts)))]

    @staticmethod
    def _token_words(text: str, encoding) -> list[str]:  # noqa: ANN001 - a tokenizers.Encoding
        spans: dict[int, tuple[int, int]] = {}
        pieces = []
        for word, (start, end), special in zip(encoding.word_ids, encoding.offsets, encoding.special_tokens_mask):
            if special:
                continue
            pieces.append(word)
            low, high = spans.get(word, (start, end))
            spans[word] = (min(low, start), max(high, end))
        return [text[slice(*spans[w])].lower() for w in pieces]

    def embed(self, texts: list[str], *, batch_size: int = 32) -> tuple[np.ndarray, list[np.ndarray]]:
        """Sentence vectors and each text's token vectors, from one forward pass."""
        if isinstance(texts, str):
            raise TypeError("encode a list of texts, not one string")
        texts = list(texts)
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        tokens: list[np.ndarray] = [np.zeros((0, self.dimension), dtype=_TOKEN_DTYPE)] * len(texts)
        encodings = self._encodings(texts)
        lengths = [len(e.ids) for e in encodings]
        # Texts of similar length share a batch: less padding, same vectors.
        order = sorted(range(len(texts)), key=lengths.__getitem__)
        for start in range(0, len(order), batch_size):
            rows = order[start : start + batch_size]
            batch = [encodings[i] for i in rows]
            sentence, token = self._ready_session().run([SENTENCE_OUTPUT, TOKEN_OUTPUT], self._feeds(batch, [lengths[i] for i in rows]))
            norms = np.linalg.norm(sentence, axis=1, keepdims=True)
            vectors[rows] = sentence / np.maximum(norms, MIN_NORM)
            # Every token normalised at once (each over its own 384 values, as one at a
            # time): a question's pass is short, and numpy's per-call cost is not.
            token /= np.maximum(np.linalg.norm(token, axis=2, keepdims=True), MIN_NORM)
            for j, e in enumerate(batch):
                specials = e.special_tokens_mask
                first, last = specials.index(0) if 0 in specials else 0, lengths[rows[j]]
                while last > first and specials[last - 1]:
                    last -= 1
                if any(specials[first:last]):  # a special piece inside the text: keep its words only
                    kept = token[j, [k for k, special in enumerate(specials) if not special]]
                else:
                    kept = token[j, first:last]
                tokens[rows[j]] = kept.astype(_TOKEN_DTYPE, copy=False)
        if len(texts) <= REMEMBERED_BATCH:
            for text, encoding, vectors_of_text in zip(texts, encodings, tokens):
                self._remember(text, vectors_of_text, self._token_words(text, encoding))
        return vectors, tokens

    def _encodings(self, texts: list[str]) -> list:
        """The tokenizer's encodings of ``texts``: a few on this thread, many on its pool."""
        if len(texts) < POOLED_TOKENIZING:
            return [self._tokenizer.encode(text) for text in texts]
        return self._tokenizer.encode_batch(texts)

    def _feeds(self, batch: list, lengths: list[int]) -> dict[str, np.ndarray]:
        """The model's inputs for a batch of encodings, padded to the longest."""
        if min(lengths) == max(lengths):  # one text, or texts of one length: no padding
            feeds = {"input_ids": np.array([e.ids for e in batch], dtype=np.int64),
                     "attention_mask": np.array([e.attention_mask for e in batch], dtype=np.int64)}
            if "token_type_ids" in self._inputs:
                feeds["token_type_ids"] = np.array([e.type_ids for e in batch], dtype=np.int64)
            return feeds
        width = max(lengths)
        feeds = {name: np.zeros((len(batch), width), dtype=np.int64) for name in self._inputs}
        feeds["input_ids"].fill(self._pad_id)
        for j, (e, n) in enumerate(zip(batch, lengths)):
            feeds["input_ids"][j, :n] = e.ids
            feeds["attention_mask"][j, :n] = e.attention_mask
            if "token_type_ids" in feeds:
                feeds["token_type_ids"][j, :n] = e.type_ids
        return feeds

    def _remember(self, text: str, tokens: np.ndarray, words: list[str]) -> None:
        self._token_cache[text] = (tokens, words)
        self._token_cache.move_to_end(text)
        if len(self._token_cache) > TOKEN_CACHE_SIZE:
            self._token_cache.popitem(last=False)
