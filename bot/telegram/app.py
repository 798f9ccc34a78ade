"""The Telegram bot: every handler wired to the PTB Application in one place, ``build_app``."""

from __future__ import annotations

import datetime as dt
import html
import logging

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseRateLimiter,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    PollAnswerHandler,
    filters,
)

from ..chat.conversation import Conversation
from ..chat.review import Reviewer
from ..settings import Settings
from ..store.sqlite import Store
from ..texts.voice import load_voice
from . import group, handlers, media
from .classquiz import Classroom, ClassroomOptions
from .profile import VOICE, publish_profile
from .robust import PerUserUpdateProcessor, RetryingRateLimiter
from .services import SERVICES, Services

log = logging.getLogger(__name__)

REMINDER_CHECK_SECONDS = 15 * 60
SORRY = "Sorry, something went wrong on my side. Please try again in a moment."


def build_app(settings: Settings, conversation: Conversation, store: Store, *,
              rate_limiter: BaseRateLimiter | None = None,
              classroom_options: ClassroomOptions = ClassroomOptions(),
              reminder_check_seconds: float = REMINDER_CHECK_SECONDS) -> Application:
    """The bot: the conversation behind Telegram, its state in ``store``."""
    if not settings.telegram_token:
        raise ValueError("build_app needs settings.telegram_token")
    builder = (
        ApplicationBuilder()
        .token(settings.telegram_token)
        .rate_limiter(rate_limiter or RetryingRateLimiter())
        .concurrent_updates(PerUserUpdateProcessor())
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if settings.telegram_api_url:
        builder = builder.base_url(f"{settings.telegram_api_url}/bot").base_file_url(
            f"{settings.telegram_api_url}/file/bot")
    app = builder.build()

    reviewer = Reviewer(conversation, store)
    if conversation.on_answer is None:  # the conversation tells the reviewer what was missed
        conversation.on_answer = reviewer.on_answer
    app.bot_data[SERVICES] = Services(
        settings=settings, conversation=conversation, store=store, reviewer=reviewer,
        classroom=Classroom(store, conversation.quizzes, settings.teachers, options=classroom_options),
    )
    app.bot_data["reminder_check_seconds"] = reminder_check_seconds
    app.bot_data[VOICE] = load_voice(settings.corpus_dir)

    new = filters.UpdateType.MESSAGE  # an edited message must not answer a quiz question again
    private = filters.ChatType.PRIVATE & new
    groups = filters.ChatType.GROUPS & new
    app.add_handler(CommandHandler("start", handlers.start, filters=new))
    app.add_handler(CommandHandler("help", handlers.help_command, filters=new))
    app.add_handler(CommandHandler("ask", handlers.ask, filters=new))
    app.add_handler(CommandHandler("sources", handlers.sources, filters=new))
    app.add_handler(CommandHandler("more", handlers.more, filters=new))
    app.add_handler(CommandHandler("quiz", handlers.quiz, filters=private))
    app.add_handler(CommandHandler("cancel", handlers.cancel, filters=private))
    app.add_handler(CommandHandler("score", handlers.score, filters=private))
    app.add_handler(CommandHandler("review", handlers.review, filters=private))
    app.add_handler(CommandHandler("reminders", handlers.reminders, filters=private))
    app.add_handler(CommandHandler("forget", handlers.forget, filters=private))
    app.add_handler(CommandHandler(["quiz", "cancel", "score", "review", "reminders", "forget"],
                                   handlers.private_only, filters=groups))
    app.add_handler(CommandHandler("classquiz", group.classquiz, filters=new))
    app.add_handler(CommandHandler("next", group.next_question, filters=groups))
    app.add_handler(CommandHandler("stop", group.stop_quiz, filters=groups))
    app.add_handler(MessageHandler(private & filters.TEXT & ~filters.COMMAND, handlers.text_message))
    app.add_handler(MessageHandler(private & filters.COMMAND, handlers.unknown_command))
    app.add_handler(MessageHandler(groups & filters.TEXT & ~filters.COMMAND, group.group_text))
    app.add_handler(MessageHandler(private & ~filters.TEXT & ~filters.StatusUpdate.ALL, media.unreadable))
    app.add_handler(MessageHandler(filters.ChatType.PRIVATE & filters.UpdateType.EDITED_MESSAGE, media.edited))
    app.add_handler(CallbackQueryHandler(handlers.button))
    app.add_handler(InlineQueryHandler(handlers.inline_query))
    app.add_handler(PollAnswerHandler(group.poll_answer))
    app.add_error_handler(error_handler)
    return app


async def _post_init(app: Application) -> None:
    """Once connected: publish the profile and menus, resume class quizzes, start the reminder clock."""
    bot = app.bot
    await publish_profile(bot, app.bot_data[VOICE])
    s: Services = app.bot_data[SERVICES]
    await s.classroom.resume(app)
    if app.job_queue is not None:
        interval = app.bot_data["reminder_check_seconds"]
        app.job_queue.run_repeating(handlers.send_reminders, interval=dt.timedelta(seconds=interval),
                                    first=dt.timedelta(seconds=min(60.0, interval)), name="reminders")
    else:
        log.warning("no job queue (APScheduler missing): no class quiz timers or review reminders")
    log.info("@%s is ready", bot.username)


async def _post_shutdown(app: Application) -> None:
    s: Services = app.bot_data[SERVICES]
    s.worker.shutdown(wait=True)


async def error_handler(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure, and tell the user rather than go silent."""
    log.error("error while handling an update", exc_info=context.error)
    if not isinstance(update, Update):
        return
    if update.callback_query is not None:
        try:
            await update.callback_query.answer(SORRY, show_alert=True)
            return
        except Exception:  # noqa: BLE001 - fall back to a message
            pass
    chat = update.effective_chat
    if chat is None:
        return
    try:
        await context.bot.send_message(chat.id, html.escape(SORRY), parse_mode=ParseMode.HTML)
    except Exception as exc:  # noqa: BLE001 - nothing more we can do; it's logged
        log.error("couldn't tell chat %s about the error: %s", chat.id, exc)
