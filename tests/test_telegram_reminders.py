"""/reminders: the daily review reminder at the student's own hour and time zone, through the
real Application against the fake Bot API; and the note when a first miss turns it on."""

from __future__ import annotations

import asyncio
import datetime as dt

from telegram_harness import ALICE, tg  # noqa: F401 - the fixture
from test_telegram_review import miss_the_first_question

USER = ALICE["id"]


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


def a_day_passes(tg) -> None:
    """Yesterday's reminder was the last one sent: today's may go once its time has come."""
    tg.store._write("UPDATE reminders SET last_sent = '2000-01-01'")


def make_a_review_due(tg) -> None:
    tg.store._write("UPDATE reviews SET due = ?", ((dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=1)).isoformat(),))


def clock(offset_minutes: int) -> str:
    """What a clock at that UTC offset reads now."""
    now = dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=offset_minutes)
    return now.strftime("%H:%M")


def offset_for_local_noon() -> int:
    """The whole-hour offset at which it is now between 11:30 and 12:30 (from UTC-12 to UTC+12)."""
    now = dt.datetime.now(dt.timezone.utc)
    hours = round((12 * 60 - (now.hour * 60 + now.minute)) / 60)
    return (hours + 12) % 24 * 60 - 12 * 60


async def reminders_command(tg, text: str):
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, text)
    [reply] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    return reply


async def test_the_first_miss_turns_reminders_on_and_says_how_to_change_them(tg):
    mark = tg.fake.mark()
    await miss_the_first_question(tg)
    texts = [c.text for c in tg.fake.find("sendMessage", chat_id=USER, since=mark)]
    # A quiz poll shows the verdict itself: the note ends the message that follows the vote.
    [feedback] = [t for t in texts if "daily reminder" in t]
    assert "18:00 UTC" in feedback and "/reminders 7pm" in feedback and "/reminders off" in feedback
    assert tg.store.reminder(USER).enabled
    # Only the first miss says so.
    mark = tg.fake.mark()
    await miss_the_first_question(tg)
    assert not [c for c in tg.fake.find("sendMessage", chat_id=USER, since=mark) if "daily reminder" in c.text]


async def test_picking_a_time_by_button_then_the_time_zone_by_the_clock(tg):
    menu = await reminders_command(tg, "/reminders")
    assert "reminders are off" in menu.text
    assert {"07:00", "18:00", "21:00", "My time zone", "Turn on"} <= {b["text"] for b in menu.buttons}

    mark = tg.fake.mark()
    tg.fake.press(ALICE, menu, label="19:00")
    [edited] = await tg.fake.wait_for("editMessageText", chat_id=USER, since=mark)
    assert "on: at 19:00 UTC" in edited.text and "What time is it for you now?" in edited.text
    # The clock grid: the time it is now in every time zone, one of which is Alice's (UTC+8).
    labels = [b["text"] for b in edited.buttons]
    assert labels == sorted(labels) and len(labels) == 24 + 12  # whole hours, and the half and quarter hours in use
    [alice] = [b["text"] for b in edited.buttons if b["callback_data"] == "rem:tz:480"]
    assert alice in (clock(480), clock(479))  # (a minute may have turned since it was sent)

    mark = tg.fake.mark()
    tg.fake.press(ALICE, edited, label=alice)
    [again] = await tg.fake.wait_for("editMessageText", chat_id=USER, since=mark)
    assert "at 19:00 your time (UTC+8)" in again.text
    [toast] = tg.fake.find("answerCallbackQuery", since=mark)
    assert "19:00 your time" in toast.params["text"]
    setting = tg.store.reminder(USER)
    assert (setting.enabled, setting.at, setting.utc_offset) == (True, 19 * 60, 480)
    assert not tg.fake.find("sendMessage", chat_id=USER, since=mark)  # edited in place, nothing new

    mark = tg.fake.mark()
    tg.fake.press(ALICE, again, label="Turn off")
    [off] = await tg.fake.wait_for("editMessageText", chat_id=USER, since=mark)
    assert "reminders are off" in off.text and not tg.store.reminder(USER).enabled


async def test_typed_times_and_time_zones(tg):
    reply = await reminders_command(tg, "/reminders 7:30pm UTC-3")
    assert "at 19:30 your time (UTC-3)" in reply.text
    reply = await reminders_command(tg, f"/reminders now {clock(330)}")  # India: UTC+5:30
    assert "at 19:30 your time (UTC+5:30)" in reply.text
    reply = await reminders_command(tg, "/reminders 07:00")
    assert "at 07:00 your time (UTC+5:30)" in reply.text
    reply = await reminders_command(tg, "/reminders off")
    assert "reminders are off" in reply.text
    reply = await reminders_command(tg, "/reminders 25:00")
    assert "not a time of day" in reply.text and "/reminders 7:30pm" in reply.text
    reply = await reminders_command(tg, "/reminders 19:00 UTC+20")
    assert "UTC-12 to UTC+14" in reply.text
    assert not tg.store.reminder(USER).enabled  # nothing changed by the bad ones


async def test_a_reminder_comes_at_the_students_hour_not_at_18_utc(tg):
    await miss_the_first_question(tg)
    make_a_review_due(tg)
    # Alice lives where it is about noon now, and wants her reminder at 18:00 her time.
    noon = offset_for_local_noon()
    await reminders_command(tg, f"/reminders now {clock(noon)}")
    reply = await reminders_command(tg, "/reminders 18:00")
    assert "at 18:00 your time" in reply.text
    a_day_passes(tg)
    mark = tg.fake.mark()
    await run_reminder_check_now(tg)
    assert not tg.fake.find("sendMessage", chat_id=USER, since=mark)  # not 18:00 for her yet, whatever UTC says

    # Alice moves to where it is 6 hours later, past 18:00: her reminder comes, once that day.
    reply = await reminders_command(tg, f"/reminders now {clock(noon + 6 * 60 + 30)}")
    assert "at 18:00 your time" in reply.text
    a_day_passes(tg)
    mark = tg.fake.mark()
    await run_reminder_check_now(tg)
    await run_reminder_check_now(tg)
    [sent] = tg.fake.find("sendMessage", chat_id=USER, since=mark)
    assert "1 question to review" in sent.text and "/reminders" in sent.text

    # Off means off.
    await reminders_command(tg, "/reminders off")
    a_day_passes(tg)
    mark = tg.fake.mark()
    await run_reminder_check_now(tg)
    assert not tg.fake.find("sendMessage", chat_id=USER, since=mark)


async def test_forged_button_data_changes_nothing(tg):
    menu = await reminders_command(tg, "/reminders 7pm UTC+1")
    for data in ("rem:tz:9999", "rem:tz:7", "rem:at:-5", "rem:at:99999", "rem:at:x", "rem:what"):
        mark = tg.fake.mark()
        tg.fake.press(ALICE, menu, data=data)
        await tg.fake.wait_for("answerCallbackQuery", since=mark)
    await tg.fake.wait_idle()
    setting = tg.store.reminder(USER)
    assert (setting.enabled, setting.at, setting.utc_offset) == (True, 19 * 60, 60)


async def test_nothing_due_means_no_reminder(tg):
    await reminders_command(tg, f"/reminders now {clock(0)}")
    await reminders_command(tg, "/reminders 00:00")
    a_day_passes(tg)
    mark = tg.fake.mark()
    await run_reminder_check_now(tg)
    assert not tg.fake.find("sendMessage", chat_id=USER, since=mark)
