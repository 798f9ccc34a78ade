"""Private chat: /start, /help, questions, /more, paragraphs, /sources."""

from __future__ import annotations

from telegram_harness import ALICE, BOB, bot  # noqa: F401 - the fixture

USER = ALICE["id"]


async def test_start_greets_with_example_questions_as_buttons(bot):
    mark = bot.fake.mark()
    bot.fake.private_message(ALICE, "/start")
    sent = await bot.fake.wait_for("sendMessage", chat_id=USER, since=mark, count=2)
    texts = " ".join(c.text for c in sent)
    assert "word for word" in texts
    labels = [b["text"] for c in sent for b in c.buttons]
    assert "What is cyber sovereignty?" in labels
    assert bot.store.has_started(USER)
    commands = bot.fake.find("setMyCommands")
    assert {c["command"] for c in commands[0].params["commands"]} >= {"quiz", "review", "forget", "score"}
