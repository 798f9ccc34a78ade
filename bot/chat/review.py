"""Spaced repetition of the quiz questions a student got wrong, scheduled by FSRS.

A wrong (or partly right) answer in a quiz puts the question on a card of the ``fsrs``
package, rated "again"; ``/review`` asks the cards that are due, with the same
question and feedback messages as a quiz, and rates each answer so FSRS schedules the
next review. No chat platform here: front ends show the ``Reply``s.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from fsrs import Rating

from .clock import format_time
from .conversation import Button, Conversation, Reply
from .replies import STALE, parse_press
from ..quiz.library import QuizError
from ..quiz.models import Quiz
from ..quiz.session import AnswerError, Feedback, QuizSession
from ..store import Store

log = logging.getLogger(__name__)

REVIEW_QUIZ_ID = "review"
BUTTON_PREFIX = "r"  # review buttons carry "r" + the quiz session's button data
MAX_QUESTIONS_PER_REVIEW = 10
REMINDERS_ON = ("Questions you miss come back for /review, so I turned on a daily reminder: at {time} UTC, "
                "only on days something is due. /reminders sets your own time (e.g. /reminders 7pm); "
                "/reminders off turns it off.")


def review_key(user: str) -> str:
    return f"review:{user}"


def rating_for(credit: float) -> Rating:
    """How well the student recalled: right → Good, partly → Hard, wrong → Again."""
    if credit >= 1.0:
        return Rating.Good
    return Rating.Hard if credit > 0 else Rating.Again


def when(due: dt.datetime, *, now: dt.datetime | None = None) -> str:
    """``in 10 minutes``, ``in 3 hours``, ``in 2 days``: how far off a review is."""
    seconds = (due - (now or dt.datetime.now(dt.timezone.utc))).total_seconds()
    if seconds < 1:
        return "now"
    minutes = max(1, round(seconds / 60))
    if minutes < 60:
        return f"in {minutes} minute{'s' if minutes != 1 else ''}"
    hours = round(seconds / 3600)
    if hours < 48:
        return f"in {hours} hour{'s' if hours != 1 else ''}"
    return f"in {round(seconds / 86400)} days"


class Reviewer:
    """Review sessions, kept in the store under ``review:<user>``."""

    def __init__(self, conversation: Conversation, store: Store) -> None:
        self.conversation = conversation
        self.store = store

    # -- fed by the conversation ---------------------------------------------------------------

    def on_answer(self, user: str, session: QuizSession, feedback: Feedback) -> str | None:
        """A quiz answer: a miss goes on a review card; a hit counts as a review of its card.
        Returns a note for the student when the first miss turns the daily reminder on."""
        user_id = int(user)
        if feedback.credit < 1.0:
            self.store.add_review(user_id, session.quiz.id, feedback.question_id)
            if self.store.reminder(user_id) is None:  # reminders are on until the student turns them off
                setting = self.store.set_reminders(user_id, user_id, enabled=True)
                return REMINDERS_ON.format(time=format_time(setting.at))
        elif self.store.review_item(user_id, session.quiz.id, feedback.question_id) is not None:
            self.store.rate_review(user_id, session.quiz.id, feedback.question_id, Rating.Good)

    # -- the review itself ---------------------------------------------------------------------

    def start(self, user: str) -> list[Reply]:
        """Ask the questions due for review now (or say when the next one is due)."""
        user_id = int(user)
        items = [(item.quiz_id, item.question_id)
                 for item in self.store.due_reviews(user_id, limit=MAX_QUESTIONS_PER_REVIEW)]
        return self._begin(user, items)

    def start_missed(self, user: str, quiz_id: str) -> list[Reply]:
        """Review now the questions missed in the last run of a quiz, due or not."""
        items = [(quiz_id, question_id) for question_id in self.conversation.missed(user, quiz_id)]
        if not items:
            return [Reply("Nothing to review from that quiz: you missed nothing, or it was taken again since.")]
        return self._begin(user, items[:MAX_QUESTIONS_PER_REVIEW])

    def _begin(self, user: str, items: list[tuple[str, str]]) -> list[Reply]:
        user_id = int(user)
        quiz = self._quiz(items)
        if quiz is None:
            upcoming = self.store.next_review(user_id)
            if upcoming is None:
                return [Reply("Nothing to review. Questions you get wrong in a quiz come back here, "
                              "spaced out so they stick.")]
            return [Reply(f"Nothing to review right now; the next review is due {when(upcoming.due)}.")]
        session = QuizSession.start(quiz, self.conversation.documents)
        self._save(user, items, session)
        count = len(quiz.questions)
        intro = Reply(f"Review: {count} question{'s' if count != 1 else ''} you got wrong before. /cancel stops.")
        return [intro, self._question(session)]

    def running(self, user: str) -> bool:
        return self.store.get(review_key(user)) is not None

    def cancel(self, user: str) -> list[Reply] | None:
        """Stop a running review; None if there is none."""
        if not self.running(user):
            return None
        self.store.delete(review_key(user))
        return [Reply("Review stopped. /review picks it up again.")]

    def ask(self, user: str, text: str) -> list[Reply] | None:
        """Typed answer to the open review question; None if no review is running."""
        loaded = self._load(user)
        if loaded is None:
            return None
        items, session = loaded
        try:
            feedback = session.answer_text(text)
        except AnswerError as exc:
            return [Reply(f"{exc} (/cancel stops the review.)")]
        return self._after_answer(user, items, session, feedback)

    def press(self, user: str, data: str) -> list[Reply]:
        """A press on a review button (``data`` without the prefix)."""
        stale = [Reply(STALE, notice=True)]
        loaded = self._load(user)
        if loaded is None:
            return stale
        items, session = loaded
        press = parse_press(data)
        if press is None or press.token != session.token or press.index != session.index:
            return stale
        try:
            feedback = press.apply(session)
        except AnswerError as exc:
            return [Reply(str(exc))]
        if feedback is None:
            self._save(user, items, session)
            return [self._question(session, replace=True)]
        return self._after_answer(user, items, session, feedback)

    # -- helpers -------------------------------------------------------------------------------

    def _after_answer(self, user: str, items: list[tuple[str, str]], session: QuizSession,
                      feedback: Feedback) -> list[Reply]:
        quiz_id, question_id = items[feedback.index]
        item = self.store.rate_review(int(user), quiz_id, question_id, rating_for(feedback.credit))
        replies = [self.conversation.feedback_reply(feedback)]
        replies[0] = Reply(f"{replies[0].text}\nNext time you see this: {when(item.due)}.", quotes=replies[0].quotes)
        if not session.finished:
            self._save(user, items, session)
            replies.append(self._question(session))
            return replies
        self.store.delete(review_key(user))
        upcoming = self.store.next_review(int(user))
        text = f"Review done: {session.score_text()}."
        if upcoming is not None:
            text += f" The next review is due {when(upcoming.due)}."
        replies.append(Reply(text))
        return replies

    def _question(self, session: QuizSession, *, replace: bool = False) -> Reply:
        reply = self.conversation.question_reply(session, replace=replace)
        rows = tuple(tuple(Button(b.label, BUTTON_PREFIX + b.data) for b in row) for row in reply.buttons)
        return Reply(reply.text, buttons=rows, quotes=reply.quotes, question=None, replace=replace)

    def _quiz(self, items: list[tuple[str, str]]) -> Quiz | None:
        """A quiz made of the due questions, in the order given; None if none still exists."""
        questions = []
        for quiz_id, question_id in items:
            try:
                questions.append(self.conversation.quizzes.get(quiz_id).question(question_id))
            except (QuizError, KeyError):
                log.info("review of %s/%s skipped: no longer in the quizzes", quiz_id, question_id)
        if not questions:
            return None
        return Quiz.model_construct(id=REVIEW_QUIZ_ID, title="Review", description="Questions to review.",
                                    tags=[], seconds_per_question=30, shuffle_options=True, questions=questions)

    def _save(self, user: str, items: list[tuple[str, str]], session: QuizSession) -> None:
        self.store.put(review_key(user), {"items": [list(i) for i in items], "session": session.to_dict()})

    def _load(self, user: str) -> tuple[list[tuple[str, str]], QuizSession] | None:
        data: dict[str, Any] | None = self.store.get(review_key(user))
        if data is None:
            return None
        items = [(str(a), str(b)) for a, b in data["items"]]
        quiz = self._quiz(items)
        try:
            if quiz is None or len(quiz.questions) != len(items):
                raise QuizError("the quizzes changed")
            session = QuizSession.from_dict(data["session"], quiz, self.conversation.documents)
        except QuizError as exc:
            log.info("dropped the review of %s: %s", user, exc)
            self.store.delete(review_key(user))
            return None
        if session.finished:
            self.store.delete(review_key(user))
            return None
        return items, session


def score_line(store: Store, user_id: int) -> str | None:
    """``Reviews: 3 due now, 7 in all.`` for /score, or None without any card."""
    upcoming = store.next_review(user_id)
    if upcoming is None:
        return None
    due = len(store.due_reviews(user_id, limit=1000))
    total = store.review_count(user_id)
    return f"Reviews: {due} of your {total} review questions are due now. /review"
