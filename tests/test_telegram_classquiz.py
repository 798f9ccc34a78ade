"""A live class quiz in a group: a teacher, three students, polls, buttons, typed replies."""

from __future__ import annotations

import csv
import io

from telegram_harness import ADMIN, ALICE, BOB, CAROL, CLASS, TEACHER, TEACHER_ID, tg, set_up_class  # noqa: F401

GROUP = CLASS["id"]


async def teacher_says(tg, text, *, who=TEACHER, count=1, method="sendMessage"):
    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, who, text)
    return await tg.fake.wait_for(method, chat_id=GROUP, since=mark, count=count)


async def test_a_class_quiz_with_a_teacher_and_three_students(tg):
    set_up_class(tg.fake)
    tg.fake.private_message(TEACHER, "/start")  # so the CSV can go to the teacher privately
    await tg.fake.wait_for("sendMessage", chat_id=TEACHER_ID, count=2)

    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, TEACHER, "/classquiz tg-test 30")
    [poll1] = await tg.fake.wait_for("sendPoll", chat_id=GROUP, since=mark)
    intro = tg.fake.find("sendMessage", chat_id=GROUP, since=mark)[0]
    assert "Telegram <test> & quiz" in intro.text and "4 questions" in intro.text
    p = poll1.params
    assert p["type"] == "quiz" and p["is_anonymous"] is False and p["open_period"] == 30
    assert p["question"].startswith("Question 1 of 4: According to the China Daily article")
    assert p["options"][p["correct_option_ids"][0]]["text"] == "sovereign states"
    assert "<script>" in p["question"]  # a poll question is plain text: nothing to escape
    assert p["explanation"] == "The article opens with this sentence."

    tg.fake.poll_answer(ALICE, poll1, [0])
    tg.fake.poll_answer(BOB, poll1, [1])
    tg.fake.poll_answer(CAROL, poll1, [0])
    tg.fake.poll_answer(ALICE, poll1, [2])  # a second vote by the same student is not recorded
    await tg.fake.wait_idle()

    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, TEACHER, "/next")
    [poll2] = await tg.fake.wait_for("sendPoll", chat_id=GROUP, since=mark)
    assert tg.fake.find("stopPoll", since=mark)
    [reveal] = tg.fake.find("sendMessage", chat_id=GROUP, since=mark)
    assert "the answer is sovereign states" in reveal.text
    assert "2 of 3 got it right" in reveal.text
    assert "<blockquote>Global digital governance cannot ignore" in reveal.params["text"]

    tg.fake.poll_answer(ALICE, poll2, [1])
    tg.fake.poll_answer(BOB, poll2, [1])
    tg.fake.poll_answer(CAROL, poll2, [0])
    await tg.fake.wait_idle()

    # Question 3 (several right answers) is a multi-answer quiz poll.
    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, TEACHER, "/next")
    [poll3] = await tg.fake.wait_for("sendPoll", chat_id=GROUP, since=mark)
    p = poll3.params
    assert p["question"].startswith("Question 3 of 4: ")
    assert p["allows_multiple_answers"] is True and p["type"] == "quiz"
    assert [p["options"][i]["text"] for i in p["correct_option_ids"]] == ["Generation", "Collection", "Utilization"]
    tg.fake.poll_answer(ALICE, poll3, [0, 1, 2])
    tg.fake.poll_answer(BOB, poll3, [3])
    tg.fake.poll_answer(CAROL, poll3, [0, 3])  # one right, one wrong: no credit
    await tg.fake.wait_idle()

    # Question 4 is typed: students reply to it.
    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, TEACHER, "/next")
    [question4] = await tg.fake.wait_for("sendMessage", chat_id=GROUP, since=mark,
                                         where=lambda c: c.text.startswith("Question 4 of 4"))
    assert "Reply to this message" in question4.text
    assert question4.params["reply_markup"]["force_reply"] is True
    tg.fake.group_message(CLASS, ALICE, "sovereign states", reply_to=tg.fake.message(question4))
    tg.fake.group_message(CLASS, BOB, "netizens", reply_to=tg.fake.message(question4))
    await tg.fake.wait_idle()

    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, TEACHER, "/next")
    [photo] = await tg.fake.wait_for("sendPhoto", chat_id=GROUP, since=mark)
    [document] = await tg.fake.wait_for("sendDocument", chat_id=TEACHER_ID, since=mark)
    board = next(c for c in tg.fake.find("sendMessage", chat_id=GROUP, since=mark) if "leaderboard" in c.text)
    assert "1. Alice: 4/4" in board.text
    assert "2. Bob: 1/4" in board.text and "2. Carol Chen: 1/4" in board.text  # a tie shares the rank
    assert photo.files["photo"][1].startswith(b"\x89PNG")
    name, data = document.files["document"]
    assert name.endswith(".csv")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 3 + 3 + 3 + 2
    assert {(r["question"], r["name"], r["score"]) for r in rows} >= {("1", "Alice", "1"), ("1", "Bob", "0"),
                                                                     ("3", "Alice", "1"), ("3", "Carol Chen", "0"),
                                                                     ("4", "Bob", "0"), ("4", "Alice", "1")}
    assert tg.store.active_class_run(GROUP) is None


async def test_a_student_can_neither_start_nor_stop_a_class_quiz(tg):
    set_up_class(tg.fake)
    [refusal] = await teacher_says(tg, "/classquiz tg-test", who=ALICE)
    assert "only the group's admins and the teachers" in refusal.text
    await tg.fake.wait_idle()
    assert not tg.fake.find("sendPoll")
    assert tg.store.active_class_run(GROUP) is None

    # The group's owner may run one (not in TEXTBOT_TEACHERS, never started the bot).
    [poll] = await teacher_says(tg, "/classquiz tg-test 30", who=ADMIN, method="sendPoll")
    tg.fake.poll_answer(CAROL, poll, [0])  # with an answer, the results (and the CSV) go out
    [refusal] = await teacher_says(tg, "/stop", who=BOB)
    assert "only the teacher" in refusal.text
    assert tg.store.active_class_run(GROUP) is not None

    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, ADMIN, "/stop")
    [document] = await tg.fake.wait_for("sendDocument", since=mark)
    # The admin never started a private chat with the bot: the CSV comes to the group instead.
    assert document.chat_id == GROUP
    assert tg.fake.find("sendDocument", chat_id=ADMIN["id"], since=mark, ok=False)
    assert tg.store.active_class_run(GROUP) is None


async def test_without_an_id_the_teacher_picks_a_quiz_from_buttons(tg):
    set_up_class(tg.fake)
    [picker] = await teacher_says(tg, "/classquiz 30")
    mark = tg.fake.mark()
    tg.fake.press(ALICE, picker, label="Telegram <test> & quiz")  # not hers to press
    [alert] = await tg.fake.wait_for("answerCallbackQuery", since=mark)
    assert "someone else" in alert.params["text"]
    tg.fake.press(TEACHER, picker, label="Telegram <test> & quiz")
    await tg.fake.wait_for("sendPoll", chat_id=GROUP, since=mark)


async def test_the_timer_moves_the_class_on(tg):
    set_up_class(tg.fake)
    [poll] = await teacher_says(tg, "/classquiz tg-test 5", method="sendPoll")
    tg.fake.poll_answer(BOB, poll, [0])
    mark = tg.fake.mark()
    [_, poll2] = await tg.fake.wait_for("sendPoll", chat_id=GROUP, count=2, timeout=12)
    reveal = tg.fake.find("sendMessage", chat_id=GROUP, since=mark)[0]
    assert "1 of 1 got it right" in reveal.text


async def test_a_class_quiz_survives_a_restart(tg):
    set_up_class(tg.fake)
    [poll] = await teacher_says(tg, "/classquiz tg-test 30", method="sendPoll")
    tg.fake.poll_answer(ALICE, poll, [0])
    await tg.fake.wait_idle()
    await tg.restart()
    tg.fake.poll_answer(BOB, poll, [0])
    await tg.fake.wait_idle()
    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, TEACHER, "/next")
    await tg.fake.wait_for("sendPoll", chat_id=GROUP, since=mark)
    [reveal] = tg.fake.find("sendMessage", chat_id=GROUP, since=mark)
    assert "2 of 2 got it right" in reveal.text
