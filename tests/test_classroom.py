"""End of a class quiz: leaderboard with shared ranks, chart, CSV."""

from __future__ import annotations

import csv
import io

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.patches import Rectangle
from matplotlib.text import Text

from bot.chat.classroom import (
    QuestionStat,
    answered_line,
    answers_csv,
    chart_figure,
    chart_png,
    leaderboard,
    question_stats,
    turnout,
)
from bot.store import ClassAnswer

PHONE_POINTS = 360  # about how wide Telegram shows a photo in a chat on a phone
READABLE_POINTS = 10
TELEGRAM_PHOTO_SIDE = 1280  # Telegram scales a photo down to this on its longest side
LONG_TITLE = ("What the five texts say about cyberspace governance, sovereignty and the digital economy: "
              "a quiz with a title far too long for one line")


def answer(question: int, user_id: int, name: str, score: float) -> ClassAnswer:
    return ClassAnswer(1, question, user_id, name, "x", score, "2025-03-01T09:00:00+00:00")


ANSWERS = [answer(0, 1, "Ann", 1), answer(0, 2, "Bob", 0), answer(0, 3, "Cy", 1),
           answer(1, 1, "Ann", 0.5), answer(1, 2, "Bob", 1), answer(1, 4, "Di", 0)]


def test_ties_share_a_rank_and_the_next_rank_skips():
    board = leaderboard(ANSWERS)
    assert [(s.rank, s.name, s.score) for s in board] == [
        (1, "Ann", 1.5), (2, "Bob", 1.0), (2, "Cy", 1.0), (4, "Di", 0.0)]


def test_question_stats_count_full_marks_as_right():
    assert [(s.answered, s.right, s.partly) for s in question_stats(ANSWERS, 3)] == [(3, 2, 0), (3, 1, 1), (0, 0, 0)]


def test_the_count_is_of_the_members_until_someone_has_taken_part():
    assert turnout([], 0, 25) == (0, 25)
    assert turnout(ANSWERS[:2], 0, 25) == (2, 25)
    assert turnout(ANSWERS[:3], 0, 2) == (3, 3)  # more answered than the chat counted
    assert turnout([], 0, None) == (0, None) and turnout(ANSWERS[:2], 0, None) == (2, 2)
    # From question 2 on: everyone who has answered any question so far, newcomers included.
    assert turnout(ANSWERS[:3], 1, 25) == (0, 3)
    assert turnout(ANSWERS, 1, 25) == (3, 4)
    assert answered_line(3, 4) == "Answered: 3 of 4" and answered_line(0, None) == "Answered: 0"


def test_chart_is_a_png_the_size_of_its_figure():
    data = chart_png(question_stats(ANSWERS, 2), title="Quiz")
    assert data.startswith(b"\x89PNG")
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    figure = chart_figure(question_stats(ANSWERS, 2), title="Quiz")
    assert (width, height) == (round(figure.bbox.width), round(figure.bbox.height))


def drawn(stats, title):
    """The chart's figure, drawn, with its visible texts and bars."""
    figure = chart_figure(stats, title=title)
    FigureCanvasAgg(figure).draw()
    texts = [t for t in figure.findobj(Text) if t.get_visible() and t.get_text().strip()]
    bars = [p for p in figure.axes[0].patches if isinstance(p, Rectangle) and p.get_width() > 0]
    return figure, texts, bars


def overlap(a, b) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


def stats_of(count):
    return [QuestionStat(i, 28, (7 * i) % 26, 2 if i % 4 == 0 else 0) for i in range(count)]


@pytest.mark.parametrize(("count", "title"), [(3, "Quiz"), (13, LONG_TITLE), (23, "Events and dates")])
def test_the_chart_reads_well_on_a_phone(count, title):
    figure, texts, bars = drawn(stats_of(count), title)
    renderer = figure.canvas.get_renderer()
    page = figure.bbox
    assert page.width <= TELEGRAM_PHOTO_SIDE and page.height <= TELEGRAM_PHOTO_SIDE  # not scaled down further
    for text in texts:  # nothing clipped: the title (however long) and every label lie inside the image
        box = text.get_window_extent(renderer)
        assert page.x0 <= box.x0 and box.x1 <= page.x1 and page.y0 <= box.y0 and box.y1 <= page.y1, text.get_text()
    [title_text] = [t for t in texts if t.get_text() == figure.get_suptitle()]
    assert "…" in title_text.get_text() or title_text.get_text().replace("\n", " ") == title  # wrapped, not cut
    title_box = title_text.get_window_extent(renderer)
    legend = figure.axes[0].get_legend().get_window_extent(renderer)
    assert not any(overlap(legend, bar.get_window_extent(renderer)) for bar in bars)
    assert not overlap(legend, title_box)
    scale = PHONE_POINTS / page.width  # image pixels to points on the phone's screen
    for text in texts:
        shown = text.get_fontsize() * figure.dpi / 72 * scale
        assert shown >= READABLE_POINTS, (text.get_text(), round(shown, 1))
    # Each "k of n" label sits beside its bar, not on it, and labels don't run into each other.
    labels = [t.get_window_extent(renderer) for t in figure.axes[0].texts]
    assert len(labels) == count
    assert not any(overlap(a, b) for i, a in enumerate(labels) for b in labels[i + 1:])
    assert not any(overlap(label, bar.get_window_extent(renderer)) for label in labels for bar in bars)


def test_a_very_long_quiz_still_fits_telegrams_photo_size():
    figure, texts, _ = drawn(stats_of(60), "Sixty questions")
    renderer = figure.canvas.get_renderer()
    assert figure.bbox.height <= TELEGRAM_PHOTO_SIDE
    labels = [t.get_window_extent(renderer) for t in figure.axes[0].texts]
    assert not any(overlap(a, b) for i, a in enumerate(labels) for b in labels[i + 1:])


def test_csv_has_every_answer_with_its_question():
    rows = list(csv.DictReader(io.StringIO(answers_csv(ANSWERS, [("a", "First?"), ("b", "Second?")]).decode("utf-8-sig"))))
    assert len(rows) == 6
    assert rows[3] == {"question": "2", "question_id": "b", "prompt": "Second?", "user_id": "1", "name": "Ann",
                       "answer": "x", "score": "0.5", "answered_at": "2025-03-01T09:00:00+00:00"}
