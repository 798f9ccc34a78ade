"""Calibrate the abstention rule with cross-validation on the own question sets.

    python bench/bench_abstention.py [--folds 5] [--out bench/results/abstention.md]

Every question of bench/data/covered.jsonl (on-topic, phrased as people ask) and
bench/data/offtopic.jsonl (near-domain questions the texts don't answer; written before
any tuning), plus the on- and off-topic questions of bench/data/calibration.jsonl, is
read and weighed once (both readings when a word was respelt). The rule — answer when
the subject is quoted word for word, or when w·dense + (1−w)·coverage ≥ t — is then
chosen on k−1 folds and scored on the held-out fold, so the figures are for questions
the thresholds never saw. Prints the cross-validated result, the trade-off table for
the chosen weight, and the rule fitted on all questions.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.search.abstention import AbstentionRule  # noqa: E402
from bot.search.engine import open_searcher  # noqa: E402
from bot.search.evaluation import read_eval_file  # noqa: E402
from bot.search.searcher import clean_question  # noqa: E402
from bot.settings import Settings  # noqa: E402

SETS = ["bench/data/covered.jsonl", "bench/data/offtopic.jsonl", "bench/data/calibration.jsonl"]
WEIGHTS = [round(w, 2) for w in np.arange(0.3, 0.91, 0.05)]
THRESHOLDS = [round(t, 3) for t in np.arange(0.30, 0.70, 0.005)]
TABLE_THRESHOLDS = [0.40, 0.43, 0.45, 0.47, 0.49, 0.51, 0.53, 0.55, 0.58, 0.60]
# Wrongly refusing a covered question costs the student an answer the texts have;
# wrongly answering an off-topic one quotes something unrelated (and says so by
# quoting: the student sees the quote does not answer). The targets are at most 2%
# of the first and 10% of the second, so the refusal rate counts five times.
REFUSAL_COST = 5.0


def collect(searcher) -> list[dict]:
    """Each question's readings, weighed: one Evidence per reading."""
    rows = []
    for path in SETS:
        for q in read_eval_file(ROOT / path):
            text = clean_question(q.question)
            readings = [searcher.read(text)]
            if readings[0].respelt:
                readings.append(searcher.read(text, spelling=False))
            evidence = [searcher.weigh(r, expand=True)[1] for r in readings]
            rows.append({"id": q.id, "on": bool(q.gold), "evidence": evidence})
    return rows


def answered(row: dict, rule: AbstentionRule) -> bool:
    """Whether the search answers the question under ``rule`` (the literal reading wins ties, as in the search)."""
    return max(rule.strength(e) for e in reversed(row["evidence"]))[0]


def rates(rows: list[dict], rule: AbstentionRule) -> tuple[float, float]:
    """(share of covered questions refused, share of off-topic questions answered)."""
    on = [r for r in rows if r["on"]]
    off = [r for r in rows if not r["on"]]
    refused = sum(not answered(r, rule) for r in on) / len(on)
    wrongly = sum(answered(r, rule) for r in off) / len(off)
    return refused, wrongly


def fit(rows: list[dict]) -> AbstentionRule:
    best = None
    for w in WEIGHTS:
        for t in THRESHOLDS:
            rule = AbstentionRule(dense_weight=w, threshold=t)
            refused, wrongly = rates(rows, rule)
            key = (REFUSAL_COST * refused + wrongly, refused, abs(w - 0.6), t)
            if best is None or key < best[0]:
                best = (key, rule)
    return best[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    searcher = open_searcher(Settings.from_env(root=ROOT))
    rows = collect(searcher)
    order = list(range(len(rows)))
    random.Random(0).shuffle(order)
    folds = [order[i :: args.folds] for i in range(args.folds)]
    lines = ["# Abstention calibration", ""]
    on = sum(r["on"] for r in rows)
    lines.append(f"{on} covered and {len(rows) - on} off-topic questions, {args.folds}-fold cross-validation.")
    lines += ["", "| fold | rule fitted on the other folds | covered refused | off-topic answered |", "|---|---|---|---|"]
    refused_total = wrongly_total = 0
    for k, held_out in enumerate(folds, start=1):
        held = set(held_out)
        train = [r for i, r in enumerate(rows) if i not in held]
        test = [rows[i] for i in held_out]
        rule = fit(train)
        on_test = [r for r in test if r["on"]]
        off_test = [r for r in test if not r["on"]]
        refused = sum(not answered(r, rule) for r in on_test)
        wrongly = sum(answered(r, rule) for r in off_test)
        refused_total += refused
        wrongly_total += wrongly
        lines.append(f"| {k} | w={rule.dense_weight}, t={rule.threshold} | {refused}/{len(on_test)} | {wrongly}/{len(off_test)} |")
    lines.append(
        f"| all | | {refused_total}/{on} ({refused_total / on:.1%}) | "
        f"{wrongly_total}/{len(rows) - on} ({wrongly_total / (len(rows) - on):.1%}) |"
    )
    final = fit(rows)
    lines += ["", f"Fitted on all questions: dense weight {final.dense_weight}, threshold {final.threshold}.", ""]
    lines += ["| threshold | covered refused | off-topic answered |", "|---|---|---|"]
    for t in sorted(set(TABLE_THRESHOLDS) | {final.threshold}):
        refused, wrongly = rates(rows, AbstentionRule(dense_weight=final.dense_weight, threshold=t))
        mark = " (chosen)" if t == final.threshold else ""
        lines.append(f"| {t}{mark} | {refused:.1%} | {wrongly:.1%} |")
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
