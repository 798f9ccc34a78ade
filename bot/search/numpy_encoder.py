"""Pure-numpy sentence encoder for plain BERT + mean-pooling sentence-transformers folders.

`textbot ask` must answer cold in a few seconds, and importing torch alone takes longer
than that here. Encoding one short query needs no autograd, no GPU and no transformers,
so this module runs the BERT forward pass itself with numpy, tokenises with the Rust
`tokenizers` package and reads weights with `safetensors.numpy`. It reproduces what
`SentenceTransformer(model_dir).encode(texts, normalize_embeddings=True)` returns, to
float32 rounding. `supports(model_dir)` (numpy_model_check.py) says whether a folder is
one it can run; for any other the caller uses sentence-transformers.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from safetensors import SafetensorError
from safetensors.numpy import load_file
from tokenizers import Tokenizer, normalizers, pre_tokenizers, processors

from .encoders import ModelError
from .numpy_model_check import (  # noqa: F401 - supports is imported from here
    CONFIG_FILE,
    SBERT_CONFIG_FILE,
    TOKENIZER_CONFIG_FILE,
    TOKENIZER_FILE,
    WEIGHTS_FILE,
    read_json,
    read_optional_json,
    supports,
    token_name,
    unsupported_reason,
)

logger = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 32

# Key prefixes a BertModel state dict may carry: bare BertModel, BertFor* heads, and a
# whole SentenceTransformer saved as one state dict.
WEIGHT_PREFIXES = ("", "bert.", "0.auto_model.", "auto_model.", "model.")
# The same floors torch uses: mean pooling clamps the token count, F.normalize the norm.
MIN_TOKEN_COUNT = 1e-9
MIN_NORM = 1e-12
# Abramowitz & Stegun 7.1.26: erf(z) ~ 1 - (a1 t + ... + a5 t^5) exp(-z^2), t = 1 / (1 + p z).
ERF_P = 0.3275911
ERF_A = (0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429)
# float32 GELU moves embeddings by ~1e-6 (tests allow 1e-4) and halves its cost.
GELU_DTYPE = np.float32
GELU_BLOCK = 16384  # values per block: a few float64 temporaries fit in L2
# Batches up to this many tokens (a query, a few sentences) run on one BLAS thread: waking
# OpenBLAS's other thread cost 0.3-0.5 s on the first call on a busy 2-core machine, and on
# small matrices a second thread never pays for itself.
SINGLE_THREAD_TOKENS = 4096
# Attention weights under e**-40 of the largest cannot move a float32 result, but left as
# subnormal floats they make exp and the next matmul several times slower: set them to 0.
SOFTMAX_FLOOR = np.float32(-40.0)


def _load_tokenizer(model_dir: Path, max_length: int, *, lowercase_input: bool) -> Tokenizer:
    """The tokenizer sentence-transformers would use, without padding."""
    tok_config = read_optional_json(model_dir / TOKENIZER_CONFIG_FILE)
    tokenizer = Tokenizer.from_file(str(model_dir / TOKENIZER_FILE))
    # transformers' BertTokenizer takes only the vocabulary from tokenizer.json and rebuilds
    # normalizer, pre-tokenizer and [CLS] ... [SEP] template from tokenizer_config.json
    # (lowercasing unless told otherwise), so do the same.
    lowercase = bool(tok_config.get("do_lower_case", True))
    normalizer = normalizers.BertNormalizer(
        clean_text=True,
        handle_chinese_chars=bool(tok_config.get("tokenize_chinese_chars", True)),
        strip_accents=tok_config.get("strip_accents"),
        lowercase=lowercase,
    )
    # sentence_bert_config.json's do_lower_case: sentence-transformers puts a Lowercase in
    # front when the tokenizer does not lowercase already.
    if lowercase_input and not lowercase:
        normalizer = normalizers.Sequence([normalizers.Lowercase(), normalizer])
    tokenizer.normalizer = normalizer
    tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    cls = token_name(tok_config, "cls_token", "[CLS]")
    sep = token_name(tok_config, "sep_token", "[SEP]")
    tokenizer.post_processor = processors.TemplateProcessing(
        single=f"{cls}:0 $A:0 {sep}:0",
        special_tokens=[(cls, tokenizer.token_to_id(cls)), (sep, tokenizer.token_to_id(sep))],
    )
    # tokenizer.json may carry its own truncation and fixed padding (128 for MiniLM):
    # replace both; padding is done per batch.
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length, strategy="longest_first", direction="right")
    return tokenizer


def _erf(z: np.ndarray) -> np.ndarray:
    """erf by Abramowitz & Stegun 7.1.26: absolute error under 1.5e-7.

    numpy has no erf, scipy.special costs ~0.3 s to import and math.erf element by element
    ~1 us per value. Run in float32 (GELU_DTYPE), the encoder's embeddings stay within
    2.2e-7 of sentence-transformers' (measured on 200 corpus sentences), 400x inside the
    tests' 1e-4 tolerance.
    """
    a = np.abs(z)
    t = 1.0 / (1.0 + ERF_P * a)
    poly = ERF_A[4]
    for coefficient in ERF_A[3::-1]:
        poly = poly * t + coefficient
    np.multiply(a, a, out=a)
    np.negative(a, out=a)
    np.exp(a, out=a)
    return np.copysign(1.0 - poly * t * a, z)


def _gelu(x: np.ndarray) -> np.ndarray:
    """BERT's "gelu": the exact erf form x * (1 + erf(x / sqrt 2)) / 2, not the tanh one."""
    out = np.empty_like(x)
    # A block at a time so the temporaries stay in cache: faster on long batches.
    rows = max(1, GELU_BLOCK // x.shape[-1])
    for start in range(0, x.shape[0], rows):
        block = x[start : start + rows].astype(GELU_DTYPE)
        erf = _erf(block * (1.0 / math.sqrt(2.0)))
        erf += 1.0
        erf *= block
        erf *= 0.5
        out[start : start + rows] = erf
    return out


@functools.cache
def _blas_controller() -> Any:
    try:  # threadpoolctl comes with scikit-learn; without it BLAS keeps its own thread count
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    return ThreadpoolController()


def _blas_threads(tokens: int) -> contextlib.AbstractContextManager[Any]:
    controller = _blas_controller() if tokens <= SINGLE_THREAD_TOKENS else None
    return controller.limit(limits=1, user_api="blas") if controller else contextlib.nullcontext()


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = np.square(centred).mean(axis=-1, keepdims=True)
    return centred / np.sqrt(var + np.float32(eps)) * weight + bias


Affine = tuple[np.ndarray, np.ndarray]  # (weight, bias); dense weights stored as (out, in)


def _dense(x: np.ndarray, affine: Affine) -> np.ndarray:
    """x @ weight.T + bias, for (tokens, in) x and (out, in) weight."""
    weight, bias = affine
    return (weight @ x.T).T + bias


@dataclass(frozen=True)
class _Layer:
    qkv: Affine  # query, key and value side by side: one matmul instead of three
    attn_out: Affine
    attn_norm: Affine
    inter: Affine
    out: Affine
    out_norm: Affine


class NumpyEncoder:
    """A sentence-transformers BERT + mean pooling model run with numpy; rows come L2-normalised."""

    def __init__(self, model_dir: Path) -> None:
        model_dir = Path(model_dir)
        reason = unsupported_reason(model_dir)
        if reason:
            raise ModelError(f"model folder {model_dir} cannot be run without torch: {reason}")
        config = read_json(model_dir / CONFIG_FILE)
        sbert = read_optional_json(model_dir / SBERT_CONFIG_FILE)
        self._heads = int(config["num_attention_heads"])
        self._eps = float(config.get("layer_norm_eps", 1e-12))
        # sentence-transformers' rule: max_seq_length if set, else the tokenizer's
        # model_max_length capped by the position table.
        positions = int(config.get("max_position_embeddings", 512))
        tok_config = read_optional_json(model_dir / TOKENIZER_CONFIG_FILE)
        self._max_seq_length = int(
            sbert.get("max_seq_length") or min(int(tok_config.get("model_max_length", positions)), positions)
        )
        if self._max_seq_length > positions:
            raise ModelError(f"model folder {model_dir}: max_seq_length {self._max_seq_length} exceeds {positions}")
        self._tokenizer = _load_tokenizer(
            model_dir, self._max_seq_length, lowercase_input=bool(sbert.get("do_lower_case"))
        )
        self._load_weights(model_dir / WEIGHTS_FILE, int(config["num_hidden_layers"]))
        logger.debug("numpy encoder loaded %s", model_dir)

    @property
    def dimension(self) -> int:
        """Length of each embedding vector."""
        return int(self._word_embeddings.shape[1])

    @property
    def max_seq_length(self) -> int:
        """Tokens per text, [CLS] and [SEP] included; longer texts are truncated."""
        return self._max_seq_length

    def _load_weights(self, path: Path, num_layers: int) -> None:
        try:
            tensors = load_file(str(path))
        except (OSError, ValueError, SafetensorError) as e:
            raise ModelError(f"cannot read model weights {path}: {e}") from None
        prefix = next(
            (p for p in WEIGHT_PREFIXES if f"{p}embeddings.word_embeddings.weight" in tensors), None
        )
        if prefix is None:
            raise ModelError(f"no BERT embeddings.word_embeddings.weight in {path}")

        def get(name: str) -> np.ndarray:
            try:
                return np.asarray(tensors[prefix + name], dtype=np.float32)
            except KeyError:
                raise ModelError(f"weight {prefix + name} missing from {path}") from None

        self._word_embeddings = get("embeddings.word_embeddings.weight")
        self._position_embeddings = get("embeddings.position_embeddings.weight")
        self._type_embeddings = get("embeddings.token_type_embeddings.weight")
        self._embed_norm = (get("embeddings.LayerNorm.weight"), get("embeddings.LayerNorm.bias"))
        self._layers = []
        for i in range(num_layers):
            p = f"encoder.layer.{i}."

            def affine(name: str) -> Affine:
                # Kept (out, in) as stored: a query's forward pass is bound by reading the
                # weights, and `w @ x.T` streams them ~40% faster than `x @ w.T` (measured
                # with OpenBLAS on one thread over 56 MB of weights).
                return np.ascontiguousarray(get(p + name + ".weight")), get(p + name + ".bias")

            def norm(name: str) -> Affine:
                return get(p + name + ".weight"), get(p + name + ".bias")

            q, k, v = (affine(f"attention.self.{n}") for n in ("query", "key", "value"))
            self._layers.append(
                _Layer(
                    qkv=(np.concatenate([q[0], k[0], v[0]], axis=0), np.concatenate([q[1], k[1], v[1]])),
                    attn_out=affine("attention.output.dense"),
                    attn_norm=norm("attention.output.LayerNorm"),
                    inter=affine("intermediate.dense"),
                    out=affine("output.dense"),
                    out_norm=norm("output.LayerNorm"),
                )
            )

    def encode(self, texts: list[str], *, batch_size: int = DEFAULT_BATCH_SIZE) -> np.ndarray:
        """Embeddings of `texts`, float32, shape (len(texts), dimension), each row of norm 1."""
        if isinstance(texts, str):
            raise TypeError("encode() takes a list of texts, not one string")
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        if not texts:
            return out
        encodings = self._tokenizer.encode_batch([str(t) for t in texts])
        # Longest first, like sentence-transformers, so each batch pads little.
        order = sorted(range(len(texts)), key=lambda i: -len(encodings[i].ids))
        for start in range(0, len(order), batch_size):
            chunk = order[start : start + batch_size]
            length = max(len(encodings[i].ids) for i in chunk)
            ids = np.zeros((len(chunk), length), dtype=np.int64)
            types = np.zeros((len(chunk), length), dtype=np.int64)
            mask = np.zeros((len(chunk), length), dtype=np.float32)
            for row, i in enumerate(chunk):
                n = len(encodings[i].ids)
                ids[row, :n] = encodings[i].ids
                types[row, :n] = encodings[i].type_ids
                mask[row, :n] = 1.0
            with _blas_threads(ids.size):
                out[chunk] = self._forward(ids, types, mask)
        return out

    def _forward(self, ids: np.ndarray, types: np.ndarray, mask: np.ndarray) -> np.ndarray:
        batch, length = ids.shape
        hidden = self.dimension
        heads = self._heads
        head_dim = hidden // heads
        # Dense layers work on (tokens, hidden) matrices: one BLAS call each, where numpy's
        # stacked 3-d matmul is several times slower.
        x = (
            self._word_embeddings[ids]
            + self._type_embeddings[types]
            + self._position_embeddings[np.newaxis, :length]
        ).reshape(batch * length, hidden)
        x = _layer_norm(x, *self._embed_norm, self._eps)
        # As in transformers: padded keys get the most negative float32 added, so softmax
        # gives them exactly zero weight.
        padded = bool((mask == 0).any())
        key_bias = ((1.0 - mask) * np.finfo(np.float32).min)[:, np.newaxis, np.newaxis, :]
        scale = np.float32(1.0 / math.sqrt(head_dim))
        for layer in self._layers:
            qkv = _dense(x, layer.qkv)
            # (3, batch, heads, length, head_dim), contiguous so each head's matmul is one BLAS call.
            qkv = np.ascontiguousarray(
                qkv.reshape(batch, length, 3, heads, head_dim).transpose(2, 0, 3, 1, 4)
            )
            q, k, v = qkv[0], qkv[1], qkv[2]
            q *= scale  # on the queries, not on the (length x length) scores: fewer values
            scores = q @ k.transpose(0, 1, 3, 2)
            if padded:
                scores += key_bias
            scores -= scores.max(axis=-1, keepdims=True)
            scores[scores < SOFTMAX_FLOOR] = -np.inf
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch * length, hidden)
            attended = _dense(context, layer.attn_out)
            attended += x
            x = _layer_norm(attended, *layer.attn_norm, self._eps)
            inner = _gelu(_dense(x, layer.inter))
            out = _dense(inner, layer.out)
            out += x
            x = _layer_norm(out, *layer.out_norm, self._eps)
        x = x.reshape(batch, length, hidden)
        counts = np.maximum(mask.sum(axis=1, keepdims=True), np.float32(MIN_TOKEN_COUNT))
        pooled = (x * mask[:, :, np.newaxis]).sum(axis=1) / counts
        norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), np.float32(MIN_NORM))
        return (pooled / norms).astype(np.float32)
