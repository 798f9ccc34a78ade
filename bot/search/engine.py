"""Wiring: settings → corpus → index → searcher, with the lightest encoder that will do."""

from __future__ import annotations

import logging
from typing import Callable

from ..texts.corpus import Document, load_corpus
from .encoders import load_encoder
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
        lambda: load_encoder(settings.model),
        force=force,
        notify=notify,
    )


def open_searcher(settings: Settings, *, notify: Callable[[str], None] = log.warning) -> Searcher:
    """A ready searcher for the configured corpus, index and model."""
    documents = load_corpus(settings.corpus_dir)
    index = ensure_index(settings, documents=documents, notify=notify)
    return Searcher(documents, index, load_encoder(settings.model, light=True))
