"""Buttons keep their meaning: an old answer's "More quotes" continues its own question; quotes are
numbered where "Paragraph of N" buttons refer to them."""

from __future__ import annotations

import html
import re

from telegram_harness import ALICE, tg  # noqa: F401 - the fixture

USER = ALICE["id"]
FIRST = "What is cyber sovereignty?"
SECOND = "What happened at the World Internet Conference in Wuzhen?"


def quoted(call) -> list[str]:
    return [html.unescape(q) for q in re.findall(r"<blockquote>(.*?)</blockquote>", call.params["text"], re.DOTALL)]


async def ask(tg, question):
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, question)
    [answer] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    return answer


async def test_an_old_answers_more_quotes_continue_its_own_question(tg):
    first = await ask(tg, FIRST)
    second = await ask(tg, SECOND)
    mark = tg.fake.mark()
    tg.fake.press(ALICE, first, label="More quotes")
    [more] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    expected = tg.searcher.search(FIRST, top_k=len(quoted(first)), offset=len(quoted(first)))
    assert quoted(more) == [q.text for q in expected.quotes]
    assert not set(quoted(more)) & set(quoted(second))
    # /more then goes on from what was shown last: the first question's next quotations.
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "/more")
    [latest] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    shown = len(quoted(first)) + len(quoted(more))
    later = tg.searcher.search(FIRST, top_k=len(quoted(first)), offset=shown)
    assert quoted(latest) == [q.text for q in later.quotes]
    assert all(len(b["callback_data"].encode()) <= 64 for b in first.buttons)


async def test_quotes_are_numbered_where_paragraph_buttons_refer_to_them(tg):
    answer = await ask(tg, FIRST)
    quotes = quoted(answer)
    assert len(quotes) > 1
    shown = answer.text
    positions = [shown.index(f"{n}.\n{quote}") for n, quote in enumerate(quotes, start=1)]
    assert positions == sorted(positions)
    labels = [b["text"] for b in answer.buttons]
    assert f"Paragraph of {len(quotes)}" in labels
    mark = tg.fake.mark()
    tg.fake.press(ALICE, answer, label=f"Paragraph of {len(quotes)}")
    [paragraph] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    assert quotes[-1] in quoted(paragraph)[0]


async def test_a_forgotten_answer_says_it_is_too_old(tg):
    first = await ask(tg, FIRST)
    tg.store.forget(USER)
    mark = tg.fake.mark()
    tg.fake.press(ALICE, first, label="More quotes")
    [reply] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    assert "too old" in reply.text
