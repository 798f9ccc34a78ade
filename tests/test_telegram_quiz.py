"""Private quizzes over Telegram: buttons, typed answers, /cancel, /score, a restart mid-quiz."""

from __future__ import annotations

from telegram_harness import ALICE, BOB, tg  # noqa: F401 - the fixture

USER = ALICE["id"]


async def start_quiz(tg, quiz_id="tg-test"):
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, f"/quiz {quiz_id}")
    sent = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark, count=2)
    return sent[-1]


async def test_quiz_lists_quizzes_as_buttons_and_one_starts(tg):
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "/quiz")
    listing, _share = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark, count=2)  # list, share links
    assert "tg-test" in listing.text
    mark = tg.fake.mark()
    tg.fake.press(ALICE, listing, label="Telegram <test> & quiz")
    sent = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark, count=2)
    assert sent[-1].text.startswith("Question 1 of 4")


async def test_answer_buttons_give_feedback_with_the_source_and_typed_answers_work(tg):
    question = await start_quiz(tg)
    mark = tg.fake.mark()
    tg.fake.press(ALICE, question, label="2. internet companies")
    feedback, second = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark, count=2)
    assert feedback.text.startswith("Not right.")
    assert "The answer: sovereign states" in feedback.text
    assert "<blockquote>Global digital governance cannot ignore" in feedback.params["text"]
    assert "China Daily" in feedback.text  # the citation
    assert second.text.startswith("Question 2 of 4")
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "false")  # typed instead of pressed
    feedback, third = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark, count=2)
    assert feedback.text.startswith("Right!")
    # Multiple answers: pick two, the message is edited to show them, then Done.
    mark = tg.fake.mark()
    tg.fake.press(ALICE, third, label="1. Generation")
    await tg.fake.wait_for("editMessageText", chat_id=USER, since=mark)
    tg.fake.press(ALICE, third, label="2. Collection")
    await tg.fake.wait_for("editMessageText", chat_id=USER, since=mark, count=2)
    tg.fake.press(ALICE, third, label="Done")
    feedback, fourth = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark, count=2)
    assert feedback.text.startswith("Partly right")
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "Sovereign Stats")  # one typo is forgiven
    feedback, done = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark, count=2)
    assert feedback.text.startswith("Right!")
    assert "Quiz finished: 2.67/4" in done.text
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "/score")
    sent = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark, count=2)
    assert "best 2.67/4" in sent[0].text
    assert "review" in sent[1].text.lower()


async def test_a_second_press_on_the_same_question_records_nothing(tg):
    question = await start_quiz(tg)
    mark = tg.fake.mark()
    tg.fake.press(ALICE, question, label="1. sovereign states")
    tg.fake.press(ALICE, question, label="2. internet companies")
    await tg.fake.wait_for("answerCallbackQuery", since=mark, count=2)
    await tg.fake.wait_idle()
    texts = [c.text for c in tg.fake.find("sendMessage", chat_id=USER, since=mark)]
    assert sum(t.startswith("Right!") for t in texts) == 1
    assert any("no longer open" in t for t in texts)
    assert not any(t.startswith("Not right") for t in texts)


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
    tg.fake.press(ALICE, question, label="1. sovereign states")
    feedback, second = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark, count=2)
    assert feedback.text.startswith("Right!")
    assert second.text.startswith("Question 2 of 4")


async def test_markup_in_a_question_comes_back_as_text(tg):
    question = await start_quiz(tg)
    # The fake rejects HTML that Telegram would reject, so arriving at all means it was escaped.
    assert "<b>x</b> & <script>alert(1)</script>" in question.text
    assert "&lt;script&gt;" in question.params["text"]


async def test_another_user_cannot_answer_with_my_buttons(tg):
    question = await start_quiz(tg)
    tg.fake.private_message(BOB, "/start")
    mark = tg.fake.mark()
    tg.fake.press(BOB, question, label="1. sovereign states")
    [alert] = await tg.fake.wait_for("answerCallbackQuery", since=mark)
    assert "someone else" in alert.params["text"]
    mark = tg.fake.mark()
    tg.fake.press(ALICE, question, label="1. sovereign states")
    feedback, _ = await tg.fake.wait_for("sendMessage", chat_id=USER, since=mark, count=2)
    assert feedback.text.startswith("Right!")
