"""Text that is not valid Unicode (lone surrogates from a broken \\u escape) in a message or an inline query."""

from __future__ import annotations

from telegram_harness import ALICE, tg  # noqa: F401 - the fixture

USER = ALICE["id"]
BROKEN = "what is \ud800 cyber sovereignty"


async def test_a_private_message_with_broken_text_gets_a_clear_reply(tg):
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, BROKEN)
    [reply] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    assert "not valid text" in reply.text
    tg.fake.private_message(ALICE, "/quiz tg-test")  # and the bot goes on
    [poll] = await tg.fake.wait_for("sendPoll", chat_id=USER, since=mark)
    assert poll.result["poll"]["question"].startswith("1/4. ")
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "\udcff")  # as a quiz answer: refused, not recorded
    [reply] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    assert "not valid text" in reply.text and tg.store.get(f"session:{USER}")["index"] == 0


async def test_an_inline_query_with_broken_text_still_gets_an_answer(tg):
    mark = tg.fake.mark()
    tg.fake.inline_query(ALICE, BROKEN)
    [answer] = await tg.fake.wait_for("answerInlineQuery", since=mark)
    assert answer.params["results"] == []
