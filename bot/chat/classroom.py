"""A class quiz's numbers: the live count of answers, and at the end the leaderboard, a chart
of each question and a CSV of every answer.

Nothing here knows about Telegram; it works on the answers the store recorded.
"""

from __future__ import annotations

import csv
import io
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..store import ClassAnswer

if TYPE_CHECKING:
    from matplotlib.figure import Figure

FULL_MARKS = 0.999  # an answer at (or rounding to) full credit counts as right
# The chart is read on a phone, where Telegram shows a photo about 360 points wide: at
# 900 pixels, 13-point type still shows at about 11 points.
CHART_DPI = 150
CHART_WIDTH_INCHES = 6.0
CHART_BASE_INCHES = 2.2  # title, legend and axis label
CHART_ROW_INCHES = 0.45  # one bar, at most
CHART_MAX_PIXELS = 1280  # Telegram scales a photo down to this on its longest side
POINTS_PER_INCH = 72
ROW_FONT_SHARE = 0.65  # a bar's label takes at most this share of its row's height
CHART_FONT_POINTS = 13
CHART_TITLE_POINTS = 15
TITLE_LINE_CHARACTERS = 42
TITLE_MAX_LINES = 3
BAR_HEIGHT = 0.7
BAR_ROOM = 1.35  # the x axis runs this far past the longest bar, for its label
BAR_LABEL_GAP = 0.03
RIGHT_COLOUR, PARTLY_COLOUR, WRONG_COLOUR = "#2e7d32", "#f9a825", "#c62828"
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
    partly: int = 0  # some credit, not all (multiple answers, ordering)


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
    """Per question asked: how many answered, got full marks, got some credit."""
    stats = []
    for index in range(question_count):
        mine = [a for a in answers if a.question_index == index]
        right = sum(1 for a in mine if a.score >= FULL_MARKS)
        stats.append(QuestionStat(index, len(mine), right, sum(1 for a in mine if 0 < a.score < FULL_MARKS)))
    return stats


def turnout(answers: Sequence[ClassAnswer], index: int, members: int | None) -> tuple[int, int | None]:
    """How many answered question ``index``, and of how many taking part: everyone who has
    answered a question of the run so far, or, before anyone has, the group's ``members``
    (students, as far as the chat can tell); None when that is unknown."""
    answered = sum(1 for a in answers if a.question_index == index)
    so_far = {a.user_id for a in answers if a.question_index <= index}
    if any(a.question_index < index for a in answers):
        return answered, len(so_far)
    return answered, max(answered, members) if members else (answered or None)


def answered_line(answered: int, taking_part: int | None) -> str:
    """``Answered: 3 of 28`` (or ``Answered: 3`` when nobody knows how many take part)."""
    return f"Answered: {answered} of {taking_part}" if taking_part else f"Answered: {answered}"


def chart_figure(stats: Sequence[QuestionStat], *, title: str) -> Figure:
    """One horizontal bar per question (right, partly, not right), laid out for a phone screen:
    the title wrapped above, the legend between title and bars, each bar labelled "k of n"."""
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    # Telegram shrinks a photo to 1280 pixels on its longest side: a long quiz gets thinner bars.
    row = min(CHART_ROW_INCHES, (CHART_MAX_PIXELS / CHART_DPI - CHART_BASE_INCHES) / max(len(stats), 1))
    row_points = min(CHART_FONT_POINTS, row * POINTS_PER_INCH * ROW_FONT_SHARE)
    figure = Figure(figsize=(CHART_WIDTH_INCHES, CHART_BASE_INCHES + row * max(len(stats), 1)), dpi=CHART_DPI,
                    layout="constrained")
    figure.suptitle(_wrapped(title), fontsize=CHART_TITLE_POINTS, fontweight="bold")
    axes = figure.subplots()
    labels = [f"Q{s.index + 1}" for s in stats]
    left = [0] * len(stats)
    for name, counts, colour in (("right", [s.right for s in stats], RIGHT_COLOUR),
                                 ("partly", [s.partly for s in stats], PARTLY_COLOUR),
                                 ("not right", [s.answered - s.right - s.partly for s in stats], WRONG_COLOUR)):
        if name == "partly" and not any(counts):
            continue  # no partial credit in this quiz: no legend entry for it
        axes.barh(labels, counts, left=left, color=colour, label=name, height=BAR_HEIGHT)
        left = [a + b for a, b in zip(left, counts)]
    most = max((s.answered for s in stats), default=0)
    for row, stat in enumerate(stats):
        axes.text(stat.answered + most * BAR_LABEL_GAP, row, f"{stat.right} of {stat.answered}",
                  va="center", fontsize=row_points)
    ticks = [t for t in MaxNLocator(integer=True).tick_values(0, max(most, 1)) if 0 <= t <= max(most, 1)]
    axes.set_xticks(ticks)  # whole students, none past the longest bar
    axes.set_xlim(0, max(most, 1) * BAR_ROOM)  # room for the "k of n" after the longest bar
    axes.invert_yaxis()  # Q1 at the top, as the questions came
    axes.set_xlabel("students (right of answered)", fontsize=CHART_FONT_POINTS)
    axes.tick_params(axis="x", labelsize=CHART_FONT_POINTS)
    axes.tick_params(axis="y", labelsize=row_points)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    # Above the bars, under the title: never on top of a bar.
    axes.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=3, frameon=False, fontsize=CHART_FONT_POINTS)
    return figure


def chart_png(stats: Sequence[QuestionStat], *, title: str) -> bytes:
    """The chart of ``chart_figure`` as PNG bytes."""
    import matplotlib

    matplotlib.use("Agg")  # no display on a server
    buffer = io.BytesIO()
    chart_figure(stats, title=title).savefig(buffer, format="png")
    return buffer.getvalue()


def _wrapped(title: str) -> str:
    """A title in lines short enough for the chart's width; a very long one ends in an ellipsis."""
    lines = textwrap.wrap(title, TITLE_LINE_CHARACTERS) or [""]
    if len(lines) > TITLE_MAX_LINES:
        lines = lines[:TITLE_MAX_LINES]
        lines[-1] = lines[-1][:TITLE_LINE_CHARACTERS - 1].rstrip() + "…"
    return "\n".join(lines)


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
