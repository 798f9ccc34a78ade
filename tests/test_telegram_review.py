"""/review (FSRS spaced repetition of missed questions), /reminders, /forget."""

from __future__ import annotations

import asyncio
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
    await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)


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


async def run_reminder_check_now(tg) -> None:
    """Make the reminder check (a due job in the database) due now, and wait until it has run."""
    now = dt.datetime.now(dt.timezone.utc)
    tg.store.jobs.schedule("reminders", "reminders", {}, now)
    for _ in range(200):
        if tg.store.jobs.due_at("reminders") > now:  # it ran, and put itself back for later
            await tg.fake.wait_idle(settle=0.2)
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the reminder check did not run")


async def test_daily_reminder_goes_out_once_and_can_be_turned_off(tg):
    await miss_the_first_question(tg)
    tg.store._write("UPDATE reviews SET due = ?", ((dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=1)).isoformat(),))
    tg.store._write("UPDATE reminders SET hour = 0")

    mark = tg.fake.mark()
    await run_reminder_check_now(tg)
    await run_reminder_check_now(tg)  # once a day only
    sent = tg.fake.find("sendMessage", chat_id=USER, since=mark)
    assert len(sent) == 1 and "1 question to review" in sent[0].text

    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "/reminders off")
    [reply] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    assert "reminders are off" in reply.text
    tg.store._write("UPDATE reminders SET last_sent = NULL")
    mark = tg.fake.mark()
    await run_reminder_check_now(tg)
    assert not tg.fake.find("sendMessage", chat_id=USER, since=mark)


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
