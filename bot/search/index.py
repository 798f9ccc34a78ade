"""The on-disk index: FAISS vectors, a passage table, token vectors, the ONNX encoder and a manifest.

The manifest records what the index was built from — model, segmenter version and a
hash of every corpus file — so any change to those means a rebuild; and the SHA-256
of every file the index itself holds, so a damaged or edited file (offsets shifted
in passages.json would cut quotes in the wrong place) means a rebuild too, never a
misquote. Loading also checks that every passage is still the same whole sentences
of its document.

The encoder's model is most of the index's bytes (90 MB for MiniLM), and hashing it
took a tenth of a second of every start. At load it is checked by the size and time
the manifest records for it (an edited file means a rebuild, as before) and hashed
on a thread of its own while onnxruntime loads it: the first question waits for
both, and a model whose bytes changed under an unchanged size and time fails it
with a one-line message.
"""

from __future__ import annotations

import hashlib
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
from .onnx_encoder import EXPORT_FORMAT, MODEL_FILE, WORD_IDS_FILE, WORD_VECTORS_FILE, OnnxEncoder, file_digest, save_array
from .progress import BuildProgress
from .stored_arrays import Arrays, stored
from ..errors import IndexBuildError, TextbotError
from ..texts.passages import SEGMENTER_VERSION, Sentence, segment

log = logging.getLogger(__name__)

INDEX_FORMAT = 4
MANIFEST_FILE = "manifest.json"
PASSAGES_FILE = "passages.json"
VECTORS_FILE = "vectors.faiss"
VOCABULARY_FILE = "vocabulary.json"
VOCABULARY_VECTORS_FILE = "vocabulary.npy"
# Late interaction: the contextual token vectors of every sentence, in corpus order,
# and for every passage the [start, end) rows of its sentences' tokens.
TOKENS_FILE = "tokens.npy"
TOKEN_BOUNDS_FILE = "token_bounds.npy"
TOKENS_IN_MEMORY_BYTES = 64 * 2**20  # as float32; above this they stay memory-mapped float16
CORE_FILES = (PASSAGES_FILE, VECTORS_FILE, VOCABULARY_FILE, VOCABULARY_VECTORS_FILE)
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
ENCODE_BATCH = 64
# Every text costs its [CLS] and [SEP] tokens and a row of the batch besides its words:
# about this many characters' worth, so vocabulary words (short) count fairly in the estimate.
ENCODE_OVERHEAD_CHARS = 10

EncoderFactory = Callable[[Path], Encoder]


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
    # Token vectors (float16 on disk; float32 in memory when small) and each
    # passage's rows of them; None when the encoder gives no token vectors.
    token_vectors: np.ndarray | None = None
    token_bounds: np.ndarray | None = None
    # The question encoder kept with the index (ONNX); None when it has none.
    encoder: Encoder | None = None
    # Where the index lives: the searcher keeps what it derives from it there too
    # (bot.search.lexical); None for an index held only in memory.
    folder: Path | None = None
    # The encoder's common whole words, encoded alone (onnx_encoder.WORD_VECTORS_FILE):
    # their token ids, ascending, and vectors; None when it has none.
    word_ids: np.ndarray | None = None
    word_vectors: np.ndarray | None = None

    def search(self, query_vector: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Inner-product scores and row ids of the k nearest passages."""
        k = min(k, len(self.passages))
        scores, ids = self.vectors.search(np.asarray(query_vector, dtype=np.float32).reshape(1, -1), k)
        return scores[0], ids[0]

    def word_vector(self, token_id: int | None) -> np.ndarray | None:
        """The stored vector of the whole word with this token id, or None."""
        if token_id is None or self.word_ids is None or self.word_vectors is None:
            return None
        row = int(np.searchsorted(self.word_ids, token_id))
        if row == len(self.word_ids) or self.word_ids[row] != token_id:
            return None
        return np.array(self.word_vectors[row], dtype=np.float32)

    def passage_tokens(self, row: int) -> np.ndarray | None:
        """The token vectors of a passage's sentences, or None without a token store."""
        if self.token_vectors is None or self.token_bounds is None:
            return None
        start, end = self.token_bounds[row]
        return self.token_vectors[start:end]


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
        "export": EXPORT_FORMAT,
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
    if manifest.get("export") != expected["export"]:
        return "the encoder's ONNX export changed"
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
    texts: list[str], encoder: Encoder, *, progress: BuildProgress | None = None, token_rows: set[int] = frozenset()
) -> tuple[np.ndarray, dict[int, np.ndarray]]:
    """Encode texts in batches: their vectors, and the token vectors of the rows in
    ``token_rows`` when the encoder gives token vectors.

    Batches are of texts of about the same length, longest first: a batch costs as much as
    its longest text times its size, so batching by length halves the work against batches
    in corpus order (bench/bench_build.py). Longest first makes an early estimate of the
    time left err on the long side.
    """
    if not texts:
        raise IndexBuildError("the corpus has no sentences to index")
    embed = getattr(encoder, "embed", None)
    order = sorted(range(len(texts)), key=lambda row: len(texts[row]), reverse=True)
    vectors: np.ndarray | None = None
    tokens: dict[int, np.ndarray] = {}
    for i in range(0, len(order), ENCODE_BATCH):
        rows = order[i : i + ENCODE_BATCH]
        batch = [texts[row] for row in rows]
        if embed is None:
            batch_vectors, batch_tokens = encoder.encode(batch, batch_size=ENCODE_BATCH), []
        else:
            batch_vectors, batch_tokens = embed(batch, batch_size=ENCODE_BATCH)
            tokens.update({row: t.astype(np.float16) for row, t in zip(rows, batch_tokens) if row in token_rows})
        if vectors is None:
            vectors = np.zeros((len(texts), np.asarray(batch_vectors).shape[1]), dtype=np.float32)
        vectors[rows] = batch_vectors
        if progress is not None:
            progress.advance(encoding_cost(batch))
    assert vectors is not None
    return vectors, tokens


def encoding_cost(texts: list[str]) -> int:
    """What encoding these texts costs, in characters (see bot.search.progress)."""
    return sum(len(text) + ENCODE_OVERHEAD_CHARS for text in texts)


def token_store(passages: list[Passage], tokens: dict[int, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """One matrix of the single-sentence passages' token vectors, in corpus order, and
    each passage's [start, end) rows of it.

    Every sentence is stored once: a window's tokens are its sentences' tokens, which
    lie next to each other because windows never cross a heading or a paragraph.
    """
    blocks: dict[tuple[str, int], tuple[int, int]] = {}
    parts = []
    offset = 0
    for row, p in enumerate(passages):
        if p.size == 1:
            parts.append(tokens[row])
            blocks[(p.doc_id, p.first)] = (offset, offset + len(tokens[row]))
            offset += len(tokens[row])
    bounds = np.array(
        [(blocks[(p.doc_id, p.first)][0], blocks[(p.doc_id, p.last)][1]) for p in passages], dtype=np.int64
    ).reshape(-1, 2)
    return np.vstack(parts).astype(np.float16), bounds


def build_index(
    documents: dict[str, Document],
    encoder_factory: EncoderFactory,
    index_dir: Path,
    manifest: dict,
    *,
    progress: bool = True,
    notify: Callable[[str], None] = log.info,
) -> Index:
    """Embed every passage, write every index file and then the manifest; return the index.

    ``encoder_factory(index_dir)`` gives the encoder to build with; the files it lists
    in its ``files`` attribute (the exported ONNX model) become part of the index. With
    ``progress``, how far encoding has got goes to stderr (bot.search.progress): a bar on
    a terminal, else a line to ``notify`` every half minute of a long build.
    """
    import faiss

    started = time.perf_counter()
    index_dir.mkdir(parents=True, exist_ok=True)
    # No manifest while the files change: a build killed midway is never trusted.
    (index_dir / MANIFEST_FILE).unlink(missing_ok=True)
    encoder = encoder_factory(index_dir)
    passages, _ = make_passages(documents)
    texts = [documents[p.doc_id].body[p.start : p.end] for p in passages]
    vocabulary = corpus_vocabulary(texts)
    single = {row for row, p in enumerate(passages) if p.size == 1}
    meter = BuildProgress(encoding_cost(texts) + encoding_cost(vocabulary), notify=notify) if progress else None
    try:
        vectors, tokens = encode_passages(texts, encoder, progress=meter, token_rows=single)
        vocabulary_vectors = encode_passages(vocabulary, encoder, progress=meter)[0].astype(np.float16)
    finally:
        if meter is not None:
            meter.close()
    index = choose_faiss_index(vectors)
    files = list(CORE_FILES) + list(getattr(encoder, "files", ()))
    _atomic_write(index_dir / PASSAGES_FILE, json.dumps([asdict(p) for p in passages]).encode())
    _atomic_write(index_dir / VOCABULARY_FILE, json.dumps(vocabulary).encode())
    save_array(index_dir / VOCABULARY_VECTORS_FILE, vocabulary_vectors)
    token_vectors = token_bounds = None
    if tokens:
        token_vectors, token_bounds = token_store(passages, tokens)
        save_array(index_dir / TOKENS_FILE, token_vectors)
        save_array(index_dir / TOKEN_BOUNDS_FILE, token_bounds)
        files += [TOKENS_FILE, TOKEN_BOUNDS_FILE]
    tmp_vectors = index_dir / (VECTORS_FILE + ".tmp")
    faiss.write_index(index, str(tmp_vectors))
    os.replace(tmp_vectors, index_dir / VECTORS_FILE)
    manifest = {
        **manifest,
        "dimension": int(vectors.shape[1]),
        "passages": len(passages),
        "faiss": type(index).__name__,
        "encoder": type(encoder).__name__,
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "index_files": {name: file_digest(index_dir / name) for name in files},
        "index_stats": {name: _stat(index_dir / name) for name in files},
    }
    _atomic_write(index_dir / MANIFEST_FILE, json.dumps(manifest, indent=2).encode())
    log.info("indexed %d passages in %.1f s", len(passages), time.perf_counter() - started)
    word_ids, word_vectors = _word_table(index_dir, files, int(vectors.shape[1]))
    return Index(manifest, passages, index, vocabulary, vocabulary_vectors, token_vectors, token_bounds,
                 _query_encoder(encoder, index_dir), index_dir, word_ids, word_vectors)


def _word_table(index_dir: Path, files, dimension: int) -> tuple[np.ndarray | None, np.ndarray | None]:
    """The encoder's whole-word table, when the index holds one: its ids, and its vectors
    memory-mapped (a question reads only its words' rows). IndexBuildError when damaged."""
    if WORD_VECTORS_FILE not in files or WORD_IDS_FILE not in files:
        return None, None
    try:
        word_ids = np.load(index_dir / WORD_IDS_FILE, allow_pickle=False)
        word_vectors = np.asarray(np.load(index_dir / WORD_VECTORS_FILE, mmap_mode="r", allow_pickle=False))
    except (OSError, ValueError) as exc:
        raise IndexBuildError(f"index in {index_dir} is unreadable ({exc.__class__.__name__})") from None
    if word_ids.ndim != 1 or word_vectors.shape != (len(word_ids), dimension) or np.any(np.diff(word_ids) <= 0):
        raise IndexBuildError(f"index in {index_dir} is inconsistent (the word vectors and their ids disagree)")
    return word_ids, word_vectors


def _query_encoder(build_encoder: Encoder, index_dir: Path) -> Encoder | None:
    """The encoder for questions: the ONNX model the build exported, on the query threads."""
    return OnnxEncoder(index_dir) if isinstance(build_encoder, OnnxEncoder) else None


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def stored_vectors(index: Index, name: str, texts: list[str], encode: Callable[[list[str]], np.ndarray]) -> np.ndarray:
    """The vectors of ``texts`` that a searcher derives from the index (the section
    headings, say): read from the file ``name`` in the index's folder when stored there
    for these texts and this very index (its files and build time), else encoded now
    and stored there for the next process (stored_arrays.stored)."""
    identity = [index.manifest.get("built_at"), index.manifest.get("index_files"), texts]
    key = hashlib.sha256(json.dumps(identity, sort_keys=True).encode("utf-8")).hexdigest()

    def load(arrays: Arrays) -> np.ndarray:
        if arrays["vectors"].ndim != 2 or len(arrays["vectors"]) != len(texts):
            raise ValueError("it is inconsistent")
        return arrays["vectors"]

    return stored(
        index.folder / name if index.folder is not None else None,
        key,
        lambda: np.asarray(encode(texts), dtype=np.float32),
        load=load,
        arrays=lambda vectors: {"vectors": vectors},
    )


def read_manifest(index_dir: Path) -> dict | None:
    """The manifest, or None when there is no readable one."""
    try:
        manifest = json.loads((index_dir / MANIFEST_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) else None


def verify_files(index_dir: Path, manifest: dict, *, defer: frozenset[str] = frozenset()) -> Callable[[], None]:
    """Every file the manifest lists is there with the bytes it was written with; IndexBuildError if not.

    A file named in ``defer`` whose size and modification time are those the manifest
    records is hashed only by the check this returns, for the caller to run when it
    likes (IndexBuildError then too); every other file is hashed now.
    """
    listed = manifest.get("index_files")
    if not isinstance(listed, dict) or not set(CORE_FILES) <= set(listed):
        raise IndexBuildError("the manifest does not list the index files")
    stats = manifest.get("index_stats")
    stats = stats if isinstance(stats, dict) else {}
    later: list[tuple[Path, str]] = []
    for name, digest in listed.items():
        path = index_dir / name
        if os.sep in name or name.startswith("."):
            raise IndexBuildError(f"the manifest lists an odd file name {name!r}")
        if name in defer and _unchanged(path, stats.get(name)):
            later.append((path, digest))
        else:
            _check_digest(path, digest)

    def check() -> None:
        for path, digest in later:
            _check_digest(path, digest, advice="rebuild the index with `textbot index --force`")

    return check


def _stat(path: Path) -> list[int]:
    stat = path.stat()
    return [stat.st_size, stat.st_mtime_ns]


def _unchanged(path: Path, recorded: object) -> bool:
    """Whether a file has the size and modification time recorded for it."""
    try:
        return recorded == _stat(path)
    except OSError:
        return False


def _check_digest(path: Path, digest: str, *, advice: str = "") -> None:
    try:
        actual = file_digest(path)
    except OSError as exc:
        raise IndexBuildError(f"{path} is unreadable ({exc.__class__.__name__})") from None
    if actual != digest:
        raise IndexBuildError(
            f"{path} is corrupt or was edited (its checksum does not match the manifest){': ' + advice if advice else ''}"
        )


def check_passages(passages: list[Passage], documents: dict[str, Document]) -> None:
    """Every passage is still the same whole sentences of its document; IndexBuildError if not.

    The passage table is what every quote is cut with, so it is checked against the
    documents themselves, not only against its checksum.
    """
    expected, _ = make_passages(documents)
    if passages != expected:
        differ = next((i for i, (a, b) in enumerate(zip(passages, expected)) if a != b), min(len(passages), len(expected)))
        raise IndexBuildError(f"the passage table no longer matches the documents' sentences (row {differ})")


def load_index(index_dir: Path, manifest: dict, documents: dict[str, Document] | None = None) -> Index:
    """Load a verified index, checking its files are whole; IndexBuildError if not."""
    onnx = manifest.get("encoder") == OnnxEncoder.__name__
    # The model and the word table are hashed beside the model's load.
    deferred = frozenset({MODEL_FILE, WORD_VECTORS_FILE}) if onnx else frozenset()
    check_model = verify_files(index_dir, manifest, defer=deferred)
    listed = manifest["index_files"]
    encoder = None
    if onnx:
        if not set(OnnxEncoder.files) <= set(listed):
            raise IndexBuildError("the manifest does not list the encoder's files")
        try:
            # From its path, not from bytes read here: handing onnxruntime a copy costs
            # 120 MB of peak memory. In the background, started first: the rest of the
            # index and the searcher are loaded meanwhile (a third of a cold `textbot
            # ask`), and the first question waits for it and for the model's hash.
            encoder = OnnxEncoder(index_dir, in_background=True, check=check_model)
        except TextbotError as exc:
            raise IndexBuildError(str(exc)) from None
    import faiss  # a tenth of a second: after the model's load has started

    try:
        raw = json.loads((index_dir / PASSAGES_FILE).read_text(encoding="utf-8"))
        passages = [Passage(**row) for row in raw]
        vocabulary = json.loads((index_dir / VOCABULARY_FILE).read_text(encoding="utf-8"))
        vocabulary_vectors = np.load(index_dir / VOCABULARY_VECTORS_FILE, allow_pickle=False)
        vectors = faiss.read_index(str(index_dir / VECTORS_FILE))
        token_vectors = token_bounds = None
        if TOKENS_FILE in listed and TOKEN_BOUNDS_FILE in listed:
            # Memory-mapped: a question reads only its candidates' rows, so a corpus
            # whose token vectors outgrow memory still loads. A small store is held as
            # float32 instead: converting the candidates' rows from float16 cost more
            # than comparing them.
            token_vectors = np.load(index_dir / TOKENS_FILE, mmap_mode="r", allow_pickle=False)
            if token_vectors.size * np.dtype(np.float32).itemsize <= TOKENS_IN_MEMORY_BYTES:
                token_vectors = token_vectors.astype(np.float32)
            else:  # a plain array over the same mapping: np.memmap's slicing is slow
                token_vectors = np.asarray(token_vectors)
            token_bounds = np.load(index_dir / TOKEN_BOUNDS_FILE, allow_pickle=False)
    except (OSError, ValueError, TypeError, RuntimeError) as exc:
        raise IndexBuildError(f"index in {index_dir} is unreadable ({exc.__class__.__name__})") from None
    if (
        vectors.ntotal != len(passages)
        or vectors.d != manifest.get("dimension")
        or vocabulary_vectors.shape != (len(vocabulary), vectors.d)
    ):
        raise IndexBuildError(f"index in {index_dir} is inconsistent (vectors and passages disagree)")
    if token_vectors is not None and (
        token_vectors.ndim != 2
        or token_vectors.shape[1] != vectors.d
        or token_bounds.shape != (len(passages), 2)
        or (len(passages) and (token_bounds.min() < 0 or token_bounds.max() > len(token_vectors)))
    ):
        raise IndexBuildError(f"index in {index_dir} is inconsistent (token vectors and passages disagree)")
    word_ids, word_vectors = _word_table(index_dir, listed, vectors.d)
    if documents is not None:
        check_passages(passages, documents)
    if isinstance(vectors, faiss.IndexIVF):
        vectors.nprobe = max(1, vectors.nlist // IVF_PROBE_FRACTION)
    return Index(manifest, passages, vectors, vocabulary, vocabulary_vectors, token_vectors, token_bounds, encoder, index_dir,
                 word_ids, word_vectors)


def open_index(
    documents: dict[str, Document],
    corpus_dir: Path,
    index_dir: Path,
    model: str,
    encoder_factory: EncoderFactory,
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
                    return load_index(index_dir, manifest, documents)
                except IndexBuildError as exc:
                    reason = str(exc)
        notify(f"building the index: {reason}")
    return build_index(documents, encoder_factory, index_dir, expected, notify=notify)
