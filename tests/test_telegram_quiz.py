"""Private quizzes over Telegram: the listing, buttons where no poll fits, typed answers, /cancel, /score,
a restart mid-quiz. (Quiz polls: test_telegram_private_polls.py.)"""

from __future__ import annotations

from telegram_harness import ALICE, start_private_quiz, BOB, tg  # noqa: F401 - the fixture

USER = ALICE["id"]
LONG_RIGHT = "The important influence of sovereign states on the digital world"


async def start_quiz(tg, quiz_id="tg-buttons"):
    return await start_private_quiz(tg, quiz_id)


def labels(tg, message):
    """The labels of a bot message's buttons, as shown now."""
    markup = tg.fake.message(message).get("reply_markup") or {}
    return [b["text"] for row in markup.get("inline_keyboard", []) for b in row]


async def test_quiz_lists_quizzes_as_buttons_and_one_starts(tg):
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "/quiz")
    listing, _share = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark, count=2)  # list, share links
    assert "tg-test" in listing.text
    mark = tg.fake.mark()
    tg.fake.press(ALICE, listing, label="Telegram <test> & quiz")
    [intro] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    [poll] = await tg.fake.wait_for("sendPoll", chat_id=USER, since=mark)
    assert intro.text.startswith("Telegram <test> & quiz") and "4 questions" in intro.text
    assert poll.result["poll"]["question"].startswith("1/4. ")


async def test_button_questions_give_feedback_with_the_source_and_typed_answers_work(tg):
    question = await start_quiz(tg)
    right = next(label for label in labels(tg, question) if label.startswith("1. The important"))
    mark = tg.fake.mark()
    tg.fake.press(ALICE, question, label=right)
    await tg.fake.wait_for("editMessageText", chat_id=USER, since=mark)
    [second] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    answered = tg.fake.message(question)
    assert f"✓ 1. {LONG_RIGHT}" in answered["text"] and "← yours" in answered["text"]
    assert "Right!" in answered["text"] and "China Daily" in answered["text"]  # the citation
    assert "<blockquote>Global digital governance cannot ignore" in tg.fake.find(
        "editMessageText", chat_id=USER, since=mark)[0].params["text"]
    assert second.text.startswith("Question 2 of 2") and "Put them in order" in second.text
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "1 2")  # typed instead of pressed: as shown, which is never the right order
    feedback, done = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark, count=2)
    assert feedback.text.startswith("Not right.")
    assert done.text.startswith("Quiz finished: 1/2 (50%).") and "Missed:\n2. Put these in order" in done.text
    assert labels(tg, done) == ["Review the 1 missed question", "Try again"]
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "/score")
    sent = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark, count=2)
    assert "best 1/2" in sent[0].text
    assert "review" in sent[1].text.lower()


async def test_a_second_press_on_the_same_question_records_nothing(tg):
    question = await start_quiz(tg)
    first, second = labels(tg, question)
    mark = tg.fake.mark()
    tg.fake.press(ALICE, question, label=first)
    tg.fake.press(ALICE, question, label=second)
    toasts = await tg.fake.wait_for("answerCallbackQuery", since=mark, count=2)
    await tg.fake.wait_idle()
    assert sum("no longer open" in (t.params.get("text") or "") for t in toasts) == 1
    assert "Right!" in tg.fake.message(question)["text"] and "Not right" not in tg.fake.message(question)["text"]
    texts = [c.text for c in tg.fake.find("sendMessage", chat_id=USER, since=mark)]
    assert len(texts) == 1 and texts[0].startswith("Question 2 of 2")  # the stale press sent nothing
    assert [r["credit"] for r in tg.store.get(f"session:{USER}")["records"]] == [1.0]


async def test_cancel_stops_the_quiz(tg):
    await start_quiz(tg)
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "/cancel")
    [reply] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    assert reply.text.startswith("Quiz stopped")
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "/cancel")
    [reply] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    assert "No quiz is running" in reply.text


async def test_the_quiz_goes_on_after_a_restart(tg):
    question = await start_quiz(tg)
    await tg.restart()
    mark = tg.fake.mark()
    tg.fake.press(ALICE, question, label=labels(tg, question)[0])
    await tg.fake.wait_for("editMessageText", chat_id=USER, since=mark)
    [second] = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark)
    assert "Right!" in tg.fake.message(question)["text"]
    assert second.text.startswith("Question 2 of 2")


async def test_markup_in_a_quiz_comes_back_as_text(tg):
    mark = tg.fake.mark()
    poll = await start_quiz(tg, "tg-test")
    [intro] = tg.fake.find("sendMessage", chat_id=USER, since=mark)
    # The fake rejects HTML that Telegram would reject, so arriving at all means it was escaped.
    assert "<b>markup</b> & <script>alert(1)</script>" in intro.text
    assert "&lt;script&gt;" in intro.params["text"]
    assert "<b>x</b> & <script>alert(1)</script>" in poll.result["poll"]["question"]  # a poll is plain text


async def test_another_user_cannot_answer_with_my_buttons(tg):
    question = await start_quiz(tg)
    tg.fake.private_message(BOB, "/start")
    mark = tg.fake.mark()
    tg.fake.press(BOB, question, label=labels(tg, question)[0])
    [alert] = await tg.fake.wait_for("answerCallbackQuery", since=mark)
    assert "someone else" in alert.params["text"]
    mark = tg.fake.mark()
    tg.fake.press(ALICE, question, label=labels(tg, question)[0])
    await tg.fake.wait_for("editMessageText", chat_id=USER, since=mark)
    assert "Right!" in tg.fake.message(question)["text"]
