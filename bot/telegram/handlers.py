"""Private-chat and inline handlers: each hands the user's words to the conversation."""

from __future__ import annotations

import datetime as dt
import logging
import uuid

from telegram import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden
from telegram.ext import ContextTypes

from ..chat.conversation import Button, Reply
from ..errors import TextbotError
from ..chat.review import BUTTON_PREFIX as REVIEW_PREFIX
from ..chat.review import score_line
from .classquiz import CALLBACK_PREFIX as CLASS_PREFIX
from .format import esc, truncate, unstamp
from .profile import greeting, voice
from .replies import quote_html, send_html
from .services import (
    EXAMPLE,
    FORGET,
    PARAGRAPH,
    answer_query,
    is_private,
    send_replies,
    services,
    user_key,
)

log = logging.getLogger(__name__)

INLINE_RESULTS = 5
INLINE_CACHE_SECONDS = 300
INLINE_TITLE_CHARS = 80
PRIVATE_ONLY = "That works in a private chat with me: open @{bot} and send /start."


def example_buttons(examples: tuple[str, ...]) -> tuple[tuple[Button, ...], ...]:
    return tuple((Button(q, f"{EXAMPLE}:{n}"),) for n, q in enumerate(examples))


async def converse(update: Update, context: ContextTypes.DEFAULT_TYPE, name: str | None, args: str = "") -> None:
    """Pass a command (or, with ``name`` None, plain text) to the conversation and show the replies."""
    s = services(context)
    person, chat, message = update.effective_user, update.effective_chat, update.effective_message
    assert person and chat and message
    key = user_key(person)
    if name is None:
        replies = await s.call(s.conversation.ask, key, args)
    else:
        replies = await s.call(s.conversation.command, key, name, args)
    reply_to = message.message_id if not is_private(update) else None
    await send_replies(context, chat.id, replies, person, reply_to=reply_to, search=name in (None, "ask", "more"))


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet, remember that this person started the bot, offer example questions."""
    s = services(context)
    person, chat = update.effective_user, update.effective_chat
    assert person and chat
    if is_private(update):
        await s.call(lambda: s.store.remember_user(person.id, person.first_name, username=person.username))
    replies = await s.call(s.conversation.command, user_key(person), "help", "")
    spoken = voice(context)
    intro = Reply(greeting(spoken), buttons=example_buttons(spoken.examples))
    await send_replies(context, chat.id, [*replies, intro], person)


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """What the bot does, with example questions as buttons."""
    s = services(context)
    person, chat = update.effective_user, update.effective_chat
    assert person and chat
    replies = await s.call(s.conversation.command, user_key(person), "help", "")
    extra = ["Inline: type @{} and a few words in any chat to share a quotation.".format(context.bot.username)]
    if not is_private(update):
        extra.append("In groups: /ask QUESTION, or reply to me. Teachers: /classquiz [ID] [SECONDS], /next, /stop.")
    else:
        extra.append("/review - practise what you got wrong\n/reminders on|off - daily review reminder\n"
                     "/forget - delete everything I store about you")
    more = Reply("\n".join(extra), buttons=example_buttons(voice(context).examples))
    await send_replies(context, chat.id, [*replies, more], person)


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/ask QUESTION: the quotations that answer it."""
    await converse(update, context, "ask", " ".join(context.args or []))


async def more(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/more: more quotations for the last question."""
    await converse(update, context, "more")


async def sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/sources: the documents quoted, with title, author, outlet and date."""
    await converse(update, context, "sources")


async def text_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Plain text in private: an answer to the open quiz or review question, else a question."""
    s = services(context)
    person, message = update.effective_user, update.effective_message
    assert person and message and message.text is not None
    reviewed = await s.call(s.reviewer.ask, user_key(person), message.text)
    if reviewed is not None:
        await send_replies(context, message.chat_id, reviewed, person)
        return
    await converse(update, context, None, message.text)


async def quiz(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/quiz lists the quizzes as buttons; /quiz ID starts one."""
    s = services(context)
    assert update.effective_user
    await s.call(s.reviewer.cancel, user_key(update.effective_user))  # one exercise at a time
    await converse(update, context, "quiz", " ".join(context.args or []))


async def cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/cancel stops the running review or quiz."""
    s = services(context)
    person, chat = update.effective_user, update.effective_chat
    assert person and chat
    stopped = await s.call(s.reviewer.cancel, user_key(person))
    if stopped is not None:
        await send_replies(context, chat.id, stopped, person)
        return
    await converse(update, context, "cancel")


async def score(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/score: results per quiz, and the review cards due."""
    s = services(context)
    person, chat = update.effective_user, update.effective_chat
    assert person and chat
    replies = await s.call(s.conversation.command, user_key(person), "score", "")
    line = await s.call(score_line, s.store, person.id)
    if line:
        replies = [*replies, Reply(line)]
    await send_replies(context, chat.id, replies, person)


async def review(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/review: ask again, when FSRS says it's time, the questions answered wrong."""
    s = services(context)
    person, chat = update.effective_user, update.effective_chat
    assert person and chat
    if await s.call(s.conversation.running_quiz, user_key(person)) is not None:
        replies = [Reply("Finish the quiz first, or /cancel it; then /review.")]
    else:
        replies = await s.call(s.reviewer.start, user_key(person))
    await send_replies(context, chat.id, replies, person)


async def reminders(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/reminders on|off: the daily reminder of reviews due."""
    s = services(context)
    person, chat = update.effective_user, update.effective_chat
    assert person and chat
    choice = (context.args or [""])[0].lower()
    if choice in ("on", "off"):
        setting = await s.call(lambda: s.store.set_reminders(person.id, chat.id, enabled=choice == "on"))
    else:
        setting = await s.call(s.store.reminder, person.id)
    if setting is None or not setting.enabled:
        text = "Daily review reminders are off. /reminders on turns them on."
    else:
        text = (f"Daily review reminders are on (around {setting.hour:02d}:00 UTC, only when something is due). "
                "/reminders off turns them off.")
    await send_html(context.bot, chat.id, [esc(text)])


async def forget(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/forget: delete everything stored about this user, after a confirmation."""
    person, chat = update.effective_user, update.effective_chat
    assert person and chat
    markup = InlineKeyboardMarkup([[
        InlineKeyboardButton("Yes, delete it all", callback_data=f"{FORGET}:yes|{person.id}"),
        InlineKeyboardButton("No, keep it", callback_data=f"{FORGET}:no|{person.id}"),
    ]])
    await send_html(context.bot, chat.id, [esc(
        "This deletes your quiz progress, scores, review cards, reminder setting and class quiz answers. "
        "Sure?")], reply_markup=markup)


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any other command in private: the conversation says it doesn't know it."""
    message = update.effective_message
    assert message and message.text
    name = message.text.split()[0].lstrip("/").split("@", 1)[0]
    await converse(update, context, name, " ".join(message.text.split()[1:]))


async def private_only(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A private-chat command used in a group: point to the private chat."""
    chat = update.effective_chat
    assert chat
    await send_html(context.bot, chat.id, [esc(PRIVATE_ONLY.format(bot=context.bot.username))],
                    reply_to=update.effective_message.message_id if update.effective_message else None)


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button press: class quiz, paragraph, example, forget, review, or the conversation's own."""
    s = services(context)
    query = update.callback_query
    assert query and query.data
    person = query.from_user
    data, owner = unstamp(query.data)
    if owner is not None and owner != person.id:
        await answer_query(query, "These buttons belong to someone else; ask your own question.", alert=True)
        return
    chat_id = query.message.chat.id if query.message else person.id
    kind, _, rest = data.partition(":")
    if kind == CLASS_PREFIX:
        from .group import class_button  # the classroom's buttons live with the group handlers

        await class_button(update, context, rest)
        return
    await answer_query(query)
    if kind == PARAGRAPH:
        doc_id, _, number = rest.rpartition(":")
        try:
            quote = await s.call(s.conversation.searcher.paragraph_quote, doc_id, int(number))
        except (TextbotError, KeyError, ValueError) as exc:
            log.info("paragraph button %r: %s", data, exc)
            await send_html(context.bot, chat_id, [esc("That paragraph is no longer available.")])
            return
        await send_html(context.bot, chat_id, [quote_html(quote.text, s.conversation.searcher.cite(quote))])
    elif kind == EXAMPLE:
        examples = voice(context).examples
        question = examples[int(rest)] if rest.isdigit() and int(rest) < len(examples) else ""
        replies = await s.call(s.conversation.ask, user_key(person), question) if question else []
        await send_replies(context, chat_id, replies, person, search=True)
    elif kind == FORGET:
        await forget_answer(context, chat_id, person.id, rest == "yes", query)
    elif data.startswith(REVIEW_PREFIX) and data[len(REVIEW_PREFIX):len(REVIEW_PREFIX) + 1] in ("a", "s", "c"):
        replies = await s.call(s.reviewer.press, user_key(person), data[len(REVIEW_PREFIX):])
        await send_replies(context, chat_id, replies, person, query=query)
    else:
        replies = await s.call(s.conversation.press, user_key(person), data)
        await send_replies(context, chat_id, replies, person, query=query, search=data == "more")


async def forget_answer(context: ContextTypes.DEFAULT_TYPE, chat_id: int, user_id: int, confirmed: bool,
                        query: CallbackQuery) -> None:
    """The answer to /forget's question: delete, or not."""
    s = services(context)
    if confirmed:
        deleted = await s.call(s.store.forget, user_id)
        text = f"Done: I deleted everything I stored about you ({deleted} records)."
    else:
        text = "Nothing was deleted."
    try:
        await query.edit_message_text(esc(text), parse_mode=ParseMode.HTML)
    except BadRequest:  # the confirmation message may be gone: say it anew
        await send_html(context.bot, chat_id, [esc(text)])


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """@bot words: matching quotations to send, each with its citation."""
    s = services(context)
    query = update.inline_query
    assert query
    words = query.query.strip()
    results = []
    if words:
        try:
            answer = await s.call(lambda: s.conversation.searcher.search(words, top_k=INLINE_RESULTS))
        except TextbotError as exc:
            log.info("inline query %r: %s", words, exc)
            answer = None
        for quote in (answer.quotes if answer and answer.answered else ()):
            citation = s.conversation.searcher.cite(quote)
            results.append(InlineQueryResultArticle(
                id=uuid.uuid4().hex,
                title=truncate(quote.text, INLINE_TITLE_CHARS),
                description=truncate(citation, INLINE_TITLE_CHARS * 2),
                input_message_content=InputTextMessageContent(quote_html(quote.text, citation),
                                                              parse_mode=ParseMode.HTML),
            ))
    await query.answer(results, cache_time=INLINE_CACHE_SECONDS, is_personal=False)


async def send_reminders(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Hourly: remind, once a day, the students who turned reminders on and have reviews due."""
    s = services(context)
    now = dt.datetime.now(dt.timezone.utc)
    for setting in await s.call(s.store.reminders_due, now):
        due = await s.call(lambda: s.store.due_reviews(setting.user_id, now=now, limit=100))
        await s.call(s.store.mark_reminded, setting.user_id, now)
        if not due:
            continue
        text = (f"You have {len(due)} question{'s' if len(due) != 1 else ''} to review. /review starts; "
                "/reminders off stops these reminders.")
        try:
            await send_html(context.bot, setting.chat_id, [esc(text)])
        except (Forbidden, BadRequest) as exc:  # blocked by one student: the others still get theirs
            log.info("reminder to %s failed: %s", setting.user_id, exc)
