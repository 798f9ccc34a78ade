"""Group handlers: questions addressed to the bot, and class quizzes run by teachers."""

from __future__ import annotations

import logging

from telegram import MessageEntity, Update
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from ..quiz.library import QuizError
from .classquiz import DEFAULT_SECONDS, MAX_SECONDS, MIN_SECONDS, display_name
from .deeplinks import CLASS_PAYLOAD, private_chat_button
from .format import esc
from .replies import send_html
from .services import answer_query, send_replies, services, user_key

log = logging.getLogger(__name__)

NOT_A_TEACHER = ("Sorry, {name}: only the group's admins and the teachers can run a class quiz. "
                 "You can take any quiz privately with me: /quiz in our private chat.")


def _addressed(update: Update, username: str) -> str | None:
    """The question if a group message is for the bot (a reply to it or a mention), else None."""
    message = update.effective_message
    if message is None or not message.text:
        return None
    replied = message.reply_to_message
    to_bot = replied is not None and replied.from_user is not None and replied.from_user.username == username
    text = message.text
    mentioned = False
    for entity, value in message.parse_entities([MessageEntity.MENTION]).items():
        if value[1:].lower() == username.lower():
            mentioned = True
            text = text.replace(value, " ")
    if not (to_bot or mentioned):
        return None
    return " ".join(text.split())


async def group_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A group message: a typed class-quiz answer, a question for the bot, or nothing for us."""
    s = services(context)
    message, person = update.effective_message, update.effective_user
    assert message and person
    question = _addressed(update, context.bot.username)
    if await s.classroom.typed(context.bot, message, question):
        return
    if question is None:
        return  # the class talking among themselves
    if not question:
        replies = await s.call(s.conversation.command, user_key(person), "help", "")
    else:
        # A search: a student's private quiz is answered in the private chat only.
        replies = await s.call(s.conversation.command, user_key(person), "ask", question)
    await send_replies(context, message.chat_id, replies, person, reply_to=message.message_id, search=True)


async def classquiz(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/classquiz [ID] [SECONDS]: a teacher starts a live quiz for the group."""
    s = services(context)
    chat, person, message = update.effective_chat, update.effective_user, update.effective_message
    assert chat and person and message
    if chat.type == chat.PRIVATE:
        await send_html(context.bot, chat.id, [esc("Class quizzes run in a group: add me to the class's group "
                                                   "and send /classquiz there. Here, /quiz is for you alone.")],
                        reply_markup=private_chat_button(context.bot.username, payload=CLASS_PAYLOAD,
                                                         label="Add me to a group", group=True))
        return
    if not await s.classroom.may_teach(context.bot, chat.id, person.id):
        await send_html(context.bot, chat.id, [esc(NOT_A_TEACHER.format(name=display_name(person)))],
                        reply_to=message.message_id, reply_markup=private_chat_button(context.bot.username))
        return
    args = list(context.args or [])
    seconds = DEFAULT_SECONDS
    if args and args[-1].isdigit():
        seconds = int(args.pop())
        if not MIN_SECONDS <= seconds <= MAX_SECONDS:
            await send_html(context.bot, chat.id, [esc(f"Give between {MIN_SECONDS} and {MAX_SECONDS} seconds "
                                                       "per question, e.g. /classquiz principles 30.")])
            return
    if not args:
        await send_html(context.bot, chat.id, [esc("Which quiz? (Only you can pick.)")],
                        reply_markup=s.classroom.quiz_keyboard(seconds, owner=person.id))
        return
    await _start(update, context, args[0], seconds)


async def _start(update: Update, context: ContextTypes.DEFAULT_TYPE, quiz_id: str, seconds: int) -> None:
    s = services(context)
    chat, person = update.effective_chat, update.effective_user
    assert chat and person
    try:
        await s.classroom.start(context, chat.id, person, quiz_id, seconds)
    except QuizError as exc:
        await send_html(context.bot, chat.id, [esc(str(exc))])


async def next_question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/next: the teacher reveals the answer now and moves on."""
    await _teacher_moves(update, context, stop=False)


async def stop_quiz(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/stop: the teacher ends the class quiz early; results go out as usual."""
    await _teacher_moves(update, context, stop=True)


async def _teacher_moves(update: Update, context: ContextTypes.DEFAULT_TYPE, *, stop: bool) -> None:
    s = services(context)
    chat, person, message = update.effective_chat, update.effective_user, update.effective_message
    assert chat and person and message
    run = await s.call(s.store.active_class_run, chat.id)
    if run is None:
        await send_html(context.bot, chat.id, [esc("No class quiz is running here.")], reply_to=message.message_id)
        return
    if person.id != run.teacher_id and not await s.classroom.may_teach(context.bot, chat.id, person.id):
        command = "/stop" if stop else "/next"
        await send_html(context.bot, chat.id, [esc(f"Sorry, {display_name(person)}: only the teacher can use "
                                                   f"{command}.")], reply_to=message.message_id)
        return
    await s.classroom.advance(context.bot, chat.id, stop=stop)


async def poll_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A student's vote in a class quiz poll: recorded once."""
    s = services(context)
    assert update.poll_answer
    await s.classroom.poll_answer(update.poll_answer)


async def class_button(update: Update, context: ContextTypes.DEFAULT_TYPE, rest: str) -> None:
    """Class quiz buttons: a teacher picking the quiz, or a student's answer."""
    s = services(context)
    query = update.callback_query
    assert query and query.message
    person, chat_id = query.from_user, query.message.chat.id
    action, _, args = rest.partition(":")
    if action == "start":
        quiz_id, _, seconds = args.partition(":")
        if not await s.classroom.may_teach(context.bot, chat_id, person.id):
            await answer_query(query, NOT_A_TEACHER.format(name=display_name(person)), alert=True)
            return
        await answer_query(query)
        try:
            await query.message.edit_reply_markup(reply_markup=None)
        except BadRequest as exc:  # the picker may be gone; starting the quiz matters more
            log.debug("removing the quiz picker: %s", exc)
        try:
            await s.classroom.start(context, chat_id, person, quiz_id, int(seconds or DEFAULT_SECONDS))
        except QuizError as exc:
            await send_html(context.bot, chat_id, [esc(str(exc))])
        return
    if action == "a":
        run_id, index, choice = args.split(":")
        notice = await s.classroom.button(context.bot, chat_id, person, int(run_id), int(index), choice)
        await answer_query(query, notice)
        return
    await answer_query(query, "That button no longer does anything.")
