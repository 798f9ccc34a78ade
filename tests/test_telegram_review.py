"""/review (FSRS spaced repetition of missed questions) and /forget; /reminders is in test_telegram_reminders.py."""

from __future__ import annotations

import datetime as dt

from telegram_harness import ALICE, tg  # noqa: F401 - the fixture

USER = ALICE["id"]


async def miss_the_first_question(tg):
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "/quiz tg-test")
    [poll] = await tg.fake.wait_for("sendPoll", chat_id=USER, since=mark)
    mark = tg.fake.mark()
    tg.fake.poll_answer(ALICE, poll, [2])  # netizens
    await tg.fake.wait_for("sendPoll", chat_id=USER, since=mark)
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "/cancel")
    await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark, where=lambda c: c.text.startswith("Quiz stopped"))


async def test_a_missed_question_comes_back_for_review_when_fsrs_says_so(tg):
    await miss_the_first_question(tg)
    item = tg.store.review_item(USER, "tg-test", "sovereign")
    assert item is not None and item.due > dt.datetime.now(dt.timezone.utc)  # FSRS: again in a minute
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "/review")
    [reply] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    assert "Nothing to review right now" in reply.text and "in 1 minute" in reply.text

    # The card is due once its time has come:
    tg.store._write("UPDATE reviews SET due = ?", ((dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=1)).isoformat(),))
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "/review")
    intro, question = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark, count=2)
    assert "1 question you got wrong" in intro.text
    mark = tg.fake.mark()
    right = next(b["text"] for b in question.buttons if b["text"].endswith("sovereign states"))  # shuffled
    tg.fake.press(ALICE, question, label=right)
    feedback, done = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark, count=2)
    assert feedback.text.startswith("Right!") and "Next time you see this" in feedback.text
    assert "Review done: 1/1" in done.text
    assert tg.store.review_item(USER, "tg-test", "sovereign").due > dt.datetime.now(dt.timezone.utc)


async def test_forget_deletes_everything_about_the_user(tg):
    await miss_the_first_question(tg)
    assert tg.store.review_item(USER, "tg-test", "sovereign") is not None
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "/forget")
    [confirm] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    tg.fake.press(ALICE, confirm, label="Yes, delete it all")
    [edited] = await tg.fake.wait_for("editMessageText", chat_id=USER, since=mark)
    assert "deleted everything" in edited.text
    assert tg.store.review_item(USER, "tg-test", "sovereign") is None
    assert not tg.store.has_started(USER)
    assert tg.store.get(f"scores:{USER}") is None and tg.store.get(f"search:{USER}") is None
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "/score")
    [reply] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    assert "No scores yet" in reply.text
