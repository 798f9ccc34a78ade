"""Groups: /ask works, other talk is ignored unless it is addressed to the bot."""

from __future__ import annotations

from fake_telegram import BOT_USERNAME
from telegram_harness import ALICE, BOB, CLASS, tg, set_up_class  # noqa: F401 - the fixture

GROUP = CLASS["id"]


async def test_ask_works_in_a_group_and_replies_to_the_asker(tg):
    set_up_class(tg.fake)
    mark = tg.fake.mark()
    asked = tg.fake.group_message(CLASS, ALICE, f"/ask@{BOT_USERNAME} What is cyber sovereignty?")
    [answer] = await tg.fake.wait_for("sendMessage", chat_id=GROUP, since=mark)
    assert "<blockquote>" in answer.params["text"]
    assert answer.result["reply_to_message"]["message_id"] == asked["message_id"]


async def test_group_chatter_is_ignored_but_mentions_and_replies_are_answered(tg):
    set_up_class(tg.fake)
    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, BOB, "Did anyone do the reading on cyber sovereignty?")
    tg.fake.group_message(CLASS, ALICE, f"@{BOT_USERNAME} what is cyber sovereignty?")
    [answer] = await tg.fake.wait_for("sendMessage", chat_id=GROUP, since=mark)
    await tg.fake.wait_idle()
    assert len(tg.fake.find("sendMessage", chat_id=GROUP, since=mark)) == 1  # only the mention
    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, BOB, "What about the Wuzhen conference?", reply_to=tg.fake.message(answer))
    [reply] = await tg.fake.wait_for("sendMessage", chat_id=GROUP, since=mark)
    assert "Wuzhen" in reply.text


async def test_private_commands_in_a_group_point_to_the_private_chat(tg):
    set_up_class(tg.fake)
    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, ALICE, "/quiz")
    [reply] = await tg.fake.wait_for("sendMessage", chat_id=GROUP, since=mark)
    # /quiz in a group is most likely a teacher after the class quiz: say how to run one.
    assert "private chat" in reply.text and "/classquiz" in reply.text
    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, ALICE, f"/score@{BOT_USERNAME}")
    [reply] = await tg.fake.wait_for("sendMessage", chat_id=GROUP, since=mark)
    assert "private chat" in reply.text and "/classquiz" not in reply.text
