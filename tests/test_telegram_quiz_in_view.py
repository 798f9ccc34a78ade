"""A private quiz stays private and in view: group messages never answer it; /quiz shows its question again."""

from __future__ import annotations

from fake_telegram import BOT_USERNAME
from telegram_harness import ALICE, CLASS, set_up_class, tg  # noqa: F401 - the fixture

USER = ALICE["id"]


async def start_quiz(tg):
    """/quiz tg-test: its first question, a quiz poll."""
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "/quiz tg-test")
    [poll] = await tg.fake.wait_for("sendPoll", chat_id=USER, since=mark)
    return poll


async def test_a_group_message_is_not_taken_as_a_private_quiz_answer(tg):
    set_up_class(tg.fake)
    question = await start_quiz(tg)
    assert question.result["poll"]["question"].startswith("1/4. ")
    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, ALICE, f"@{BOT_USERNAME} 1")
    await tg.fake.wait_for("sendMessage", chat_id=CLASS["id"], since=mark)
    await tg.fake.wait_idle()
    assert not tg.fake.find(chat_id=USER, since=mark)  # no feedback, no next question
    assert not any(c.text.startswith(("Right!", "Not right", "Question")) for c in tg.fake.find(since=mark))
    assert tg.store.get(f"session:{USER}")["index"] == 0
    mark = tg.fake.mark()
    tg.fake.poll_answer(ALICE, question, [0])  # the quiz goes on where it was
    [second] = await tg.fake.wait_for("sendPoll", chat_id=USER, since=mark)
    assert second.result["poll"]["question"].startswith("2/4. ")
    assert tg.store.get(f"session:{USER}")["records"][0]["credit"] == 1.0


async def test_quiz_with_a_running_quiz_shows_its_question_again(tg):
    question = await start_quiz(tg)
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "/quiz")
    [note] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    [again] = await tg.fake.wait_for("sendPoll", chat_id=USER, since=mark)
    assert "is running" in note.text and "/cancel" in note.text
    assert again.result["poll"]["question"] == question.result["poll"]["question"]
    mark = tg.fake.mark()
    tg.fake.poll_answer(ALICE, again, [0])  # the poll asked again answers the question
    [second] = await tg.fake.wait_for("sendPoll", chat_id=USER, since=mark)
    assert second.result["poll"]["question"].startswith("2/4. ")
    mark = tg.fake.mark()
    tg.fake.poll_answer(ALICE, question, [1])  # the first poll of it no longer counts
    await tg.fake.wait_idle()
    assert not tg.fake.find("sendPoll", chat_id=USER, since=mark)
    assert [r["credit"] for r in tg.store.get(f"session:{USER}")["records"]] == [1.0]


async def test_after_a_lost_feedback_the_old_buttons_say_the_answer_counts_and_quiz_shows_the_question(tg):
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "/quiz tg-buttons")
    [question] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark,
                                        where=lambda c: c.text.startswith("Question 1 of 2"))
    # The feedback and the next question never arrive (Telegram refused them; a kill after the
    # answer was saved leaves the student the same way).
    tg.fake.fail_next("editMessageText", status=400, description="Bad Request: something unexpected", chat_id=USER)
    tg.fake.fail_next("sendMessage", status=400, description="Bad Request: something unexpected", chat_id=USER)
    mark = tg.fake.mark()
    tg.fake.press(ALICE, question, label="2. Nothing at all")
    await tg.fake.wait_for("editMessageText", chat_id=USER, since=mark, ok=False)
    await tg.fake.wait_idle()
    assert tg.store.get(f"session:{USER}")["index"] == 1  # the answer was recorded
    assert "reply_markup" in tg.fake.message(question)  # the old buttons are all she sees
    mark = tg.fake.mark()
    first = tg.fake.message(question)["reply_markup"]["inline_keyboard"][0][0]
    tg.fake.press(ALICE, question, data=first["callback_data"])
    [toast] = await tg.fake.wait_for("answerCallbackQuery", since=mark)
    assert "your answer to it is recorded" in toast.params["text"] and "/quiz" in toast.params["text"]
    assert "nothing was recorded" not in toast.params["text"]
    assert len(tg.store.get(f"session:{USER}")["records"]) == 1  # and this press changed nothing
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "/quiz")
    await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark, where=lambda c: c.text.startswith("Question 2 of 2"))
