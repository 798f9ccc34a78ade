"""Live class quizzes in a group: polls (or buttons), reveal after each question, leaderboard.

The questions, their shuffled options and the scoring come from the quiz engine
(``bot.quiz.session.QuizSession``); this module only moves them through Telegram and keeps
the run (current question, timer deadline, every answer) in the store, so a restart of the
bot picks the quiz up where it was. Several bot processes may serve one group: each step of
a run (reveal, next question, finish) is taken by one conditional update of the run's
version, so only the process that wins it speaks; an answer is stored only while the
question it answers is open; and a question's timer is a due job in the database, run by
whichever process is alive when it falls due. A question is recorded as current before it
is sent and as sent once Telegram took it, so one whose sending was cut off (a kill, a failed
send) is sent again, not skipped; a timer closes a question only once the updates Telegram
kept for the bot are handled (``bot.telegram.backlog``, in the due-job runner).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import uuid
from dataclasses import dataclass, replace
from typing import Any

from telegram import Bot, ForceReply, InlineKeyboardButton, InlineKeyboardMarkup, Message, Poll, PollAnswer, User
from telegram.constants import ChatMemberStatus, ParseMode, ReactionEmoji
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import Application, ContextTypes

from ..chat.classroom import answered_line, answers_csv, chart_png, leaderboard, question_stats, turnout
from ..quiz.library import QuizError, QuizLibrary
from ..quiz.present import POLL_QUESTION_MAX, fits_poll
from ..quiz.session import AnswerError, Feedback, PresentedQuestion, QuizSession, format_score
from ..store import Answered, ClassRun, Store
from .format import esc, split_blocks, stamp
from .replies import quote_html, send_html
from .throttle import EditThrottle

log = logging.getLogger(__name__)

# Phases of a run, kept in its saved state.
SENDING = "sending"  # the question is on its way; its answers may already come in
ASKING = "asking"
REVEALED = "revealed"
# How a question is put to the class.
POLL = "poll"
BUTTONS = "buttons"
TYPED = "typed"

DEFAULT_SECONDS = 30
MIN_SECONDS, MAX_SECONDS = 5, 600
REVEAL_PAUSE_SECONDS = 5.0  # time to read the answer before the next question comes
JOB_KIND = "classquiz"
# A question recorded as current but never confirmed sent (its process died, or Telegram
# failed it) is sent again after this long: longer than a send's own retries take.
SEND_ALLOWANCE_SECONDS = 25.0
MAX_SEND_ATTEMPTS = 3  # then the question is given up (revealed) rather than the class stuck on it
POLL_ID_WAIT_SECONDS = 3.0  # a vote can outrun the saving of its poll's (or message's) id
POLL_ID_CHECK_SECONDS = 0.05
ANSWER_ATTEMPTS = 3  # a run that changes under an answer is read again this often
CALLBACK_PREFIX = "cq"
PICKS_PREFIX = "classpicks"  # session key of a student's picks so far: classpicks:<run>:<index>:<user>
ASKED_PREFIX = "classasked"  # classasked:<chat>:<message> -> the run and question a message of ours asks
NOTED_PREFIX = "classnoted"  # classnoted:<run>:<index>:<kind>: the class was told this once for the question
DONE = "done"
RESET = "reset"
# A typed answer is acknowledged on the student's message: one reaction, nothing posted.
RECORDED_REACTION = ReactionEmoji.WRITING_HAND
NOT_COUNTED_REACTION = ReactionEmoji.SHRUG
TYPED_PLACEHOLDER = "Your answer"
COUNT_SETTLE_SECONDS = 1.0  # answers arriving together make one edit of the count
COUNT_EDIT_SECONDS = 5.0  # and the count is edited at most this often (a group takes 20 requests a minute)
# What the class is told, once per question, about a message that doesn't count.
LATER_ANSWER = "later"
CLOSED = "closed"
ELSEWHERE = "elsewhere"
NOTES = {
    LATER_ANSWER: "Only each student's first answer counts ({shrug} marks a later one).",
    CLOSED: "{number} has closed: answers to it no longer count.",
    ELSEWHERE: "Answer {number} with its {where}, not by replying.",
}
ADMIN_STATUSES = frozenset({ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR})


@dataclass(frozen=True)
class ClassroomOptions:
    """Timing knobs; tests shorten them."""

    pause: float = REVEAL_PAUSE_SECONDS
    count_settle: float = COUNT_SETTLE_SECONDS
    count_interval: float = COUNT_EDIT_SECONDS


def display_name(person: User) -> str:
    return person.full_name or (f"@{person.username}" if person.username else str(person.id))


class Classroom:
    """Runs class quizzes in groups; one at a time per group."""

    def __init__(self, store: Store, library: QuizLibrary, teachers: frozenset[int], *,
                 options: ClassroomOptions = ClassroomOptions()) -> None:
        self.store = store
        self.library = library
        self.teachers = teachers
        self.options = options
        self._locks: dict[int, asyncio.Lock] = {}
        self._process = uuid.uuid4().hex  # whose attempt to send a question the run's state records
        self._sending: set[int] = set()  # runs whose question this process is sending right now
        self.counts = EditThrottle(settle=options.count_settle, interval=options.count_interval)

    def lock(self, chat_id: int) -> asyncio.Lock:
        return self._locks.setdefault(chat_id, asyncio.Lock())

    async def may_teach(self, bot: Bot, chat_id: int, user_id: int) -> bool:
        """Group admins and the configured teachers may run class quizzes."""
        if user_id in self.teachers:
            return True
        try:
            member = await bot.get_chat_member(chat_id, user_id)
        except BadRequest as exc:  # not a member (any more): not a teacher here
            log.info("get_chat_member(%s, %s): %s", chat_id, user_id, exc)
            return False
        return member.status in ADMIN_STATUSES

    # -- starting ------------------------------------------------------------------------------

    def quiz_keyboard(self, seconds: int, *, owner: int) -> InlineKeyboardMarkup:
        """The quizzes as buttons only ``owner`` (the teacher who asked) may press."""
        rows = [[InlineKeyboardButton(quiz.title[:60],
                                      callback_data=stamp(f"{CALLBACK_PREFIX}:start:{quiz.id}:{seconds}", owner))]
                for quiz in self.library]
        return InlineKeyboardMarkup(rows)

    async def start(self, context: ContextTypes.DEFAULT_TYPE, chat_id: int, teacher: User, quiz_id: str,
                    seconds: int) -> None:
        """Start a run (QuizError if the quiz is unknown or one is already running)."""
        async with self.lock(chat_id):
            quiz = self.library.get(quiz_id)
            master = QuizSession.start(quiz, self.library.documents)
            state = {"session": master.to_dict(), "index": 0, "seconds": seconds, **_unsent(),
                     "class_size": await _class_size(context.bot, chat_id)}
            run = self.store.start_class_run(chat_id, quiz.id, state, teacher_id=teacher.id,
                                             teacher_name=display_name(teacher))
            if run is None:  # one running here (perhaps started a moment ago on another process)
                raise QuizError("A class quiz is already running here; /stop ends it.")
            # Should the introduction fail to go out, the first question still does.
            self._schedule(chat_id, run.id, 0, SEND_ALLOWANCE_SECONDS)
            await send_html(context.bot, chat_id, [
                f"<b>Class quiz: {esc(quiz.title)}</b>\n{esc(quiz.description)}",
                f"{len(quiz.questions)} questions, {seconds} seconds each. Everyone answers once; "
                f"{esc(display_name(teacher))} can move on with /next or end with /stop.",
            ])
            await self._ask(context.bot, run)

    # -- asking --------------------------------------------------------------------------------

    def _session(self, run: ClassRun) -> QuizSession:
        quiz = self.library.get(run.quiz_id)
        session = QuizSession.from_dict(run.state["session"], quiz, self.library.documents)
        session.index = run.state["index"]
        return session

    async def _ask(self, bot: Bot, run: ClassRun) -> None:
        """Send the run's current question (its state says SENDING) and open it for answers.

        The attempt is recorded before sending and the question marked sent (ASKING) after, so
        a question whose process died mid-send is sent again, once, and one sent is never resent.
        """
        claimed = self._claim_send(run)
        if claimed is None:
            return
        self._sending.add(run.id)
        try:
            await self._send_question(bot, claimed)
        finally:
            self._sending.discard(run.id)

    async def _send_question(self, bot: Bot, run: ClassRun) -> None:
        """Send the question this process claimed; once Telegram took it, it is open for answers."""
        state = dict(run.state)
        presented = self._session(run).presented()
        seconds = state["seconds"]
        if (question := self._poll_question(run, presented)) is not None:
            mode = POLL
            message = await bot.send_poll(
                run.chat_id, question, list(presented.poll_options), is_anonymous=False,
                type=Poll.QUIZ, correct_option_ids=list(presented.correct),
                allows_multiple_answers=presented.multiple, open_period=seconds,
                explanation=presented.explanation,  # fits_poll checked its length; shown once voted
            )
            poll_id, count_id = message.poll.id if message.poll else None, None
        else:
            mode = TYPED if presented.typed else BUTTONS
            message, count_id = await self._ask_in_message(bot, run, presented)
            poll_id = None
        self._remember_asked(run, presented.index, message.message_id, count_id)
        state.update(mode=mode, poll_id=poll_id, message_id=message.message_id, count_id=count_id, phase=ASKING,
                     deadline=(_now() + dt.timedelta(seconds=seconds)).isoformat())
        if not self.store.save_class_state(run.id, state, version=run.version):
            log.info("class quiz %s moved on while question %d was being sent", run.id, presented.index + 1)
            return
        self._schedule(run.chat_id, run.id, presented.index, seconds)

    def _claim_send(self, run: ClassRun) -> ClassRun | None:
        """Record an attempt to send the current question, with a timer that sends it again should
        it never be confirmed sent; None if another process moved the run first."""
        state = {**run.state, "attempts": run.state.get("attempts", 0) + 1, "claimed_at": _now().isoformat(),
                 "claimed_by": self._process}
        if not self.store.save_class_state(run.id, state, version=run.version):
            return None
        self._schedule(run.chat_id, run.id, state["index"], SEND_ALLOWANCE_SECONDS)
        return replace(run, state=state, version=run.version + 1)

    async def _send_unconfirmed(self, bot: Bot, run: ClassRun) -> bool:
        """A question recorded as current but not confirmed sent: send it, unless an attempt is
        under way (then look again when that attempt's allowance runs out)."""
        claimed_at = run.state.get("claimed_at")
        age = (_now() - dt.datetime.fromisoformat(claimed_at)).total_seconds() if claimed_at else None
        failed_here = run.state.get("claimed_by") == self._process and run.id not in self._sending
        if age is not None and age < SEND_ALLOWANCE_SECONDS and not failed_here:
            self._schedule(run.chat_id, run.id, run.state["index"], SEND_ALLOWANCE_SECONDS - age)
            return False
        if claimed_at:
            log.warning("class quiz %s: question %d was never confirmed sent; sending it again",
                        run.id, run.state["index"] + 1)
        await self._ask(bot, run)
        return True

    def _time_left(self, run: ClassRun) -> float:
        """Seconds until the open question's deadline (0 if none is set or it passed)."""
        deadline = run.state.get("deadline")
        return max(0.0, (dt.datetime.fromisoformat(deadline) - _now()).total_seconds()) if deadline else 0.0

    def _schedule(self, chat_id: int, run_id: int, index: int, seconds: float) -> None:
        """The run's next step in ``seconds``: a due job any process may run (replacing the last)."""
        self.store.jobs.schedule(_job_name(chat_id), JOB_KIND, {"chat_id": chat_id, "run_id": run_id, "index": index},
                                 _now() + dt.timedelta(seconds=max(seconds, 0.0)))

    async def run_job(self, bot: Bot, payload: dict[str, Any]) -> None:
        """A question's time ran out (or the pause after its answer did, or its send was not confirmed)."""
        await self.advance(bot, payload["chat_id"], expected_index=payload["index"], run_id=payload["run_id"])

    # -- moving on -----------------------------------------------------------------------------

    async def advance(self, bot: Bot, chat_id: int, *, expected_index: int | None = None,
                      run_id: int | None = None, stop: bool = False) -> bool:
        """Reveal the open question, then ask the next one (or finish). False if nothing runs here,
        or another process took this step first."""
        async with self.lock(chat_id):
            run = self.store.active_class_run(chat_id)
            if run is None or (run_id is not None and run.id != run_id):
                return False
            if run.state["phase"] == SENDING and not stop and run.state.get("attempts", 0) < MAX_SEND_ATTEMPTS:
                return await self._send_unconfirmed(bot, run)  # a question is not revealed before it was asked
            if expected_index is not None and not self._due(run, expected_index):
                return False
            if run.state["phase"] in (SENDING, ASKING):
                if not self.store.save_class_state(run.id, {**run.state, "phase": REVEALED}, version=run.version):
                    return False
                await self._reveal(bot, run)
                run = self.store.class_run(run.id)
                assert run is not None
                if not stop and expected_index is not None and self.options.pause > 0 and self._more(run):
                    # Timer ran out: give the class a moment to read the answer.
                    self._schedule(chat_id, run.id, run.state["index"], self.options.pause)
                    return True
            if stop or not self._more(run):
                if self.store.finish_class_run(run.id):
                    self.store.jobs.cancel(_job_name(chat_id))
                    await self._finish(bot, run)
                return True
            following = {**run.state, "index": run.state["index"] + 1, **_unsent()}
            if not self.store.save_class_state(run.id, following, version=run.version):
                return False
            run = self.store.class_run(run.id)
            assert run is not None
            await self._ask(bot, run)
            return True

    def _due(self, run: ClassRun, index: int) -> bool:
        """Whether a timer set for question ``index`` moves the run on now. A timer of an earlier
        step may be the only one left (its process died between steps): it reveals the open
        question once its time is up; an early one is set again for the deadline."""
        if run.state["phase"] == ASKING:
            if (left := self._time_left(run)) > 0:
                self._schedule(run.chat_id, run.id, run.state["index"], left)
                return False
            return True
        return run.state["index"] == index  # after a reveal: the pause of this very question

    def _more(self, run: ClassRun) -> bool:
        return run.state["index"] + 1 < len(self.library.get(run.quiz_id).questions)

    async def _reveal(self, bot: Bot, run: ClassRun) -> None:
        """Close the question (its state says REVEALED already) and post the answer and tally."""
        state = run.state
        if state["mode"] == POLL and state["message_id"]:
            try:
                await bot.stop_poll(run.chat_id, state["message_id"])
            except BadRequest as exc:  # closed already by its open_period
                log.debug("stop_poll: %s", exc)
        elif state["message_id"]:
            await self._close_count(bot, run)
        session = self._session(run)
        presented = session.presented()
        feedback = _model_answer(session, presented)
        answers = self.store.class_answers(run.id, question_index=presented.index)
        right = sum(1 for a in answers if a.score >= 1.0)
        partial = sum(1 for a in answers if 0 < a.score < 1.0)
        tally = f"{right} of {len(answers)} got it right" + (f", {partial} partly" if partial else "") + "."
        if not answers:
            tally = "Nobody answered."
        await send_html(bot, run.chat_id, [
            f"<b>Question {presented.index + 1} of {presented.total}</b>: the answer is "
            f"<b>{esc(feedback.correct_answer)}</b>",
            *(quote_html(e.quote.text, e.citation) for e in feedback.evidence),
            esc(feedback.explanation),
            tally,
        ])

    async def _finish(self, bot: Bot, run: ClassRun) -> None:
        """Post the leaderboard, chart and answers of a run this process just finished."""
        self.store.delete_prefix(f"{PICKS_PREFIX}:{run.id}:")
        self.store.delete_prefix(f"{NOTED_PREFIX}:{run.id}:")
        quiz = self.library.get(run.quiz_id)
        asked = run.state["index"] + 1
        answers = self.store.class_answers(run.id)
        if not answers:  # an empty chart and an empty CSV tell the teacher nothing
            await send_html(bot, run.chat_id, [f"<b>{esc(quiz.title)}</b> is over. Nobody answered, so there are "
                                               "no results to show."])
            return
        standings = leaderboard(answers)
        lines = [f"<b>Final leaderboard: {esc(quiz.title)}</b>"]
        for standing in standings:
            lines.append(f"{standing.rank}. {esc(standing.name)}: {format_score(standing.score)}/{asked}")
        await send_html(bot, run.chat_id, ["\n".join(lines)])
        stats = question_stats(answers, asked)
        chart = await asyncio.to_thread(chart_png, stats, title=quiz.title)
        await bot.send_photo(run.chat_id, chart, caption=esc(f"How the class did on each question: {quiz.title}"),
                             parse_mode=ParseMode.HTML, filename="class-quiz.png")
        csv_bytes = answers_csv(answers, [(q.id, q.prompt) for q in quiz.questions])
        await self._send_csv(bot, run, csv_bytes, quiz.title)

    async def _send_csv(self, bot: Bot, run: ClassRun, data: bytes, title: str) -> None:
        filename = f"class-quiz-{run.quiz_id}-{run.id}.csv"
        caption = esc(f"Every answer of the class quiz “{title}”.")
        if run.teacher_id is not None:
            try:
                await bot.send_document(run.teacher_id, data, filename=filename, caption=caption,
                                        parse_mode=ParseMode.HTML)
                await bot.send_message(run.chat_id, esc(f"The answers went to {run.teacher_name} privately."),
                                       parse_mode=ParseMode.HTML)
                return
            except (Forbidden, BadRequest) as exc:  # the teacher never started a chat with the bot
                log.info("CSV to teacher %s failed (%s); sending it to the group", run.teacher_id, exc)
        await bot.send_document(run.chat_id, data, filename=filename, parse_mode=ParseMode.HTML,
                                caption=caption + esc(" (Start a private chat with me to get these privately.)"))

    # -- answers -------------------------------------------------------------------------------

    async def poll_answer(self, answer: PollAnswer) -> bool:
        """Record a vote in a class quiz poll; False if it belongs to no open question."""
        if answer.user is None or not answer.option_ids:
            return False  # anonymous or a retracted vote
        loop = asyncio.get_running_loop()
        give_up = loop.time() + POLL_ID_WAIT_SECONDS
        while True:
            runs = self.store.active_class_runs()
            for run in runs:
                if run.state["poll_id"] == answer.poll_id:
                    return self._record(run.id, answer.poll_id, answer.user, list(answer.option_ids)) is not None
            # The vote may have outrun the saving of its poll's id (on this process or another).
            if not any(run.state["phase"] == SENDING for run in runs) or loop.time() > give_up:
                return False
            await asyncio.sleep(POLL_ID_CHECK_SECONDS)

    async def button(self, bot: Bot, chat_id: int, person: User, run_id: int, index: int, action: str) -> str:
        """A press on an answer button; returns the short notice shown to that student."""
        run = self.store.class_run(run_id)
        if not _open(run, index) or run.chat_id != chat_id:
            return "This question is closed."
        if self.store.has_class_answer(run.id, index, person.id):
            return "You have already answered this question."
        presented = self._session(run).presented()
        key = f"{PICKS_PREFIX}:{run.id}:{index}:{person.id}"
        picks: list[int] = list((self.store.get(key) or {}).get("picks", []))
        if action == RESET:
            picks = []
        elif action == DONE:
            if not picks:
                return "Pick at least one option first."
            return self._pressed(bot, run, person, picks)
        else:
            position = int(action)
            if not 0 <= position < len(presented.options):
                return "There is no such option."
            if presented.multiple:
                picks = [p for p in picks if p != position] if position in picks else picks + [position]
            elif presented.ordering:
                if position not in picks:
                    picks.append(position)
                if len(picks) == len(presented.options):
                    return self._pressed(bot, run, person, picks)
            else:
                return self._pressed(bot, run, person, [position])
        self.store.put(key, {"picks": picks})
        chosen = ", ".join(str(p + 1) for p in picks) or "nothing yet"
        return f"Your picks so far: {chosen}."

    def _pressed(self, bot: Bot, run: ClassRun, person: User, picks: list[int]) -> str:
        """Record a student's buttons; the notice they see."""
        feedback = self._record(run.id, run.state["index"], person, picks)
        if feedback is None:
            return "You have already answered this question, or it has closed."
        self._count_changed(bot, run)
        return f"Answer recorded: {feedback.response[:150]}"

    async def typed(self, bot: Bot, message: Message, text: str | None) -> bool:
        """A group message for the bot (``text``: what it says, mentions of the bot taken out) that
        answers or replies to a class quiz question; True if it was dealt with here, and so is
        never taken as a search (no quotations posted into a class at a question's expense)."""
        if message.from_user is None or text is None:
            return False
        replied = message.reply_to_message
        run = await self._sent(message.chat_id)
        asked = self._asked(message.chat_id, replied.message_id) if replied else None
        if run is not None and run.state["mode"] == TYPED and run.state["phase"] == ASKING and text and (
                asked == (run.id, run.state["index"]) or replied is None):
            await self._typed_answer(bot, run, message, text)
            return True
        if asked is None:
            return False
        run_id, index = asked
        if run is not None and run.id == run_id and _open(run, index):  # a reply to an open poll or buttons
            where = "poll" if run.state["mode"] == POLL else "buttons"
            await self._not_counted(bot, message, run_id, index, ELSEWHERE, where=where)
        else:
            await self._not_counted(bot, message, run_id, index, CLOSED)
        return True

    async def _typed_answer(self, bot: Bot, run: ClassRun, message: Message, text: str) -> None:
        """Record a typed answer; the student's first counts and gets a reaction, a later one a shrug."""
        assert message.from_user is not None
        index = run.state["index"]
        if self._record(run.id, index, message.from_user, text) is not None:
            await _react(bot, message, RECORDED_REACTION)
            self._count_changed(bot, run)
        elif self.store.has_class_answer(run.id, index, message.from_user.id):
            await self._not_counted(bot, message, run.id, index, LATER_ANSWER)
        else:  # closed while it was on its way
            await self._not_counted(bot, message, run.id, index, CLOSED)

    async def _not_counted(self, bot: Bot, message: Message, run_id: int, index: int, kind: str, *,
                           where: str = "") -> None:
        """A shrug on a message that doesn't count, and a word why: once a question, not once a student."""
        await _react(bot, message, NOT_COUNTED_REACTION)
        key = f"{NOTED_PREFIX}:{run_id}:{index}:{kind}"
        if self.store.get(key) is not None:
            return
        self.store.put(key, {"noted": True})
        note = NOTES[kind].format(number=f"Question {index + 1}", where=where, shrug=NOT_COUNTED_REACTION)
        await send_html(bot, message.chat_id, [esc(note)], reply_to=message.message_id)

    # -- showing a question and its count -------------------------------------------------------

    async def _ask_in_message(self, bot: Bot, run: ClassRun,
                              presented: PresentedQuestion) -> tuple[Message, int | None]:
        """A question asked with buttons or typed answers, and the message that counts its answers:
        the question itself, or for a typed one a line of its own (Telegram can't edit a message
        sent with ForceReply)."""
        blocks = _question_blocks(_number(presented), presented, run.state["seconds"])
        count = self._count_line(run)
        if not presented.typed:
            message = await send_html(bot, run.chat_id, [*blocks, count],
                                      reply_markup=_answer_keyboard(run.id, presented))
            return message, None
        # Not selective: the whole class answers, and each student's reply goes to this message.
        message = await send_html(bot, run.chat_id, blocks,
                                  reply_markup=ForceReply(input_field_placeholder=TYPED_PLACEHOLDER))
        counter = await send_html(bot, run.chat_id, [count])
        return message, counter.message_id

    def _poll_question(self, run: ClassRun, presented: PresentedQuestion) -> str | None:
        """The question of a quiz poll (one right option or several), numbered; None if a poll
        can't ask it (buttons then)."""
        question = self.library.get(run.quiz_id).questions[presented.index]
        text = f"{_number(presented)}: {presented.text}"
        if not fits_poll(question, self.library.documents, multiple=True) or len(text) > POLL_QUESTION_MAX:
            return None
        return text

    def _remember_asked(self, run: ClassRun, index: int, *message_ids: int | None) -> None:
        """Note the messages that ask a question, so a reply to one is never taken as a search."""
        for message_id in message_ids:
            if message_id is not None:
                self.store.put(f"{ASKED_PREFIX}:{run.chat_id}:{message_id}", {"run": run.id, "index": index})

    def _asked(self, chat_id: int, message_id: int) -> tuple[int, int] | None:
        """The run and question a message of ours asks, if it is one."""
        asked = self.store.get(f"{ASKED_PREFIX}:{chat_id}:{message_id}")
        return (asked["run"], asked["index"]) if asked else None

    def _count_changed(self, bot: Bot, run: ClassRun) -> None:
        """Someone answered: show the new count soon (edits are throttled)."""
        key = (run.chat_id, run.id, run.state["index"])
        self.counts.request(key, lambda: self._show_count(bot, run))

    async def _show_count(self, bot: Bot, run: ClassRun) -> None:
        """Edit the open question's count in place (not while it is being revealed)."""
        async with self.lock(run.chat_id):
            now = self.store.class_run(run.id)
            if now is not None and _open(now, run.state["index"]) and now.state["phase"] == ASKING:
                await self._edit_count(bot, now, closed=False)

    async def _close_count(self, bot: Bot, run: ClassRun) -> None:
        """The question's final count, its buttons gone (the run's lock is held)."""
        self.counts.cancel((run.chat_id, run.id, run.state["index"]))
        await self._edit_count(bot, run, closed=True)

    def _count_line(self, run: ClassRun) -> str:
        answers = self.store.class_answers(run.id)
        return answered_line(*turnout(answers, run.state["index"], run.state.get("class_size")))

    async def _edit_count(self, bot: Bot, run: ClassRun, *, closed: bool) -> None:
        state = run.state
        presented = self._session(run).presented()
        count = self._count_line(run)
        if state["mode"] == TYPED:
            message_id, blocks, markup = state.get("count_id"), [count + (". Closed." if closed else "")], None
        else:
            blocks = [*_question_blocks(_number(presented), presented, state["seconds"], closed=closed), count]
            message_id, markup = state["message_id"], None if closed else _answer_keyboard(run.id, presented)
        if message_id is None:
            return
        try:
            await bot.edit_message_text(split_blocks(blocks)[-1], run.chat_id, message_id, parse_mode=ParseMode.HTML,
                                        reply_markup=markup)
        except BadRequest as exc:  # "not modified" (another process showed it), or the message is gone
            log.debug("class quiz %s: editing the count: %s", run.id, exc)

    async def _sent(self, chat_id: int) -> ClassRun | None:
        """The chat's run once its current question is out: a reply can outrun the saving of the
        question's message id (on this process or another)."""
        loop = asyncio.get_running_loop()
        give_up = loop.time() + POLL_ID_WAIT_SECONDS
        while (run := self.store.active_class_run(chat_id)) is not None and run.state["phase"] == SENDING:
            if loop.time() > give_up:
                break
            await asyncio.sleep(POLL_ID_CHECK_SECONDS)
        return run

    def _record(self, run_id: int, question: int | str, person: User, response: list[int] | str) -> Feedback | None:
        """Score and store one answer to the question (its index, or its poll's id) while it is open;
        None if this student had answered already, or the question closed first."""
        for _ in range(ANSWER_ATTEMPTS):
            run = self.store.class_run(run_id)
            if run is None:
                return None
            index = run.state["index"]
            if not _open(run, question if isinstance(question, int) else index) or (
                    isinstance(question, str) and run.state["poll_id"] != question):
                return None
            try:
                feedback = self._session(run).answer(response)
            except AnswerError as exc:
                log.info("unusable class answer from %s: %s", person.id, exc)
                return None
            result = self.store.record_class_answer(run.id, index, person.id, display_name(person),
                                                    feedback.response, feedback.credit, version=run.version)
            if result is not Answered.MOVED_ON:
                return feedback if result is Answered.RECORDED else None
        log.warning("class quiz %s kept changing under an answer from %s; not recorded", run_id, person.id)
        return None

    # -- restart -------------------------------------------------------------------------------

    async def resume(self, application: Application) -> None:
        """At start-up: end runs whose quiz is gone; give a timer to any run without one (a
        database from before timers were kept in it)."""
        for run in self.store.active_class_runs():
            try:
                self.library.get(run.quiz_id)
            except QuizError:
                log.warning("class quiz %s in chat %s: quiz %s is gone; ending it", run.id, run.chat_id, run.quiz_id)
                if self.store.finish_class_run(run.id):
                    self.store.jobs.cancel(_job_name(run.chat_id))
                continue
            if self.store.jobs.due_at(_job_name(run.chat_id)) is None:
                deadline = dt.datetime.fromisoformat(run.state["deadline"]) if run.state.get("deadline") else _now()
                remaining = (deadline - _now()).total_seconds() if run.state["phase"] == ASKING else 0.0
                self._schedule(run.chat_id, run.id, run.state["index"], remaining)
            log.info("class quiz %s in chat %s goes on at question %d", run.id, run.chat_id, run.state["index"] + 1)


def _unsent() -> dict[str, Any]:
    """The state of a question recorded as current and not yet sent."""
    return {"phase": SENDING, "mode": None, "poll_id": None, "message_id": None, "deadline": None,
            "attempts": 0, "claimed_at": None, "claimed_by": None}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _job_name(chat_id: int) -> str:
    return f"{JOB_KIND}:{chat_id}"


async def _class_size(bot: Bot, chat_id: int) -> int | None:
    """How many of the group's members may answer: all but the bot and the teacher (None if unknown)."""
    try:
        return max(await bot.get_chat_member_count(chat_id) - 2, 0)
    except TelegramError as exc:
        log.info("get_chat_member_count(%s): %s", chat_id, exc)
        return None


async def _react(bot: Bot, message: Message, emoji: str) -> None:
    """A reaction on a student's message; not worth failing over (a group may allow other reactions only)."""
    try:
        await bot.set_message_reaction(message.chat_id, message.message_id, emoji)
    except TelegramError as exc:
        log.info("reaction %s on %s/%s: %s", emoji, message.chat_id, message.message_id, exc)


def _open(run: ClassRun | None, index: int) -> bool:
    """Whether the run is at question ``index`` and still takes answers to it."""
    return (run is not None and run.finished_at is None and run.state["index"] == index
            and run.state["phase"] in (SENDING, ASKING))


def _model_answer(session: QuizSession, presented: PresentedQuestion) -> Feedback:
    """The feedback a right answer gets: the correct answer, its quote and citation."""
    probe = QuizSession(session.quiz, session.documents, session.token, session.orders, index=session.index)
    if presented.typed:
        question = session.quiz.questions[session.index]
        return probe.answer(question.answer[0])  # type: ignore[union-attr]
    return probe.answer(list(presented.correct))


def _number(presented: PresentedQuestion) -> str:
    return f"Question {presented.index + 1} of {presented.total}"


def _question_blocks(number: str, presented: PresentedQuestion, seconds: int, *, closed: bool = False) -> list[str]:
    blocks = [f"<b>{esc(number)}</b>\n{esc(presented.text)}"]
    if presented.options:
        blocks.append("\n".join(f"{i}. {esc(label)}" for i, label in enumerate(presented.options, start=1)))
    if closed:
        return [*blocks, "<i>Closed.</i>"]
    if presented.typed:
        how = "Reply to this message with your answer; only your first one counts."
    elif presented.ordering:
        how = "Press the numbers in chronological order, earliest first."
    elif presented.multiple:
        how = "Press every right number, then Done."
    else:
        how = "Press the number of your answer."
    once = "" if presented.typed else "; each of you answers once"
    blocks.append(f"<i>{esc(how)} You have {seconds} seconds{once}.</i>")
    return blocks


def _answer_keyboard(run_id: int, presented: PresentedQuestion) -> InlineKeyboardMarkup | None:
    if presented.typed:
        return None
    prefix = f"{CALLBACK_PREFIX}:a:{run_id}:{presented.index}"
    numbers = [InlineKeyboardButton(str(i + 1), callback_data=f"{prefix}:{i}") for i in range(len(presented.options))]
    rows = [numbers[i:i + 5] for i in range(0, len(numbers), 5)]
    if presented.multiple:
        rows.append([InlineKeyboardButton("Done", callback_data=f"{prefix}:{DONE}")])
    if presented.multiple or presented.ordering:
        rows.append([InlineKeyboardButton("Start over", callback_data=f"{prefix}:{RESET}")])
    return InlineKeyboardMarkup(rows)
