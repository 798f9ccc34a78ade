"""Search benchmark: quality against three baselines, late interaction, speed side by side, cold start, memory.

    python bench/bench_search.py [--sets ../shared/eval/dev.jsonl bench/data/*.jsonl]
                                 [--late-sweep] [--speed-only] [--threads 1 2] [--against CHECKOUT]
                                 [--out bench/results/search.md]

Quality runs the three reference baselines (BM25 over sentences; MiniLM + flat FAISS
over sentences; reciprocal-rank fusion of the two) beside the real search, with and
without late interaction, on the same questions in the same run. Speed times the
real search in a query process of its own (no torch, as `textbot ask` and the bot
run) alternately with a bare sentence-transformers + flat FAISS lookup in this
process, question by question, so both see the same load on a shared machine; a
query process for each other count of ONNX Runtime threads (`--threads 1 2`) joins
the same alternation. With --against, another checkout (an earlier commit, say) is
timed too: its search in a query process of its own joins the alternation, and its
cold `textbot ask` alternates with this one's; each on its own index (CHECKOUT/index,
already built by it), since the two may store different files.
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
# Searched back to back as well, in blocks: in the side-by-side timing every search
# follows a torch lookup whose 90 MB of weights push the search's own out of the
# processor's cache, which a bot's process, answering question after question, never
# meets. Blocks of this many alternate between checkouts with --against.
BACK_TO_BACK_BLOCK = 50
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
    if isinstance(question, list):  # a block of questions searched back to back
        block = []
        for q in question:
            searcher.clear_cache()
            started = time.perf_counter()
            searcher.search(q)
            block.append((time.perf_counter() - started) * 1000)
        print(json.dumps(block), flush=True)
        continue
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


def side_by_side(settings: Settings, questions: list[str], bare_lookup, thread_counts=(QUERY_THREADS,), *,
                 against: Path | None = None, back_to_back: list[str] = ()) -> dict:
    """Per-question times of the real search (its own torch-free process, one for each
    count of ONNX Runtime threads) and of the bare lookup with torch's default threads
    and with one thread, alternated question by question; then ``back_to_back``'s
    searches, nothing between them, in blocks alternating with the other checkout's."""
    import torch

    env = {**os.environ, "TEXTBOT_CORPUS": str(settings.corpus_dir), "TEXTBOT_INDEX": str(settings.index_dir),
           "PYTHONPATH": str(ROOT)}
    children = {}
    for threads in thread_counts:
        children[threads] = subprocess.Popen([sys.executable, "-c", QUERY_PROCESS, str(threads)], env=env, cwd=ROOT,
                                             text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert children[threads].stdout.readline().strip() == "ready"
    if against is not None:
        env_against = {**env, "PYTHONPATH": str(against), "TEXTBOT_INDEX": str(against / "index")}
        children["against"] = subprocess.Popen([sys.executable, "-c", QUERY_PROCESS, str(QUERY_THREADS)], env=env_against,
                                               cwd=against, text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert children["against"].stdout.readline().strip() == "ready"
    default_threads = torch.get_num_threads()

    def ask_child(q, threads=thread_counts[0]):
        child = children[threads]
        child.stdin.write(json.dumps(q) + "\n")
        child.stdin.flush()
        answer = json.loads(child.stdout.readline())
        if threads == "against" or threads > 1:
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
             **{f"ours{n}": [] for n in thread_counts}, **{f"encode{n}": [] for n in thread_counts},
             "against": [], "against_cpu": []}
    def time_against(q):
        search_ms, _, search_cpu, _, _ = ask_child(q, "against")
        times["against"].append(search_ms)
        times["against_cpu"].append(search_cpu)

    for q in questions[:5]:  # warm up every side
        timed_bare(q, default_threads), timed_bare(q, 1)
    # Warm means every question asked once: the search does some work once per process,
    # on the first question that needs it (the framer compiles each of its patterns on
    # first need, 10-40 ms each), which a running bot has long done.
    for q in questions:
        [ask_child(q, n) for n in children]
    for round_ in range(SPEED_ROUNDS):
        for i, q in enumerate(questions):
            times["bare"].append(timed_bare(q, default_threads))
            times["bare1"].append(timed_bare(q, 1))
            # Every other question the other checkout goes first: neither side always
            # follows torch's lookup (whose threads may still hold the cores).
            against_first = against is not None and (i + round_) % 2 == 1
            if against_first:
                time_against(q)
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
            if against is not None and not against_first:
                time_against(q)
    times["back_to_back"], times["against_back_to_back"] = [], []
    names = [thread_counts[0]] + (["against"] if against is not None else [])
    blocks = [back_to_back[i : i + BACK_TO_BACK_BLOCK] for i in range(0, len(back_to_back), BACK_TO_BACK_BLOCK)]
    for round_ in range(SPEED_ROUNDS):
        for i, block in enumerate(blocks):
            for name in names if (i + round_) % 2 == 0 else names[::-1]:
                child = children[name]
                child.stdin.write(json.dumps(block) + "\n")
                child.stdin.flush()
                key = "against_back_to_back" if name == "against" else "back_to_back"
                times[key] += json.loads(child.stdout.readline())
    for child in children.values():
        child.stdin.close()
    times["rss"] = json.loads(children[thread_counts[0]].stdout.readline())["rss_mb"]
    if against is not None:
        times["against_rss"] = json.loads(children["against"].stdout.readline())["rss_mb"]
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
        own_index = {} if root == ROOT else {"TEXTBOT_INDEX": str(root / "index")}
        done = subprocess.run([sys.executable, "-m", "bot", "ask", question],
                              env={**env, "PYTHONPATH": str(root), **own_index, **extra_env}, capture_output=True, cwd=root)
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
    parser.add_argument("--against", type=Path, metavar="CHECKOUT",
                        help="also time another checkout's search and cold `textbot ask`, alternately with this one's, "
                             "each on its own index (CHECKOUT/index)")
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
        every = list(dict.fromkeys(q.question for qs in sets.values() for q in qs))
        timing = side_by_side(settings, questions, bare_lookup, tuple(args.threads), against=args.against, back_to_back=every)
        cold = measure_cold(settings, questions[0], against=args.against)
        ours, bare, bare1 = timing["ours"], timing["bare"], timing["bare1"]
        ratio = statistics.median(o / b for o, b in zip(ours, bare))
        ratio1 = statistics.median(o / b for o, b in zip(ours, bare1))
        one_pass = [o for o, n in zip(ours, timing["passes"]) if n <= 1]
        more = [o for o, n in zip(ours, timing["passes"]) if n > 1]

        def p50_95(values, unit="ms", digits=1):
            return f"{percentile(values, 50):.{digits}f} / {percentile(values, 95):.{digits}f} {unit}" if values else "–"

        against_rss = f" ({args.against}'s query process: {timing['against_rss']:.0f} MB)" if args.against else ""

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
            f"| textbot search, question encoded afresh, alternating with the bare lookup, p50 / p95 (warm: after one pass over the questions) | "
            f"{p50_95(ours)} | p95 ≤ 12 ms |",
            *([f"| the same, {args.against}'s search (its own query process and index), alternating, p50 / p95; CPU "
               f"| {p50_95(timing['against'])}; {p50_95(timing['against_cpu'])} CPU | |"] if args.against else []),
            f"| the same, CPU time, p50 / p95 | {p50_95(timing['ours_cpu'])} | |",
            f"| textbot search back to back, as a bot's process answers (no torch lookup between searches), "
            f"{len(every)} questions × {SPEED_ROUNDS}, p50 / p95 | {p50_95(timing['back_to_back'])} | p95 ≤ 12 ms |",
            *([f"| the same, {args.against}'s search, in blocks of {BACK_TO_BACK_BLOCK} alternating with this one's, p50 / p95 "
               f"| {p50_95(timing['against_back_to_back'])} | |"] if args.against else []),
            f"| searches with one encoder pass ({len(one_pass)}) / more ({len(more)}), p50 / p95 | "
            f"{p50_95(one_pass)}; {p50_95(more)} | |",
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
            *([f"| cold `textbot ask` of {args.against} (on its own index), compiled, alternating with the first row's runs | "
               f"{cold_row(cold['against'])} | |"] if args.against else []),
            f"| peak RSS: `textbot ask` / the query process after every search | {cold['rss']:.0f} / {timing['rss']:.0f} MB"
            f"{against_rss} | ≤ 350 MB |",
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
