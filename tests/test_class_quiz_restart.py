"""A class quiz across a real kill (SIGKILL) of `textbot serve` and a start on the same state:
answers Telegram kept while the bot was down count, and a question being sent when it died is
sent once, then counted and revealed."""

from __future__ import annotations

import asyncio
import time

import pytest
from conftest import make_settings
from fake_telegram import FakeTelegram, user
from fake_telegram_webhook import Webhooks
from replicas import start_replica
from serve_harness import ServeProcess, serve_env, start_serve
from telegram_harness import CLASS, TEACHER, TEACHER_ID, quiz_folder, set_up_class, tg  # noqa: F401 - the fixture

from bot.store import Store

GROUP = CLASS["id"]
SECONDS = 6
STUDENTS = [user(2000 + n, f"Student{n}") for n in range(30)]
STORE_WAIT_SECONDS = 15.0
REVEAL_TIMEOUT = 60.0  # a start (model, index) plus the question's time on a loaded machine


@pytest.fixture
def settings(searcher, index_settings, tmp_path) -> dict[str, str]:
    """TEXTBOT_* settings of the bot under test: the shared index, the test quiz, one state file."""
    return {"TEXTBOT_INDEX": str(index_settings.index_dir), "TEXTBOT_QUIZZES": str(quiz_folder(tmp_path)),
            "TEXTBOT_TEACHERS": str(TEACHER_ID), "TEXTBOT_CORPUS": str(make_settings(tmp_path).corpus_dir),
            "TEXTBOT_DB": str(tmp_path / "state.sqlite3")}


class Bot:
    """The bot process of one test: started, killed and started again on the same state."""

    def __init__(self, fake: FakeTelegram, settings: dict[str, str], folder) -> None:
        self.env = serve_env(fake, **settings)
        self.fake, self.folder, self.database = fake, folder, settings["TEXTBOT_DB"]
        self.starts = 0
        self.process: ServeProcess | None = None

    def start(self) -> None:
        self.starts += 1
        self.process = start_serve(self.fake, self.env, self.folder / f"serve-{self.starts}.log")

    def kill(self) -> None:
        assert self.process
        self.process.kill()

    def stop(self) -> None:
        if self.process:
            self.process.stop()

    def log(self) -> str:
        return "\n".join((self.folder / f"serve-{n}.log").read_text()[-3000:] for n in range(1, self.starts + 1))

    async def answers(self, index: int, count: int) -> list:
        return await stored_answers(self.database, index, count)


async def stored_answers(database: str, index: int, count: int) -> list:
    """The stored answers to question ``index``, once there are ``count`` of them (or time is up)."""
    store = Store(database)
    try:
        deadline = time.monotonic() + STORE_WAIT_SECONDS
        while True:
            run = store.active_class_run(GROUP)
            answers = store.class_answers(run.id, question_index=index) if run else []
            if len(answers) >= count or time.monotonic() > deadline:
                return answers
            await asyncio.sleep(0.1)
    finally:
        store.close()


@pytest.fixture
def bot(settings, tmp_path):
    with FakeTelegram() as fake:
        set_up_class(fake)
        under_test = Bot(fake, settings, tmp_path)
        under_test.start()
        try:
            yield under_test
        finally:
            under_test.stop()


def reveal_of(number: int):
    return lambda c: f"Question {number} of 4: the answer is" in c.text


async def wait_past(call, seconds: float) -> None:
    """Until ``seconds`` after the bot made ``call``."""
    await asyncio.sleep(max(0.0, call.at + seconds - time.monotonic()))


async def half_answer_then_kill(bot, question, number: int, answer) -> object:
    """Half the class answers question ``number``, the bot is killed, the other half answers while
    it is down, and it starts again once the question's time is up: the reveal it posts then."""
    for student in STUDENTS[:15]:
        answer(student)
    assert len(await bot.answers(number - 1, 15)) == 15
    bot.kill()
    for student in STUDENTS[15:]:  # in time: Telegram keeps them for the bot
        answer(student)
    await wait_past(question, SECONDS + 1)
    mark = bot.fake.mark()
    bot.start()
    [reveal] = await bot.fake.wait_for("sendMessage", chat_id=GROUP, since=mark, where=reveal_of(number),
                                       timeout=REVEAL_TIMEOUT)
    return reveal


async def test_votes_and_presses_telegram_kept_while_the_bot_was_killed_count(bot):
    fake = bot.fake
    mark = fake.mark()
    fake.group_message(CLASS, TEACHER, f"/classquiz tg-test {SECONDS}")
    [poll] = await fake.wait_for("sendPoll", chat_id=GROUP, since=mark, timeout=20)
    right = {s["id"] for s in STUDENTS[::3]} | {s["id"] for s in STUDENTS[1::3]}  # 20 of 30
    reveal = await half_answer_then_kill(bot, poll, 1, lambda s: fake.poll_answer(s, poll, [0 if s["id"] in right else 1]))
    assert "20 of 30 got it right" in reveal.text, bot.log()
    assert len(fake.find("sendPoll", chat_id=GROUP, where=lambda c: c.text == poll.text)) == 1  # not sent again

    # Question 3 asks for several answers in one poll: votes Telegram kept count as well.
    await fake.wait_for("sendPoll", chat_id=GROUP, where=lambda c: c.text != poll.text, timeout=REVEAL_TIMEOUT)
    mark = fake.mark()
    fake.group_message(CLASS, TEACHER, "/next")
    [question] = await fake.wait_for("sendPoll", chat_id=GROUP, since=mark,
                                     where=lambda c: "Question 3 of 4" in c.text, timeout=REVEAL_TIMEOUT)
    reveal = await half_answer_then_kill(bot, question, 3, lambda s: fake.poll_answer(s, question, [0, 1, 2]))
    assert "of 30 got it right" in reveal.text, bot.log()
    assert len(await bot.answers(2, 30)) == 30

    # Question 4 is answered by typed replies: the messages Telegram kept count too.
    mark = fake.mark()
    fake.group_message(CLASS, TEACHER, "/next")
    [question] = await fake.wait_for("sendMessage", chat_id=GROUP, since=mark,
                                     where=lambda c: "Question 4 of 4" in c.text, timeout=REVEAL_TIMEOUT)
    reveal = await half_answer_then_kill(
        bot, question, 4, lambda s: fake.group_message(CLASS, s, "sovereign states", reply_to=fake.message(question)))
    assert "of 30 got it right" in reveal.text, bot.log()
    assert len(await bot.answers(3, 30)) == 30

async def test_a_question_whose_sending_was_killed_is_sent_once_then_counted_and_revealed(bot):
    fake = bot.fake
    mark = fake.mark()
    fake.group_message(CLASS, TEACHER, f"/classquiz tg-test {SECONDS * 5}")
    [poll] = await fake.wait_for("sendPoll", chat_id=GROUP, since=mark, timeout=20)
    fake.poll_answer(STUDENTS[0], poll, [0])
    assert len(await bot.answers(0, 1)) == 1

    fake.fail_for("sendPoll", 3.0)  # Telegram is down while question 2 goes out ...
    mark = fake.mark()
    fake.group_message(CLASS, TEACHER, "/next")
    await fake.wait_for("sendMessage", chat_id=GROUP, since=mark, where=reveal_of(1))
    await fake.wait_for("sendPoll", chat_id=GROUP, since=mark, ok=False)
    bot.kill()  # ... and the bot dies retrying it
    await asyncio.sleep(3.0)
    mark = fake.mark()
    bot.start()
    [poll2] = await fake.wait_for("sendPoll", chat_id=GROUP, since=mark, timeout=REVEAL_TIMEOUT)
    assert "True or false" in poll2.text, bot.log()
    for student in STUDENTS[:3]:
        fake.poll_answer(student, poll2, [1])
    assert len(await bot.answers(1, 3)) == 3
    mark_next = fake.mark()
    fake.group_message(CLASS, TEACHER, "/next")
    [reveal] = await fake.wait_for("sendMessage", chat_id=GROUP, since=mark_next, where=reveal_of(2))
    assert "3 of 3 got it right" in reveal.text
    await fake.wait_idle(settle=1.0)
    assert len(fake.find("sendPoll", chat_id=GROUP, since=mark, where=lambda c: c.text == poll2.text)) == 1
    assert not fake.find("sendMessage", chat_id=GROUP, where=lambda c: "Question 2 of 4: the answer is" in c.text
                         and c.at < poll2.at)  # never revealed before it was asked


async def test_after_a_failed_send_next_sends_the_question_rather_than_skip_it(tg):
    set_up_class(tg.fake)
    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, TEACHER, "/classquiz tg-test 30")
    [poll] = await tg.fake.wait_for("sendPoll", chat_id=GROUP, since=mark)
    tg.fake.fail_next("sendPoll", status=400, description="Bad Request: something unexpected")
    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, TEACHER, "/next")
    await tg.fake.wait_for("sendMessage", chat_id=GROUP, since=mark, where=lambda c: "went wrong" in c.text)
    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, TEACHER, "/next")  # the teacher tries again
    [poll2] = await tg.fake.wait_for("sendPoll", chat_id=GROUP, since=mark)
    assert "True or false" in poll2.text
    await tg.fake.wait_idle()
    assert not tg.fake.find("sendMessage", chat_id=GROUP, where=reveal_of(2))  # not revealed unasked
    tg.fake.poll_answer(STUDENTS[0], poll2, [1])
    await tg.fake.wait_idle()
    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, TEACHER, "/next")
    [reveal] = await tg.fake.wait_for("sendMessage", chat_id=GROUP, since=mark, where=reveal_of(2))
    assert "1 of 1 got it right" in reveal.text


async def test_behind_a_webhook_the_reveal_waits_for_the_votes_telegram_still_holds(postgres, settings, tmp_path):
    env = {k: v for k, v in settings.items() if k != "TEXTBOT_DB"}
    database = postgres.new_database()
    with FakeTelegram() as fake:
        set_up_class(fake)
        replica = start_replica(fake, database, env, tmp_path / "replica-1.log")
        try:
            hooks = Webhooks(fake, [replica.url])
            mark = fake.mark()
            fake.group_message(CLASS, TEACHER, f"/classquiz tg-test {SECONDS}")
            await hooks.deliver()
            [poll] = await fake.wait_for("sendPoll", chat_id=GROUP, since=mark, timeout=20)
            for student in STUDENTS[:5]:
                fake.poll_answer(student, poll, [0])
                await hooks.deliver()
            assert len(await stored_answers(database, 0, 5)) == 5
            replica.kill()
            for student in STUDENTS[5:10]:  # Telegram holds these: nobody takes them now
                fake.poll_answer(student, poll, [0])
            await wait_past(poll, SECONDS + 1)
            replica = start_replica(fake, database, env, tmp_path / "replica-2.log")
            hooks = Webhooks(fake, [replica.url])
            await asyncio.sleep(3.0)  # Telegram's next delivery attempt comes a while later
            assert not fake.find("sendMessage", chat_id=GROUP, where=reveal_of(1))
            for update in fake.updates[-5:]:
                assert await hooks.deliver(update) == 200
            [reveal] = await fake.wait_for("sendMessage", chat_id=GROUP, where=reveal_of(1), timeout=20)
            assert "10 of 10 got it right" in reveal.text, replica.log.read_text()[-3000:]
        finally:
            replica.stop()
