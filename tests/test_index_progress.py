"""Building a large index: progress with an estimate of the time left measured from the rate
so far, a bar on a terminal and a line every half minute elsewhere, silent when quick."""

from __future__ import annotations

import functools
import io
import re
import time

import numpy as np

from bot.search.index import build_index, encode_passages, encoding_cost
from bot.search.progress import LINE_EVERY_SECONDS, BuildProgress, duration
from bot.texts.corpus import parse_document


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class TickingEncoder:
    """A fake encoder that takes one (fake) second per 1,000 characters."""

    dimension = 4

    def __init__(self, clock: Clock) -> None:
        self.clock = clock

    def encode(self, texts, *, batch_size=32):
        self.clock.now += sum(len(t) for t in texts) / 1000
        return np.array([[len(t), 1.0, 0.0, 0.0] for t in texts], dtype=np.float32)


def test_the_estimate_is_the_rate_so_far_applied_to_what_is_left():
    clock, lines = Clock(), []
    progress = BuildProgress(10_000, notify=lines.append, stream=io.StringIO(), clock=clock)
    assert progress.eta() is None  # nothing measured yet
    clock.now += 40
    progress.advance(2_500)  # a quarter in 40 s: 120 s to go
    assert progress.eta() == 120
    assert lines == ["indexing: 25% (0.0 of 0.0 M characters), 40 s so far, about 2 min 00 s left"]
    clock.now += 5
    progress.advance(2_500)
    assert len(lines) == 1  # a line every half minute, not per batch
    clock.now += 40
    progress.advance(2_500)
    assert lines[-1].startswith("indexing: 75%") and lines[-1].endswith("about 28 s left")
    progress.close()
    assert lines[-1] == "indexing: encoded 0.0 M characters in 1 min 25 s"


def test_a_quick_build_off_a_terminal_says_nothing():
    clock, lines = Clock(), []
    progress = BuildProgress(10_000, notify=lines.append, stream=io.StringIO(), clock=clock)
    clock.now += LINE_EVERY_SECONDS - 1
    progress.advance(10_000)
    progress.close()
    assert lines == []


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_a_bar_with_the_time_left():
    terminal, lines = Terminal(), []
    progress = BuildProgress(10_000, notify=lines.append, stream=terminal)
    progress.advance(2_500)
    time.sleep(0.2)  # the bar redraws at most ten times a second
    progress.advance(2_500)
    shown = terminal.getvalue()
    progress.close()
    assert "indexing:  50%" in shown and re.search(r"\[00:00<00:0\d", shown) and lines == []


def test_encoding_by_length_keeps_every_row_in_place():
    clock = Clock()
    texts = ["a" * n for n in (5, 300, 40, 1, 120)] * 30
    progress = BuildProgress(encoding_cost(texts), notify=lambda _: None, stream=io.StringIO(), clock=clock)
    vectors, _ = encode_passages(texts, TickingEncoder(clock), progress=progress)
    assert [int(v[0]) for v in vectors] == [len(t) for t in texts]
    assert progress.done == progress.total


def test_a_long_build_reports_progress_and_an_estimate(tmp_path, monkeypatch):
    import bot.search.index as index_module

    clock = Clock()  # the build's clock: one fake second per 1,000 characters encoded
    monkeypatch.setattr(index_module, "BuildProgress", functools.partial(BuildProgress, clock=clock))
    body = "\n\n".join(f"Paragraph {n} says something about owls. Owls hunt at night, mostly voles." for n in range(3000))
    doc = parse_document(f"---\nid: owls\ntitle: Owls\noutlet: Teacher\ndate: 2024-01-01\n---\n\n{body}\n")
    lines = []
    build_index({"owls": doc}, lambda folder: TickingEncoder(clock), tmp_path / "index", {"format": 0},
                notify=lines.append)
    assert len(lines) >= 3 and all(line.startswith("indexing: ") for line in lines)
    assert "left" in lines[0] and lines[-1].startswith("indexing: encoded")


def test_durations_read_naturally():
    assert [duration(s) for s in (0, 45, 190, 3900)] == ["0 s", "45 s", "3 min 10 s", "1 h 05 min"]
