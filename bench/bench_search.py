"""Search benchmark: quality against three baselines, late interaction, speed side by side, cold start, memory.

    python bench/bench_search.py [--sets ../shared/eval/dev.jsonl bench/data/*.jsonl]
                                 [--late-sweep] [--speed-only] [--threads 1 2] [--cold-against CHECKOUT]
                                 [--out bench/results/search.md]

Quality runs the three reference baselines (BM25 over sentences; MiniLM + flat FAISS
over sentences; reciprocal-rank fusion of the two) beside the real search, with and
without late interaction, on the same questions in the same run. Speed times the
real search in a query process of its own (no torch, as `textbot ask` and the bot
run) alternately with a bare sentence-transformers + flat FAISS lookup in this
process, question by question, so both see the same load on a shared machine; a
query process for each other count of ONNX Runtime threads (`--threads 1 2`) joins
the same alternation. With --cold-against, the cold `textbot ask` of another checkout
(an earlier commit, say) is timed too, alternately with this one's, on the same index.
"""

from __future__ import annotations

import argparse
import compileall
import functools
import json
import os
import resource
import shutil
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
from bot.search import late_interaction  # noqa: E402
from bot.search.encoders import load_encoder  # noqa: E402
from bot.search.engine import open_searcher  # noqa: E402
from bot.search.evaluation import EVAL_DEPTH, evaluate, read_eval_file  # noqa: E402
from bot.search.lexical import LexicalIndex  # noqa: E402
from bot.search.onnx_encoder import QUERY_THREADS  # noqa: E402
from bot.texts.passages import segment  # noqa: E402
from bot.settings import Settings  # noqa: E402

RRF_K = 60
COLD_RUNS = 5
SPEED_ROUNDS = 2
SPEED_QUESTIONS = 120  # spread over every set
SWEEP_WEIGHTS = (0.0, 0.3, 0.6, 1.2, 2.0, 3.0)  # at the chosen depth
SWEEP_DEPTHS = (15, 60)  # at the chosen weight
BASELINE_DEPTH = 10
DEFAULT_SETS = [
    ROOT.parent / "shared" / "eval" / "dev.jsonl",
    ROOT / "bench" / "data" / "covered.jsonl",
    ROOT / "bench" / "data" / "offtopic.jsonl",
]
# The query process: answers each question on stdin with its search and encode times.
QUERY_PROCESS = """
import json, sys, time
from bot.settings import Settings
from bot.search.engine import open_searcher
from bot.search.onnx_encoder import QUERY_THREADS, OnnxEncoder
from bot.search.searcher import Searcher
settings = Settings.from_env()
searcher = open_searcher(settings, notify=lambda m: None)
encoder = searcher.index.encoder
threads = int(sys.argv[1])
if threads != QUERY_THREADS:
    encoder = OnnxEncoder(settings.index_dir, threads=threads)
    searcher = Searcher(searcher.documents, searcher.index, encoder)
passes = 0
embed = encoder.embed
def counted(*args, **kwargs):
    global passes
    passes += 1
    return embed(*args, **kwargs)
encoder.embed = counted
print("ready", flush=True)
for line in sys.stdin:
    question = json.loads(line)
    searcher.clear_cache()
    passes = 0
    started, cpu = time.perf_counter(), time.process_time()
    searcher.search(question)
    search_passes = passes
    search_ms, search_cpu = (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000
    started, cpu = time.perf_counter(), time.process_time()
    encoder.encode([question])
    encode_ms, encode_cpu = (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000
    print(json.dumps([search_ms, encode_ms, search_cpu, encode_cpu, search_passes]), flush=True)
hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM:")][0].split()[1]
print(json.dumps({"rss_mb": int(hwm) / 1024}), flush=True)
"""


def sentence_baselines(settings: Settings):
    """The three reference rankers over single sentences, as answer functions, and the bare lookup."""
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

    @functools.lru_cache(maxsize=None)  # the dense and the fused ranking ask for the same question
    def dense_ranks(q):
        _, ids = flat.search(encoder.encode([q]), 100)
        return tuple(int(i) for i in ids[0])

    def rrf_ranks(q):
        fused: dict[int, float] = {}
        for ranking in (bm25_ranks(q), dense_ranks(q)):
            for rank, i in enumerate(ranking):
                fused[i] = fused.get(i, 0.0) + 1.0 / (RRF_K + rank + 1)
        return sorted(fused, key=lambda i: -fused[i])

    def as_answer(ranker):
        return lambda q: (True, [sentences[i] for i in ranker(q)[:EVAL_DEPTH]])

    def bare_lookup(q):
        """What the speed target is measured against: encode with sentence-transformers, search flat FAISS."""
        return flat.search(encoder.encode([q]), BASELINE_DEPTH)

    rankers = {
        "BM25, sentences": as_answer(bm25_ranks),
        "MiniLM + flat FAISS, sentences": as_answer(dense_ranks),
        "RRF of the two": as_answer(rrf_ranks),
    }
    return rankers, bare_lookup, encoder


def _uptime() -> str:
    try:
        return subprocess.run(["uptime"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unavailable"


def _earlier_quality(path: Path) -> list[str]:
    """The quality tables of an earlier full run in ``path``, marked as such, for a
    speed-only run to keep."""
    try:
        earlier = path.read_text(encoding="utf-8")
    except OSError:
        return []
    start, end = earlier.find("## Quality"), earlier.find("## Speed and memory")
    if start < 0 or end < start:
        return []
    run = earlier.splitlines()[0].removeprefix("# Search benchmark ").strip("()")
    if not earlier[start:end].startswith("## Quality\n\n(From an earlier run"):
        earlier = earlier[:start] + f"## Quality\n\n(From an earlier run: {run}.)\n" + earlier[start + len("## Quality\n"):]
        end = earlier.find("## Speed and memory")
    return earlier[start:end].rstrip("\n").splitlines() + [""]


def percentile(values, p):
    return float(np.percentile(np.asarray(values), p))


def quality_rows(sets, answers) -> list[str]:
    """One table per evaluation set: every answer function on it."""
    lines = []
    for path, questions in sets.items():
        lines += [f"### {path.name} ({len(questions)} questions)", "",
                  "| method | hit@1 | hit@3 | MRR@10 | abstention right |", "|---|---|---|---|---|"]
        for name, answer in answers.items():
            m = evaluate(questions, answer).metrics()
            lines.append(f"| {name} | {m['hit@1']:.3f} | {m['hit@3']:.3f} | {m['mrr@10']:.3f} | {m['abstention']:.3f} |")
        lines.append("")
    return lines


def late_sweep(sets, answer) -> list[str]:
    """hit@1 / MRR@10 of the real search for each late-interaction weight and depth."""
    covered = {p: qs for p, qs in sets.items() if any(q.gold for q in qs)}
    off_topic = [q for qs in sets.values() for q in qs if not q.gold]
    header = "| weight | depth | " + " | ".join(f"{p.stem} hit@1 / MRR" for p in covered) + " | off-topic answered |"
    lines = ["## Late interaction: weight and depth", "", header, "|---|---|" + "---|" * (len(covered) + 1)]
    saved = weight, depth = late_interaction.LATE_WEIGHT, late_interaction.LATE_CANDIDATES
    for config in [(w, depth) for w in SWEEP_WEIGHTS] + [(weight, d) for d in SWEEP_DEPTHS]:
        late_interaction.LATE_WEIGHT, late_interaction.LATE_CANDIDATES = config
        cells = []
        for questions in covered.values():
            m = evaluate(questions, answer).metrics()
            cells.append(f"{m['hit@1']:.3f} / {m['mrr@10']:.3f}")
        answered = sum(answer(q.question)[0] for q in off_topic) / max(len(off_topic), 1)
        lines.append(f"| {config[0]} | {config[1]} | " + " | ".join(cells) + f" | {answered:.3f} |")
    late_interaction.LATE_WEIGHT, late_interaction.LATE_CANDIDATES = saved
    return lines + [""]


def side_by_side(settings: Settings, questions: list[str], bare_lookup, thread_counts=(QUERY_THREADS,)) -> dict:
    """Per-question times of the real search (its own torch-free process, one for each
    count of ONNX Runtime threads) and of the bare lookup with torch's default threads
    and with one thread, alternated question by question."""
    import torch

    env = {**os.environ, "TEXTBOT_CORPUS": str(settings.corpus_dir), "TEXTBOT_INDEX": str(settings.index_dir),
           "PYTHONPATH": str(ROOT)}
    children = {}
    for threads in thread_counts:
        children[threads] = subprocess.Popen([sys.executable, "-c", QUERY_PROCESS, str(threads)], env=env, cwd=ROOT,
                                             text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert children[threads].stdout.readline().strip() == "ready"
    default_threads = torch.get_num_threads()

    def ask_child(q, threads=thread_counts[0]):
        child = children[threads]
        child.stdin.write(json.dumps(q) + "\n")
        child.stdin.flush()
        answer = json.loads(child.stdout.readline())
        if threads > 1:
            time.sleep(0.002)  # as for torch: the workers stop spinning before the next side runs
        return answer

    def timed_bare(q, threads):
        torch.set_num_threads(threads)
        started = time.perf_counter()
        bare_lookup(q)
        elapsed = (time.perf_counter() - started) * 1000
        torch.set_num_threads(default_threads)
        time.sleep(0.002)  # let torch's worker threads stop spinning before the other side runs
        return elapsed

    times = {"ours": [], "encode": [], "ours_cpu": [], "encode_cpu": [], "passes": [], "bare": [], "bare1": [],
             **{f"ours{n}": [] for n in thread_counts}, **{f"encode{n}": [] for n in thread_counts}}
    for q in questions[:5]:  # warm up every side
        timed_bare(q, default_threads), timed_bare(q, 1), [ask_child(q, n) for n in thread_counts]
    for _ in range(SPEED_ROUNDS):
        for q in questions:
            times["bare"].append(timed_bare(q, default_threads))
            times["bare1"].append(timed_bare(q, 1))
            for n in thread_counts:
                search_ms, encode_ms, search_cpu, encode_cpu, passes = ask_child(q, n)
                times[f"ours{n}"].append(search_ms)
                times[f"encode{n}"].append(encode_ms)
                if n == thread_counts[0]:
                    times["passes"].append(passes)
                    times["ours"].append(search_ms)
                    times["encode"].append(encode_ms)
                    times["ours_cpu"].append(search_cpu)
                    times["encode_cpu"].append(encode_cpu)
    for child in children.values():
        child.stdin.close()
    times["rss"] = json.loads(children[thread_counts[0]].stdout.readline())["rss_mb"]
    times["thread_counts"] = thread_counts
    times["threads"] = default_threads
    for child in children.values():
        child.wait()
    return times


def _drop_bytecode() -> None:
    for folder in (ROOT / "bot").rglob("__pycache__"):
        shutil.rmtree(folder, ignore_errors=True)


def measure_cold(settings: Settings, question: str, *, against: Path | None = None) -> dict:
    """Wall and CPU (user + system) times of a fresh `textbot ask` process, with the
    project's bytecode compiled (as an installed package has it) and without (every
    start compiles bot/'s sources: a checkout run with PYTHONDONTWRITEBYTECODE, as on
    the project's machine); and the peak RSS in MB. With ``against``, another checkout's
    compiled runs too ("against"), each alternating with one of this checkout's."""
    env = {**os.environ, "TEXTBOT_CORPUS": str(settings.corpus_dir), "TEXTBOT_INDEX": str(settings.index_dir)}
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss across exec, so a child of this
    # (large) process would report the parent's peak.
    probe = (
        "import sys, pathlib, importlib; importlib.import_module('bot.cli.main').main(['ask', %r]);"
        "hwm = [l for l in pathlib.Path('/proc/self/status').read_text().splitlines() if l.startswith('VmHWM:')];"
        "print('RSS', hwm[0].split()[1], file=sys.stderr)" % question
    )

    def run(extra_env: dict, root: Path = ROOT) -> tuple[float, float]:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "bot", "ask", question],
                              env={**env, "PYTHONPATH": str(root), **extra_env}, capture_output=True, cwd=root)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        assert done.returncode == 0, done.stderr.decode()
        # A checkout that reads the index differently would rebuild it: not a cold start.
        assert b"building the index" not in done.stderr, f"{root} rebuilt the index: {done.stderr.decode()}"
        return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

    result = {"no_bytecode": [], "bytecode": [], "against": []}
    for _ in range(COLD_RUNS):
        _drop_bytecode()
        result["no_bytecode"].append(run({"PYTHONDONTWRITEBYTECODE": "1"}))
    for root in [ROOT] + ([against] if against else []):
        compileall.compile_dir(root / "bot", quiet=1)
    for _ in range(COLD_RUNS):
        result["bytecode"].append(run({}))
        if against:
            result["against"].append(run({}, against))
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, cwd=ROOT, text=True)
    result["rss"] = 0.0
    for line in done.stderr.splitlines():
        if line.startswith("RSS "):
            result["rss"] = int(line.split()[1]) / 1024
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", type=Path, default=DEFAULT_SETS)
    parser.add_argument("--late-sweep", action="store_true", help="also re-measure late interaction's weight and depth")
    parser.add_argument("--speed-only", action="store_true", help="skip the quality tables")
    parser.add_argument("--threads", nargs="+", type=int, default=[QUERY_THREADS],
                        help="ONNX Runtime threads of the timed query processes (default: the search's own); "
                             "e.g. --threads 1 2 times both side by side")
    parser.add_argument("--cold-against", type=Path, metavar="CHECKOUT",
                        help="also time another checkout's cold `textbot ask`, alternately with this one's")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "search.md"))
    args = parser.parse_args()
    sets = {path: read_eval_file(path) for path in args.sets}
    load = os.getloadavg()[0]
    lines = [f"# Search benchmark ({time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} CPUs, "
             f"load average {load:.1f} at the start)", ""]

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings.from_env({"TEXTBOT_INDEX": str(Path(tmp) / "index")}, root=ROOT)
        rankers, bare_lookup, _ = sentence_baselines(settings)  # loads the model: not part of the build time
        started = time.perf_counter()
        searcher = open_searcher(settings, notify=lambda m: None)
        build_seconds = time.perf_counter() - started
        passages = len(searcher.index.passages)

        def real(q):
            result = searcher.search(q, top_k=EVAL_DEPTH)
            return result.answered, [x.text for x in result.quotes]

        def without_late(q):
            saved, late_interaction.LATE_WEIGHT = late_interaction.LATE_WEIGHT, 0.0
            try:
                return real(q)
            finally:
                late_interaction.LATE_WEIGHT = saved

        if not args.speed_only:
            print("quality", file=sys.stderr, flush=True)
            lines += ["## Quality", ""]
            lines += quality_rows(sets, {**rankers, "textbot search, no late interaction": without_late,
                                         "**textbot search**": real})
        if args.late_sweep:
            lines += late_sweep(sets, real)

        questions = [q.question for qs in sets.values() for q in qs]
        questions = questions[:: max(1, len(questions) // SPEED_QUESTIONS)]
        print("timing", len(questions), "questions side by side", file=sys.stderr, flush=True)
        timing = side_by_side(settings, questions, bare_lookup, tuple(args.threads))
        cold = measure_cold(settings, questions[0], against=args.cold_against)
        ours, bare, bare1 = timing["ours"], timing["bare"], timing["bare1"]
        ratio = statistics.median(o / b for o, b in zip(ours, bare))
        ratio1 = statistics.median(o / b for o, b in zip(ours, bare1))
        one_pass = [o for o, n in zip(ours, timing["passes"]) if n <= 1]
        more = [o for o, n in zip(ours, timing["passes"]) if n > 1]

        def p50_95(values, unit="ms", digits=1):
            return f"{percentile(values, 50):.{digits}f} / {percentile(values, 95):.{digits}f} {unit}" if values else "–"

        def cold_row(runs):
            return (f"{statistics.median(w for w, _ in runs):.2f} s wall, "
                    f"{statistics.median(c for _, c in runs):.2f} s CPU")

        lines += [
            f"## Speed and memory ({len(ours)} searches: {len(questions)} questions × {SPEED_ROUNDS})", "",
            f"Load average during the run: {load:.1f} at the start, {os.getloadavg()[0]:.1f} at the end "
            f"(`uptime`: {_uptime()}). CPU times are the process's own (user + system), less "
            "sensitive to other processes on the machine than wall times.", "",
            "| measure | value | target |", "|---|---|---|",
            f"| bare sentence-transformers + flat FAISS lookup ({timing['threads']} torch threads), p50 / p95 | "
            f"{p50_95(bare)} | |",
            f"| the same bare lookup on one torch thread, p50 / p95 | {p50_95(bare1)} | |",
            f"| textbot search, question encoded afresh, p50 / p95 | {p50_95(ours)} | p95 ≤ 12 ms |",
            f"| the same, CPU time, p50 / p95 | {p50_95(timing['ours_cpu'])} | |",
            f"| searches with one encoder pass ({len(one_pass)}) / more: the section headings, encoded on first use "
            f"({len(more)}), p50 / p95 | {p50_95(one_pass)}; {p50_95(more)} | |",
            f"| textbot / bare, median of per-question ratios | {ratio:.2f}× ({ratio1:.2f}× against one torch thread) | ≤ 0.6× |",
            f"| question encode alone (ONNX Runtime, {timing['thread_counts'][0]} thread(s)), p50 / p95 | {p50_95(timing['encode'])} "
            f"({p50_95(timing['encode_cpu'])} CPU) | |",
            *[f"| the same query process with {n} ONNX Runtime threads: search; encode alone, p50 / p95 | "
              f"{p50_95(timing[f'ours{n}'])}; {p50_95(timing[f'encode{n}'])} "
              f"(ratio {statistics.median(o / b for o, b in zip(timing[f'ours{n}'], bare)):.2f}×) | |"
              for n in timing["thread_counts"][1:]],
            f"| cold `textbot ask`, index built, bytecode compiled (as installed), median of {COLD_RUNS} | "
            f"{cold_row(cold['bytecode'])} | ≤ 1.5 s |",
            f"| the same, compiling bot/'s sources at every start (PYTHONDONTWRITEBYTECODE) | "
            f"{cold_row(cold['no_bytecode'])} | |",
            *([f"| cold `textbot ask` of {args.cold_against}, compiled, alternating with the first row's runs | "
               f"{cold_row(cold['against'])} | |"] if args.cold_against else []),
            f"| peak RSS: `textbot ask` / the query process after every search | {cold['rss']:.0f} / {timing['rss']:.0f} MB | ≤ 350 MB |",
            f"| index build ({passages} passages, ONNX export included, model already loaded) | {build_seconds:.1f} s | |",
            "",
        ]
    if args.speed_only:
        lines[2:2] = _earlier_quality(Path(args.out))
    text = "\n".join(lines)
    Path(args.out).write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
