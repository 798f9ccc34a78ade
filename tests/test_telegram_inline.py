"""Inline mode: @bot words offers quotations, each carrying its citation."""

from __future__ import annotations

import html

from telegram_harness import ALICE, tg  # noqa: F401 - the fixture


async def test_inline_query_offers_quotations_with_citations(tg):
    mark = tg.fake.mark()
    tg.fake.inline_query(ALICE, "cyber sovereignty")
    [answer] = await tg.fake.wait_for("answerInlineQuery", since=mark)
    results = answer.params["results"]
    assert answer.params["button"]["text"] == "Ask me in a private chat"
    assert 1 <= len(results) <= 5
    bodies = [doc.body for doc in tg.searcher.documents.values()]
    for result in results:
        message = result["input_message_content"]["message_text"]
        quote = html.unescape(message.split("<blockquote>")[1].split("</blockquote>")[0])
        assert any(quote in body for body in bodies)
        assert "—" in message and result["description"]


async def test_an_off_topic_inline_query_offers_nothing(tg):
    mark = tg.fake.mark()
    tg.fake.inline_query(ALICE, "chocolate cake recipe with strawberries")
    [answer] = await tg.fake.wait_for("answerInlineQuery", since=mark)
    assert answer.params["results"] == [] and not answer.params.get("next_offset")
    # Above the empty list, the user is told why, and offered the private chat.
    button = answer.params["button"]
    assert "Nothing on that" in button["text"] and button["start_parameter"] == "inline"
    # (An empty query offers the quizzes to share: tests/test_telegram_deeplinks.py.)


async def test_an_inline_query_with_no_letters_offers_nothing(tg):
    # "1" once offered whatever the search found for it; a year alone is still searched.
    mark = tg.fake.mark()
    tg.fake.inline_query(ALICE, "1")
    [answer] = await tg.fake.wait_for("answerInlineQuery", since=mark)
    assert answer.params["results"] == []
