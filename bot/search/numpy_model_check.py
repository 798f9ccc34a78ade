"""Which model folders the numpy encoder can run: plain BERT + mean pooling, nothing else.

`supports(model_dir)` reads the folder's sentence-transformers configuration and says yes
only when `NumpyEncoder` reproduces its embeddings exactly; the reason for a no goes to the log.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

MODULES_FILE = "modules.json"
SBERT_CONFIG_FILE = "sentence_bert_config.json"
POOLING_CONFIG_FILE = "config.json"
CONFIG_FILE = "config.json"
TOKENIZER_FILE = "tokenizer.json"
TOKENIZER_CONFIG_FILE = "tokenizer_config.json"
WEIGHTS_FILE = "model.safetensors"

# sentence_bert_config.json keys that do not change what a plain text embedding is.
NEUTRAL_SBERT_KEYS = {"max_seq_length", "do_lower_case", "module_output_name", "unpad_inputs"}
# ...and keys that are harmless only while they hold their default.
SBERT_DEFAULTS: dict[str, Any] = {
    "transformer_task": "feature-extraction",
    "processing_kwargs": None,
    "query_length": None,
    "document_length": None,
    "query_expansion": None,
    "modality_config": None,
}


def read_json(path: Path) -> Any:
    with path.open(encoding="utf-8") as f:
        return json.load(f)


def read_optional_json(path: Path) -> dict[str, Any]:
    return read_json(path) if path.is_file() else {}


def _module_kind(module: dict[str, Any]) -> str:
    # "sentence_transformers.models.Pooling" (v2-v5) or
    # "sentence_transformers.sentence_transformer.modules.pooling.Pooling" (v6): the class name decides.
    return str(module.get("type", "")).rsplit(".", 1)[-1]


def _pooling_is_mean(pooling: dict[str, Any]) -> bool:
    if "pooling_mode" in pooling:  # sentence-transformers v6 format
        mode = pooling["pooling_mode"]
        if isinstance(mode, list) and len(mode) == 1:
            mode = mode[0]
        return mode == "mean"
    modes = {k: v for k, v in pooling.items() if k.startswith("pooling_mode_")}
    return modes.get("pooling_mode_mean_tokens") is True and sum(bool(v) for v in modes.values()) == 1


def token_name(tok_config: dict[str, Any], key: str, default: str) -> str:
    value = tok_config.get(key, default)
    # tokenizer_config.json spells special tokens either as strings or as AddedToken dicts.
    return str(value["content"]) if isinstance(value, dict) else str(value)


def _tokenizer_unsupported(tokenizer_spec: dict[str, Any], tok_config: dict[str, Any]) -> str | None:
    if tok_config.get("tokenizer_class", "BertTokenizer") not in ("BertTokenizer", "BertTokenizerFast"):
        return f"tokenizer class is {tok_config.get('tokenizer_class')!r}"
    model = tokenizer_spec.get("model") or {}
    if model.get("type") != "WordPiece":
        return "tokenizer is not WordPiece"
    if (
        model.get("continuing_subword_prefix", "##") != "##"
        or model.get("max_input_chars_per_word", 100) != 100
        or model.get("unk_token") != token_name(tok_config, "unk_token", "[UNK]")
    ):
        return "WordPiece settings differ from BERT's"
    for key, default in (("cls_token", "[CLS]"), ("sep_token", "[SEP]")):
        if token_name(tok_config, key, default) not in model.get("vocab", {}):
            return f"{key} is not in the vocabulary"
    normalizer = tokenizer_spec.get("normalizer") or {}
    if normalizer.get("type") != "BertNormalizer" or not normalizer.get("clean_text", True):
        return "tokenizer normalizer is not BERT's"
    if (tokenizer_spec.get("pre_tokenizer") or {}).get("type") != "BertPreTokenizer":
        return "tokenizer pre-tokenizer is not BERT's"
    return None


def _unsupported_reason(model_dir: Path) -> str | None:
    """Why this encoder cannot reproduce the folder's embeddings, or None if it can."""
    for name in (MODULES_FILE, CONFIG_FILE, TOKENIZER_FILE, WEIGHTS_FILE):
        if not (model_dir / name).is_file():
            return f"no {name}"
    modules = read_json(model_dir / MODULES_FILE)
    kinds = [_module_kind(m) for m in modules]
    if kinds not in (["Transformer", "Pooling"], ["Transformer", "Pooling", "Normalize"]):
        return f"modules are {kinds}, not Transformer + Pooling (+ Normalize)"
    if modules[0].get("path", "") != "" or any(m.get("kwargs") for m in modules):
        return "transformer module is not in the folder root or has extra arguments"

    config = read_json(model_dir / CONFIG_FILE)
    if config.get("model_type") != "bert":
        return f"model_type is {config.get('model_type')!r}, not 'bert'"
    if config.get("hidden_act") != "gelu":
        return f"hidden_act is {config.get('hidden_act')!r}, not exact 'gelu'"
    if config.get("position_embedding_type", "absolute") != "absolute":
        return "position embeddings are not absolute"
    if config.get("is_decoder") or config.get("add_cross_attention"):
        return "model is a decoder"

    pooling_path = model_dir / modules[1].get("path", "") / POOLING_CONFIG_FILE
    if not pooling_path.is_file():
        return f"no {pooling_path.relative_to(model_dir)}"
    pooling = read_json(pooling_path)
    if not _pooling_is_mean(pooling):
        return "pooling is not plain mean pooling"
    if pooling.get("include_prompt", True) is not True:
        return "pooling excludes prompts"
    dimension = pooling.get("word_embedding_dimension", pooling.get("embedding_dimension"))
    if dimension is not None and dimension != config.get("hidden_size"):
        return "pooling dimension differs from hidden size"

    for key, value in read_optional_json(model_dir / SBERT_CONFIG_FILE).items():
        if key in NEUTRAL_SBERT_KEYS:
            continue
        if key not in SBERT_DEFAULTS:
            return f"unknown {SBERT_CONFIG_FILE} key {key!r}"
        if value not in (SBERT_DEFAULTS[key], None, {}):
            return f"{SBERT_CONFIG_FILE} sets {key}={value!r}"

    return _tokenizer_unsupported(
        read_json(model_dir / TOKENIZER_FILE),
        read_optional_json(model_dir / TOKENIZER_CONFIG_FILE),
    )


def unsupported_reason(model_dir: Path) -> str | None:
    """Why NumpyEncoder cannot run the folder (unreadable configuration included), or None."""
    try:
        return _unsupported_reason(Path(model_dir))
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError) as e:
        return f"unreadable configuration ({e})"


def supports(model_dir: Path) -> bool:
    """Whether `model_dir` is a plain BERT + mean pooling folder that NumpyEncoder can run."""
    reason = unsupported_reason(model_dir)
    if reason:
        logger.info("numpy encoder cannot run %s: %s", model_dir, reason)
    return reason is None
