"""A private quiz stays private and in view: group messages never answer it; /quiz shows its question again."""

from __future__ import annotations

from fake_telegram import BOT_USERNAME
from telegram_harness import ALICE, CLASS, set_up_class, tg  # noqa: F401 - the fixture

USER = ALICE["id"]


async def start_quiz(tg):
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "/quiz tg-test")
    sent = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark, count=2)
    return sent[-1]


async def test_a_group_message_is_not_taken_as_a_private_quiz_answer(tg):
    set_up_class(tg.fake)
    question = await start_quiz(tg)
    assert question.text.startswith("Question 1 of 4")
    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, ALICE, f"@{BOT_USERNAME} 1")
    await tg.fake.wait_for("sendMessage", chat_id=CLASS["id"], since=mark)
    await tg.fake.wait_idle()
    assert not tg.fake.find("sendMessage", chat_id=USER, since=mark)  # no feedback, no next question
    assert not any(c.text.startswith(("Right!", "Not right", "Question")) for c in tg.fake.find(since=mark))
    assert tg.store.get(f"session:{USER}")["index"] == 0
    mark = tg.fake.mark()
    tg.fake.press(ALICE, question, label="1. sovereign states")  # the quiz goes on where it was
    feedback, _ = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark, count=2)
    assert feedback.text.startswith("Right!")


async def test_quiz_with_a_running_quiz_shows_its_question_again(tg):
    question = await start_quiz(tg)
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "/quiz")
    note, again = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark, count=2)
    assert "is running" in note.text and "/cancel" in note.text
    assert again.text == question.text
    mark = tg.fake.mark()
    tg.fake.press(ALICE, again, label="1. sovereign states")  # its buttons answer the question
    feedback, second = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark, count=2)
    assert feedback.text.startswith("Right!") and second.text.startswith("Question 2 of 4")
