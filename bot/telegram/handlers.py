"""Private-chat and inline handlers: each hands the user's words to the conversation."""

from __future__ import annotations

import logging
import uuid

from telegram import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from ..chat.conversation import UNREADABLE, Button, Reply, unreadable
from ..errors import TextbotError
from ..chat.replies import CLEAR, PICK, REVIEW_MISSED, SUBMIT
from ..chat.review import score_line
from ..chat.small_talk import asks_nothing
from ..quiz.models import Quiz
from .classquiz import CALLBACK_PREFIX as CLASS_PREFIX
from .classquiz import DEFAULT_SECONDS, display_name
from .deeplinks import (
    CLASS_PAYLOAD,
    INLINE_PAYLOAD,
    private_chat_button,
    quiz_from_payload,
    quiz_links,
    quiz_payload,
    share_html,
)
from .format import esc, truncate, unstamp
from .privatequiz import is_review_press, quiz_press, review_missed
from .profile import greeting, voice
from .replies import quote_html, send_html
from .searchkeys import MORE_KEY, more_on
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

INLINE_RESULTS = 5  # per page; Telegram asks for the next page with the offset we give
INLINE_MAX_QUOTES = 25  # quotations beyond these are unlikely to answer the words typed
INLINE_PRIVATE = "Ask me in a private chat"
# Shown above an inline search that found nothing: an empty list alone looks like the bot is broken.
INLINE_NOTHING = "Nothing on that in the texts: ask me in private"
INLINE_CACHE_SECONDS = 300
INLINE_TITLE_CHARS = 80
PRIVATE_ONLY = "That works in a private chat with me, @{bot}:"
# A teacher typing /quiz in the class group most likely wants the class quiz.
CLASS_QUIZ_HINT = "To run a quiz with this group, a teacher sends /classquiz."


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
    """Greet, remember that this person started the bot, offer example questions; a quiz link starts the quiz."""
    s = services(context)
    person, chat = update.effective_user, update.effective_chat
    assert person and chat
    quiz_id = quiz_from_payload(context.args)
    if not is_private(update):
        if quiz_id is not None or context.args == [CLASS_PAYLOAD]:
            await linked_class_quiz(update, context, quiz_id)
            return
    else:
        await s.call(lambda: s.store.remember_user(person.id, person.first_name, username=person.username))
        if quiz_id is not None:
            await s.call(s.reviewer.cancel, user_key(person))  # one exercise at a time
            await converse(update, context, "quiz", quiz_id)
            return
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
        extra.append("/review - practise what you got wrong\n/reminders - daily review reminder at your hour\n"
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
    if unreadable(message.text):  # lone surrogates (a broken \\u escape) can't be searched or stored
        await send_replies(context, message.chat_id, [Reply(UNREADABLE)], person)
        return
    reviewed = await s.call(s.reviewer.ask, user_key(person), message.text)
    if reviewed is not None:
        await send_replies(context, message.chat_id, reviewed, person)
        return
    await converse(update, context, None, message.text)


async def quiz(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/quiz lists the quizzes as buttons, with links to share them; /quiz ID starts one."""
    s = services(context)
    assert update.effective_user and update.effective_chat
    await s.call(s.reviewer.cancel, user_key(update.effective_user))  # one exercise at a time
    listing = not context.args and await s.call(s.conversation.running_quiz, user_key(update.effective_user)) is None
    await converse(update, context, "quiz", " ".join(context.args or []))
    quizzes = list(s.conversation.quizzes)
    if listing and quizzes:  # the list, not a running quiz's question again: offer links to share
        share = InlineKeyboardMarkup([[InlineKeyboardButton("Share a quiz in another chat",
                                                            switch_inline_query="")]])
        await send_html(context.bot, update.effective_chat.id, [share_html(context.bot.username, quizzes)],
                        reply_markup=share)


async def linked_class_quiz(update: Update, context: ContextTypes.DEFAULT_TYPE, quiz_id: str | None) -> None:
    """/start quiz_ID or /start class in a group (an "add to a group" link): the class quiz picker, that quiz first."""
    from .group import NOT_A_TEACHER  # the classroom's rules live with the group handlers

    s = services(context)
    chat, person, message = update.effective_chat, update.effective_user, update.effective_message
    assert chat and person and message
    if not await s.classroom.may_teach(context.bot, chat.id, person.id):
        await send_html(context.bot, chat.id, [esc(NOT_A_TEACHER.format(name=display_name(person)))],
                        reply_to=message.message_id,
                        reply_markup=private_chat_button(context.bot.username,
                                                         payload=quiz_payload(quiz_id) if quiz_id else None))
        return
    rows = list(s.classroom.quiz_keyboard(DEFAULT_SECONDS, owner=person.id).inline_keyboard)
    linked = [row for row in rows if f":start:{quiz_id}:" in str(row[0].callback_data)]
    if linked and quiz_id is not None:
        title = s.conversation.quizzes.get(quiz_id).title
        text = f"Ready to run “{title}” with the class: press it when everyone is here. (Only you can press.)"
        rows = linked + [row for row in rows if row not in linked]
    else:
        text = (f"I have no quiz “{quiz_id}”. " if quiz_id else "") + "Which quiz? (Only you can pick.)"
    await send_html(context.bot, chat.id, [esc(text)], reply_markup=InlineKeyboardMarkup(rows))


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
    chat, message = update.effective_chat, update.effective_message
    assert chat
    text = PRIVATE_ONLY.format(bot=context.bot.username)
    if message and message.text and message.text.split()[0].lstrip("/").split("@", 1)[0] == "quiz":
        text = f"{CLASS_QUIZ_HINT} {text}"
    await send_html(context.bot, chat.id, [esc(text)],
                    reply_to=update.effective_message.message_id if update.effective_message else None,
                    reply_markup=private_chat_button(context.bot.username))


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
    if kind in (PICK, SUBMIT, CLEAR) or is_review_press(data):  # a toast if stale, so answered there
        await quiz_press(update, context, data)
        return
    if kind == REVIEW_MISSED:
        await review_missed(update, context, rest)
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
        # A search, never an answer to a running quiz (the button may be pressed in a group).
        replies = await s.call(s.conversation.command, user_key(person), "ask", question) if question else []
        await send_replies(context, chat_id, replies, person, search=True)
    elif kind == FORGET:
        await forget_answer(context, chat_id, person.id, rest == "yes", query)
    elif kind == MORE_KEY:
        replies = await s.call(more_on, s.conversation, user_key(person), rest)
        await send_replies(context, chat_id, replies, person, search=True)
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
    """@bot words: matching quotations to send, each with its citation; @bot alone: the quizzes to share."""
    s = services(context)
    query = update.inline_query
    assert query
    words = query.query.strip()
    offset = int(query.offset) if query.offset.isdigit() else 0
    if words:  # broken text gets an empty answer, not none at all
        # "1", "42": no words to search by, so no quotes (a year alone is searched).
        results = [] if unreadable(words) or asks_nothing(words) else await _inline_quotes(context, words, offset)
        more = len(results) == INLINE_RESULTS and offset + INLINE_RESULTS < INLINE_MAX_QUOTES
    else:
        quizzes = list(s.conversation.quizzes)
        results = [_inline_quiz(context.bot.username, quiz) for quiz in quizzes[offset:offset + INLINE_RESULTS]]
        more = offset + INLINE_RESULTS < len(quizzes)
    label = INLINE_NOTHING if words and not results and not offset else INLINE_PRIVATE
    await query.answer(results, cache_time=INLINE_CACHE_SECONDS, is_personal=False,
                       next_offset=str(offset + INLINE_RESULTS) if more else "",
                       button=InlineQueryResultsButton(label, start_parameter=INLINE_PAYLOAD))


async def _inline_quotes(context: ContextTypes.DEFAULT_TYPE, words: str, offset: int) -> list[InlineQueryResultArticle]:
    s = services(context)
    try:
        answer = await s.call(lambda: s.conversation.searcher.search(words, top_k=INLINE_RESULTS, offset=offset))
    except TextbotError as exc:
        log.info("inline query %r: %s", words, exc)
        return []
    results = []
    for quote in (answer.quotes if answer.answered else ()):
        citation = s.conversation.searcher.cite(quote)
        results.append(InlineQueryResultArticle(
            id=uuid.uuid4().hex,
            title=truncate(quote.text, INLINE_TITLE_CHARS),
            description=truncate(citation, INLINE_TITLE_CHARS * 2),
            input_message_content=InputTextMessageContent(quote_html(quote.text, citation),
                                                          parse_mode=ParseMode.HTML),
        ))
    return results


def _inline_quiz(bot_username: str, quiz: Quiz) -> InlineQueryResultArticle:
    """A quiz to share: its title and description, with buttons to take it or run it with a class."""
    questions = f"{len(quiz.questions)} question{'s' if len(quiz.questions) != 1 else ''}"
    text = (f"<b>{esc(quiz.title)}</b>\n{esc(quiz.description)}\n\n"
            f"{esc(questions)}; every answer is backed by a quotation.")
    return InlineQueryResultArticle(
        id=f"quiz:{quiz.id}", title=truncate(f"Quiz: {quiz.title}", INLINE_TITLE_CHARS),
        description=truncate(f"{questions} · {quiz.description}", INLINE_TITLE_CHARS * 2),
        input_message_content=InputTextMessageContent(text, parse_mode=ParseMode.HTML),
        reply_markup=quiz_links(bot_username, quiz),
    )
