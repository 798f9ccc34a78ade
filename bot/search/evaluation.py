"""Search quality on a labelled question set: hit@k, MRR@10, abstention accuracy."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from ..errors import TextbotError

EVAL_DEPTH = 10
_FOLD = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "—": "-", "–": "-"})


class EvalFileError(TextbotError):
    """The evaluation file is missing or malformed."""


@dataclass(frozen=True)
class EvalQuestion:
    id: str
    question: str
    gold: tuple[str, ...]


@dataclass(frozen=True)
class EvalResult:
    """One question's outcome: the rank of the first hit (None for a miss)."""

    question: EvalQuestion
    answered: bool
    first_hit: int | None  # 1-based
    texts: tuple[str, ...] = ()


@dataclass
class EvalReport:
    results: list[EvalResult] = field(default_factory=list)

    def _on_topic(self) -> list[EvalResult]:
        return [r for r in self.results if r.question.gold]

    def hit_at(self, k: int) -> float:
        on_topic = self._on_topic()
        hits = sum(1 for r in on_topic if r.first_hit is not None and r.first_hit <= k)
        return hits / len(on_topic) if on_topic else 0.0

    def mrr(self, depth: int = EVAL_DEPTH) -> float:
        on_topic = self._on_topic()
        total = sum(1 / r.first_hit for r in on_topic if r.first_hit is not None and r.first_hit <= depth)
        return total / len(on_topic) if on_topic else 0.0

    def abstention_accuracy(self) -> float:
        right = sum(1 for r in self.results if r.answered == bool(r.question.gold))
        return right / len(self.results) if self.results else 0.0

    def metrics(self) -> dict[str, float]:
        return {
            "hit@1": self.hit_at(1),
            "hit@3": self.hit_at(3),
            "hit@5": self.hit_at(5),
            "mrr@10": self.mrr(),
            "abstention": self.abstention_accuracy(),
        }


def normalise(text: str) -> str:
    """Case-folded, whitespace collapsed, curly quotes and dashes folded."""
    return " ".join(text.translate(_FOLD).casefold().split())


def is_hit(text: str, gold: Iterable[str]) -> bool:
    """Whether a returned quote contains any gold substring."""
    haystack = normalise(text)
    return any(normalise(g) in haystack for g in gold)


def _is_eval_row(row: object) -> bool:
    """Whether a parsed line has the fields a question needs, of the right types ("question": 5 is not text)."""
    return (
        isinstance(row, dict)
        and isinstance(row.get("id"), (str, int))
        and isinstance(row.get("question"), str)
        and isinstance(row.get("gold"), list)
        and all(isinstance(g, str) for g in row["gold"])
    )


def read_eval_file(path: Path) -> list[EvalQuestion]:
    """Questions from a JSON Lines file of {"id", "question", "gold": [...]}."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise EvalFileError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise EvalFileError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise EvalFileError(f"{path}: cannot read: {exc.strerror}") from None
    questions = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError:
            row = None
        if not _is_eval_row(row):
            raise EvalFileError(
                f"{path}:{number}: expected a JSON object with an id, a question (text) and gold (a list of texts)"
            )
        questions.append(EvalQuestion(str(row["id"]), row["question"], tuple(row["gold"])))
    if not questions:
        raise EvalFileError(f"{path}: no questions")
    return questions


def evaluate(
    questions: list[EvalQuestion], answer: Callable[[str], tuple[bool, list[str]]]
) -> EvalReport:
    """Run ``answer(question) -> (answered, ranked quote texts)`` over every question."""
    report = EvalReport()
    for q in questions:
        answered, texts = answer(q.question)
        first_hit = next((rank for rank, t in enumerate(texts[:EVAL_DEPTH], 1) if is_hit(t, q.gold)), None)
        report.results.append(EvalResult(q, answered, first_hit if answered else None, tuple(texts)))
    return report
