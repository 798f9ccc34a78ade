"""The real PTB Application, polling the fake Telegram server: fixtures for tests/test_telegram_*.py."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import QUIZZES_DIR, make_settings
from fake_telegram import TOKEN, FakeTelegram, group, user
from telegram.ext import Application

from bot.chat.conversation import Conversation
from bot.quiz.library import load_quizzes
from bot.settings import Settings
from bot.store import Store
from bot.telegram.app import build_app
from bot.telegram.classquiz import ClassroomOptions

POLL_TIMEOUT = 1  # seconds the fake holds a getUpdates open: short, so stopping is quick
TEACHER_ID = 900  # in TEXTBOT_TEACHERS

ALICE = user(101, "Alice", username="alice")
BOB = user(102, "Bob")
CAROL = user(103, "Carol", last_name="Chen")
DAN = user(104, "Dan")
TEACHER = user(TEACHER_ID, "Ms", last_name="Teacher")
ADMIN = user(905, "Group", last_name="Admin")
CLASS = group(-1001, "Class 7B")

# A quiz written for these tests: one question of each way a class quiz asks (poll,
# poll, buttons, typed reply), with markup-like text that must come back as text.
TEST_QUIZ = """\
id: tg-test
title: "Telegram <test> & quiz"
description: "Questions with <b>markup</b> & <script>alert(1)</script> in them."
seconds_per_question: 30
shuffle_options: false
questions:
  - id: sovereign
    kind: single
    prompt: "According to the China Daily article (2022), whose influence can global digital governance not ignore? <b>x</b> & <script>alert(1)</script>"
    options: ["sovereign states", "internet companies", "netizens"]
    answer: "sovereign states"
    explanation: "The article opens with this sentence."
    source:
      doc: chinadaily-2022
      quote: "Global digital governance cannot ignore the important influence of sovereign states on the digital world."
  - id: no-borders
    kind: true_false
    prompt: "True or false: according to the China Daily article (2022), because there are no borders in cyberspace, it is not regulated by sovereign states."
    answer: false
    explanation: "It is collectively regulated by sovereign states."
    source:
      doc: chinadaily-2022
      quote: "Although there are no borders in cyberspace, it is collectively regulated by sovereign states"
  - id: data-control
    kind: multiple
    prompt: "According to the China Daily article (2022), sovereign states control which aspects of data? Select all that apply."
    options: ["Generation", "Collection", "Utilization", "Encryption"]
    answer: ["Generation", "Collection", "Utilization"]
    explanation: "Control of data is how sovereign states regulate cyberspace."
    source:
      doc: chinadaily-2022
      quote: "which can intervene in the generation and flow of information by controlling the generation, collection and utilization of data"
  - id: typed
    kind: short
    prompt: "According to the China Daily article (2022), global digital governance cannot ignore the important influence of whom? Type it."
    answer: ["sovereign states"]
    explanation: "The first sentence of the article."
    source:
      doc: chinadaily-2022
      quote: "Global digital governance cannot ignore the important influence of sovereign states on the digital world."
"""


# A quiz of questions no quiz poll can ask, so a private quiz asks them with buttons: an
# option over Telegram's 100 characters, and an ordering.
BUTTON_QUIZ = """\
id: tg-buttons
title: "Buttons"
description: "Questions a poll can't carry."
shuffle_options: false
questions:
  - id: long-option
    kind: single
    prompt: "According to the China Daily article (2022), what can global digital governance not ignore?"
    options:
      - "The important influence of sovereign states on the digital world, which the article names in its very first sentence"
      - "Nothing at all"
    answer: "The important influence of sovereign states on the digital world, which the article names in its very first sentence"
    explanation: "The article opens with this sentence."
    source:
      doc: chinadaily-2022
      quote: "Global digital governance cannot ignore the important influence of sovereign states on the digital world."
  - id: order
    kind: ordering
    prompt: "Put these in order, as Zhi Zhenfeng (2016) dates them."
    items:
      - {text: "First World Internet Conference in Wuzhen", date: "2014-11"}
      - {text: "Second World Internet Conference", date: "2015-12"}
    explanation: "November 2014; December 2015."
    source:
      doc: zhi-2016
      quote: "The first World Internet Conference was held in Wuzhen in November 2014. The second session, held in December 2015, is larger and has a higher profile."
"""


@dataclass
class BotUnderTest:
    """The fake server, the running bot and its state."""

    fake: FakeTelegram
    settings: Settings
    searcher: object
    store: Store
    app: Application

    async def start(self) -> None:
        library = load_quizzes(self.settings.quizzes_dir, self.searcher.documents)  # type: ignore[attr-defined]
        conversation = Conversation(self.searcher, library, self.store)  # type: ignore[arg-type]
        self.app = build_app(self.settings, conversation, self.store, classroom_options=ClassroomOptions(pause=0))
        await self.app.initialize()
        if self.app.post_init:  # run_polling() would call it; we drive the steps ourselves
            await self.app.post_init(self.app)
        await self.app.start()
        assert self.app.updater
        await self.app.updater.start_polling(poll_interval=0.0, timeout=POLL_TIMEOUT)

    async def stop(self) -> None:
        if self.app.updater and self.app.updater.running:
            await self.app.updater.stop()
        if self.app.running:
            await self.app.stop()
        if self.app.post_stop:
            await self.app.post_stop(self.app)
        await self.app.shutdown()
        if self.app.post_shutdown:
            await self.app.post_shutdown(self.app)

    async def restart(self) -> None:
        """Stop the bot and start a new Application on the same database: a process restart."""
        await self.stop()
        self.store.close()
        self.store = Store(self.settings.database)
        await self.start()


def quiz_folder(tmp_path: Path) -> Path:
    """The shipped quizzes plus the test quizzes."""
    folder = tmp_path / "quizzes"
    shutil.copytree(QUIZZES_DIR, folder)
    (folder / "tg-test.yaml").write_text(TEST_QUIZ, encoding="utf-8")
    (folder / "tg-buttons.yaml").write_text(BUTTON_QUIZ, encoding="utf-8")
    return folder


@asynccontextmanager
async def running_bot(searcher, index_settings, tmp_path: Path, **env: object) -> AsyncIterator[BotUnderTest]:
    """A running bot against a fresh fake Telegram and a fresh database; ``env`` overrides settings."""
    with FakeTelegram() as fake:
        settings = make_settings(
            tmp_path,
            TEXTBOT_INDEX=index_settings.index_dir,
            TEXTBOT_QUIZZES=quiz_folder(tmp_path),
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_API_URL=fake.url,
            TEXTBOT_TEACHERS=str(TEACHER_ID),
            **env,
        )
        under_test = BotUnderTest(fake, settings, searcher, Store(settings.database), app=None)  # type: ignore[arg-type]
        await under_test.start()
        try:
            yield under_test
        finally:
            await under_test.stop()
            under_test.store.close()


@pytest.fixture
async def tg(searcher, index_settings, tmp_path) -> AsyncIterator[BotUnderTest]:
    """A running bot against a fresh fake Telegram and a fresh database."""
    async with running_bot(searcher, index_settings, tmp_path) as under_test:
        yield under_test


def set_up_class(fake: FakeTelegram) -> None:
    """The class group: its owner is an admin, the teacher is a member listed in TEXTBOT_TEACHERS,
    and four students (seven members with the bot)."""
    fake.set_admins(CLASS, owner=ADMIN)
    fake.set_members(CLASS, (TEACHER, ALICE, BOB, CAROL, DAN))


async def start_private_quiz(tg: BotUnderTest, quiz_id: str, *, student: dict = ALICE):
    """/quiz ID in the student's private chat: its first question (a quiz poll, or a message with buttons)."""
    mark = tg.fake.mark()
    tg.fake.private_message(student, f"/quiz {quiz_id}")
    [asked] = await tg.fake.wait_for(chat_id=student["id"], since=mark, where=lambda c: c.method == "sendPoll"
                                     or c.method == "sendMessage" and c.text.startswith("Question 1"))
    return asked
