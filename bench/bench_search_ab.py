"""Two checkouts' searches in one process, question by question: the whole search, the time inside the encoder, the rest.

    python bench/bench_search_ab.py CHECKOUT [--step 1] [--rounds 2] [--other-first]

CHECKOUT's bot/ is copied into a temporary folder as a package of another name and
imported beside this checkout's; both searchers open the same index (this checkout's
settings) and answer the same questions alternately (which goes first alternates too),
each encoded afresh. "rest" is a search's wall time minus the time spent in its
encoder's embed(): the Python around the forward pass, which the whole search's noise
on a shared machine hides; "cpu" the process's CPU time, "rest cpu" the searching
thread's outside embed(), which waits for a busy machine's cores leave out. Every set in bench/data except the held-out ones, and the
dev set, every ``--step``-th question.
"""

from __future__ import annotations

import argparse
import glob
import importlib
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.search.engine import open_searcher  # noqa: E402
from bot.settings import Settings  # noqa: E402

OTHER_PACKAGE = "otherbot"
DEV_SET = ROOT.parent / "shared" / "eval" / "dev.jsonl"


def _questions(step: int) -> list[str]:
    files = [f for f in sorted(glob.glob(str(ROOT / "bench" / "data" / "*.jsonl"))) if "heldout" not in Path(f).name]
    files += [str(DEV_SET)] if DEV_SET.exists() else []
    questions = [json.loads(line)["question"] for f in files for line in open(f, encoding="utf-8") if line.strip()]
    return questions[::step]


def _timed(searcher, name: str, inside: dict[str, float], inside_cpu: dict[str, float]) -> None:
    """Add the time spent in the searcher's encoder's embed() to inside[name], and this
    thread's CPU time there to inside_cpu[name]."""
    encoder = searcher._encoder
    embed = encoder.embed

    def counted(*args, **kwargs):
        started, started_cpu = time.perf_counter(), time.thread_time()
        try:
            return embed(*args, **kwargs)
        finally:
            inside[name] += time.perf_counter() - started
            inside_cpu[name] += time.thread_time() - started_cpu

    encoder.embed = counted


def compare(searchers: dict, questions: list[str], rounds: int) -> None:
    """Print p50/p95 of each searcher's whole search, its time in embed() and the rest,
    the searchers answering each question alternately (which goes first alternates too)."""
    inside, inside_cpu = dict.fromkeys(searchers, 0.0), dict.fromkeys(searchers, 0.0)
    for name, searcher in searchers.items():
        _timed(searcher, name, inside, inside_cpu)
    for q in questions:  # warm: the framer compiles its patterns on first need
        for searcher in searchers.values():
            searcher.search(q)
    # Beside wall times, CPU times, which a busy machine's waits leave out: "cpu", the
    # process's (the encoder's worker thread included; the other searcher is idle),
    # and "rest cpu", this thread's outside embed(): the Python around the forward pass.
    times = {name: {"wall": [], "encoder": [], "rest": [], "cpu": [], "rest cpu": []} for name in searchers}
    names = list(searchers)
    for round_ in range(rounds):
        for i, q in enumerate(questions):
            for name in names if (i + round_) % 2 else names[::-1]:
                searchers[name].clear_cache()
                inside[name] = inside_cpu[name] = 0.0
                started, started_cpu, started_thread = time.perf_counter(), time.process_time(), time.thread_time()
                searchers[name].search(q)
                wall = time.perf_counter() - started
                times[name]["cpu"].append(time.process_time() - started_cpu)
                times[name]["rest cpu"].append(time.thread_time() - started_thread - inside_cpu[name])
                times[name]["wall"].append(wall)
                times[name]["encoder"].append(inside[name])
                times[name]["rest"].append(wall - inside[name])
    print(f"{len(questions)} questions x {rounds}, alternated; load average {' / '.join(f'{x:.2f}' for x in os.getloadavg())} at the end")
    for name, measured in times.items():
        cells = [f"{k} {np.percentile(v, 50) * 1000:.2f} / {np.percentile(v, 95) * 1000:.2f} ms" for k, v in measured.items()]
        print(f"{name}: " + "; ".join(cells) + " (p50 / p95)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkout", type=Path)
    parser.add_argument("--step", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--other-first", action="store_true", help="open CHECKOUT's searcher first")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        shutil.copytree(args.checkout / "bot", Path(folder) / OTHER_PACKAGE, ignore=shutil.ignore_patterns("__pycache__"))
        sys.path.insert(0, folder)
        other_engine = importlib.import_module(f"{OTHER_PACKAGE}.search.engine")
        settings = Settings.from_env()
        # Which encoder session is made first may matter (where its weights land); one
        # run with --other-first and one without shows whether it does.
        opened = {str(args.checkout): lambda: other_engine.open_searcher(settings, notify=lambda m: None),
                  "this": lambda: open_searcher(settings, notify=lambda m: None)}
        order = list(opened) if args.other_first else list(opened)[::-1]
        searchers = {name: opened[name]() for name in order}
        compare(searchers, _questions(args.step), args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
