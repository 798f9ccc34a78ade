"""Telegram pushing back: flood control (429), 5xx, rejected requests, over-long messages."""

from __future__ import annotations

from fake_telegram import parse_html
from telegram_harness import ALICE, tg  # noqa: F401 - the fixture

from bot.telegram.format import MAX_MESSAGE_CHARS, esc, split_blocks
from bot.telegram.replies import send_html

USER = ALICE["id"]


async def test_retry_after_is_waited_out_and_the_answer_still_arrives(tg):
    tg.fake.fail_next("sendMessage", status=429, retry_after=1)
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "/quiz tg-test")
    [intro] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    [poll] = await tg.fake.wait_for("sendPoll", chat_id=USER, since=mark)
    refused = tg.fake.find("sendMessage", since=mark, ok=False)
    assert [c.status for c in refused] == [429]
    assert intro.at - refused[0].at >= 1.0  # it waited as told
    tg.fake.fail_next("sendPoll", status=429, retry_after=1)
    mark = tg.fake.mark()
    tg.fake.poll_answer(ALICE, poll, [0])
    [following] = await tg.fake.wait_for("sendPoll", chat_id=USER, since=mark)
    assert [c.status for c in tg.fake.find("sendPoll", since=mark, ok=False)] == [429]
    assert following.result["poll"]["question"].startswith("2/4. ")  # the next question not lost
    assert tg.store.get(f"session:{USER}")["index"] == 1  # and the vote recorded once


async def test_a_telegram_5xx_is_retried(tg):
    tg.fake.fail_next("sendMessage", status=502, times=2)
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "/sources")
    [reply] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    assert "The texts I quote from" in reply.text
    assert [c.status for c in tg.fake.find("sendMessage", since=mark, ok=False)] == [502, 502]


async def test_when_a_handler_fails_the_user_is_told(tg):
    tg.fake.fail_next("sendMessage", status=400, description="Bad Request: something unexpected")
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "/sources")
    [sorry] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    assert "something went wrong" in sorry.text


async def test_long_text_is_split_into_messages_telegram_accepts(tg):
    tg.fake.private_message(ALICE, "/start")
    await tg.fake.wait_for("sendMessage", chat_id=USER, count=2)
    long = "A <tag> & more. " * 800  # 12,800 characters
    mark = tg.fake.mark()
    await send_html(tg.app.bot, USER, [esc(long)])
    sent = tg.fake.find("sendMessage", chat_id=USER, since=mark)
    assert len(sent) == 4
    assert "".join(c.text for c in sent).replace(" ", "") == long.replace(" ", "")


def test_split_blocks_keeps_tags_whole_and_under_the_limit():
    blocks = [f"<blockquote>{esc('x & y ' * 200)}</blockquote>\n— <i>cite</i>" for _ in range(10)]
    blocks.append(esc("<b>" * 2000))  # one block over the limit on its own
    messages = split_blocks(blocks)
    assert len(messages) > 1
    for message in messages:
        assert len(parse_html(message)) <= MAX_MESSAGE_CHARS  # raises if a tag were cut in two
