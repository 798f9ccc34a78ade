"""Wiring: settings → corpus → index → searcher, questions encoded by the index's ONNX model."""

from __future__ import annotations

import logging
from typing import Callable

from ..texts.corpus import Document, load_corpus
from .encoders import load_encoder
from .onnx_encoder import exported_encoder
from .index import Index, open_index
from .searcher import Searcher
from ..settings import Settings

log = logging.getLogger(__name__)


def ensure_index(
    settings: Settings,
    *,
    documents: dict[str, Document] | None = None,
    force: bool = False,
    notify: Callable[[str], None] = log.warning,
) -> Index:
    """Load the index, building or rebuilding it when missing, stale or corrupt."""
    if documents is None:
        documents = load_corpus(settings.corpus_dir)
    return open_index(
        documents,
        settings.corpus_dir,
        settings.index_dir,
        settings.model,
        lambda folder: exported_encoder(settings.model, folder),
        force=force,
        notify=notify,
    )


def open_searcher(
    settings: Settings, *, force: bool = False, notify: Callable[[str], None] = log.warning
) -> Searcher:
    """A ready searcher for the configured corpus, index and model (the index rebuilt with ``force``)."""
    documents = load_corpus(settings.corpus_dir)
    index = ensure_index(settings, documents=documents, force=force, notify=notify)
    # Indexes built with another encoder (tests use small fakes) carry none.
    return Searcher(documents, index, index.encoder or load_encoder(settings.model))
