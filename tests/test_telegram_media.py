"""No silence: stickers, photos, voice messages, files and edits get a one-line answer saying what the bot reads."""

from __future__ import annotations

import pytest
from telegram_harness import ALICE, BOB, CLASS, set_up_class, tg  # noqa: F401 - the fixture

USER = ALICE["id"]


@pytest.mark.parametrize("kind, called", [("sticker", "stickers"), ("photo", "photos"),
                                          ("voice", "voice messages"), ("document", "files")])
async def test_what_the_bot_cannot_read_gets_a_one_line_answer(tg, kind, called):
    mark = tg.fake.mark()
    sent = tg.fake.media_message(ALICE, kind, caption="what is cyber sovereignty?" if kind == "photo" else None)
    [reply] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    assert reply.text == f"I can't read {called}. I read text: type a question, or /help shows what I can do."
    assert reply.result["reply_to_message"]["message_id"] == sent["message_id"]


async def test_an_edit_is_answered_but_not_taken_again(tg):
    mark = tg.fake.mark()
    question = tg.fake.private_message(ALICE, "What is cyber sovereignty?")
    await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    mark = tg.fake.mark()
    tg.fake.edit(question, "What happened at the World Internet Conference in Wuzhen?")
    [reply] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    assert reply.text == "I read new messages only, so I didn't see that edit: send it again as a new message."
    await tg.fake.wait_idle()
    assert len(tg.fake.find("sendMessage", chat_id=USER, since=mark)) == 1  # the edit was not searched


async def test_stickers_in_a_group_are_the_class_talking(tg):
    set_up_class(tg.fake)
    mark = tg.fake.mark()
    tg.fake.media_message(BOB, "sticker", chat=CLASS)
    await tg.fake.wait_idle()
    assert not tg.fake.find("sendMessage", chat_id=CLASS["id"], since=mark)
