"""The Telegram bot: every handler wired to the PTB Application in one place, ``build_app``."""

from __future__ import annotations

import asyncio
import datetime as dt
import html
import logging
import os
import socket
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import (
    Application,
    ApplicationBuilder,
    ApplicationHandlerStop,
    BaseRateLimiter,
    CallbackContext,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    PollAnswerHandler,
    TypeHandler,
    filters,
)

from ..chat.conversation import Conversation
from ..chat.review import Reviewer
from ..settings import Settings
from ..store import DueJob, Store
from ..texts.voice import load_voice
from . import group, handlers, media, privatequiz, reminders
from .backlog import Backlog
from .classquiz import JOB_KIND as CLASS_QUIZ_JOB
from .classquiz import Classroom, ClassroomOptions
from .profile import VOICE, publish_profile
from .robust import PerUserUpdateProcessor, RetryingRateLimiter
from .services import SERVICES, Services

log = logging.getLogger(__name__)

REMINDER_CHECK_SECONDS = 5 * 60  # a reminder comes at most this late after its time
# Every process looks for due jobs (class quiz timers, reminders) this often: a question
# closes at most this late, on whichever process is alive.
JOB_CHECK_SECONDS = 0.25
JOB_RETRY_SECONDS = 30.0  # a job that failed (Telegram down, say) is tried again after this
REMINDERS_JOB = "reminders"
FORGET_UPDATES_JOB = "forget-updates"
FORGET_UPDATES_EVERY = dt.timedelta(hours=1)
UPDATES_KEPT = dt.timedelta(days=2)  # Telegram gives up redelivering an update after 24 hours
JOB_LOOP = "textbot-due-jobs"  # key in application.bot_data
BACKLOG = "textbot-backlog"  # key in application.bot_data
CATCH_UP_CHECK_SECONDS = 0.5  # a class question's timer waiting for kept updates looks again after this
# Replicas take turns on a person's updates through a lease in the database; one that dies
# holding it keeps that person waiting at most this long.
PERSON_LEASE_SECONDS = 30.0
LEASE_RETRY_SECONDS = 0.02
PRIVATE_POLLS = 1  # handler group: a vote goes to the class quiz (group 0) and to the private quizzes
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
        .concurrent_updates(ReplicaSafeUpdateProcessor(store) if store.dialect == "postgresql"
                            else PerUserUpdateProcessor())
        .post_init(_post_init)
        .post_stop(_post_stop)
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
    app.bot_data[BACKLOG] = Backlog(app)

    app.add_handler(TypeHandler(Update, skip_redelivered), group=-1)
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
    app.add_handler(CommandHandler("reminders", reminders.reminders, filters=private))
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
    app.add_handler(CallbackQueryHandler(reminders.reminder_button, pattern=reminders.PATTERN))
    app.add_handler(CallbackQueryHandler(handlers.button))
    app.add_handler(InlineQueryHandler(handlers.inline_query))
    app.add_handler(PollAnswerHandler(group.poll_answer))
    app.add_handler(PollAnswerHandler(privatequiz.poll_answer), group=PRIVATE_POLLS)  # class polls are not its
    app.add_error_handler(error_handler)
    return app


class ReplicaSafeUpdateProcessor(PerUserUpdateProcessor):
    """Each person's updates one after another across all replicas, not only in this process:
    Telegram may hand two of one student's presses to two replicas at the same instant."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        await super().do_process_update(update, self._leased(_person(update), coroutine))

    async def _leased(self, key: str | None, coroutine: Awaitable[Any]) -> None:
        if key is None:
            await coroutine
            return
        loop = asyncio.get_running_loop()
        give_up = loop.time() + PERSON_LEASE_SECONDS
        while not self.store.take_lease(key, self.owner, PERSON_LEASE_SECONDS):
            if loop.time() > give_up:  # its holder died: the lease has run out by now anyway
                log.warning("%s stayed leased by another replica; handling the update anyway", key)
                break
            await asyncio.sleep(LEASE_RETRY_SECONDS)
        try:
            await coroutine
        finally:
            self.store.release_lease(key, self.owner)


def _person(update: object) -> str | None:
    """The lease key of the person (else the chat) an update comes from."""
    if isinstance(update, Update):
        if update.effective_user is not None:
            return f"user:{update.effective_user.id}"
        if update.effective_chat is not None:
            return f"chat:{update.effective_chat.id}"
    return None


async def skip_redelivered(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Before any handler: an update seen before (redelivered, or sent to two replicas) is skipped."""
    s: Services = context.bot_data[SERVICES]
    if not s.store.claim_update(update.update_id):
        log.info("update %s was handled already; skipped", update.update_id)
        raise ApplicationHandlerStop


async def _post_init(app: Application) -> None:
    """Once connected: publish the profile and menus, resume class quizzes, start running due jobs."""
    bot = app.bot
    await publish_profile(bot, app.bot_data[VOICE])
    s: Services = app.bot_data[SERVICES]
    await s.classroom.resume(app)
    now = dt.datetime.now(dt.timezone.utc)
    first = dt.timedelta(seconds=min(60.0, app.bot_data["reminder_check_seconds"]))
    # Every replica asks; the first one's jobs stand.
    s.store.jobs.schedule(REMINDERS_JOB, REMINDERS_JOB, {}, now + first, replace=False)
    s.store.jobs.schedule(FORGET_UPDATES_JOB, FORGET_UPDATES_JOB, {}, now + FORGET_UPDATES_EVERY, replace=False)
    app.bot_data[JOB_LOOP] = asyncio.create_task(run_due_jobs(app), name=JOB_LOOP)
    log.info("@%s is ready", bot.username)


async def _post_stop(app: Application) -> None:
    """Stop running due jobs: another replica (or the next start) runs them."""
    app.bot_data[SERVICES].classroom.counts.close()  # a live count waiting to be edited
    loop: asyncio.Task | None = app.bot_data.pop(JOB_LOOP, None)
    if loop is not None:
        loop.cancel()
        await asyncio.gather(loop, return_exceptions=True)


async def _post_shutdown(app: Application) -> None:
    await _post_stop(app)
    s: Services = app.bot_data[SERVICES]
    s.worker.shutdown(wait=True)


async def run_due_jobs(app: Application) -> None:
    """Forever: claim each due job from the database and run it (whichever replica is free)."""
    s: Services = app.bot_data[SERVICES]
    context = CallbackContext(app)
    while True:
        try:
            while (job := s.store.jobs.claim()) is not None:
                await _run_job(app, s, context, job)
        except Exception:  # noqa: BLE001 - a database hiccup must not end the loop
            log.exception("couldn't check for due jobs")
        await asyncio.sleep(JOB_CHECK_SECONDS)


async def _run_job(app: Application, s: Services, context: CallbackContext, job: DueJob) -> None:
    now = dt.datetime.now(dt.timezone.utc)

    async def remind() -> None:
        s.store.jobs.schedule(REMINDERS_JOB, REMINDERS_JOB, {},
                              now + dt.timedelta(seconds=app.bot_data["reminder_check_seconds"]))
        await reminders.send_reminders(context)

    async def forget_updates() -> None:
        s.store.jobs.schedule(FORGET_UPDATES_JOB, FORGET_UPDATES_JOB, {}, now + FORGET_UPDATES_EVERY)
        s.store.forget_updates_before(now - UPDATES_KEPT)

    kinds: dict[str, Callable[[], Awaitable[None]]] = {
        CLASS_QUIZ_JOB: lambda: s.classroom.run_job(app.bot, job.payload),
        REMINDERS_JOB: remind,
        FORGET_UPDATES_JOB: forget_updates,
    }
    run = kinds.get(job.kind)
    if run is None:
        log.warning("due job %s of unknown kind %r (from a newer textbot?); left alone", job.name, job.kind)
        return
    if job.kind == CLASS_QUIZ_JOB and not await app.bot_data[BACKLOG].handled(job.name):
        # Answers given in time may still wait at Telegram (the bot was down): read them first.
        s.store.jobs.retry(job, CATCH_UP_CHECK_SECONDS)
        return
    try:
        await run()
    except Exception:  # noqa: BLE001 - logged; the job is tried again
        log.exception("due job %s failed; trying again in %.0f s", job.name, JOB_RETRY_SECONDS)
        s.store.jobs.retry(job, JOB_RETRY_SECONDS)
        return
    s.store.jobs.done(job)


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
