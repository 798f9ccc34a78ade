"""Telegram having a bad moment: a burst of 500s, one chat's flood wait, answers slower than PTB's timeout."""

from __future__ import annotations

import time

from telegram_harness import ALICE, BOB, tg  # noqa: F401 - the fixture

SOURCES = "The texts I quote from"


async def test_a_ten_second_burst_of_500s_is_ridden_out(tg):
    mark = tg.fake.mark()
    tg.fake.fail_for("sendMessage", 10, status=500)
    started = time.monotonic()
    tg.fake.private_message(ALICE, "/sources")
    [reply] = await tg.fake.wait_for("sendMessage", chat_id=ALICE["id"], since=mark, timeout=40)
    assert SOURCES in reply.text and time.monotonic() - started >= 10
    await tg.fake.wait_idle()
    assert len(tg.fake.find("sendMessage", chat_id=ALICE["id"], since=mark)) == 1  # no "Sorry" after it


async def test_one_chats_flood_wait_does_not_stall_the_others(tg):
    tg.fake.private_message(BOB, "/start")
    await tg.fake.wait_for("sendMessage", chat_id=BOB["id"], count=2)
    mark = tg.fake.mark()
    tg.fake.fail_next("sendMessage", status=429, retry_after=6, chat_id=ALICE["id"])
    tg.fake.private_message(ALICE, "/sources")
    [refused] = await tg.fake.wait_for("sendMessage", chat_id=ALICE["id"], since=mark, ok=False)
    asked = time.monotonic()
    tg.fake.private_message(BOB, "/sources")
    [bob] = await tg.fake.wait_for("sendMessage", chat_id=BOB["id"], since=mark)
    assert SOURCES in bob.text and time.monotonic() - asked < 3
    [alice] = await tg.fake.wait_for("sendMessage", chat_id=ALICE["id"], since=mark, timeout=20)
    assert SOURCES in alice.text and alice.at - refused.at >= 6  # Alice's chat waited as told


async def test_a_slow_answer_is_waited_for_not_sent_again(tg):
    mark = tg.fake.mark()
    tg.fake.slow_next("sendMessage", 7, times=4)
    tg.fake.private_message(ALICE, "/sources")
    await tg.fake.wait_for("sendMessage", chat_id=ALICE["id"], since=mark)
    await tg.fake.wait_idle(settle=8.0, timeout=40)
    sent = tg.fake.find("sendMessage", chat_id=ALICE["id"], since=mark)
    assert [SOURCES in c.text for c in sent] == [True]
