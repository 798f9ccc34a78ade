"""One student's run through one quiz: a small state machine with no chat in it.

``asking`` (question ``index`` is open) -> ``answer()`` records the answer, returns
feedback and opens the next question -> ... -> ``finished``; ``cancel()`` ends it
early. ``to_dict()``/``from_dict()`` round-trip it through JSON so that a session
survives a restart; the options' shuffled order is part of that state, so a
button pressed before the restart still means the option it showed.

What it hands out (``PresentedQuestion``, ``Feedback``) is in ``session_types``, how a
typed answer is read in ``answer_input``; both are importable from here too.
"""

from __future__ import annotations

import hashlib
import random
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..texts.corpus import Document
from . import scoring
from .answer_input import AnswerError, check_positions, parse_positions
from .library import QuizError
from .models import (
    AnyQuestion,
    MultipleQuestion,
    OrderingQuestion,
    Quiz,
    TrueFalseQuestion,
)
from .present import (
    correct_answer_text,
    correct_indices,
    fits_poll,
    is_typed,
    option_labels,
    question_text,
)
from .session_types import Evidence, Feedback, PresentedQuestion, Record, format_score
from .sources import find_sources

__all__ = [
    "AnswerError",
    "Evidence",
    "Feedback",
    "PresentedQuestion",
    "QuizSession",
    "Record",
    "fingerprint",
    "format_score",
]

SESSION_VERSION = 1
ASKING, FINISHED, CANCELLED = "asking", "finished", "cancelled"
STATES = (ASKING, FINISHED, CANCELLED)
TOKEN_BYTES = 3  # six hex digits: enough to tell one user's sessions apart
_SHUFFLE_TRIES = 10


def fingerprint(quiz: Quiz) -> str:
    """A short hash of a quiz's content: a saved session only resumes the same quiz."""
    return hashlib.sha256(quiz.model_dump_json().encode("utf-8")).hexdigest()[:16]


@dataclass
class QuizSession:
    """The state of one quiz being taken; see the module docstring."""

    quiz: Quiz
    documents: dict[str, Document]
    token: str
    orders: list[list[int]]  # per question: the file index of the option at each position
    index: int = 0
    records: list[Record] = field(default_factory=list)
    state: str = ASKING
    pending: list[int] = field(default_factory=list)  # positions picked so far by button

    @classmethod
    def start(
        cls,
        quiz: Quiz,
        documents: dict[str, Document],
        *,
        rng: random.Random | None = None,
        token: str | None = None,
    ) -> "QuizSession":
        """A new session at the first question, its options shuffled by ``rng``."""
        if token is None:
            token = f"{rng.getrandbits(8 * TOKEN_BYTES):0{2 * TOKEN_BYTES}x}" if rng else secrets.token_hex(TOKEN_BYTES)
        rng = rng or random.Random()
        orders = [_presented_order(question, quiz.shuffle_options, rng) for question in quiz.questions]
        return cls(quiz, documents, token, orders)

    # -- state ----------------------------------------------------------------

    @property
    def finished(self) -> bool:
        """Over: every question answered, or cancelled."""
        return self.state != ASKING

    @property
    def current(self) -> AnyQuestion | None:
        """The open question, or None when the session is over."""
        return None if self.finished else self.quiz.questions[self.index]

    @property
    def score(self) -> float:
        """The credits earned so far."""
        return sum(record.credit for record in self.records)

    @property
    def max_score(self) -> int:
        """One point a question."""
        return len(self.quiz.questions)

    def score_text(self) -> str:
        """``7.5/10``."""
        return f"{format_score(self.score)}/{self.max_score}"

    def progress_text(self) -> str:
        """``after 2 of 19 questions: 1.5/2``: a stopped quiz scored on what was asked, not out of the whole."""
        asked = len(self.records)
        if not asked:
            return "before any answer"
        return f"after {asked} of {len(self.quiz.questions)} questions: {format_score(self.score)}/{asked}"

    def presented(self) -> PresentedQuestion:
        """The open question as it is shown; QuizError when the session is over."""
        question = self._open_question()
        order = self.orders[self.index]
        labels = option_labels(question, self.documents)
        poll_labels = option_labels(question, self.documents, short=True)
        right = correct_indices(question)
        if isinstance(question, OrderingQuestion):
            correct = tuple(order.index(i) for i in right)
        else:
            correct = tuple(sorted(order.index(i) for i in right))
        return PresentedQuestion(
            token=self.token,
            quiz_id=self.quiz.id,
            index=self.index,
            total=len(self.quiz.questions),
            question_id=question.id,
            kind=question.kind,
            text=question_text(question),
            options=tuple(labels[i] for i in order),
            poll_options=tuple(poll_labels[i] for i in order),
            correct=correct,
            explanation=question.explanation,
            seconds=self.quiz.seconds_per_question,
            typed=is_typed(question),
            multiple=isinstance(question, MultipleQuestion),
            ordering=isinstance(question, OrderingQuestion),
            fits_poll=fits_poll(question, self.documents),
            fits_multi_answer_poll=fits_poll(question, self.documents, multiple=True),
            evidence=self._evidence(question),
        )

    # -- transitions ----------------------------------------------------------

    def answer(self, response: Sequence[int] | int | str) -> Feedback:
        """Record the answer to the open question and move on to the next one.

        ``response`` is the text typed for a typed question; otherwise the 0-based
        positions of the picked options as shown (one for single-answer kinds,
        several for ``multiple``, all of them in the chosen order for ``ordering``).
        AnswerError if it doesn't fit; nothing is recorded then.
        """
        question = self._open_question()
        order = self.orders[self.index]
        if is_typed(question):
            if not isinstance(response, str) or not response.strip():
                raise AnswerError("Type your answer.")
            credit = 1.0 if scoring.short_answer_matches(response, question.answer) else 0.0
            stored: list[int] | str = response.strip()
            words = response.strip()
        else:
            if isinstance(response, str):
                raise AnswerError("Pick an option by its number.")
            positions = [response] if isinstance(response, int) else list(response)
            picked = check_positions(question, positions, len(order))
            stored = [order[p] for p in picked]
            right = list(correct_indices(question))
            if isinstance(question, OrderingQuestion):
                credit = scoring.ordering_credit(right, stored)
            elif isinstance(question, MultipleQuestion):
                credit = scoring.multiple_credit(right, stored)
            else:
                credit = scoring.single_credit(right[0], stored)
            labels = option_labels(question, self.documents)
            words = "; ".join(labels[i] for i in stored)
        self.records.append(Record(question.id, credit, stored))
        feedback = self._feedback(question, credit, words)
        self.index += 1
        self.pending = []
        if self.index >= len(self.quiz.questions):
            self.state = FINISHED
        return feedback

    def answer_text(self, text: str) -> Feedback:
        """Answer with typed text: the answer itself, or option numbers (``1 3``, ``3 1 2``)."""
        question = self._open_question()
        if is_typed(question):
            return self.answer(text)
        return self.answer(self.parse_positions(text))

    def parse_positions(self, text: str) -> list[int]:
        """0-based positions from typed numbers, option text or true/false words."""
        question = self._open_question()
        return parse_positions(question, self.presented().options, text)

    def pick(self, position: int) -> Feedback | None:
        """A button press on an option: answers at once, or builds up a multiple/ordering answer.

        For ``multiple`` a press toggles the option (``submit()`` answers); for
        ``ordering`` it appends the option and answers once all are placed.
        """
        question = self._open_question()
        count = len(self.orders[self.index])
        if not 0 <= position < count:
            raise AnswerError(f"There is no option {position + 1}.")
        if isinstance(question, MultipleQuestion):
            if position in self.pending:
                self.pending.remove(position)
            else:
                self.pending.append(position)
            return None
        if isinstance(question, OrderingQuestion):
            if position not in self.pending:
                self.pending.append(position)
            if len(self.pending) == count:
                return self.answer(self.pending)
            return None
        return self.answer([position])

    def submit(self) -> Feedback:
        """Answer a ``multiple`` question with the options picked so far."""
        if not self.pending:
            raise AnswerError("Pick at least one option first.")
        return self.answer(list(self.pending))

    def clear(self) -> None:
        """Forget the options picked so far for the open question."""
        self._open_question()
        self.pending = []

    def cancel(self) -> None:
        """End the session early; answers so far are kept."""
        if self.state == ASKING:
            self.state = CANCELLED
            self.pending = []

    # -- persistence ----------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The session as JSON-serialisable data (the quiz itself is referred to by id)."""
        return {
            "version": SESSION_VERSION,
            "quiz_id": self.quiz.id,
            "fingerprint": fingerprint(self.quiz),
            "token": self.token,
            "orders": [list(order) for order in self.orders],
            "index": self.index,
            "records": [
                {"question_id": r.question_id, "credit": r.credit, "response": r.response} for r in self.records
            ],
            "state": self.state,
            "pending": list(self.pending),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], quiz: Quiz, documents: dict[str, Document]) -> "QuizSession":
        """Resume a saved session; QuizError if it doesn't belong to this very quiz."""
        try:
            if data.get("version") != SESSION_VERSION or data["quiz_id"] != quiz.id:
                raise ValueError("another version or quiz")
            if data["fingerprint"] != fingerprint(quiz):
                raise QuizError(f"The quiz {quiz.id!r} has changed since this session started; start it again.")
            orders = [[int(i) for i in order] for order in data["orders"]]
            records = [Record(str(r["question_id"]), float(r["credit"]), r["response"]) for r in data["records"]]
            session = cls(
                quiz,
                documents,
                token=str(data["token"]),
                orders=orders,
                index=int(data["index"]),
                records=records,
                state=str(data["state"]),
                pending=[int(p) for p in data.get("pending", [])],
            )
        except QuizError:
            raise
        except (KeyError, TypeError, ValueError):
            raise QuizError("The saved quiz session can't be read; start the quiz again.") from None
        if (
            session.state not in STATES
            or len(orders) != len(quiz.questions)
            or not 0 <= session.index <= len(quiz.questions)
            or len(records) != session.index
        ):
            raise QuizError("The saved quiz session can't be read; start the quiz again.")
        return session

    # -- helpers --------------------------------------------------------------

    def _open_question(self) -> AnyQuestion:
        question = self.current
        if question is None:
            raise QuizError("This quiz is over.")
        return question

    def _evidence(self, question: AnyQuestion) -> tuple[Evidence, ...]:
        evidence = []
        for found in find_sources(question.sources, self.documents):
            if found.quote is None:  # the library checks every quote against this corpus
                raise QuizError(f"The source of question {question.id!r} is no longer in {found.document.id}.")
            evidence.append(Evidence(found.quote, found.citation))
        return tuple(evidence)

    def _feedback(self, question: AnyQuestion, credit: float, response: str) -> Feedback:
        evidence = self._evidence(question)
        return Feedback(
            question_id=question.id,
            index=self.index,
            credit=credit,
            response=response,
            correct_answer=correct_answer_text(question, self.documents),
            explanation=question.explanation,
            evidence=evidence,
        )


def _presented_order(question: AnyQuestion, shuffle: bool, rng: random.Random) -> list[int]:
    count = len(option_labels(question, {})) if not is_typed(question) else 0
    order = list(range(count))
    if isinstance(question, TrueFalseQuestion):
        return order  # True, False: always in that order
    if isinstance(question, OrderingQuestion):
        # Always shuffled, and never shown already in the right order.
        right = question.correct_order()
        for _ in range(_SHUFFLE_TRIES):
            rng.shuffle(order)
            if order != right:
                break
        return order
    if shuffle:
        rng.shuffle(order)
    return order
