"""Private quizzes as Telegram's own quiz polls: single, true/false and multi-answer polls scored
through the quiz session, once, even after a restart; the other questions as buttons answered in
place; stale presses as toasts; the end of a quiz with what was missed and a button to review it."""

from __future__ import annotations

import random

import pytest
from conftest import QUIZZES_DIR
from telegram import Poll
from telegram_harness import ALICE, start_private_quiz, tg  # noqa: F401 - the fixture

from bot.quiz.library import load_quizzes
from bot.quiz.session import QuizSession
from bot.telegram.format import utf16_len
from bot.telegram.privatequiz import fits_a_poll, poll_explanation

USER = ALICE["id"]
FIRST_QUOTE = "Global digital governance cannot ignore the important influence of sovereign states on the digital world."

async def start_quiz(tg, quiz_id="tg-test"):
    return await start_private_quiz(tg, quiz_id)


async def vote(tg, poll, options, *, expect="sendPoll"):
    """Vote in a poll; the bot's next ``expect`` call to the student."""
    mark = tg.fake.mark()
    tg.fake.poll_answer(ALICE, poll, options)
    await tg.fake.wait_for(expect, chat_id=USER, since=mark)
    await tg.fake.wait_idle()
    return tg.fake.find(chat_id=USER, since=mark)


def poll_of(call):
    return call.result["poll"]


async def test_a_private_quiz_asks_in_quiz_polls_and_scores_their_votes(tg):
    poll = await start_quiz(tg)
    p = poll_of(poll)
    assert poll.method == "sendPoll" and p["type"] == Poll.QUIZ and not p["is_anonymous"]
    assert p["question"].startswith("1/4. According to the China Daily article (2022)")
    assert "<script>alert(1)</script>" in p["question"]  # plain text: nothing to escape
    assert [o["text"] for o in p["options"]] == ["sovereign states", "internet companies", "netizens"]
    assert p["correct_option_ids"] == [0] and not p["allows_multiple_answers"]
    # The explanation carries the quotation with a short citation: it says it all, nothing follows.
    assert p["explanation"].startswith(f"“{FIRST_QUOTE}”\n— China Daily, 2022") and "para. 1" in p["explanation"]
    sent = await vote(tg, poll, [1])  # wrong
    # A first miss turns on review reminders: the only message besides the next poll says so.
    note, true_false = [c for c in sent if c.method in ("sendMessage", "sendPoll")]
    assert note.method == "sendMessage" and "daily reminder" in note.text and FIRST_QUOTE not in note.text
    p = poll_of(true_false)
    assert p["question"].startswith("2/4. True or false") and [o["text"] for o in p["options"]] == ["True", "False"]
    assert p["correct_option_ids"] == [1]
    sent = await vote(tg, true_false, [1])  # right
    multi = [c for c in sent if c.method == "sendPoll"][-1]
    p = poll_of(multi)
    assert p["allows_multiple_answers"] and p["correct_option_ids"] == [0, 1, 2]
    assert p["question"].startswith("3/4. ")
    sent = await vote(tg, multi, [0, 1, 2], expect="sendMessage")  # all three right ones
    typed = [c for c in sent if c.method == "sendMessage"][-1]
    assert typed.text.startswith("Question 4 of 4") and "Type your answer" in typed.text  # no poll can ask it
    session = tg.store.get(f"session:{USER}")
    assert session["index"] == 3 and [r["credit"] for r in session["records"]] == [0.0, 1.0, 1.0]


async def test_sources_the_explanation_cannot_hold_follow_the_vote_whole(tg):
    poll = await start_quiz(tg, "themes")  # its first question is backed by two quotations
    explanation = poll_of(poll)["explanation"]
    assert len(explanation) <= 200 and explanation.startswith("“")
    sent = await vote(tg, poll, [0])
    quotation, following = [c for c in sent if c.method in ("sendMessage", "sendPoll")]
    assert following.method == "sendPoll" and poll_of(following)["question"].startswith("2/12. ")
    quotes = [q.split("</blockquote>")[0] for q in quotation.params["text"].split("<blockquote>")[1:]]
    assert any(quote.startswith(explanation[1:-1].removesuffix("…")) for quote in quotes)
    assert quotation.text.count("— “") == quotation.text.count("para.") >= 2  # every one, fully cited
    assert not quotation.text.startswith(("Right", "Not right"))  # the poll showed the verdict


async def test_the_end_of_a_quiz_gives_the_score_what_was_missed_and_a_review_button(tg):
    poll = await start_quiz(tg)
    sent = await vote(tg, poll, [2])  # wrong: netizens
    true_false = [c for c in sent if c.method == "sendPoll"][-1]
    sent = await vote(tg, true_false, [1])
    multi = [c for c in sent if c.method == "sendPoll"][-1]
    await vote(tg, multi, [0, 1, 2], expect="sendMessage")
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "sovereign states")
    feedback, summary = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark, count=2)
    assert feedback.text.startswith("Right!")
    assert summary.text.startswith("Quiz finished: 3/4 (75%).")
    assert "Missed:\n1. According to the China Daily article (2022), whose influence" in summary.text
    assert "Answer: sovereign states" in summary.text
    mark = tg.fake.mark()
    tg.fake.press(ALICE, summary, label="Review the 1 missed question")
    intro, question = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark, count=2)
    assert intro.text.startswith("Review: 1 question")
    assert "whose influence can global digital governance not ignore" in question.text


async def test_a_vote_counts_after_the_bot_restarts(tg):
    poll = await start_quiz(tg)
    await tg.restart()
    sent = await vote(tg, poll, [0])
    assert [c.method for c in sent if c.method in ("sendMessage", "sendPoll")] == ["sendPoll"]
    assert poll_of(sent[-1])["question"].startswith("2/4. ")
    assert tg.store.get(f"session:{USER}")["records"][0]["credit"] == 1.0


async def test_a_vote_is_scored_once(tg):
    poll = await start_quiz(tg)
    answer = {"poll_id": poll_of(poll)["id"], "user": ALICE, "option_ids": [0],
              "option_persistent_ids": [poll_of(poll)["options"][0]["persistent_id"]]}
    mark = tg.fake.mark()
    tg.fake.poll_answer(ALICE, poll, [0])
    tg.fake.push("poll_answer", dict(answer))  # the same vote delivered again
    await tg.fake.wait_for("sendPoll", chat_id=USER, since=mark)
    await tg.fake.wait_idle()
    assert len(tg.fake.find("sendPoll", chat_id=USER, since=mark)) == 1
    assert len(tg.store.get(f"session:{USER}")["records"]) == 1


async def test_a_question_answered_by_typing_ignores_a_later_vote(tg):
    poll = await start_quiz(tg)
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "1")  # typed instead of voted
    await tg.fake.wait_for("sendPoll", chat_id=USER, since=mark)
    await tg.fake.wait_idle()
    mark = tg.fake.mark()
    tg.fake.poll_answer(ALICE, poll, [1])
    await tg.fake.wait_idle()
    assert not tg.fake.find("sendPoll", chat_id=USER, since=mark)
    assert [r["credit"] for r in tg.store.get(f"session:{USER}")["records"]] == [1.0]


def test_every_shipped_poll_explanation_fits_and_quotes_its_source(documents):
    library = load_quizzes(QUIZZES_DIR, documents)
    cut = whole = 0
    for quiz in library:
        session = QuizSession.start(quiz, documents, rng=random.Random(1))
        for index in range(len(quiz.questions)):
            session.index = index
            shown = session.presented()
            if not fits_a_poll(shown):
                continue
            explanation, said_it_all = poll_explanation(shown, documents)
            assert utf16_len(explanation) <= 200 and explanation.count("\n") <= 2
            quote = " ".join(shown.evidence[0].quote.text.split())
            if said_it_all:
                whole += 1
                document = documents[shown.evidence[0].quote.doc_id]
                assert explanation.startswith(f"“{quote}”\n— {document.outlet}") or document.author in explanation
                assert explanation.endswith(f"{document.date}, para. {shown.evidence[0].quote.paragraph}")
            else:
                cut += explanation.endswith("…”")
                assert quote.startswith(explanation[1:-1].removesuffix("…"))
    assert cut and whole  # both happen in the shipped quizzes


async def test_a_button_question_is_answered_in_place_and_a_stale_press_gets_a_toast(tg):
    question = await start_quiz(tg, "tg-buttons")
    assert question.method == "sendMessage" and question.text.startswith("Question 1 of 2")
    old = tg.fake.message(question)["reply_markup"]["inline_keyboard"]
    mark = tg.fake.mark()
    tg.fake.press(ALICE, question, label="2. Nothing at all")
    [edit] = await tg.fake.wait_for("editMessageText", chat_id=USER, since=mark)
    [following] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    shown = tg.fake.message(question)
    assert "reply_markup" not in shown  # no live buttons on an answered question
    assert "✗ 2. Nothing at all ← yours" in shown["text"]
    assert "✓ 1. The important influence of sovereign states" in shown["text"]
    assert "Not right." in shown["text"] and FIRST_QUOTE in shown["text"]
    assert following.text.startswith("Question 2 of 2")  # one new message per answer
    mark = tg.fake.mark()
    tg.fake.press(ALICE, question, data=old[0][0]["callback_data"])  # pressed again, from an older view
    [toast] = await tg.fake.wait_for("answerCallbackQuery", since=mark)
    assert "no longer open" in toast.params["text"]
    await tg.fake.wait_idle()
    assert not tg.fake.find("sendMessage", chat_id=USER, since=mark)  # a toast, not a message
    assert len(tg.store.get(f"session:{USER}")["records"]) == 1
