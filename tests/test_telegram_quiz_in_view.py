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
