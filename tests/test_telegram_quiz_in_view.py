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


async def test_after_a_lost_feedback_the_old_buttons_say_the_answer_counts_and_show_the_question(tg):
    question = await start_quiz(tg)
    # The feedback and the next question never arrive (Telegram refused them; a kill after the
    # answer was saved leaves the student the same way).
    tg.fake.fail_next("sendMessage", status=400, description="Bad Request: something unexpected", chat_id=USER)
    mark = tg.fake.mark()
    tg.fake.press(ALICE, question, label="1. sovereign states")
    [sorry] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    assert "went wrong" in sorry.text
    assert tg.store.get(f"session:{USER}")["index"] == 1  # the answer was recorded
    mark = tg.fake.mark()
    tg.fake.press(ALICE, question, label="2. internet companies")  # the old buttons are all she sees
    [note] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    assert "your answer to it is recorded" in note.text and "nothing was recorded" not in note.text
    assert tg.store.get(f"session:{USER}")["index"] == 1  # and this press changed nothing
    mark = tg.fake.mark()
    tg.fake.press(ALICE, note, label="Continue with question 2")
    [again] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    assert again.text.startswith("Question 2 of 4")
    mark = tg.fake.mark()
    tg.fake.press(ALICE, again, label="2. False")
    feedback, third = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark, count=2)
    assert feedback.text.startswith("Right!") and third.text.startswith("Question 3 of 4")
