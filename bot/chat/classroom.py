"""The end of a class quiz: leaderboard, a chart of each question, a CSV of every answer.

Nothing here knows about Telegram; it works on the answers the store recorded.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass

from ..store import ClassAnswer

FULL_MARKS = 0.999  # an answer at (or rounding to) full credit counts as right
CHART_DPI = 100
# A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_COLUMNS = ("question", "question_id", "prompt", "user_id", "name", "answer", "score", "answered_at")


@dataclass(frozen=True)
class Standing:
    """One line of the leaderboard; students with equal scores share a rank."""

    rank: int
    user_id: int
    name: str
    score: float
    answered: int


@dataclass(frozen=True)
class QuestionStat:
    """How the class did on one question."""

    index: int
    answered: int
    right: int


def leaderboard(answers: Sequence[ClassAnswer]) -> list[Standing]:
    """Total score per student, best first; ties share a rank (1, 1, 3)."""
    totals: dict[int, list] = {}
    for answer in answers:
        entry = totals.setdefault(answer.user_id, [answer.user_name, 0.0, 0])
        entry[1] += answer.score
        entry[2] += 1
    ordered = sorted(totals.items(), key=lambda item: (-round(item[1][1], 6), item[1][0].casefold(), item[0]))
    standings: list[Standing] = []
    for position, (user_id, (name, score, answered)) in enumerate(ordered, start=1):
        tied = standings and round(standings[-1].score, 6) == round(score, 6)
        rank = standings[-1].rank if tied else position
        standings.append(Standing(rank, user_id, name, score, answered))
    return standings


def question_stats(answers: Sequence[ClassAnswer], question_count: int) -> list[QuestionStat]:
    """Per question asked: how many answered and how many got full marks."""
    stats = []
    for index in range(question_count):
        mine = [a for a in answers if a.question_index == index]
        stats.append(QuestionStat(index, len(mine), sum(1 for a in mine if a.score >= FULL_MARKS)))
    return stats


def chart_png(stats: Sequence[QuestionStat], *, title: str) -> bytes:
    """A bar chart of right and wrong answers per question, as PNG bytes."""
    import matplotlib

    matplotlib.use("Agg")  # no display on a server
    from matplotlib.figure import Figure

    figure = Figure(figsize=(max(4.0, 0.6 * len(stats) + 2), 3.6), dpi=CHART_DPI)
    axes = figure.subplots()
    labels = [f"Q{s.index + 1}" for s in stats]
    right = [s.right for s in stats]
    wrong = [s.answered - s.right for s in stats]
    axes.bar(labels, right, color="#2e7d32", label="right")
    axes.bar(labels, wrong, bottom=right, color="#c62828", label="not right")
    axes.set_ylabel("students")
    axes.set_title(title[:80])
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.legend(loc="upper right", fontsize="small")
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def inert(cell: str) -> str:
    """...and a typed cell a spreadsheet would run as a formula starts with a ' to be shown as text."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def answers_csv(answers: Sequence[ClassAnswer], questions: Sequence[tuple[str, str]]) -> bytes:
    """Every answer as CSV (UTF-8 with BOM so spreadsheets read it); questions are (id, prompt)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL)  # OWASP: every cell quoted...
    writer.writerow(CSV_COLUMNS)
    for answer in answers:
        question_id, prompt = questions[answer.question_index] if answer.question_index < len(questions) else ("", "")
        writer.writerow([answer.question_index + 1, inert(question_id), inert(prompt), answer.user_id,
                         inert(answer.user_name), inert(answer.answer), f"{answer.score:g}", answer.answered_at])
    return buffer.getvalue().encode("utf-8-sig")
