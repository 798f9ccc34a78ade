"""The bot's face in Telegram: its profile texts and command menus, set from the corpus's voice."""

from __future__ import annotations

import logging

from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllChatAdministrators,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
)
from telegram.ext import ContextTypes

from ..texts.voice import Voice

log = logging.getLogger(__name__)

VOICE = "voice"  # key in application.bot_data
EXAMPLES_INVITATION = "Try one of these questions:"
PRIVATE_COMMANDS = (
    ("start", "what I can do"),
    ("help", "what I can do, with example questions"),
    ("ask", "/ask QUESTION: what the texts say"),
    ("more", "more quotations for the last question"),
    ("sources", "the texts I quote from"),
    ("quiz", "the quizzes; /quiz ID starts one"),
    ("cancel", "stop the running quiz or review"),
    ("score", "your results"),
    ("review", "practise what you got wrong"),
    ("reminders", "daily review reminder at your hour, or off"),
    ("forget", "delete everything I store about you"),
)
GROUP_COMMANDS = (
    ("ask", "/ask QUESTION: what the texts say"),
    ("help", "what I can do"),
)
# Only a group's administrators see these in the menu (teachers who are not admins can still type them).
TEACHER_COMMANDS = (
    ("classquiz", "run a quiz with the class: /classquiz [ID] [SECONDS]"),
    ("next", "reveal the answer and move on"),
    ("stop", "end the class quiz"),
)


def voice(context: ContextTypes.DEFAULT_TYPE) -> Voice:
    """The corpus's voice, loaded once in build_app."""
    return context.bot_data.get(VOICE) or Voice()


def greeting(spoken: Voice) -> str:
    """The /start greeting, inviting the example questions when there are any."""
    return f"{spoken.greeting}\n\n{EXAMPLES_INVITATION}" if spoken.examples else spoken.greeting


async def publish_profile(bot: Bot, spoken: Voice) -> None:
    """Set the description (empty chat), the short description (profile) and the menus per scope."""
    await bot.set_my_description(spoken.description)
    await bot.set_my_short_description(spoken.short_description)
    menus = (
        (BotCommandScopeAllPrivateChats(), PRIVATE_COMMANDS),
        (BotCommandScopeAllGroupChats(), GROUP_COMMANDS),
        (BotCommandScopeAllChatAdministrators(), GROUP_COMMANDS + TEACHER_COMMANDS),
    )
    for scope, commands in menus:
        await bot.set_my_commands([BotCommand(name, text) for name, text in commands], scope=scope)
    log.info("profile and command menus published")
