"""Are the hand-set fusion weights a local optimum? A learning-to-rank check.

    python bench/bench_ranking.py [--out bench/results/ranking.md]

Every covered question of the visible sets (the dev set and bench/data's sets, the
blind sets of past sessions now opened for development among them — never
heldout9, this round's validation set) is read and weighed once by the real searcher
(``understand``:
spelling, framing, abstention). For each of its candidate windows the parts of the
score are kept as the searcher computes them — dense cosine, normalised BM25, extra
sentences, phrase bonus, structure bonuses, the gain from the sentence before (candidates.Ranking.parts) — with its MaxSim
(late_interaction.candidate_maxsim) and whether it holds a gold substring
(evaluation.is_hit). The pipeline's ranking is then replayed for any weights: fuse,
re-score the top LATE_CANDIDATES by MaxSim above their floor, diversify into ten quotes
with the searcher's own quoting.diversify, and score hit@1/hit@3/MRR@10 as ``textbot eval`` does.

The weights (dense fixed at 1: it sets the scale that EXTEND_MARGIN and the
diversifier's half-of-best cut-off are in) are fitted by coordinate ascent on
hit@1 + hit@3 + MRR of the fused-and-re-scored candidates, and judged by leaving one
set out: fitted on the others, scored on it against today's weights; and by time:
fitted on the eight sets the weights were last checked on, scored on each set written
since (NEWER). Questions the
abstention rule refuses count as misses for both (changing the weights would change
which top windows the rule sees; that is not replayed here).
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.search import candidates, late_interaction, searcher as searching  # noqa: E402
from bot.search.engine import open_searcher  # noqa: E402
from bot.search.evaluation import EVAL_DEPTH, is_hit, read_eval_file  # noqa: E402
from bot.search.searcher import clean_question  # noqa: E402
from bot.settings import Settings  # noqa: E402

SETS = [
    "/work/shared/eval/dev.jsonl" if Path("/work/shared/eval/dev.jsonl").exists() else str(ROOT.parent / "shared/eval/dev.jsonl"),
    "bench/data/covered.jsonl",
    "bench/data/calibration.jsonl",
    "bench/data/tuning.jsonl",
    "bench/data/passing.jsonl",
    "bench/data/calibration2.jsonl",
    "bench/data/heldout.jsonl",
    "bench/data/heldout2.jsonl",
    "bench/data/heldout3.jsonl",
    "bench/data/heldout4.jsonl",
    "bench/data/calibration3.jsonl",
    "bench/data/heldout5.jsonl",
    "bench/data/heldout6.jsonl",
    "bench/data/heldout7.jsonl",
    "bench/data/heldout8.jsonl",
    "bench/data/heldout10.jsonl",
    "bench/data/heldout11.jsonl",
    "bench/data/heldout12.jsonl",
    "bench/data/heldout13.jsonl",
    "bench/data/heldout14.jsonl",
    "bench/data/heldout18.jsonl",
    "bench/data/heldout19.jsonl",
    "bench/data/heldout20.jsonl",
]
# Written after the weights were last checked here (on the eight sets before them): the
# "by time" check's test sets.
NEWER = (
    "heldout3", "heldout4", "calibration3", "heldout5", "heldout6", "heldout7", "heldout8", "heldout10", "heldout11",
    "heldout12", "heldout13", "heldout14", "heldout18", "heldout19", "heldout20",
)
NAMES = ["dense", "lexical", "window", "phrase", "structure", "context", "late"]
TODAY = np.array(
    [
        searching.DENSE_WEIGHT,
        searching.LEXICAL_WEIGHT,
        searching.WINDOW_PENALTY,
        1.0,  # the phrase bonus as computed (PHRASE_BONUS × share)
        1.0,  # the structure bonuses as computed (AUTHOR_BONUS, ORDINAL_BONUS, …)
        1.0,  # the gain from the sentence before as computed (CONTEXT_SHARE)
        late_interaction.LATE_WEIGHT,
    ]
)
# Values tried for each weight but dense, as multiples of today's.
GRID = [0.0, 0.25, 0.5, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 2.0, 3.0]
PASSES = 3
PAIRWISE_L2 = 1e-3
PAIRWISE_STEPS = 30


@dataclass
class Question:
    set: str
    id: str
    answered: bool
    rows: np.ndarray | None = None  # candidates, in row order
    features: np.ndarray | None = None  # candidates × NAMES (window: minus the extra sentences)
    maxsim: np.ndarray | None = None
    gold: np.ndarray | None = None  # whether each candidate's own window holds a gold substring
    gold_texts: tuple[str, ...] = ()
    vectors: np.ndarray | None = None  # the subject's, the whole (read) question's and its content words' sentence vectors
    held: np.ndarray | None = None  # the share (by IDF) of the subject's words each candidate's own text holds
    rarest: np.ndarray | None = None  # whether it holds the subject's rarest word, × that word's IDF lead over the next
    wanted: dict[str, float] = field(default_factory=dict)  # the subject's rarer telling stems, which a quote may grow to hold (quoting.Quoter.wanted_terms)


def collect(searcher, path: str) -> list[Question]:
    """Each covered question of a set with its candidates' score parts."""
    out = []
    for q in read_eval_file(ROOT / path if not path.startswith("/") else Path(path)):
        if not q.gold:
            continue
        query, ranked = searcher.understand(clean_question(q.question))
        name = Path(path).stem
        if not ranked:
            out.append(Question(name, q.id, False))
            continue
        rows, dense, _, _ = ranked._columns
        parts = ranked.parts
        order = np.argsort(rows, kind="stable")
        rows_a = np.asarray(rows)[order]
        phrases, structure = parts["phrases"], parts["structure"]
        features = np.column_stack(
            [
                np.asarray(dense)[order],
                np.asarray(parts["lexical"])[order],
                -np.array([searcher.index.passages[r].size - 1 for r in rows_a], dtype=np.float64),
                np.array([phrases.get(r, 0.0) for r in rows_a.tolist()]),
                np.array([structure.get(r, 0.0) for r in rows_a.tolist()]),
                np.asarray(parts["context"])[order],
            ]
        )
        # Ranked by the subject without what it sets aside ("besides governments"), as weigh does.
        subject = searcher._set_aside(query).subject
        tokens, shares = late_interaction.topic_pieces(*searcher._encoder.token_vectors(subject), searcher._lexical.stopwords)
        maxsim = late_interaction.candidate_maxsim(tokens, searcher.index, rows_a.tolist(), weights=shares).astype(np.float64)
        gold = np.array([is_hit(searcher._texts[r], q.gold) for r in rows_a.tolist()])
        content = [w for w in searcher._lexical.content_words(subject) if w not in searcher._untelling]
        vectors = searcher._encoder.encode([subject, query.read, " ".join(content) or subject])
        held, rarest = word_signals(searcher, subject, rows_a)
        question = Question(name, q.id, True, rows_a, features, maxsim, gold, q.gold, vectors, held, rarest, searcher.quoting.wanted_terms(subject))
        # The replay of today's weights must be the searcher's own ranking.
        replayed, _ = replay(question, TODAY)
        if list(rows_a[replayed[:late_interaction.LATE_CANDIDATES]]) != [s.row for s in ranked[:late_interaction.LATE_CANDIDATES]]:
            print(f"  {name}/{q.id}: replay differs from the searcher's ranking", file=sys.stderr)
        out.append(question)
    return out


def word_signals(searcher, subject: str, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per candidate: the share (by IDF) of the subject's known words its own text holds
    (BM25 without its length normalisation or term saturation), and whether it holds the
    subject's rarest known word, weighed by how far that word's IDF leads the next one's
    ("what has china institutionalised": "institution" over "china" and "has")."""
    lexical = searcher._lexical
    terms = [t for t in dict.fromkeys(lexical.tokens(subject)) if lexical.knows(t)]
    holds = np.array([[f" {t} " in searcher._stemmed.rows[r] for t in terms] for r in rows.tolist()], dtype=np.float64).reshape(len(rows), len(terms))
    idf = np.array([lexical.idf(t) for t in terms])
    held = holds @ idf / idf.sum() if len(terms) else np.zeros(len(rows))
    if len(terms) < 2:
        return held, np.zeros(len(rows))
    first, second = np.argsort(-idf)[:2]
    return held, holds[:, first] * (idf[first] - idf[second]) / idf[first]


def replay(q: Question, w: np.ndarray, *, extra: np.ndarray | None = None, depth: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The candidates' order (indices) and scores as the pipeline ranks them under ``w``
    (``extra``: a signal tried beside them, added to the fused score; ``depth``: how many
    candidates late interaction re-scores)."""
    fused = q.features @ w[:-1] + (0.0 if extra is None else extra)
    order = np.lexsort((q.rows, -fused))
    depth = late_interaction.LATE_CANDIDATES if depth is None else depth
    head, tail = order[:depth], order[depth:]
    score = fused.copy()
    if len(head) and w[-1]:
        score[head] += w[-1] * (q.maxsim[head] - q.maxsim[head].min())
        head = head[np.lexsort((q.rows[head], -score[head]))]
    return np.concatenate([head, tail]), score


def first_hit_fused(q: Question, w: np.ndarray) -> int | None:
    """The rank of the first gold candidate before diversifying (fast, for fitting)."""
    order, _ = replay(q, w)
    at = np.flatnonzero(q.gold[order][:EVAL_DEPTH])
    return int(at[0]) + 1 if len(at) else None


def first_hit_quoted(searcher, q: Question, w: np.ndarray, **tried) -> int | None:
    """The rank of the first gold quote among the ten the searcher would show."""
    order, score = replay(q, w, **tried)
    ranked = [
        candidates.scored(int(q.rows[i]), searcher.index.passages[int(q.rows[i])], float(q.features[i, 0]), 0.0, float(score[i]))
        for i in order
    ]
    for rank, s in enumerate(searcher.quoting.diversify(ranked, EVAL_DEPTH, wanted=q.wanted), 1):
        p = s.passage
        if is_hit(searcher.documents[p.doc_id].body[p.start : p.end], q.gold_texts):
            return rank
    return None


def metrics(ranks: list[int | None]) -> tuple[int, int, float]:
    """hit@1 and hit@3 (counts) and MRR@10 (sum) of first-hit ranks."""
    return (
        sum(1 for r in ranks if r == 1),
        sum(1 for r in ranks if r is not None and r <= 3),
        sum(1 / r for r in ranks if r is not None),
    )


def objective(questions: list[Question], w: np.ndarray) -> float:
    one, three, mrr = metrics([first_hit_fused(q, w) for q in questions])
    return one + three + mrr


def fit(questions: list[Question]) -> np.ndarray:
    """Coordinate ascent from today's weights; a change is kept only when it gains."""
    useful = [q for q in questions if q.answered and q.gold.any()]
    w = TODAY.copy()
    best = objective(useful, w)
    for _ in range(PASSES):
        changed = False
        for k in range(1, len(w)):
            for factor in GRID:
                trial = w.copy()
                trial[k] = TODAY[k] * factor
                value = objective(useful, trial)
                if value > best + 1e-9:
                    best, w, changed = value, trial, True
        if not changed:
            break
    return w


def pairwise(questions: list[Question]) -> np.ndarray:
    """Weights from a pairwise logistic regression (numpy, Newton steps): every gold
    window against every other among a question's first LATE_CANDIDATES today, each
    question weighing the same; rescaled so that dense weighs 1."""
    diffs, weights = [], []
    for q in questions:
        if not q.answered or not q.gold.any():
            continue
        order, _ = replay(q, TODAY)
        top = order[: late_interaction.LATE_CANDIDATES]
        x = np.column_stack([q.features[top], q.maxsim[top] - q.maxsim[top].min()])
        good, bad = x[q.gold[top]], x[~q.gold[top]]
        if not len(good) or not len(bad):
            continue
        pairs = (good[:, None, :] - bad[None, :, :]).reshape(-1, x.shape[1])
        diffs.append(pairs)
        weights.append(np.full(len(pairs), 1 / len(pairs)))
    x, c = np.vstack(diffs), np.concatenate(weights)
    w = np.zeros(x.shape[1])
    for _ in range(PAIRWISE_STEPS):
        p = 1 / (1 + np.exp(-(x @ w)))
        gradient = x.T @ (c * (1 - p)) - PAIRWISE_L2 * w
        hessian = -(x.T * (c * p * (1 - p))) @ x - PAIRWISE_L2 * np.eye(len(w))
        w -= np.linalg.solve(hessian, gradient)
    return w / w[0] if w[0] > 0 else TODAY.copy()


def profile(searcher, questions: list[Question]) -> list[str]:
    """hit@1/hit@3 over every set as each weight alone moves from today's."""
    lines = ["| weight | " + " | ".join(f"×{f:g}" for f in GRID) + " |", "|---|" + "---|" * len(GRID)]
    for k in range(1, len(TODAY)):
        cells = []
        for factor in GRID:
            w = TODAY.copy()
            w[k] = TODAY[k] * factor
            one, three, _ = scores(searcher, questions, w)
            cells.append(f"{one}/{three}")
        lines.append(f"| {NAMES[k]} | " + " | ".join(cells) + " |")
    return lines


def tried_signals(searcher, questions: list[Question]) -> list[str]:
    """Signals tried beside today's parts, replayed on the same candidates: the whole
    question's sentence vector beside the subject's (its framing says who/why/when), dense
    pseudo-relevance feedback (Rocchio on the first three windows' vectors), the paragraph's
    mean vector, the window with the sentence after it, late interaction over more candidates."""
    passages = searcher.index.passages
    vectors = searcher.index.vectors.reconstruct_n(0, len(passages))
    spans = {(p.doc_id, p.first, p.last): row for row, p in enumerate(passages)}
    with_next = np.array([spans.get((p.doc_id, p.first, p.last + 1), -1) for p in passages])
    paragraphs: dict[tuple[str, int], list[int]] = {}
    for row, p in enumerate(passages):
        if p.size == 1:
            paragraphs.setdefault((p.doc_id, p.paragraph), []).append(row)
    means = {key: vectors[rows].mean(axis=0) for key, rows in paragraphs.items()}
    paragraph_vectors = np.stack([means[(p.doc_id, p.paragraph)] / np.linalg.norm(means[(p.doc_id, p.paragraph)]) for p in passages])

    def whole_question(q: Question, share: float) -> np.ndarray:
        own = vectors[q.rows]
        return share * (own @ q.vectors[1] - own @ q.vectors[0])

    def rocchio(q: Question, beta: float) -> np.ndarray:
        top = q.rows[replay(q, TODAY)[0][:3]]
        moved = q.vectors[0] + beta * vectors[top].mean(axis=0)
        own = vectors[q.rows]
        return own @ (moved / np.linalg.norm(moved)) - own @ q.vectors[0]

    def paragraph(q: Question, share: float) -> np.ndarray:
        similarity = paragraph_vectors[q.rows] @ q.vectors[0]
        return share * (similarity - similarity.max())

    def next_sentence(q: Question, share: float) -> np.ndarray:
        after = with_next[q.rows]
        has = after >= 0
        gains = np.zeros(len(q.rows))
        gains[has] = share * np.maximum(0.0, vectors[after[has]] @ q.vectors[0] - q.features[has, 0])
        return gains

    singles = {(p.doc_id, p.first): row for row, p in enumerate(passages) if p.size == 1}
    sentence_rows = [[singles[(p.doc_id, k)] for k in range(p.first, p.last + 1) if (p.doc_id, k) in singles] for p in passages]

    def best_sentence(q: Question, share: float) -> np.ndarray:
        """A window of several sentences scored as its best sentence where that is closer."""
        cosines = vectors @ q.vectors[0]
        best = np.array([max(cosines[k] for k in sentence_rows[r]) for r in q.rows.tolist()])
        return share * np.maximum(0.0, best - q.features[:, 0])

    def content_words(q: Question, share: float) -> np.ndarray:
        """The subject's content words alone ("china institutionalised"), without its question words."""
        own = vectors[q.rows]
        return share * (own @ q.vectors[2] - own @ q.vectors[0])

    variants = [("today", lambda q: {})]
    variants += [(f"whole question's vector, {a:g} of dense", lambda q, a=a: {"extra": whole_question(q, a)}) for a in (0.2, 0.35, 0.5)]
    variants += [(f"Rocchio feedback, β {b:g}", lambda q, b=b: {"extra": rocchio(q, b)}) for b in (0.1, 0.25, 0.5)]
    variants += [(f"paragraph's vector × {c:g}", lambda q, c=c: {"extra": paragraph(q, c)}) for c in (0.1, 0.2)]
    variants += [(f"sentence after, share {c:g}", lambda q, c=c: {"extra": next_sentence(q, c)}) for c in (0.25, 0.5)]
    variants += [(f"late interaction over {d}", lambda q, d=d: {"depth": d}) for d in (60, len(passages))]
    variants += [(f"share of the subject's words held (IDF) × {c:g}", lambda q, c=c: {"extra": c * q.held}) for c in (0.1, 0.2)]
    variants += [(f"the subject's rarest word held × {c:g}", lambda q, c=c: {"extra": c * q.rarest}) for c in (0.05, 0.1, 0.2)]
    variants += [(f"best single sentence's cosine, share {c:g}", lambda q, c=c: {"extra": best_sentence(q, c)}) for c in (0.5, 1.0)]
    variants += [(f"content words' vector, {a:g} of dense", lambda q, a=a: {"extra": content_words(q, a)}) for a in (0.15, 0.3)]
    sets = list(dict.fromkeys(q.set for q in questions))
    base: dict[str, tuple[int, int, float]] = {}
    lines = ["| signal | hit@1 | hit@3 | MRR@10 | sets losing (hit@1/hit@3) |", "|---|---|---|---|---|"]
    for name, tried in variants:
        per = {
            s: metrics([first_hit_quoted(searcher, q, TODAY, **tried(q)) if q.answered else None for q in questions if q.set == s])
            for s in sets
        }
        base = base or per
        losing = [f"{s} {per[s][0] - base[s][0]:+d}/{per[s][1] - base[s][1]:+d}" for s in sets if per[s][0] < base[s][0] or per[s][1] < base[s][1]]
        one, three, mrr = (sum(m[k] for m in per.values()) for k in range(3))
        lines.append(f"| {name} | {one} | {three} | {mrr / len(questions):.3f} | {', '.join(losing) or '-'} |")
        print(lines[-1], flush=True)
    return lines


def by_time(searcher, questions: list[Question]) -> list[str]:
    """Weights fitted (coordinate ascent) on the older sets, scored on each newer one."""
    older = [q for q in questions if q.set not in NEWER]
    w = fit(older)
    lines = [
        "",
        "## By time: fitted on the older sets, scored on each set written since",
        "",
        f"Fitted by coordinate ascent on the {len({q.set for q in older})} older sets ({len(older)} questions): "
        + " ".join(f"{k}={x:.3g}" for k, x in zip(NAMES, w)),
        "",
        "| set | n | today hit@1 | today hit@3 | today MRR | fitted hit@1 | fitted hit@3 | fitted MRR |",
        "|---|---|---|---|---|---|---|---|",
    ]
    totals = np.zeros(6)
    newer = [name for name in dict.fromkeys(q.set for q in questions) if name in NEWER]
    for name in ["older (seen)", *newer]:
        held = older if name == "older (seen)" else [q for q in questions if q.set == name]
        before, after = scores(searcher, held, TODAY), scores(searcher, held, w)
        if name in NEWER:
            totals += [*before, *after]
        lines.append(compared(name, len(held), before, after))
        print(lines[-1], flush=True)
    lines.append(compared("**newer**", sum(1 for q in questions if q.set in NEWER), totals[:3], totals[3:]))
    return lines


def compared(name: str, n: int, before, after, weights: str = "") -> str:
    """A table row: hit@1, hit@3 (counts) and MRR@10 (from its sum) today and fitted."""
    one, three, mrr = int(before[0]), int(before[1]), before[2] / n
    fitted_one, fitted_three, fitted_mrr = int(after[0]), int(after[1]), after[2] / n
    row = (
        f"| {name} | {n} | {one} | {three} | {mrr:.3f} | {fitted_one} ({fitted_one - one:+d}) "
        f"| {fitted_three} ({fitted_three - three:+d}) | {fitted_mrr:.3f} |"
    )
    return row + (f" {weights} |" if weights else "")


def scores(searcher, questions: list[Question], w: np.ndarray) -> tuple[int, int, float]:
    return metrics([first_hit_quoted(searcher, q, w) if q.answered else None for q in questions])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the report (markdown) here as well")
    parser.add_argument(
        "--every-set", action="store_true", help="also leave each set out for coordinate ascent (a fit per set: slow on a shared machine)"
    )
    args = parser.parse_args()
    searcher = open_searcher(Settings.from_env(root=ROOT))
    started = time.perf_counter()
    questions = [q for path in SETS for q in collect(searcher, path)]
    sets = list(dict.fromkeys(q.set for q in questions))
    lines = [
        f"# Learning-to-rank check of the fusion weights (bench/bench_ranking.py)",
        "",
        f"{len(questions)} covered questions of {len(sets)} visible sets, "
        f"{sum(not q.answered for q in questions)} refused by the abstention rule (misses for both), "
        f"{sum(1 for q in questions if q.answered and not q.gold.any())} with no gold window among the candidates. "
        f"Collected in {time.perf_counter() - started:.0f} s.",
        "",
        "Weights: " + ", ".join(NAMES) + " (phrase and structure as multiples of today's bonuses).",
    ]
    lines += by_time(searcher, questions)
    lines += ["", "## Leave one set out (fitted on the other sets; hit@1, hit@3 counts; MRR@10 mean; quotes diversified as shown)"]
    header = [
        "| left out | n | today hit@1 | today hit@3 | today MRR | fitted hit@1 | fitted hit@3 | fitted MRR | fitted weights |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    methods = [("coordinate ascent on hit@1 + hit@3 + MRR", fit)] if args.every_set else []
    for method, fitter in methods + [("pairwise logistic regression", pairwise)]:
        lines += ["", f"### {method}", ""] + header
        totals = np.zeros(6)
        for name in sets:
            held = [q for q in questions if q.set == name]
            w = fitter([q for q in questions if q.set != name])
            before, after = scores(searcher, held, TODAY), scores(searcher, held, w)
            totals += [*before, *after]
            lines.append(compared(name, len(held), before, after, " ".join(f"{x:.3g}" for x in w)))
            print(lines[-1], flush=True)
        lines.append(compared("**all**", len(questions), totals[:3], totals[3:]) + " |")
        w = fitter(questions)
        every = scores(searcher, questions, w), scores(searcher, questions, TODAY)
        lines += [
            "",
            f"Fitted on every set: {' '.join(f'{k}={x:.3g}' for k, x in zip(NAMES, w))}; "
            f"in-sample hit@1/hit@3 {every[0][0]}/{every[0][1]} against today's {every[1][0]}/{every[1][1]} (optimistic: seen questions).",
        ]
    missed = [q for q in questions if q.answered and q.gold.any() and not (first_hit_quoted(searcher, q, TODAY) or 99) <= 3]
    depths = sorted(int(np.flatnonzero(q.gold[replay(q, TODAY)[0]])[0]) + 1 for q in missed)
    lines += [
        "",
        f"The {len(missed)} answered questions with a gold window missed at 3 today: their first gold window stands at candidate "
        f"{', '.join(map(str, depths))} of the fused and re-scored ranking (before diversifying) — "
        "what any re-weighting of these parts would have to lift into the first three.",
    ]
    lines += ["", "## Each weight alone, as a multiple of today's (hit@1/hit@3 over all the sets' covered questions)", ""]
    lines += profile(searcher, questions)
    lines += ["", "## Other signals, each added to today's fused score (hit@1/hit@3 over all the sets' covered questions; sets that lose any)", ""]
    lines += tried_signals(searcher, questions)
    report = "\n".join(lines) + "\n"
    print(report)
    if args.out:
        args.out.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
