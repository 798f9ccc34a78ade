"""The conversation, free of any chat platform: the terminal chat and the Telegram bot
are thin layers over it.

A front end turns what the user does into one of three calls and shows the
``Reply``s it gets back, in order:

- ``Conversation.ask(user, text)``: a plain message. It answers the open quiz
  question if a quiz is running, otherwise it is a question about the texts.
- ``Conversation.command(user, name, args)``: ``/name args`` (see ``COMMANDS``).
- ``Conversation.press(user, data)``: a ``Button`` was pressed; ``data`` is its data.

Replies are plain text (a front end escapes it for its markup). Buttons carry
short codes (at most 64 bytes, Telegram's limit for callback data); a press on a
question that is no longer open, or from a session that is over, is answered
and records nothing, so an answer is never recorded twice.

State (running quiz sessions, scores, the last question searched) lives in a
``SessionStore`` under per-user keys (``session:<user>``, ``scores:<user>``,
``search:<user>``), as JSON-serialisable dicts, so a quiz resumes after a restart.

Also for front ends: ``running_quiz(user)``, ``question_reply(session)`` and
``feedback_reply(feedback)`` (to render a session's question or feedback the
standard way), ``pick_data(question, position)``, ``parse_command(text)``, and
the ``on_answer(user, session, feedback)`` hook called once per recorded answer.
"""

from __future__ import annotations

import copy
import json
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from .corpus import Document
from .errors import TextbotError
from .quiz.library import QuizError, QuizLibrary
from .quiz.session import AnswerError, Feedback, PresentedQuestion, QuizSession, format_score
from .search_types import Answer, Quote

log = logging.getLogger(__name__)

CALLBACK_DATA_MAX_BYTES = 64  # Telegram's limit for callback_data
BUTTON_LABEL_MAX = 40
QUOTES_PER_ANSWER = 3
NOT_COVERED = "The texts don't cover that."

# Button data: "q:<quiz id>", "a:<token>:<question index>:<position>",
# "s:<token>:<question index>" (submit picks), "c:<token>:<question index>" (clear picks),
# "more" (more quotations for the last question).
START_QUIZ, PICK, SUBMIT, CLEAR, MORE = "q", "a", "s", "c", "more"

COMMANDS: tuple[tuple[str, str], ...] = (
    ("help", "what I can do"),
    ("ask", "ask about the texts: /ask QUESTION (or just type it)"),
    ("more", "more quotations for the last question"),
    ("sources", "the texts I quote from"),
    ("quiz", "list the quizzes; /quiz ID starts one"),
    ("score", "your quiz scores"),
    ("cancel", "stop the running quiz"),
)
HELP_TEXT = (
    "Ask me what the texts say: type a question and I answer with the texts' own "
    "sentences, word for word, each with its source. When the texts say nothing "
    "about it, I say so.\n\n" + "\n".join(f"/{name} - {text}" for name, text in COMMANDS)
)


class Searcher(Protocol):
    """What the conversation needs from the search engine (``bot.engine.open_searcher``)."""

    def search(self, question: str, *, top_k: int = ..., offset: int = 0) -> Answer: ...

    def cite(self, quote: Quote) -> str: ...


class SessionStore(Protocol):
    """Per-user state as JSON-serialisable dicts: get, put, delete by key."""

    def get(self, key: str) -> dict[str, Any] | None: ...

    def put(self, key: str, value: dict[str, Any]) -> None: ...

    def delete(self, key: str) -> None: ...


class MemoryStore:
    """A SessionStore in a dict; values pass through JSON so they are what a database would keep."""

    def __init__(self) -> None:
        self._values: dict[str, str] = {}

    def get(self, key: str) -> dict[str, Any] | None:
        """The value under ``key``, or None."""
        text = self._values.get(key)
        return json.loads(text) if text is not None else None

    def put(self, key: str, value: dict[str, Any]) -> None:
        """Store ``value`` under ``key``, replacing what was there."""
        self._values[key] = json.dumps(value)

    def delete(self, key: str) -> None:
        """Forget ``key``; no error if it isn't there."""
        self._values.pop(key, None)


@dataclass(frozen=True)
class Button:
    """A button under a reply: ``label`` shown, ``data`` sent back to ``Conversation.press``."""

    label: str
    data: str

    def __post_init__(self) -> None:
        if not 1 <= len(self.data.encode("utf-8")) <= CALLBACK_DATA_MAX_BYTES:
            raise ValueError(f"button data must be 1-{CALLBACK_DATA_MAX_BYTES} bytes: {self.data!r}")


@dataclass(frozen=True)
class Reply:
    """One message to show.

    ``text`` is plain text, complete on its own (a front end without buttons
    shows only it). ``buttons`` are rows of buttons. ``quotes`` are the
    quotations the text contains, for front ends that format them specially.
    ``question`` is set when the reply asks a quiz question, so a front end may
    ask it its own way (a Telegram quiz poll) and report the choice with
    ``press(user, pick_data(question, position))``. ``replace`` means: this
    updates the message whose button was pressed (a front end that can't edit
    messages sends it as new).
    """

    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    quotes: tuple[Quote, ...] = ()
    question: PresentedQuestion | None = None
    replace: bool = False


def pick_data(question: PresentedQuestion, position: int) -> str:
    """The button data that picks the option at ``position`` (0-based, as shown)."""
    return f"{PICK}:{question.token}:{question.index}:{position}"


def parse_command(text: str) -> tuple[str, str] | None:
    """``("quiz", "principles")`` for ``/quiz principles`` (or ``/quiz@SomeBot principles``); None for plain text."""
    text = text.strip()
    if not text.startswith("/") or len(text) < 2:
        return None
    head, _, args = text[1:].partition(" ")
    name = head.split("@", 1)[0].lower()
    return name, args.strip()


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _label(text: str) -> str:
    return text if len(text) <= BUTTON_LABEL_MAX else text[: BUTTON_LABEL_MAX - 1] + "…"


class Conversation:
    """Everything the bot says; see the module docstring."""

    def __init__(
        self,
        searcher: Searcher,
        quizzes: QuizLibrary,
        store: SessionStore,
        *,
        rng: random.Random | None = None,
        on_answer: Callable[[str, QuizSession, Feedback], None] | None = None,
    ) -> None:
        self.searcher = searcher
        self.on_answer = on_answer  # e.g. schedule a review of what the student got wrong
        self.quizzes = quizzes
        self.store = store
        self._rng = rng  # None: sessions get unpredictable tokens and shuffles
        self._commands = {
            "help": self._help,
            "start": self._help,
            "ask": self._ask_command,
            "more": self._more,
            "sources": self._sources,
            "quiz": self._quiz,
            "score": self._score,
            "cancel": self._cancel,
        }

    @property
    def documents(self) -> dict[str, Document]:
        """The corpus, as the quizzes were checked against it."""
        return self.quizzes.documents

    # -- entry points ---------------------------------------------------------

    def ask(self, user: str, text: str) -> list[Reply]:
        """A plain message: the answer to the open quiz question, else a question about the texts."""
        session = self._load_session(user)
        if isinstance(session, list):
            return session
        if session is not None:
            try:
                feedback = session.answer_text(text)
            except AnswerError as exc:
                return [Reply(f"{exc} (/cancel stops the quiz.)")]
            return self._after_answer(user, session, feedback)
        return self._search(user, text, offset=0)

    def command(self, user: str, name: str, args: str = "") -> list[Reply]:
        """A command, ``name`` without the slash."""
        handler = self._commands.get(name.lower())
        if handler is None:
            return [Reply(f"I don't know /{name}. /help lists what I can do.")]
        return handler(user, args.strip())

    def press(self, user: str, data: str) -> list[Reply]:
        """A button press, ``data`` being the button's data."""
        kind, _, rest = data.partition(":")
        if kind == START_QUIZ and rest:
            return self._start_quiz(user, rest)
        if data == MORE:
            return self._more(user, "")
        if kind in (PICK, SUBMIT, CLEAR):
            return self._press_quiz(user, kind, rest.split(":"))
        log.info("unknown button data %r", data)
        return [Reply("That button no longer does anything.")]

    def running_quiz(self, user: str) -> QuizSession | None:
        """The user's running quiz session, if any (a copy: changing it changes nothing)."""
        session = self._load_session(user)
        return session if isinstance(session, QuizSession) else None

    # -- searching ------------------------------------------------------------

    def _search(self, user: str, question: str, *, offset: int) -> list[Reply]:
        try:
            answer = self.searcher.search(question, top_k=QUOTES_PER_ANSWER, offset=offset)
        except TextbotError as exc:
            message = str(exc)
            return [Reply(message[:1].upper() + message[1:])]
        answered = answer.answered and bool(answer.quotes)
        self.store.put(f"search:{user}", {"question": question, "offset": offset + len(answer.quotes), "answered": answered})
        if not answered:
            return [Reply(NOT_COVERED if offset == 0 else "No more quotations on that.")]
        blocks = [f"“{quote.text}”\n— {self.searcher.cite(quote)}" for quote in answer.quotes]
        buttons = ((Button("More quotes", MORE),),) if len(answer.quotes) == QUOTES_PER_ANSWER else ()
        return [Reply("\n\n".join(blocks), buttons=buttons, quotes=tuple(answer.quotes))]

    def _ask_command(self, user: str, args: str) -> list[Reply]:
        if not args:
            return [Reply("Type /ask and your question, or just type the question.")]
        return self._search(user, args, offset=0)

    def _more(self, user: str, args: str) -> list[Reply]:
        last = self.store.get(f"search:{user}")
        if not last:
            return [Reply("Ask a question first; /more then shows more quotations on it.")]
        if not last.get("answered"):
            return [Reply("No more quotations on that.")]
        return self._search(user, last["question"], offset=int(last["offset"]))

    # -- information ----------------------------------------------------------

    def _help(self, user: str, args: str) -> list[Reply]:
        return [Reply(HELP_TEXT)]

    def _sources(self, user: str, args: str) -> list[Reply]:
        lines = [f"{n}. {doc.citation()}" for n, doc in enumerate(self.documents.values(), start=1)]
        return [Reply("The texts I quote from:\n" + "\n".join(lines))]

    def _score(self, user: str, args: str) -> list[Reply]:
        lines = []
        session = self._load_session(user)
        if isinstance(session, QuizSession):
            lines.append(
                f"Running: {session.quiz.title} - {format_score(session.score)} after "
                f"{len(session.records)} of {session.max_score} questions."
            )
        scores = self.store.get(f"scores:{user}") or {}
        for quiz_id, entry in sorted(scores.items()):
            title = self.quizzes.quizzes[quiz_id].title if quiz_id in self.quizzes.quizzes else quiz_id
            lines.append(
                f"{title} ({quiz_id}): best {format_score(entry['best'])}/{entry['max']}, "
                f"last {format_score(entry['last'])}/{entry['max']}"
            )
        if not lines:
            return [Reply("No scores yet. /quiz lists the quizzes.")]
        return [Reply("\n".join(lines))]

    # -- quizzes --------------------------------------------------------------

    def _quiz(self, user: str, args: str) -> list[Reply]:
        if args:
            return self._start_quiz(user, args.split()[0])
        if not len(self.quizzes):
            return [Reply("There are no quizzes yet.")]
        lines = ["Quizzes (start one with /quiz ID):"]
        buttons = []
        for quiz in self.quizzes:
            lines.append(f"{quiz.id} - {quiz.title} ({_count(len(quiz.questions), 'question')})")
            buttons.append((Button(_label(quiz.title), f"{START_QUIZ}:{quiz.id}"),))
        return [Reply("\n".join(lines), buttons=tuple(buttons))]

    def _start_quiz(self, user: str, quiz_id: str) -> list[Reply]:
        try:
            quiz = self.quizzes.get(quiz_id)
        except QuizError as exc:
            return [Reply(str(exc))]
        replies = []
        old = self._load_session(user)
        if isinstance(old, QuizSession):
            replies.append(Reply(f"Stopped the quiz “{old.quiz.title}” at {old.score_text()}."))
        session = QuizSession.start(quiz, self.documents, rng=self._rng)
        self._save_session(user, session)
        replies.append(Reply(f"{quiz.title}\n{quiz.description}\n{_count(len(quiz.questions), 'question')}. /cancel stops the quiz."))
        replies.append(self.question_reply(session))
        return replies

    def _cancel(self, user: str, args: str) -> list[Reply]:
        session = self._load_session(user)
        if isinstance(session, list):
            return session
        if session is None:
            return [Reply("No quiz is running.")]
        session.cancel()
        self.store.delete(f"session:{user}")
        return [Reply(f"Quiz stopped: {session.score_text()} after {_count(len(session.records), 'question')}.")]

    def _press_quiz(self, user: str, kind: str, parts: list[str]) -> list[Reply]:
        stale = [Reply("That question is no longer open; nothing was recorded.")]
        session = self._load_session(user)
        if isinstance(session, list):
            return session
        try:
            token, index = parts[0], int(parts[1])
            position = int(parts[2]) if kind == PICK else None
        except (IndexError, ValueError):
            return stale
        if session is None or session.token != token or session.index != index:
            return stale
        try:
            if kind == CLEAR:
                session.clear()
                feedback = None
            elif kind == SUBMIT:
                feedback = session.submit()
            else:
                feedback = session.pick(position)
        except AnswerError as exc:
            return [Reply(str(exc))]
        if feedback is None:
            self._save_session(user, session)
            return [self.question_reply(session, replace=True)]
        return self._after_answer(user, session, feedback)

    def _after_answer(self, user: str, session: QuizSession, feedback: Feedback) -> list[Reply]:
        if self.on_answer is not None:
            self.on_answer(user, session, feedback)
        replies = [self.feedback_reply(feedback)]
        if not session.finished:
            self._save_session(user, session)
            replies.append(self.question_reply(session))
            return replies
        self.store.delete(f"session:{user}")
        best = self._record_score(user, session)
        text = f"Quiz finished: {session.score_text()}."
        if best is not None:
            text += f" Your best: {format_score(best)}/{session.max_score}."
        again = ((Button("Try again", f"{START_QUIZ}:{session.quiz.id}"),),)
        replies.append(Reply(text, buttons=again))
        return replies

    def _record_score(self, user: str, session: QuizSession) -> float | None:
        """Store last and best score; returns the previous best if there was one."""
        key = f"scores:{user}"
        scores = self.store.get(key) or {}
        entry = scores.get(session.quiz.id)
        previous_best = entry["best"] if entry else None
        scores[session.quiz.id] = {
            "best": max(session.score, previous_best or 0.0),
            "last": session.score,
            "max": session.max_score,
        }
        self.store.put(key, scores)
        return max(session.score, previous_best) if previous_best is not None else None

    # -- rendering ------------------------------------------------------------

    def question_reply(self, session: QuizSession, *, replace: bool = False) -> Reply:
        """The open question of a session: its text with numbered options, a button per option."""
        shown = session.presented()
        lines = [f"Question {shown.index + 1} of {shown.total}", shown.text]
        if shown.options:
            lines.append("")
            lines += [f"{n}. {label}" for n, label in enumerate(shown.options, start=1)]
        picked = [p + 1 for p in session.pending]
        if shown.typed:
            hint = "Type your answer."
        elif shown.ordering:
            hint = "Put them in order, earliest first: type the numbers (e.g. 3 1 2) or press them in turn."
            if picked:
                hint += f"\nYour order so far: {' '.join(map(str, picked))}"
        elif shown.multiple:
            hint = "Select all that apply: type the numbers (e.g. 1 3), or press them and then Done."
            if picked:
                hint += f"\nPicked so far: {' '.join(map(str, sorted(picked)))}"
        else:
            hint = "Type the number of your answer, or press it."
        lines += ["", hint]
        rows: list[tuple[Button, ...]] = []
        for position, label in enumerate(shown.options):
            mark = "✓ " if position in session.pending else ""
            rows.append((Button(_label(f"{mark}{position + 1}. {label}"), pick_data(shown, position)),))
        if shown.multiple or shown.ordering:
            controls = [Button("Clear", f"{CLEAR}:{shown.token}:{shown.index}")]
            if shown.multiple:
                controls.insert(0, Button("Done", f"{SUBMIT}:{shown.token}:{shown.index}"))
            rows.append(tuple(controls))
        return Reply("\n".join(lines), buttons=tuple(rows), question=shown, replace=replace)

    def feedback_reply(self, feedback: Feedback) -> Reply:
        """Right or wrong, the right answer, the explanation, then the quotation and its citation."""
        if feedback.correct:
            verdict = "Right!"
        elif feedback.partial:
            verdict = f"Partly right: {format_score(feedback.credit)} of 1 point."
        else:
            verdict = "Not right."
        lines = [verdict]
        if not feedback.correct:
            lines.append(f"Your answer: {feedback.response}")
            lines.append(f"The answer: {feedback.correct_answer}")
        lines.append(feedback.explanation)
        lines.append(f"“{feedback.quote.text}”\n— {feedback.citation}")
        return Reply("\n".join(lines), quotes=(feedback.quote,))

    # The first names of the two above, still used by the Telegram adapter.
    _question_reply = question_reply
    _feedback_reply = feedback_reply

    # -- state ----------------------------------------------------------------

    def _load_session(self, user: str) -> QuizSession | None | list[Reply]:
        """The user's running session, None, or replies saying why it can't go on."""
        data = self.store.get(f"session:{user}")
        if data is None:
            return None
        try:
            quiz = self.quizzes.get(str(data.get("quiz_id")))
            session = QuizSession.from_dict(copy.deepcopy(data), quiz, self.documents)
        except QuizError as exc:
            log.warning("dropped the quiz session of %s: %s", user, exc)
            self.store.delete(f"session:{user}")
            return [Reply(f"{exc} Your running quiz was stopped.")]
        if session.finished:
            self.store.delete(f"session:{user}")
            return None
        return session

    def _save_session(self, user: str, session: QuizSession) -> None:
        self.store.put(f"session:{user}", session.to_dict())
