"""End of a class quiz: leaderboard with shared ranks, chart, CSV."""

from __future__ import annotations

import csv
import io

from bot.chat.classroom import answers_csv, chart_png, leaderboard, question_stats
from bot.store import ClassAnswer


def answer(question: int, user_id: int, name: str, score: float) -> ClassAnswer:
    return ClassAnswer(1, question, user_id, name, "x", score, "2025-03-01T09:00:00+00:00")


ANSWERS = [answer(0, 1, "Ann", 1), answer(0, 2, "Bob", 0), answer(0, 3, "Cy", 1),
           answer(1, 1, "Ann", 0.5), answer(1, 2, "Bob", 1), answer(1, 4, "Di", 0)]


def test_ties_share_a_rank_and_the_next_rank_skips():
    board = leaderboard(ANSWERS)
    assert [(s.rank, s.name, s.score) for s in board] == [
        (1, "Ann", 1.5), (2, "Bob", 1.0), (2, "Cy", 1.0), (4, "Di", 0.0)]


def test_question_stats_count_full_marks_as_right():
    assert [(s.answered, s.right) for s in question_stats(ANSWERS, 3)] == [(3, 2), (3, 1), (0, 0)]


def test_chart_is_a_png():
    assert chart_png(question_stats(ANSWERS, 2), title="Quiz").startswith(b"\x89PNG")


def test_csv_has_every_answer_with_its_question():
    rows = list(csv.DictReader(io.StringIO(answers_csv(ANSWERS, [("a", "First?"), ("b", "Second?")]).decode("utf-8-sig"))))
    assert len(rows) == 6
    assert rows[3] == {"question": "2", "question_id": "b", "prompt": "Second?", "user_id": "1", "name": "Ann",
                       "answer": "x", "score": "0.5", "answered_at": "2025-03-01T09:00:00+00:00"}
