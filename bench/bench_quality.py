"""Search quality on every question set, beside the three reference baselines, in one run.

    python bench/bench_quality.py [--dev ../shared/eval/dev.jsonl] [--out bench/results/quality.md]

Sets: ../shared/eval/dev.jsonl (the project's dev set) and bench/data/calibration.jsonl,
covered.jsonl, offtopic.jsonl, tuning.jsonl, passing.jsonl, calibration2.jsonl, heldout.jsonl, heldout2.jsonl,
heldout3.jsonl, heldout4.jsonl, heldout5.jsonl (the own sets; see bench/data/README.md; the held-out sets are never tuned on). For each: hit@1,
hit@3, MRR@10 on the covered questions, the share of covered questions wrongly called
"not covered", and the share of off-topic questions abstained.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_search import sentence_baselines  # noqa: E402
from bot.search.engine import open_searcher  # noqa: E402
from bot.search.evaluation import EVAL_DEPTH, evaluate, read_eval_file  # noqa: E402
from bot.settings import Settings  # noqa: E402

OWN_SETS = [
    ROOT / "bench" / "data" / "calibration.jsonl",
    ROOT / "bench" / "data" / "covered.jsonl",
    ROOT / "bench" / "data" / "offtopic.jsonl",
    ROOT / "bench" / "data" / "tuning.jsonl",
    ROOT / "bench" / "data" / "passing.jsonl",
    ROOT / "bench" / "data" / "calibration2.jsonl",
    ROOT / "bench" / "data" / "heldout.jsonl",  # judges; never tuned on
    ROOT / "bench" / "data" / "heldout2.jsonl",  # judges; never tuned on
    ROOT / "bench" / "data" / "heldout3.jsonl",  # written blind; only its totals looked at
    ROOT / "bench" / "data" / "heldout4.jsonl",  # written blind; only its totals looked at
    ROOT / "bench" / "data" / "heldout5.jsonl",  # written blind; only its totals looked at
]


def row(name: str, report) -> str:
    on = [r for r in report.results if r.question.gold]
    off = [r for r in report.results if not r.question.gold]
    cells = [name]
    if on:
        refused = sum(1 for r in on if not r.answered)
        cells += [f"{report.hit_at(1):.3f}", f"{report.hit_at(3):.3f}", f"{report.mrr():.3f}", f"{refused}/{len(on)}"]
    else:
        cells += ["", "", "", ""]
    cells.append(f"{sum(1 for r in off if not r.answered)}/{len(off)}" if off else "")
    return "| " + " | ".join(cells) + " |"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "eval" / "dev.jsonl")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "quality.md")
    args = parser.parse_args()
    settings = Settings.from_env(root=ROOT)
    searcher = open_searcher(settings)
    rankers, _, _ = sentence_baselines(settings)
    methods = dict(rankers)

    def textbot(question: str):
        answer = searcher.search(question, top_k=EVAL_DEPTH)
        return answer.answered, [q.text for q in answer.quotes]

    methods["**textbot search**"] = textbot
    lines = ["# Search quality", ""]
    for path in [args.dev, *OWN_SETS]:
        if not path.is_file():
            continue
        questions = read_eval_file(path)
        lines += [
            f"## {path.name} ({len(questions)} questions)",
            "",
            "| method | hit@1 | hit@3 | MRR@10 | covered called not covered | off-topic abstained |",
            "|---|---|---|---|---|---|",
        ]
        lines += [row(name, evaluate(questions, answer)) for name, answer in methods.items()]
        lines.append("")
    text = "\n".join(lines)
    print(text)
    args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
