"""How far an index build has got, with an estimate of the time left measured from the
encoding rate so far: a bar on a terminal, else a line every half minute once a build is
long enough to need one.

Work is counted in characters of text to encode (passages, then vocabulary words): the
encoder's cost grows with the length of what it reads, so the characters done per second
so far predict the rest better than passages per second would.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from typing import IO

log = logging.getLogger(__name__)

LINE_EVERY_SECONDS = 30.0  # off a terminal: silent for a build shorter than this, then a line this often
MIN_SECONDS_FOR_ESTIMATE = 2.0  # an estimate from less than this much encoding is noise


def duration(seconds: float) -> str:
    """``45 s``, ``3 min 10 s``, ``1 h 05 min``."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


class BuildProgress:
    """Reports ``advance(chars)`` calls against ``total`` characters (see the module docstring)."""

    def __init__(self, total: int, *, notify: Callable[[str], None] = log.info, stream: IO[str] | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.total = max(1, total)
        self.done = 0
        self._notify = notify
        self._clock = clock
        self._started = clock()
        self._last_line = self._started
        stream = stream if stream is not None else sys.stderr
        self._bar = None
        if _is_terminal(stream):
            from tqdm import tqdm

            # smoothing=0: the rate is the average since the start, not the last few batches.
            self._bar = tqdm(total=self.total, unit="char", unit_scale=True, smoothing=0, desc="indexing",
                             file=stream, leave=False, dynamic_ncols=True)

    def eta(self) -> float | None:
        """Seconds left at the rate so far; None until there is enough to measure."""
        elapsed = self._clock() - self._started
        if self.done <= 0 or elapsed < MIN_SECONDS_FOR_ESTIMATE:
            return None
        return (self.total - self.done) * elapsed / self.done

    def line(self) -> str:
        """``indexing: 34% (1.2 of 3.5 M characters), 2 min 10 s so far, about 4 min 12 s left``."""
        elapsed = self._clock() - self._started
        left = self.eta()
        estimate = f", about {duration(left)} left" if left is not None else ""
        return (f"indexing: {100 * self.done // self.total}% ({self.done / 1e6:.1f} of {self.total / 1e6:.1f} "
                f"M characters), {duration(elapsed)} so far{estimate}")

    def advance(self, chars: int) -> None:
        self.done = min(self.total, self.done + chars)
        if self._bar is not None:
            self._bar.update(chars)
            return
        now = self._clock()
        if now - self._last_line >= LINE_EVERY_SECONDS:
            self._last_line = now
            self._notify(self.line())

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
        elif self._clock() - self._started >= LINE_EVERY_SECONDS:
            self._notify(f"indexing: encoded {self.total / 1e6:.1f} M characters in "
                         f"{duration(self._clock() - self._started)}")


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or odd stream: no bar
        return False
