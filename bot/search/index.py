"""The on-disk index: FAISS vectors, a passage table and a manifest.

The manifest records what the index was built from — model, dimension, segmenter
version and a hash of every corpus file — so any change to those means a rebuild.
"""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

import numpy as np

from ..texts.corpus import Document, corpus_files, file_hash
from .encoders import Encoder
from ..errors import IndexBuildError
from ..texts.passages import SEGMENTER_VERSION, Sentence, segment

log = logging.getLogger(__name__)

INDEX_FORMAT = 3
MANIFEST_FILE = "manifest.json"
PASSAGES_FILE = "passages.json"
VECTORS_FILE = "vectors.faiss"
VOCABULARY_FILE = "vocabulary.json"
VOCABULARY_VECTORS_FILE = "vocabulary.npy"
MIN_VOCABULARY_WORD = 3
MAX_WINDOW_SENTENCES = 3
MAX_QUOTE_CHARS = 600
# Below this many vectors an exact flat index is both fast and exact. Above it an
# inverted-file index: in a one-off comparison on 100k synthetic passages it built
# several times faster than HNSW for the same recall, and probing 1/16 of its lists
# keeps recall@10 above 0.99 (bench/bench_scale.py).
FLAT_INDEX_LIMIT = 50_000
IVF_LISTS_PER_SQRT = 4
IVF_PROBE_FRACTION = 16
IVF_TRAINING_POINTS_PER_LIST = 40  # FAISS warns below 39
PROGRESS_BAR_MIN_PASSAGES = 2_000
ENCODE_BATCH = 64


@dataclass(frozen=True)
class Passage:
    """A unit that is embedded: one to three consecutive sentences of one paragraph."""

    doc_id: str
    paragraph: int
    first: int  # position of the first sentence in the document
    last: int  # position of the last sentence, inclusive
    start: int
    end: int

    @property
    def size(self) -> int:
        return self.last - self.first + 1


@dataclass
class Index:
    """A loaded index: passages aligned with the rows of a FAISS index."""

    manifest: dict
    passages: list[Passage]
    vectors: object  # faiss.Index
    # Every word of the corpus and its embedding: lets a question's unfamiliar
    # word ("splitting") find the corpus's own word for it ("dividing").
    vocabulary: list[str]
    vocabulary_vectors: np.ndarray

    def search(self, query_vector: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Inner-product scores and row ids of the k nearest passages."""
        k = min(k, len(self.passages))
        scores, ids = self.vectors.search(np.asarray(query_vector, dtype=np.float32).reshape(1, -1), k)
        return scores[0], ids[0]


def make_passages(documents: dict[str, Document]) -> tuple[list[Passage], dict[str, list[Sentence]]]:
    """Every window of 1-3 sentences inside a paragraph, within the quote length limit."""
    passages: list[Passage] = []
    sentences_by_doc: dict[str, list[Sentence]] = {}
    for doc in documents.values():
        _, sentences = segment(doc)
        sentences_by_doc[doc.id] = sentences
        for i, first in enumerate(sentences):
            if first.is_heading:
                continue
            for size in range(1, MAX_WINDOW_SENTENCES + 1):
                j = i + size - 1
                if j >= len(sentences):
                    break
                last = sentences[j]
                if last.paragraph != first.paragraph or last.is_heading:
                    break
                if last.end - first.start > MAX_QUOTE_CHARS and size > 1:
                    break
                passages.append(Passage(doc.id, first.paragraph, first.position, last.position, first.start, last.end))
    return passages, sentences_by_doc


def corpus_vocabulary(texts: list[str]) -> list[str]:
    """The distinct alphabetic words of the passages, sorted."""
    from .lexical import words

    return sorted({w for text in texts for w in words(text) if w.isalpha() and len(w) >= MIN_VOCABULARY_WORD})


def corpus_fingerprint(corpus_dir: Path) -> dict[str, str]:
    """File name → SHA-256 for every corpus file."""
    return {path.name: file_hash(path) for path in corpus_files(corpus_dir)}


def expected_manifest(corpus_dir: Path, model: str) -> dict:
    """What the manifest of an up-to-date index must say (dimension aside)."""
    return {
        "format": INDEX_FORMAT,
        "model": model,
        "segmenter": SEGMENTER_VERSION,
        "files": corpus_fingerprint(corpus_dir),
    }


def stale_reason(manifest: dict, expected: dict) -> str | None:
    """Why an index no longer matches the corpus or model, or None when it does."""
    if manifest.get("format") != expected["format"]:
        return "the index format changed"
    if manifest.get("model") != expected["model"]:
        return f"the model changed ({manifest.get('model')} → {expected['model']})"
    if manifest.get("segmenter") != expected["segmenter"]:
        return "the sentence splitter changed"
    old, new = manifest.get("files", {}), expected["files"]
    if old != new:
        changed = sorted(set(old) ^ set(new) | {n for n in set(old) & set(new) if old[n] != new[n]})
        return f"the corpus changed ({', '.join(changed[:3])}{'…' if len(changed) > 3 else ''})"
    return None


def choose_faiss_index(vectors: np.ndarray):
    """Exact flat search when small; an IVF index above FLAT_INDEX_LIMIT."""
    import faiss

    dimension = vectors.shape[1]
    if len(vectors) <= FLAT_INDEX_LIMIT:
        index = faiss.IndexFlatIP(dimension)
    else:
        lists = int(IVF_LISTS_PER_SQRT * np.sqrt(len(vectors)))
        index = faiss.IndexIVFFlat(faiss.IndexFlatIP(dimension), dimension, lists, faiss.METRIC_INNER_PRODUCT)
        sample_size = min(len(vectors), IVF_TRAINING_POINTS_PER_LIST * lists)
        sample = np.random.default_rng(0).choice(len(vectors), sample_size, replace=False)
        index.train(vectors[np.sort(sample)])
        index.nprobe = max(1, lists // IVF_PROBE_FRACTION)
    index.add(vectors)
    if isinstance(index, faiss.IndexIVF):
        # The searcher scores lexical hits the vector search missed by reconstructing
        # their vectors, which an IVF index can only do with a direct map (it is saved).
        index.make_direct_map()
    return index


def encode_passages(
    texts: list[str], encoder: Encoder, *, progress: bool = False
) -> np.ndarray:
    """Encode passage texts in batches, with a progress bar when asked."""
    batches = range(0, len(texts), ENCODE_BATCH)
    if progress:
        from tqdm import tqdm

        batches = tqdm(batches, desc="encoding passages", unit="batch", leave=False)
    chunks = [encoder.encode(texts[i : i + ENCODE_BATCH], batch_size=ENCODE_BATCH) for i in batches]
    if not chunks:
        raise IndexBuildError("the corpus has no sentences to index")
    return np.vstack(chunks).astype(np.float32)


def build_index(
    documents: dict[str, Document],
    encoder: Encoder,
    index_dir: Path,
    manifest: dict,
    *,
    progress: bool | None = None,
) -> Index:
    """Embed every passage, write vectors, passage table and manifest; return the index."""
    import faiss

    started = time.perf_counter()
    passages, _ = make_passages(documents)
    texts = [documents[p.doc_id].body[p.start : p.end] for p in passages]
    if progress is None:
        progress = len(texts) >= PROGRESS_BAR_MIN_PASSAGES
    vectors = encode_passages(texts, encoder, progress=progress)
    vocabulary = corpus_vocabulary(texts)
    vocabulary_vectors = encode_passages(vocabulary, encoder, progress=progress).astype(np.float16)
    index = choose_faiss_index(vectors)
    manifest = {
        **manifest,
        "dimension": int(vectors.shape[1]),
        "passages": len(passages),
        "faiss": type(index).__name__,
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    index_dir.mkdir(parents=True, exist_ok=True)
    # Write to temporary names and rename, so an interrupted build never leaves a
    # manifest that vouches for half-written files.
    _atomic_write(index_dir / PASSAGES_FILE, json.dumps([asdict(p) for p in passages]).encode())
    _atomic_write(index_dir / VOCABULARY_FILE, json.dumps(vocabulary).encode())
    with open(index_dir / (VOCABULARY_VECTORS_FILE + ".tmp"), "wb") as handle:
        np.save(handle, vocabulary_vectors)
    os.replace(index_dir / (VOCABULARY_VECTORS_FILE + ".tmp"), index_dir / VOCABULARY_VECTORS_FILE)
    tmp_vectors = index_dir / (VECTORS_FILE + ".tmp")
    faiss.write_index(index, str(tmp_vectors))
    os.replace(tmp_vectors, index_dir / VECTORS_FILE)
    manifest["vectors_sha256"] = file_hash(index_dir / VECTORS_FILE)
    manifest["vocabulary_sha256"] = file_hash(index_dir / VOCABULARY_VECTORS_FILE)
    _atomic_write(index_dir / MANIFEST_FILE, json.dumps(manifest, indent=2).encode())
    log.info("indexed %d passages in %.1f s", len(passages), time.perf_counter() - started)
    return Index(manifest, passages, index, vocabulary, vocabulary_vectors)


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def read_manifest(index_dir: Path) -> dict | None:
    """The manifest, or None when there is no readable one."""
    try:
        manifest = json.loads((index_dir / MANIFEST_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) else None


def load_index(index_dir: Path, manifest: dict) -> Index:
    """Load vectors and passages, checking they are whole; IndexBuildError if not."""
    import faiss

    vectors_path = index_dir / VECTORS_FILE
    try:
        if file_hash(vectors_path) != manifest.get("vectors_sha256"):
            raise IndexBuildError(f"{vectors_path} is corrupt (its checksum does not match the manifest)")
        if file_hash(index_dir / VOCABULARY_VECTORS_FILE) != manifest.get("vocabulary_sha256"):
            raise IndexBuildError(f"{index_dir / VOCABULARY_VECTORS_FILE} is corrupt (checksum mismatch)")
        raw = json.loads((index_dir / PASSAGES_FILE).read_text(encoding="utf-8"))
        passages = [Passage(**row) for row in raw]
        vocabulary = json.loads((index_dir / VOCABULARY_FILE).read_text(encoding="utf-8"))
        vocabulary_vectors = np.load(index_dir / VOCABULARY_VECTORS_FILE, allow_pickle=False)
        vectors = faiss.read_index(str(vectors_path))
    except IndexBuildError:
        raise
    except (OSError, ValueError, TypeError, RuntimeError) as exc:
        raise IndexBuildError(f"index in {index_dir} is unreadable ({exc.__class__.__name__})") from None
    if (
        vectors.ntotal != len(passages)
        or vectors.d != manifest.get("dimension")
        or vocabulary_vectors.shape != (len(vocabulary), vectors.d)
    ):
        raise IndexBuildError(f"index in {index_dir} is inconsistent (vectors and passages disagree)")
    if isinstance(vectors, faiss.IndexIVF):
        vectors.nprobe = max(1, vectors.nlist // IVF_PROBE_FRACTION)
    return Index(manifest, passages, vectors, vocabulary, vocabulary_vectors)


def open_index(
    documents: dict[str, Document],
    corpus_dir: Path,
    index_dir: Path,
    model: str,
    encoder_factory: Callable[[], Encoder],
    *,
    force: bool = False,
    notify: Callable[[str], None] = log.warning,
) -> Index:
    """The index for this corpus and model: loaded when current, else (re)built."""
    expected = expected_manifest(corpus_dir, model)
    if not force:
        manifest = read_manifest(index_dir)
        if manifest is None:
            exists = (index_dir / MANIFEST_FILE).exists()
            reason = "the manifest is unreadable" if exists else "no index yet"
        else:
            reason = stale_reason(manifest, expected)
            if reason is None:
                try:
                    return load_index(index_dir, manifest)
                except IndexBuildError as exc:
                    reason = str(exc)
        notify(f"building the index: {reason}")
    return build_index(documents, encoder_factory(), index_dir, expected)
