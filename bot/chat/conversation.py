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

``Reply``, ``Button`` and the rendering of questions and feedback live in
``bot.chat.replies``, ``SessionStore`` and ``MemoryStore`` in
``bot.store.sessions``; both are importable from here too.
"""

from __future__ import annotations

import copy
import dataclasses
import logging
import random
from collections.abc import Callable, Iterable
from typing import Protocol

from .replies import (
    CALLBACK_DATA_MAX_BYTES,
    CLEAR,
    MORE,
    PICK,
    REVIEW_MISSED,
    STALE,
    START_QUIZ,
    SUBMIT,
    Button,
    QuizPress,
    Reply,
    button_label,
    counted,
    parse_press,
    pick_data,
    render_answered,
    render_feedback,
    render_missed,
    render_question,
)
from ..store.sessions import MemoryStore, SessionStore
from ..texts.corpus import Document
from ..errors import TextbotError
from ..quiz.library import QuizError, QuizLibrary
from ..quiz.present import correct_answer_text
from ..quiz.session import AnswerError, Feedback, QuizSession, format_score
from ..search.render import NOT_COVERED, not_covered_text, read_as_line
from .follow_up import naming_words, topic, with_topic
from .small_talk import SmallTalk, asks_for_more, asks_for_source
from ..search.results import Answer, Quote

__all__ = [
    "CALLBACK_DATA_MAX_BYTES",
    "COMMANDS",
    "HELP_TEXT",
    "NOT_COVERED",
    "Button",
    "Conversation",
    "MemoryStore",
    "Reply",
    "Searcher",
    "SessionStore",
    "parse_command",
    "pick_data",
]

log = logging.getLogger(__name__)

QUOTES_PER_ANSWER = 3
# Longer than this, a question with "it" may hold what "it" means ("what is X and why does it matter?").
MAX_FOLLOW_UP_WORDS = 7

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


def _citations(heading: str, documents: Iterable[Document]) -> Reply:
    """A heading, then a numbered line citing each document."""
    lines = [f"{n}. {doc.citation()}" for n, doc in enumerate(documents, start=1)]
    return Reply(heading + "\n" + "\n".join(lines))


class Searcher(Protocol):
    """What the conversation needs from the search engine (``bot.search.open_searcher``)."""

    def search(self, question: str, *, top_k: int = ..., offset: int = 0) -> Answer: ...

    def cite(self, quote: Quote) -> str: ...


UNREADABLE = "I can't read that message: it holds characters that are not valid text (broken UTF-8). Please type it again."


def unreadable(text: str) -> bool:
    """True when ``text`` holds lone surrogates: bytes that were not UTF-8, or a broken escape."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def parse_command(text: str) -> tuple[str, str] | None:
    """``("quiz", "principles")`` for ``/quiz principles`` (or ``/quiz@SomeBot principles``); None for plain text."""
    text = text.strip()
    if not text.startswith("/") or len(text) < 2:
        return None
    head, _, args = text[1:].partition(" ")
    name = head.split("@", 1)[0].lower()
    return name, args.strip()


class Conversation:
    """Everything the bot says; see the module docstring."""

    def __init__(
        self,
        searcher: Searcher,
        quizzes: QuizLibrary,
        store: SessionStore,
        *,
        rng: random.Random | None = None,
        on_answer: Callable[[str, QuizSession, Feedback], str | None] | None = None,
    ) -> None:
        self.searcher = searcher
        self.on_answer = on_answer  # e.g. schedule a review of what the student got wrong
        self.quizzes = quizzes
        self.store = store
        self._rng = rng  # None: sessions get unpredictable tokens and shuffles
        self._small_talk: SmallTalk | None = None  # built on first use, from the corpus
        self._naming: frozenset[str] | None = None  # the words that name a piece, for "and in Zhi's?"
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
        if unreadable(text):
            return [Reply(UNREADABLE)]
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
        if unreadable(name) or unreadable(args):
            return [Reply(UNREADABLE)]
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
            press = parse_press(data)
            return self._press_quiz(user, press) if press else [Reply(STALE, notice=True)]
        log.info("unknown button data %r", data)
        return [Reply("That button no longer does anything.")]

    def choose(self, user: str, token: str, index: int, positions: list[int]) -> list[Reply]:
        """An answer chosen all at once (a quiz poll's vote): the 0-based ``positions`` as shown
        for question ``index`` of the session ``token``; a notice if that question is no longer open."""
        session = self._open_session(user, token, index)
        if not isinstance(session, QuizSession):
            return session
        try:
            feedback = session.answer(positions)
        except AnswerError as exc:
            return [Reply(str(exc))]
        return self._after_answer(user, session, feedback)

    def missed(self, user: str, quiz_id: str) -> list[str]:
        """The ids of the questions missed (not fully right) in the user's last finished run of a quiz."""
        entry = (self.store.get(f"scores:{user}") or {}).get(quiz_id) or {}
        return [str(question_id) for question_id in entry.get("missed", [])]

    def running_quiz(self, user: str) -> QuizSession | None:
        """The user's running quiz session, if any (a copy: changing it changes nothing)."""
        session = self._load_session(user)
        return session if isinstance(session, QuizSession) else None

    # -- searching ------------------------------------------------------------

    def _search(self, user: str, question: str, *, offset: int) -> list[Reply]:
        if offset == 0:
            if asks_for_more(question):
                return self._more(user, "")
            if asks_for_source(question):
                return self._last_sources(user)
            casual = self._casual_reply(question)
            if casual is not None:
                return [Reply(casual)]
        last = self.store.get(f"search:{user}") or {}
        try:
            answer = self.searcher.search(question, top_k=QUOTES_PER_ANSWER, offset=offset)
            followed = self._follow_up(question, answer, last) if offset == 0 else None
        except TextbotError as exc:
            message = str(exc)
            return [Reply(message[:1].upper() + message[1:])]
        read_as = answer.read_as
        if followed is not None:
            question, answer = followed
            read_as = question
            if not (answer.answered and answer.quotes):
                # "and in Zhang's piece?" that the piece doesn't answer: say what was looked for
                # where, and keep the topic for "what about the 2022 one?".
                self.store.put(f"search:{user}", {**last, "question": question, "offset": 0, "answered": False})
                return [Reply(f"{read_as_line(read_as)}\n\n{not_covered_text(answer)}")]
        answered = answer.answered and bool(answer.quotes)
        shown = list(dict.fromkeys(quote.doc_id for quote in answer.quotes))  # what "who said that?" asks about
        # A follow-up keeps the topic it leaned on, so the next one can lean on it again.
        if offset or followed is not None:
            last_topic = last.get("topic")
        elif answered:
            last_topic = topic(answer.subject)
        else:
            last_topic = None
        self.store.put(
            f"search:{user}",
            {"question": question, "offset": offset + len(answer.quotes), "answered": answered, "documents": shown,
             "topic": last_topic},
        )
        if not answered:
            return [Reply(not_covered_text(answer) if offset == 0 else answer.note or "No more quotations on that.")]
        blocks = [f"“{quote.text}”\n— {self.searcher.cite(quote)}" for quote in answer.quotes]
        if read_as and offset == 0:
            blocks.insert(0, read_as_line(read_as))
        if answer.note:
            blocks.insert(0, answer.note)
        buttons = ((Button("More quotes", MORE),),) if len(answer.quotes) == QUOTES_PER_ANSWER else ()
        return [Reply("\n\n".join(blocks), buttons=buttons, quotes=tuple(answer.quotes))]

    def _follow_up(self, question: str, answer: Answer, last: dict) -> tuple[str, Answer] | None:
        """The question read with the last answer's topic, and its answer, when it leans on it
        ("why does it matter?") and so reads better than on its own."""
        if not last.get("topic"):
            return None
        if self._naming is None:
            self._naming = naming_words(self.documents.values())
        leaning = with_topic(question, last_topic=last["topic"], naming=self._naming)
        # Only "and in Zhang's piece?" leans on a topic the last piece didn't answer.
        if leaning is None or not (last.get("answered") or leaning.piece_only):
            return None
        # A short question with "it" has nothing else for "it" to mean; a longer one may
        # ("what is X and why does it matter?"), so it leans on the last topic only when
        # the texts don't answer it as asked.
        if answer.answered and answer.quotes and len(question.split()) > MAX_FOLLOW_UP_WORDS:
            return None
        followed = self.searcher.search(leaning.question, top_k=QUOTES_PER_ANSWER)
        if not (followed.answered and followed.quotes) and not leaning.piece_only:
            return None
        return leaning.question, followed

    def _casual_reply(self, text: str) -> str | None:
        """A short friendly reply to small talk or another language, with an example from the corpus."""
        if self._small_talk is None:
            self._small_talk = SmallTalk(self.documents)
        return self._small_talk.reply(text)

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
        return [_citations("The texts I quote from:", self.documents.values())]

    def _last_sources(self, user: str) -> list[Reply]:
        """The documents the last reply quoted ("who said that?"); every text when none."""
        shown = [d for d in (self.store.get(f"search:{user}") or {}).get("documents", []) if d in self.documents]
        if not shown:
            return self._sources(user, "")
        heading = "That quote is from:" if len(shown) == 1 else "Those quotes are from:"
        return [_citations(heading, (self.documents[doc_id] for doc_id in shown))]

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
            parts = []
            if "best" in entry:
                parts.append(f"best {format_score(entry['best'])}/{entry['max']}, last {format_score(entry['last'])}/{entry['max']}")
            if stopped := entry.get("stopped"):
                parts.append(f"stopped at {format_score(stopped['score'])} after {stopped['answered']} of {stopped['max']} questions")
            lines.append(f"{title} ({quiz_id}): " + "; ".join(parts))
        if not lines:
            return [Reply("No scores yet. /quiz lists the quizzes.")]
        return [Reply("\n".join(lines))]

    # -- quizzes --------------------------------------------------------------

    def _quiz(self, user: str, args: str) -> list[Reply]:
        if args:
            return self._start_quiz(user, args.split()[0])
        running = self.running_quiz(user)
        if running is not None:  # the student may have lost sight of the question: show it again
            return [Reply(f"The quiz “{running.quiz.title}” is running (/cancel stops it; /quiz ID starts another):"),
                    self.question_reply(running)]
        if not len(self.quizzes):
            return [Reply("There are no quizzes yet.")]
        lines = ["Quizzes (start one with /quiz ID):"]
        buttons = []
        for quiz in self.quizzes:
            lines.append(f"{quiz.id} - {quiz.title} ({counted(len(quiz.questions), 'question')})")
            buttons.append((Button(button_label(quiz.title), f"{START_QUIZ}:{quiz.id}"),))
        return [Reply("\n".join(lines), buttons=tuple(buttons))]

    def _start_quiz(self, user: str, quiz_id: str) -> list[Reply]:
        try:
            quiz = self.quizzes.get(quiz_id)
        except QuizError as exc:
            return [Reply(str(exc))]
        replies = []
        old = self._load_session(user)
        if isinstance(old, QuizSession):
            replies.append(Reply(f"Stopped the quiz “{old.quiz.title}” {old.progress_text()}."))
        session = QuizSession.start(quiz, self.documents, rng=self._rng)
        self._save_session(user, session)
        replies.append(Reply(f"{quiz.title}\n{quiz.description}\n{counted(len(quiz.questions), 'question')}. /cancel stops the quiz."))
        replies.append(self.question_reply(session))
        return replies

    def _cancel(self, user: str, args: str) -> list[Reply]:
        session = self._load_session(user)
        if isinstance(session, list):
            return session
        if session is None:
            return [Reply("No quiz is running.")]
        session.cancel()
        if session.records:
            self._record_stopped(user, session)
        self.store.delete(f"session:{user}")
        return [Reply(f"Quiz stopped {session.progress_text()}.")]

    def _open_session(self, user: str, token: str, index: int) -> QuizSession | list[Reply]:
        """The running session if question ``index`` of session ``token`` is its open one, else why not
        (a question answered already says so: its answer counts, whatever this press or vote says)."""
        session = self._load_session(user)
        if isinstance(session, list):
            return session
        if session is not None and session.token == token and index < session.index:
            # Its feedback or the next question may never have arrived (a failed send, a restart):
            # say the answer counts, and how to see the question the student is on.
            return [Reply(f"Question {index + 1} is no longer open: your answer to it is recorded. "
                          f"/quiz shows question {session.index + 1}.", notice=True)]
        if session is None or session.token != token or session.index != index:
            return [Reply(STALE, notice=True)]
        return session

    def _press_quiz(self, user: str, press: QuizPress) -> list[Reply]:
        session = self._open_session(user, press.token, press.index)
        if not isinstance(session, QuizSession):
            return session
        shown = session.presented()
        try:
            feedback = press.apply(session)
        except AnswerError as exc:
            return [Reply(str(exc), notice=True)]
        if feedback is None:
            self._save_session(user, session)
            return [self.question_reply(session, replace=True)]
        # The pressed question is answered in place: its options marked, its buttons gone.
        order = session.orders[feedback.index]
        response = session.records[-1].response
        picked = [order.index(i) for i in response] if isinstance(response, list) else []
        return self._after_answer(user, session, feedback, told=render_answered(shown, picked, feedback))

    def _after_answer(self, user: str, session: QuizSession, feedback: Feedback, *,
                      told: Reply | None = None) -> list[Reply]:
        note = self.on_answer(user, session, feedback) if self.on_answer is not None else None
        replies = [told or self.feedback_reply(feedback)]
        if note:  # e.g. "I turned on a daily reminder": at the end of the feedback, not one more message
            replies[0] = dataclasses.replace(replies[0], text=f"{replies[0].text}\n\n{note}", note=note)
        if not session.finished:
            self._save_session(user, session)
            replies.append(self.question_reply(session))
            return replies
        self.store.delete(f"session:{user}")
        missed = [i for i, record in enumerate(session.records) if record.credit < 1.0]
        best = self._record_score(user, session, [session.records[i].question_id for i in missed])
        replies.append(self.summary_reply(session, missed, best))
        return replies

    def summary_reply(self, session: QuizSession, missed: list[int], best: float | None) -> Reply:
        """The end of a quiz: the score as a fraction and a percentage, what was missed, what next."""
        percent = round(100 * session.score / session.max_score) if session.max_score else 0
        text = f"Quiz finished: {session.score_text()} ({percent}%)."
        if best is not None:
            text += f" Your best: {format_score(best)}/{session.max_score}."
        buttons: list[tuple[Button, ...]] = []
        if missed:
            questions = session.quiz.questions
            text += "\n\n" + render_missed([
                (i, questions[i].prompt, correct_answer_text(questions[i], self.documents)) for i in missed])
            buttons.append((Button(f"Review the {counted(len(missed), 'missed question')}",
                                   f"{REVIEW_MISSED}:{session.quiz.id}"),))
        else:
            text += " Every answer right."
        buttons.append((Button("Try again", f"{START_QUIZ}:{session.quiz.id}"),))
        return Reply(text, buttons=tuple(buttons))

    def _record_stopped(self, user: str, session: QuizSession) -> None:
        """Keep a stopped run's progress beside the finished runs' scores: the student sees it in
        /score; it counts for neither best nor last, and the next finished run replaces it."""
        key = f"scores:{user}"
        scores = self.store.get(key) or {}
        entry = scores.get(session.quiz.id) or {}
        entry["stopped"] = {"score": session.score, "answered": len(session.records), "max": session.max_score}
        scores[session.quiz.id] = entry
        self.store.put(key, scores)

    def _record_score(self, user: str, session: QuizSession, missed: list[str]) -> float | None:
        """Store last and best score and what was missed; returns the best if there was one before."""
        key = f"scores:{user}"
        scores = self.store.get(key) or {}
        entry = scores.get(session.quiz.id)
        previous_best = entry.get("best") if entry else None
        scores[session.quiz.id] = {
            "best": max(session.score, previous_best or 0.0),
            "last": session.score,
            "max": session.max_score,
            "missed": missed,
        }
        self.store.put(key, scores)
        return max(session.score, previous_best) if previous_best is not None else None

    # -- rendering ------------------------------------------------------------

    def question_reply(self, session: QuizSession, *, replace: bool = False) -> Reply:
        """The open question of a session: its text with numbered options, a button per option."""
        return render_question(session, replace=replace)

    def feedback_reply(self, feedback: Feedback) -> Reply:
        """Right or wrong, the right answer, the explanation, then the quotation and its citation."""
        return render_feedback(feedback)

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
