"""How many messages a private quiz costs a student (not a test): one student takes a whole quiz.

The real bot (PTB Application, polling) runs against the fake Bot API server of
tests/fake_telegram.py. A simulated student sends /quiz ID and answers every question as it
comes: a quiz poll by voting for its first option, buttons by pressing the first option (and
Done where there is one), an ordering by typing the order shown, a typed question by typing a word. Counted from /quiz to the end of
the quiz: new messages the bot sends (sendMessage, sendPoll) and messages it edits in place.
Quizzes are answered without a search, so no model or index is loaded.

    python bench/bench_quiz_messages.py                       # the shipped quizzes
    python bench/bench_quiz_messages.py chinadaily-2022 themes
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"

from fake_telegram import TOKEN, Call, FakeTelegram, user  # noqa: E402

from bot.chat.conversation import Conversation  # noqa: E402
from bot.quiz.library import load_quizzes  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.store import Store  # noqa: E402
from bot.telegram.app import build_app  # noqa: E402
from bot.texts.corpus import load_corpus  # noqa: E402

STUDENT = user(4242, "Student")
SENT = ("sendMessage", "sendPoll", "sendDocument", "sendPhoto")
EDITED = ("editMessageText", "editMessageReplyMarkup")
MAX_STEPS = 400


class NoSearch:
    """The conversation's searcher, for a run that only takes quizzes."""

    def __init__(self, documents: dict) -> None:
        self.documents = documents

    def search(self, question: str, **_: object):
        raise AssertionError(f"the benchmark searched for {question!r}")

    def cite(self, quote: object) -> str:
        raise AssertionError("the benchmark cited a search result")


def buttons(call: Call, fake: FakeTelegram) -> list[str]:
    current = fake.message(call)
    return [b["text"] for row in (current.get("reply_markup") or {}).get("inline_keyboard", []) for b in row]


async def take_quiz(fake: FakeTelegram, quiz_id: str) -> tuple[int, int, int]:
    """(questions answered, messages sent, messages edited) for one whole quiz."""
    mark = step = fake.mark()
    fake.private_message(STUDENT, f"/quiz {quiz_id}")
    answered = 0
    handled: set[int] = set()
    for _ in range(MAX_STEPS):
        await fake.wait_for(chat_id=STUDENT["id"], since=step)  # the bot's answer to the last step
        await fake.wait_idle(settle=0.4)
        calls = fake.find(chat_id=STUDENT["id"], since=mark)
        if any("Quiz finished" in c.text for c in calls):
            break
        asking = [c for c in calls if c.method in ("sendPoll", "sendMessage") and id(c) not in handled
                  and (c.method == "sendPoll" or c.text.startswith("Question "))]
        if not asking:
            raise AssertionError(f"no question to answer; the bot said {[(c.method, c.status, c.text[:60], c.error) for c in fake.find(since=mark, ok=None)[-6:]]}")
        question = asking[-1]
        handled.add(id(question))
        answered += 1
        step = fake.mark()
        if question.method == "sendPoll":
            fake.poll_answer(STUDENT, question, [0])
            continue
        labels = buttons(question, fake)
        if not labels:
            fake.private_message(STUDENT, "sovereignty")
            continue
        if "Clear" in labels and "Done" not in labels:  # an ordering: typed, the order as shown
            fake.private_message(STUDENT, " ".join(str(n) for n in range(1, len(labels))))
            continue
        fake.press(STUDENT, question, label=labels[0])
        if "Done" in labels:
            await fake.wait_idle(settle=0.4)
            fake.press(STUDENT, question, label="Done")
    else:
        raise AssertionError("the quiz did not end")
    calls = fake.find(chat_id=STUDENT["id"], since=mark)
    return answered, sum(c.method in SENT for c in calls), sum(c.method in EDITED for c in calls)


async def main(quiz_ids: list[str]) -> None:
    logging.basicConfig(level=logging.WARNING)
    env = Settings.from_env({}, root=ROOT)
    documents = load_corpus(env.corpus_dir)
    library = load_quizzes(env.quizzes_dir, documents)
    quiz_ids = quiz_ids or [quiz.id for quiz in library]
    print("| quiz | questions | messages sent | per question | messages edited |")
    print("|---|---|---|---|---|")
    for quiz_id in quiz_ids:
        with tempfile.TemporaryDirectory() as tmp, FakeTelegram() as fake:
            settings = Settings.from_env({"TEXTBOT_DB": str(Path(tmp) / "bench.sqlite3"),
                                          "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": fake.url}, root=ROOT)
            store = Store(settings.database)
            app = build_app(settings, Conversation(NoSearch(documents), library, store), store)  # type: ignore[arg-type]
            await app.initialize()
            if app.post_init:
                await app.post_init(app)
            await app.start()
            assert app.updater
            await app.updater.start_polling(poll_interval=0.0, timeout=1)
            try:
                answered, sent, edited = await take_quiz(fake, quiz_id)
            finally:
                await app.updater.stop()
                await app.stop()
                if app.post_stop:
                    await app.post_stop(app)
                await app.shutdown()
                if app.post_shutdown:
                    await app.post_shutdown(app)
                store.close()
        print(f"| {quiz_id} | {answered} | {sent} | {sent / answered:.2f} | {edited} |", flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("quizzes", nargs="*", help="quiz ids (default: every shipped quiz)")
    asyncio.run(main(parser.parse_args().quizzes))
