"""Search benchmark: quality against three baselines, warm latency, cold start, memory, build time.

    python bench/bench_search.py [--dev ../shared/eval/dev.jsonl] [--out bench/results/search.md]

Quality runs the three reference baselines (BM25 over sentences; MiniLM + flat FAISS
over sentences; reciprocal-rank fusion of the two) beside the real search on the same
questions in the same run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.texts.corpus import load_corpus  # noqa: E402
from bot.search.encoders import load_encoder  # noqa: E402
from bot.search.engine import open_searcher  # noqa: E402
from bot.search.evaluation import EVAL_DEPTH, evaluate, read_eval_file  # noqa: E402
from bot.search.lexical import LexicalIndex  # noqa: E402
from bot.texts.passages import segment  # noqa: E402
from bot.settings import Settings  # noqa: E402

RRF_K = 60
COLD_RUNS = 5


def sentence_baselines(settings: Settings):
    """The three reference rankers over single sentences, as answer functions."""
    import faiss

    documents = load_corpus(settings.corpus_dir)
    sentences = [s.text for d in documents.values() for s in segment(d)[1] if not s.is_heading]
    lexical = LexicalIndex(sentences)
    encoder = load_encoder(settings.model)
    vectors = encoder.encode(sentences, batch_size=64)
    flat = faiss.IndexFlatIP(vectors.shape[1])
    flat.add(vectors)

    def bm25_ranks(q):
        scores = lexical.scores(q)
        return [int(i) for i in np.argsort(-scores, kind="stable")[:100]]

    def dense_ranks(q):
        _, ids = flat.search(encoder.encode([q]), 100)
        return [int(i) for i in ids[0]]

    def rrf_ranks(q):
        fused: dict[int, float] = {}
        for ranking in (bm25_ranks(q), dense_ranks(q)):
            for rank, i in enumerate(ranking):
                fused[i] = fused.get(i, 0.0) + 1.0 / (RRF_K + rank + 1)
        return sorted(fused, key=lambda i: -fused[i])

    def as_answer(ranker):
        return lambda q: (True, [sentences[i] for i in ranker(q)[:EVAL_DEPTH]])

    return {
        "BM25, sentences": as_answer(bm25_ranks),
        "MiniLM + flat FAISS, sentences": as_answer(dense_ranks),
        "RRF of the two": as_answer(rrf_ranks),
    }


def percentile(values, p):
    return float(np.percentile(np.asarray(values), p))


def measure_cold(settings: Settings, question: str) -> tuple[list[float], float]:
    """Wall times of a fresh `textbot ask` process, and its peak RSS in MB."""
    env = {**os.environ, "TEXTBOT_CORPUS": str(settings.corpus_dir), "TEXTBOT_INDEX": str(settings.index_dir)}
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss across exec, so a child of this
    # (large) process would report the parent's peak.
    probe = (
        "import sys, pathlib; import bot.cli.main as c; status = c.main(['ask', %r]);"
        "hwm = [l for l in pathlib.Path('/proc/self/status').read_text().splitlines() if l.startswith('VmHWM:')];"
        "print('RSS', hwm[0].split()[1], file=sys.stderr)" % question
    )
    times = []
    rss = 0.0
    for _ in range(COLD_RUNS):
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "bot", "ask", question], env=env, capture_output=True, cwd=ROOT)
        times.append(time.perf_counter() - started)
        assert done.returncode == 0, done.stderr.decode()
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, cwd=ROOT, text=True)
    for line in done.stderr.splitlines():
        if line.startswith("RSS "):
            rss = int(line.split()[1]) / 1024
    return times, rss


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", default=str(ROOT.parent / "shared" / "eval" / "dev.jsonl"))
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "search.md"))
    args = parser.parse_args()
    questions = read_eval_file(Path(args.dev))
    lines = [f"# Search benchmark ({time.strftime('%Y-%m-%d')}, {os.cpu_count()} CPUs)", ""]

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings.from_env({"TEXTBOT_INDEX": str(Path(tmp) / "index")}, root=ROOT)
        load_encoder(settings.model)  # model load is not part of the build time
        started = time.perf_counter()
        searcher = open_searcher(settings, notify=lambda m: None)
        build_seconds = time.perf_counter() - started
        passages = len(searcher.index.passages)

        def real(q):
            result = searcher.search(q, top_k=EVAL_DEPTH)
            return result.answered, [x.text for x in result.quotes]

        rows = []
        for name, answer in {**sentence_baselines(settings), "textbot search": real}.items():
            m = evaluate(questions, answer).metrics()
            rows.append(f"| {name} | {m['hit@1']:.3f} | {m['hit@3']:.3f} | {m['hit@5']:.3f} | {m['mrr@10']:.3f} | {m['abstention']:.3f} |")
        lines += [f"## Quality on {Path(args.dev).name} ({len(questions)} questions)", "",
                  "| method | hit@1 | hit@3 | hit@5 | MRR@10 | abstention |", "|---|---|---|---|---|---|", *rows, ""]

        for q in questions[:5]:
            searcher.search(q.question)  # warm up
        latencies = []  # every query encoded afresh: the remembered embeddings are cleared
        repeated = []  # the same questions again, their embeddings remembered
        for _ in range(5):
            for q in questions:
                searcher.clear_cache()
                started = time.perf_counter()
                searcher.search(q.question)
                latencies.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                searcher.search(q.question)
                repeated.append((time.perf_counter() - started) * 1000)
        cold, rss = measure_cold(settings, questions[0].question)
        lines += [
            "## Speed and memory", "",
            "| measure | value | target |", "|---|---|---|",
            f"| warm query latency p50 | {percentile(latencies, 50):.1f} ms | |",
            f"| warm query latency p95 | {percentile(latencies, 95):.1f} ms | ≤ 25 ms |",
            f"| repeated question (embedding remembered) p95 | {percentile(repeated, 95):.1f} ms | |",
            f"| cold `textbot ask` wall time, median of {COLD_RUNS} (index cached) | {statistics.median(cold):.2f} s | ≤ 3 s |",
            f"| peak RSS of a query process | {rss:.0f} MB | ≤ 600 MB |",
            f"| index build ({passages} passages, model already loaded) | {build_seconds:.1f} s | |",
            "",
        ]
    text = "\n".join(lines)
    Path(args.out).write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
