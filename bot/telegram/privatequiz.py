"""Private quizzes the Telegram way: questions as native quiz polls, their votes scored by the
conversation, answered button questions edited in place, stale presses answered with a toast.

A question that fits a quiz poll (single, true/false, attribution, select-all-that-apply
within Telegram's limits) goes out as a non-anonymous quiz poll; its explanation carries the
source quotation with a short citation, and when that doesn't fit, the quotation cut to fit,
with the whole quotation and its full citation sent after the vote. Which poll asks which question of whose session
is kept in the store (``poll:<poll id>:<user id>``), so a vote after a restart still counts,
and only once: the conversation scores an answer only while its question is open.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

from telegram import Message, Poll, Update, User
from telegram.constants import PollLimit
from telegram.ext import ContextTypes

from ..chat.conversation import Reply
from ..chat.replies import parse_press
from ..chat.review import BUTTON_PREFIX as REVIEW_PREFIX
from ..quiz.present import short_attribution_label
from ..quiz.session import Feedback, PresentedQuestion
from ..texts.corpus import Document
from .format import utf16_len
from .services import answer_query, send_replies, services, user_key

log = logging.getLogger(__name__)

POLL_KEY = "poll"
ELLIPSIS = "…"


def poll_key(poll_id: str, user_id: int) -> str:
    """Where a private quiz poll's question is kept (ends in the user id, so /forget deletes it)."""
    return f"{POLL_KEY}:{poll_id}:{user_id}"


def fits_a_poll(shown: PresentedQuestion) -> bool:
    """Whether a quiz poll can ask it: one right option, or several with multiple answers allowed."""
    return shown.fits_multi_answer_poll if shown.multiple else shown.fits_poll


def poll_question(shown: PresentedQuestion) -> str:
    """``3/13. prompt``: where the student is, when the prompt leaves room for it."""
    numbered = f"{shown.index + 1}/{shown.total}. {shown.text}"
    return numbered if utf16_len(numbered) <= PollLimit.MAX_QUESTION_LENGTH else shown.text


def _cut(text: str, limit: int) -> str:
    """``text`` whole, or its start and an ellipsis, within ``limit`` UTF-16 units (Telegram's count)."""
    if utf16_len(text) <= limit:
        return text
    end = limit - 1
    while end > 0 and utf16_len(text[:end].rstrip() + ELLIPSIS) > limit:
        end -= 1
    return text[:end].rstrip() + ELLIPSIS


def poll_explanation(shown: PresentedQuestion, documents: dict[str, Document]) -> tuple[str, bool]:
    """The poll's explanation: the main source quotation with a short citation (author or outlet,
    date, paragraph) when they fit, else the quotation cut to fit; and whether that said it all
    (else the whole quotation, fully cited, follows the vote)."""
    if not shown.evidence:
        return _cut(shown.explanation, PollLimit.MAX_EXPLANATION_LENGTH), False
    main = shown.evidence[0].quote
    quote = " ".join(main.text.split())  # at most two line feeds in an explanation
    source = short_attribution_label(documents.get(main.doc_id), main.doc_id)
    whole = f"“{quote}”\n— {source}, para. {main.paragraph}"
    if len(shown.evidence) == 1 and utf16_len(whole) <= PollLimit.MAX_EXPLANATION_LENGTH:
        return whole, True
    return f"“{_cut(quote, PollLimit.MAX_EXPLANATION_LENGTH - 2)}”", False


async def ask_with_poll(context: ContextTypes.DEFAULT_TYPE, chat_id: int, reply: Reply, owner: User) -> Message | None:
    """Ask a quiz question in the private chat as a quiz poll; None if it doesn't fit one."""
    shown = reply.question
    if shown is None or not fits_a_poll(shown):
        return None
    s = services(context)
    explanation, said_it_all = poll_explanation(shown, s.conversation.documents)
    message = await context.bot.send_poll(
        chat_id, poll_question(shown), list(shown.poll_options), is_anonymous=False, type=Poll.QUIZ,
        correct_option_ids=list(shown.correct), allows_multiple_answers=True if shown.multiple else None,
        explanation=explanation,
    )
    assert message.poll is not None
    state = {"token": shown.token, "index": shown.index, "chat_id": chat_id, "message_id": message.message_id,
             "said_it_all": said_it_all}
    await s.call(s.store.put, poll_key(message.poll.id, owner.id), state)
    return message


def after_vote(replies: list[Reply], *, said_it_all: bool) -> list[Reply]:
    """The conversation's replies to a poll vote, less what the poll already showed: the verdict and
    the right option. The whole quotation stays unless the explanation held it; a quotation left
    just before the end of the quiz shares the summary's message."""
    shown: list[Reply] = []
    for reply in replies:
        if reply.feedback is not None:
            # The poll showed the verdict; the sources (unless its explanation held them) and
            # a note the feedback ended with (reminders turned on) are still said.
            told = sources_reply(reply.feedback) if not said_it_all else Reply("")
            if reply.note:
                told = dataclasses.replace(told, text="\n\n".join(filter(None, [told.text, reply.note])))
            if told.text:
                shown.append(told)
            continue
        if shown and shown[-1].question is None and not shown[-1].buttons and reply.question is None:
            told = shown.pop()
            reply = Reply(f"{told.text}\n\n{reply.text}", buttons=reply.buttons, quotes=told.quotes + reply.quotes)
        shown.append(reply)
    return shown


def sources_reply(feedback: Feedback) -> Reply:
    """The explanation, then every source quotation whole, with its citation."""
    blocks = [feedback.explanation] + [f"“{e.quote.text}”\n— {e.citation}" for e in feedback.evidence]
    return Reply("\n\n".join(blocks), quotes=tuple(e.quote for e in feedback.evidence))


async def poll_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A vote in a private quiz poll: scored once, as the quiz's answer; class quiz polls are not ours."""
    s = services(context)
    answer = update.poll_answer
    assert answer is not None
    person = answer.user
    if person is None or not answer.option_ids:
        return  # an anonymous vote, or one taken back: nothing to score
    key = poll_key(answer.poll_id, person.id)
    state: dict[str, Any] | None = await s.call(s.store.get, key)
    if state is None:
        return  # a class quiz poll, or someone else's
    replies = await s.call(s.conversation.choose, user_key(person), str(state["token"]), int(state["index"]),
                           list(answer.option_ids))
    await s.call(s.store.delete, key)
    await send_replies(context, int(state["chat_id"]), after_vote(replies, said_it_all=bool(state["said_it_all"])),
                       person)


async def quiz_press(update: Update, context: ContextTypes.DEFAULT_TYPE, data: str) -> None:
    """A press on a quiz or review question's button: the answered question edited in place; a press
    that changes nothing (a stale button) answered with a toast, not a message."""
    s = services(context)
    query = update.callback_query
    assert query is not None
    person = query.from_user
    if is_review_press(data):
        replies = await s.call(s.reviewer.press, user_key(person), data[len(REVIEW_PREFIX):])
    else:
        replies = await s.call(s.conversation.press, user_key(person), data)
    notices = [reply.text for reply in replies if reply.notice]
    await answer_query(query, " ".join(notices) or None)
    rest = [reply for reply in replies if not reply.notice]
    if rest:
        chat_id = query.message.chat.id if query.message else person.id
        await send_replies(context, chat_id, rest, person, query=query)


def is_review_press(data: str) -> bool:
    """A review question's pick, submit or clear button (not the review-missed button)."""
    return data.startswith(REVIEW_PREFIX) and parse_press(data[len(REVIEW_PREFIX):]) is not None


async def review_missed(update: Update, context: ContextTypes.DEFAULT_TYPE, quiz_id: str) -> None:
    """The end-of-quiz button: review now the questions just missed."""
    s = services(context)
    query = update.callback_query
    assert query is not None
    person = query.from_user
    if await s.call(s.conversation.running_quiz, user_key(person)) is not None:
        await answer_query(query, "Finish the quiz first, or /cancel it; then review.")
        return
    await answer_query(query)
    await s.call(s.reviewer.cancel, user_key(person))  # one exercise at a time
    replies = await s.call(s.reviewer.start_missed, user_key(person), quiz_id)
    chat_id = query.message.chat.id if query.message else person.id
    await send_replies(context, chat_id, replies, person)
