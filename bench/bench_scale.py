"""Scale benchmark: FAISS at 100k and 1M synthetic passages.

    python bench/bench_scale.py [--sizes 100000 1000000] [--out bench/results/scale.md]

Synthetic passages are the real corpus's passage and word embeddings, each copied
many times with Gaussian noise (cosine to its source ≈ 0.7), so the vectors cluster
the way real text does. For each size: the index type textbot chooses
(bot.index.choose_faiss_index), its build time, the memory it adds, query latency
p50/p95 at the depth the searcher asks for, and recall@10 against exact flat search.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.search.engine import ensure_index  # noqa: E402
from bot.search.encoders import load_encoder  # noqa: E402
from bot.search.evaluation import read_eval_file  # noqa: E402
from bot.search.index import choose_faiss_index  # noqa: E402
from bot.search.searcher import DENSE_CANDIDATES  # noqa: E402
from bot.settings import Settings  # noqa: E402

NOISE = 0.055  # per-dimension Gaussian noise; gives cosine ≈ 0.7 to the source vector
QUERIES = 300
CHUNK = 100_000


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def synthetic(sources: np.ndarray, size: int, rng: np.random.Generator) -> np.ndarray:
    out = np.empty((size, sources.shape[1]), dtype=np.float32)
    for start in range(0, size, CHUNK):
        n = min(CHUNK, size - start)
        block = sources[rng.integers(0, len(sources), n)] + rng.normal(0, NOISE, (n, sources.shape[1])).astype(np.float32)
        out[start : start + n] = block / np.linalg.norm(block, axis=1, keepdims=True)
    return out


def main() -> int:
    import faiss

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--dev", default=str(ROOT.parent / "shared" / "eval" / "dev.jsonl"))
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "scale.md"))
    args = parser.parse_args()
    rng = np.random.default_rng(7)

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings.from_env({"TEXTBOT_INDEX": str(Path(tmp) / "index")}, root=ROOT)
        index = ensure_index(settings, notify=lambda m: None)
        passage_vectors = np.vstack([index.vectors.reconstruct(i) for i in range(index.vectors.ntotal)])
        sources = np.vstack([passage_vectors, index.vocabulary_vectors.astype(np.float32)])
        encoder = index.encoder
        questions = [q.question for q in read_eval_file(Path(args.dev))]
        base_queries = encoder.encode(questions)
        queries = synthetic(base_queries, QUERIES, rng)

    rows = []
    for size in args.sizes:
        vectors = synthetic(sources, size, rng)
        before = rss_mb()
        started = time.perf_counter()
        chosen = choose_faiss_index(vectors)
        build = time.perf_counter() - started
        added = rss_mb() - before
        latencies = []
        found = []
        for q in queries:
            t = time.perf_counter()
            _, ids = chosen.search(q.reshape(1, -1), DENSE_CANDIDATES)
            latencies.append((time.perf_counter() - t) * 1000)
            found.append(ids[0][:10])
        exact = faiss.IndexFlatIP(vectors.shape[1])
        exact.add(vectors)
        _, truth = exact.search(queries, 10)
        recall = np.mean([len(set(f) & set(t)) / 10 for f, t in zip(found, truth)])
        rows.append(
            f"| {size:,} | {type(chosen).__name__} | {build:.1f} s | {added:,.0f} MB | "
            f"{np.percentile(latencies, 50):.2f} ms | {np.percentile(latencies, 95):.2f} ms | {recall:.3f} |"
        )
        print(rows[-1], flush=True)
        del chosen, exact, vectors

    lines = [
        f"# Scale benchmark ({time.strftime('%Y-%m-%d')}, {os.cpu_count()} CPUs, {QUERIES} queries, depth {DENSE_CANDIDATES})",
        "",
        "| passages | FAISS index | build | memory added | query p50 | query p95 | recall@10 vs flat |",
        "|---|---|---|---|---|---|---|",
        *rows,
        "",
    ]
    Path(args.out).write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
