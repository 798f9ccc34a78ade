"""What a quiz session hands out and keeps: the shown question, the feedback on an answer
with its evidence, the record of one answer, and how scores are written.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..texts.quote import Quote


@dataclass(frozen=True)
class PresentedQuestion:
    """The open question as a front end shows it; options in their shuffled order."""

    token: str
    quiz_id: str
    index: int  # 0-based
    total: int
    question_id: str
    kind: str
    text: str
    options: tuple[str, ...]  # empty for typed answers
    poll_options: tuple[str, ...]  # the same options, short enough for a Telegram poll
    correct: tuple[int, ...]  # positions in ``options`` of the right ones (ordering: the right order)
    explanation: str
    seconds: int
    typed: bool  # the student types the answer
    multiple: bool  # pick several, then submit
    ordering: bool  # pick every option, in order
    fits_poll: bool  # a Telegram quiz poll can ask it
    # A quiz poll with several right options (``allows_multiple_answers``) can ask it:
    # fits_poll, or a select-all-that-apply question within a poll's limits.
    fits_multi_answer_poll: bool = False
    evidence: tuple["Evidence", ...] = ()  # the source passages, the main one first


@dataclass(frozen=True)
class Evidence:
    """One source passage as shown: the exact quotation and its citation."""

    quote: Quote
    citation: str


@dataclass(frozen=True)
class Feedback:
    """What the student is told after answering: the verdict, the answer, the sources."""

    question_id: str
    index: int
    credit: float  # 0..1
    response: str  # the student's answer, in words
    correct_answer: str
    explanation: str
    evidence: tuple[Evidence, ...]  # every source passage, the main one first

    @property
    def quote(self) -> Quote:
        """The main source quotation (``evidence`` has them all)."""
        return self.evidence[0].quote

    @property
    def citation(self) -> str:
        """The main quotation's citation."""
        return self.evidence[0].citation

    @property
    def correct(self) -> bool:
        """Full credit."""
        return self.credit >= 1.0

    @property
    def partial(self) -> bool:
        """Some credit, not all."""
        return 0.0 < self.credit < 1.0


@dataclass
class Record:
    """One answered question: the response in file order (indices) or as typed."""

    question_id: str
    credit: float
    response: list[int] | str


def format_score(value: float) -> str:
    """2, 2.5 or 2.33: at most two decimals, no trailing zeros."""
    return f"{value:.2f}".rstrip("0").rstrip(".")
