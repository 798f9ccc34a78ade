"""Private chat: /start, /help, questions, /more, paragraphs, /sources."""

from __future__ import annotations

import html

from telegram_harness import ALICE, BOB, tg  # noqa: F401 - the fixture

USER = ALICE["id"]


async def test_start_greets_with_example_questions_as_buttons(tg):
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "/start")
    sent = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark, count=2)
    texts = " ".join(c.text for c in sent)
    assert "word for word" in texts
    labels = [b["text"] for c in sent for b in c.buttons]
    assert "What is cyber sovereignty?" in labels
    assert tg.store.has_started(USER)
    commands = tg.fake.find("setMyCommands")
    assert {c["command"] for c in commands[0].params["commands"]} >= {"quiz", "review", "forget", "score"}


async def test_a_question_gets_quotations_with_citations_and_buttons(tg):
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "What is cyber sovereignty?")
    [answer] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    assert "<blockquote>" in answer.params["text"]
    assert "—" in answer.text  # each quote carries its citation
    labels = [b["text"] for b in answer.buttons]
    assert "More quotes" in labels
    assert any(label.startswith("Paragraph") or label == "Whole paragraph" for label in labels)
    # Every quotation is word for word in a document.
    bodies = [doc.body for doc in tg.searcher.documents.values()]
    quoted = answer.params["text"].split("<blockquote>")[1:]
    assert quoted
    for chunk in quoted:
        text = html.unescape(chunk.split("</blockquote>")[0])
        assert any(text in body for body in bodies), text


async def test_more_quotes_and_the_whole_paragraph(tg):
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "/ask What is cyber sovereignty?")
    [first] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    mark = tg.fake.mark()
    tg.fake.press(ALICE, first, label="More quotes")
    [more] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    assert more.text != first.text
    assert tg.fake.find("answerCallbackQuery", since=mark)
    paragraph_label = next(b["text"] for b in first.buttons if "aragraph" in b["text"])
    mark = tg.fake.mark()
    tg.fake.press(ALICE, first, label=paragraph_label)
    [paragraph] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    assert "<blockquote>" in paragraph.params["text"]
    assert len(paragraph.text) > 100


async def test_off_topic_question_says_the_texts_do_not_cover_it(tg):
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "What is the best recipe for chocolate cake?")
    [reply] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    assert "don't cover" in reply.text


async def test_sources_lists_the_documents(tg):
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "/sources")
    [reply] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    for doc in tg.searcher.documents.values():
        assert doc.title in reply.text
        assert doc.outlet in reply.text


async def test_help_offers_examples_and_pressing_one_asks_it(tg):
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "/help")
    sent = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark, count=2)
    with_buttons = next(c for c in sent if c.buttons)
    mark = tg.fake.mark()
    tg.fake.press(ALICE, with_buttons, label="What is cyber sovereignty?")
    [answer] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    assert "<blockquote>" in answer.params["text"]


async def test_someone_elses_buttons_do_nothing(tg):
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "What is cyber sovereignty?")
    [answer] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    tg.fake.private_message(BOB, "/start")
    await tg.fake.wait_for("sendMessage", chat_id=BOB["id"], since=mark, count=2)
    mark = tg.fake.mark()
    tg.fake.press(BOB, answer, label="More quotes")
    [alert] = await tg.fake.wait_for("answerCallbackQuery", since=mark)
    assert "someone else" in alert.params["text"]
    await tg.fake.wait_idle()
    assert not tg.fake.find("sendMessage", since=mark)


async def test_an_unknown_command_gets_an_answer_not_silence(tg):
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "/frobnicate now")
    [reply] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    assert "I don't know /frobnicate" in reply.text
