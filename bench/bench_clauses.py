"""Clause-level dense evidence, tried on every question set: does a window's best clause help rank it?

    python bench/bench_clauses.py [--out bench/results/clauses.md]

A sentence that lists several things ("We should strengthen strategic mutual trust,
share timely information on cyber threats, effectively coordinate …") is one point for
the sentence encoder; a question about one of them matches it weakly. Here every
sentence is cut into clauses at its punctuation (";", ":", a spaced dash, ","; a piece
of fewer than MIN_CLAUSE_WORDS words joins the next), each clause is encoded alone with
the searcher's own encoder, and a window may gain ``share`` × (its best clause's cosine
with the question's subject − its own cosine), never less than 0. A clause's cosine may
first lose ``beta`` × how typical it is (its cosine with the mean of every clause, above
the average): short generic clauses ("Cyber-terrorism, online bullying") are near many
questions without answering them.

The searcher is the real one (spelling, framing, fusion, late interaction, abstention,
diversity, ``textbot eval``'s scoring); each variant wraps it:
- "after evidence": the 30 best candidates (LATE_CANDIDATES) are re-scored by the clause
  gain after the abstention evidence is taken, so which questions are answered is
  today's and only the order of quotes changes;
- "fused": the gain is added to every candidate's fused score before late interaction,
  so the abstention rule sees the new top windows too;
- "multi-clause only": as "after evidence", but a sentence of one clause never gains (its
  clause is itself): what the clauses add, without the typicality discount's effect on
  whole sentences.

Every set is scored (the visible ones summed; heldout5 apart), with each question whose
outcome changed against today's. Nothing of this is in bot/: it did not help (see the
report it writes, bench/results/clauses.md).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.search import candidates, late_interaction, searcher as searching  # noqa: E402
from bot.search.engine import open_searcher  # noqa: E402
from bot.search.evaluation import EVAL_DEPTH, evaluate, is_hit, read_eval_file  # noqa: E402
from bot.search.searcher import clean_question  # noqa: E402
from bot.settings import Settings  # noqa: E402

DEV_SET = next((p for p in (ROOT.parent / "shared/eval/dev.jsonl", Path("/work/shared/eval/dev.jsonl")) if p.exists()), None)
# Every set of bench/data, and the dev set.
SETS = [*([str(DEV_SET)] if DEV_SET else []), *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "bench/data").glob("*.jsonl"))]
JUDGE = "heldout5"  # reported apart from the visible sets' totals
# Where a sentence may be cut: a semicolon, a colon, a spaced dash, a comma (not the
# comma of "1,000": no space follows it).
CUT = re.compile(r"\s*(?:[;:,]|\s[—–-]{1,2})\s+")
WORD = re.compile(r"\w+")
MIN_CLAUSE_WORDS = 4  # "However", "In 2013", "China" are no clauses


def clause_spans(text: str) -> list[tuple[int, int]]:
    """The [start, end) offsets of a sentence's clauses; the whole text when it has one."""
    pieces, at = [], 0
    for cut in CUT.finditer(text):
        pieces.append((at, cut.start()))
        at = cut.end()
    pieces.append((at, len(text)))
    merged: list[list[int]] = []
    pending: list[int] | None = None  # a short piece waiting to join the next
    for start, end in (p for p in pieces if p[1] > p[0]):
        if pending is not None:
            start, pending = pending[0], None
        if len(WORD.findall(text[start:end])) < MIN_CLAUSE_WORDS:
            pending = [start, end]
            continue
        merged.append([start, end])
    if pending is not None:  # a short last piece joins the one before
        if merged:
            merged[-1][1] = pending[1]
        else:
            merged.append(pending)
    return [(s, e) for s, e in merged] or [(0, len(text))]


@dataclass
class Clauses:
    """Every sentence's clauses with their vectors, and each window's [start, end) clause rows."""

    texts: list[str]
    vectors: np.ndarray
    bounds: np.ndarray
    single: np.ndarray  # whether a clause is its sentence's only one
    typical: np.ndarray  # cosine with the mean clause, less the average of those
    cut: int  # sentences of two clauses or more
    _stores: dict = field(default_factory=dict)  # vectors with the discount column, by (beta, multi_only)

    sentences: list[tuple[int, int, str]] = field(default_factory=list)  # each sentence's clause rows and text

    @classmethod
    def of(cls, searcher) -> Clauses:
        texts, ranges, single, cut, spans_of = [], {}, [], 0, []
        for sentences in searcher._sentences.values():
            for s in sentences:
                if s.is_heading:
                    continue
                spans = clause_spans(s.text)
                ranges[(s.doc_id, s.position)] = (len(texts), len(texts) + len(spans))
                texts += [s.text[a:b] for a, b in spans]
                single += [len(spans) == 1] * len(spans)
                cut += len(spans) > 1
                spans_of.append((*ranges[(s.doc_id, s.position)], s.text))
        vectors = np.asarray(searcher._encoder.encode(texts), dtype=np.float32)
        bounds = np.array(
            [(ranges[(p.doc_id, p.first)][0], ranges[(p.doc_id, p.last)][1]) for p in searcher.index.passages], dtype=np.int64
        )
        centre = vectors.mean(axis=0)
        typical = vectors @ (centre / np.linalg.norm(centre))
        return cls(texts, vectors, bounds, np.array(single), typical - typical.mean(), cut, sentences=spans_of)

    def best(self, vector: np.ndarray, rows: list[int], *, beta: float, multi_only: bool) -> np.ndarray:
        """Each window's best clause cosine, less ``beta`` × its typicality; a single-clause
        sentence's clause left out with ``multi_only``. One more column holds the discount,
        so that late interaction's MaxSim (a question of one vector) finds each maximum."""
        store = self._stores.get((beta, multi_only))
        if store is None:
            discount = beta * self.typical + np.where(self.single, 10.0, 0.0) * multi_only
            store = self._stores[(beta, multi_only)] = np.hstack([self.vectors, discount[:, None].astype(np.float32)])
        question = np.append(vector, -1.0).astype(np.float32)[None, :]
        return late_interaction.span_maxsim(question, store, self.bounds[rows]).astype(np.float64)


@dataclass(frozen=True)
class Variant:
    name: str
    share: float = 0.0
    beta: float = 0.0
    mode: str = "after"  # "after" the abstention evidence, or in the "fused" score
    multi_only: bool = False


VARIANTS = [
    Variant("today"),
    Variant("fused, share 0.5, no discount", 0.5, 0.0, "fused"),
    Variant("fused, share 0.5, beta 0.5", 0.5, 0.5, "fused"),
    Variant("after evidence, share 0.35, no discount", 0.35, 0.0),
    Variant("after evidence, share 0.25, beta 0.5", 0.25, 0.5),
    Variant("after evidence, share 0.35, beta 0.5", 0.35, 0.5),
    Variant("after evidence, share 0.5, beta 0.5", 0.5, 0.5),
    Variant("after evidence, share 0.25, beta 1", 0.25, 1.0),
    Variant("after evidence, share 0.35, beta 1", 0.35, 1.0),
    Variant("after evidence, share 0.5, beta 1", 0.5, 1.0),
    Variant("after evidence, share 0.35, beta 1.5", 0.35, 1.5),
    Variant("multi-clause only, share 0.35, beta 1", 0.35, 1.0, multi_only=True),
]


class Wrapped:
    """The searcher with a variant's clause gain slotted in (its methods patched on the instance)."""

    def __init__(self, searcher, clauses: Clauses):
        self.searcher, self.clauses = searcher, clauses
        self.weigh, self.fuse = searcher.weigh, searcher._fuse
        self.spent: list[float] = []

    def gains(self, vector: np.ndarray, rows: list[int], dense: np.ndarray, v: Variant) -> np.ndarray:
        started = time.perf_counter()
        best = self.clauses.best(vector, rows, beta=v.beta, multi_only=v.multi_only)
        self.spent.append(time.perf_counter() - started)
        return v.share * np.maximum(0.0, best - dense)

    def use(self, v: Variant) -> None:
        s = self.searcher
        s.__dict__.pop("weigh", None)
        s.__dict__.pop("_fuse", None)
        if not v.share:
            return
        if v.mode == "fused":

            def fuse(query, vector, dense_scores, rows, expansions):
                ranked = self.fuse(query, vector, dense_scores, rows, expansions)
                if not len(ranked):
                    return ranked
                rows_, dense, lexical, score = ranked._columns
                score = np.asarray(score) + self.gains(vector, rows_, np.asarray(dense), v)
                order = np.lexsort((rows_, -score))
                pick = lambda column: np.asarray(column)[order].tolist()  # noqa: E731
                return candidates.Ranking(pick(rows_), pick(dense), pick(lexical), pick(score), s.index.passages)

            s._fuse = fuse
            return

        def weigh(query, *, expand=False, vectors=None):
            ranked, evidence = self.weigh(query, expand=expand, vectors=vectors)
            depth = late_interaction.LATE_CANDIDATES
            head = list(ranked[:depth])
            if not head:
                return ranked, evidence
            vector = s._vectors.of([query.subject], {} if vectors is None else vectors)[0]
            gains = self.gains(vector, [c.row for c in head], np.array([c.dense for c in head]), v)
            head = sorted((replace(c, score=c.score + float(g)) for c, g in zip(head, gains)), key=lambda c: (-c.score, c.row))
            return ranked.with_head(head), evidence

        s.weigh = weigh


def score_sets(searcher) -> dict[str, dict[str, tuple]]:
    """Per set: hit@1, hit@3 (counts), MRR@10, refused, off-topic answered, covered, off-topic, and each question's outcome."""
    out = {}
    for path in SETS:
        file = ROOT / path
        if not file.exists():
            continue

        def answer(question: str) -> tuple[bool, list[str]]:
            result = searcher.search(question, top_k=EVAL_DEPTH)
            return result.answered, [q.text for q in result.quotes]

        report = evaluate(read_eval_file(file), answer)
        covered = [r for r in report.results if r.question.gold]
        off = [r for r in report.results if not r.question.gold]
        out[file.stem] = {
            "counts": (
                sum(r.first_hit == 1 for r in covered),
                sum(r.first_hit is not None and r.first_hit <= 3 for r in covered),
                report.mrr(),
                sum(not r.answered for r in covered),
                sum(r.answered for r in off),
                len(covered),
                len(off),
            ),
            "outcomes": {r.question.id: (r.answered, r.first_hit) for r in report.results},
        }
    return out


def list_misses(searcher, clauses: Clauses, today: dict[str, dict]) -> list[str]:
    """The covered questions not answered first today whose answer lies in a sentence of
    three clauses or more: how near that sentence's nearest clause is to the question
    (its rank among every clause of the corpus, and its cosine against the nearest's)."""
    lines = ["| set | question | first hit today | the answer's sentence's nearest clause: rank among all clauses | its cosine / the nearest clause's |", "|---|---|---|---|---|"]
    for path in SETS:
        name = Path(path).stem
        for q in read_eval_file(ROOT / path):
            answered, first = today[name]["outcomes"][q.id]
            if not q.gold or first == 1:
                continue
            rows = [range(a, b) for a, b, text in clauses.sentences if b - a >= 3 and is_hit(text, q.gold)]
            if not rows:
                continue
            vector = searcher._encoder.encode([searcher.read(clean_question(q.question)).subject])[0]
            cosines = clauses.vectors @ vector
            best = max((r for rs in rows for r in rs), key=lambda r: cosines[r])
            rank = int((cosines > cosines[best]).sum()) + 1
            outcome = "refused" if not answered else (f"{first}" if first else "not in ten")
            lines.append(f"| {name} | {q.question} | {outcome} | {rank} of {len(cosines)} | {cosines[best]:.3f} / {cosines.max():.3f} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the report (markdown) here as well")
    args = parser.parse_args()
    searcher = open_searcher(Settings.from_env(root=ROOT))
    started = time.perf_counter()
    clauses = Clauses.of(searcher)
    sentences = sum(1 for ss in searcher._sentences.values() for s in ss if not s.is_heading)
    lines = [
        "# Clause-level dense evidence (bench/bench_clauses.py)",
        "",
        f"{sentences} sentences cut into {len(clauses.texts)} clauses ({clauses.cut} sentences of two clauses or more, "
        f"{int((~clauses.single).sum())} clauses), encoded in {time.perf_counter() - started:.1f} s.",
        "",
        "Visible: every set but heldout5 (hit@1, hit@3 counts; refused = covered questions called "
        "\"not covered\"; answered = off-topic questions quoted). Changed: questions whose first hit moved "
        "(better/worse), or whose answer changed.",
        "",
        "| variant | visible hit@1 | visible hit@3 | refused | answered | heldout5 hit@1 | hit@3 | refused | answered | sets gaining / losing (hit@1/hit@3) | clause step p50/p95 ms |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    wrapped = Wrapped(searcher, clauses)
    today = None
    for variant in VARIANTS:
        wrapped.use(variant)
        wrapped.spent.clear()
        per = score_sets(searcher)
        today = today or per
        visible = [name for name in per if name != JUDGE]
        total = [sum(per[n]["counts"][k] for n in visible) for k in range(7)]
        base = [sum(today[n]["counts"][k] for n in visible) for k in range(7)]
        judge, judge_base = per[JUDGE]["counts"], today[JUDGE]["counts"]
        moved = []
        for name in per:
            d1 = per[name]["counts"][0] - today[name]["counts"][0]
            d3 = per[name]["counts"][1] - today[name]["counts"][1]
            if d1 or d3:
                moved.append(f"{name} {d1:+d}/{d3:+d}")
        spent = np.array(wrapped.spent) * 1000 if wrapped.spent else np.zeros(1)
        lines.append(
            f"| {variant.name} | {total[0]} ({total[0] - base[0]:+d}) | {total[1]} ({total[1] - base[1]:+d}) "
            f"| {total[3]} ({total[3] - base[3]:+d}) | {total[4]} ({total[4] - base[4]:+d}) "
            f"| {judge[0]} ({judge[0] - judge_base[0]:+d}) | {judge[1]} ({judge[1] - judge_base[1]:+d}) "
            f"| {judge[3]} ({judge[3] - judge_base[3]:+d}) | {judge[4]} ({judge[4] - judge_base[4]:+d}) "
            f"| {', '.join(moved) or '-'} | {np.percentile(spent, 50):.3f} / {np.percentile(spent, 95):.3f} |"
        )
        print(lines[-1], flush=True)
    wrapped.use(VARIANTS[0])
    lines += [
        "",
        f"Today, visible: hit@1 {base[0]}/{base[5]}, hit@3 {base[1]}/{base[5]}, refused {base[3]}, "
        f"off-topic answered {base[4]}/{base[6]}; heldout5: {judge_base[0]}/{judge_base[5]}, {judge_base[1]}/{judge_base[5]}, "
        f"refused {judge_base[3]}, answered {judge_base[4]}/{judge_base[6]}.",
    ]
    lines += ["", "## Today's misses at 1 whose answer is in a sentence of three clauses or more", ""]
    lines += list_misses(searcher, clauses, today)
    report = "\n".join(lines) + "\n"
    print(report)
    if args.out:
        args.out.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
