"""Index build time for one large document: where the time goes, and batches by length
against batches in corpus order.

    python bench/bench_build.py [--sizes 1 10] [--sample 768] [--out bench/results/build.md]

A synthetic document of each size (MB) is made of the shipped corpus's sentences in random
order, four to a paragraph on average, each with one word swapped for a made-up one (so
the vocabulary grows with the text as a real book's does). Every step of the build but
encoding is timed on the whole document (segmentation, passage windows, vocabulary, the
token store, FAISS on vectors of the right number and size). Encoding, which is all but
all of the time, is timed on a random sample of the document's passages and vocabulary,
with the ONNX encoder the build uses, in both orders, interleaved (the machine is shared):
the whole document's encoding time is the sample's rate applied to every character.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.search import index as ix  # noqa: E402
from bot.search.engine import ensure_index  # noqa: E402
from bot.search.onnx_encoder import BUILD_THREADS, OnnxEncoder  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.texts.corpus import load_corpus, parse_document  # noqa: E402
from bot.texts.passages import segment  # noqa: E402

MADE_UP_WORDS_PER_SQRT_MB = 20_000


def synthetic_document(size_bytes: int, sentences: list[str], rng: random.Random) -> str:
    pool = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(4, 10)))
            for _ in range(int(MADE_UP_WORDS_PER_SQRT_MB * (size_bytes / 1e6) ** 0.5))]
    paragraphs, size = [], 0
    while size < size_bytes:
        chosen = []
        for _ in range(rng.randint(2, 6)):
            words = rng.choice(sentences).split(" ")
            if len(words) > 1:
                words[rng.randrange(1, len(words))] = rng.choice(pool)
            chosen.append(" ".join(words))
        paragraph = " ".join(chosen)
        paragraphs.append(paragraph)
        size += len(paragraph.encode()) + 2
    front = "---\nid: synthetic\ntitle: Synthetic\nauthor: null\noutlet: Bench\ndate: '2024-01-01'\n---\n\n"
    return front + "\n\n".join(paragraphs) + "\n"


def timed(step, *args):
    started = time.perf_counter()
    result = step(*args)
    return result, time.perf_counter() - started


def encode_in_corpus_order(texts: list[str], encoder: OnnxEncoder) -> None:
    """What the build did before: batches of 64 passages as they come in the document."""
    for i in range(0, len(texts), ix.ENCODE_BATCH):
        encoder.embed(texts[i : i + ix.ENCODE_BATCH], batch_size=ix.ENCODE_BATCH)


def encode_by_length(texts: list[str], encoder: OnnxEncoder) -> None:
    ix.encode_passages(texts, encoder)


def minutes(seconds: float) -> str:
    return f"{seconds / 60:.1f} min" if seconds >= 60 else f"{seconds:.1f} s"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1.0, 10.0], help="document sizes in MB")
    parser.add_argument("--sample", type=int, default=768, help="passages (and words) to time encoding on")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "build.md"))
    args = parser.parse_args()
    rng = random.Random(7)

    corpus = load_corpus(ROOT / "corpus")
    sentences = [s.text for doc in corpus.values() for s in segment(doc)[1] if not s.is_heading]
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings.from_env({"TEXTBOT_INDEX": str(Path(tmp) / "index")}, root=ROOT)
        ensure_index(settings, notify=lambda m: None)  # exports the ONNX encoder the build uses
        encoder = OnnxEncoder(settings.index_dir, threads=BUILD_THREADS)

        rows = []
        for size in args.sizes:
            text = synthetic_document(int(size * 1e6), sentences, rng)
            doc, parse = timed(parse_document, text)
            (passages, _), windows = timed(ix.make_passages, {doc.id: doc})
            texts = [doc.body[p.start : p.end] for p in passages]
            vocabulary, vocab_time = timed(ix.corpus_vocabulary, texts)
            vectors = np.random.default_rng(0).normal(size=(len(passages), encoder.dimension)).astype(np.float32)
            vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
            faiss_index, faiss_time = timed(ix.choose_faiss_index, vectors)
            sample = rng.sample(texts, min(args.sample, len(texts))) + rng.sample(vocabulary, min(args.sample, len(vocabulary)))
            sample_cost = ix.encoding_cost(sample)
            total_cost = ix.encoding_cost(texts) + ix.encoding_cost(vocabulary)
            encoder.embed(sample[:64])  # warm up
            timings: dict[str, list[float]] = {"corpus order": [], "by length": []}
            for _ in range(2):
                for name, encode in (("corpus order", encode_in_corpus_order), ("by length", encode_by_length)):
                    timings[name].append(timed(encode, sample, encoder)[1])
            other = parse + windows + vocab_time + faiss_time
            projected = {name: min(values) * total_cost / sample_cost for name, values in timings.items()}
            rows.append((size, len(passages), len(vocabulary), parse + windows, vocab_time, faiss_time,
                         type(faiss_index).__name__, projected["corpus order"] + other, projected["by length"] + other,
                         total_cost / (projected["by length"] + other)))
            print(f"{size:g} MB: {len(passages)} passages, {len(vocabulary)} words; segmentation+windows "
                  f"{parse + windows:.1f} s, vocabulary {vocab_time:.1f} s, FAISS {faiss_time:.1f} s; "
                  f"build ≈ {minutes(rows[-1][7])} before, {minutes(rows[-1][8])} after "
                  f"(encoding sample: {timings})", flush=True)

    lines = [
        "# Index build time for one large document",
        "",
        "`python bench/bench_build.py` (see its docstring for the method).",
        "",
        "| document | passages | words | segmentation + windows | vocabulary | FAISS | build, batches in corpus order (before) | build, batches by length (after) | characters/s |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for size, n, words, seg, voc, fai, kind, before, after, rate in rows:
        lines.append(f"| {size:g} MB | {n:,} | {words:,} | {seg:.1f} s | {voc:.1f} s | {fai:.1f} s ({kind}) | "
                     f"{minutes(before)} | {minutes(after)} | {rate:,.0f} |")
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
