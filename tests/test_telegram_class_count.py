"""The live count of a class question: "Answered: K of N" on button and typed questions,
edited in place, and not once per answer (Telegram limits edits in a group)."""

from __future__ import annotations

import pytest
import telegram_harness
from fake_telegram import user
from telegram_harness import CLASS, TEACHER, quiz_folder, running_bot, set_up_class

GROUP = CLASS["id"]
CLASS_SIZE = 30
STUDENTS = [user(2000 + n, f"Student{n}") for n in range(CLASS_SIZE)]
PADDING = "Read the whole question before you answer it, as you would in an exam. " * 4
# One question too long for a poll (so it is asked with buttons), then a typed one.
LIVE_QUIZ = f"""\
id: tg-live
title: "Live count"
description: "Buttons and a typed answer."
seconds_per_question: 60
shuffle_options: false
questions:
  - id: long
    kind: single
    prompt: "{PADDING}According to the China Daily article (2022), whose influence can global digital governance not ignore?"
    options: ["sovereign states", "internet companies", "netizens"]
    answer: "sovereign states"
    explanation: "The article opens with this sentence."
    source:
      doc: chinadaily-2022
      quote: "Global digital governance cannot ignore the important influence of sovereign states on the digital world."
  - id: typed
    kind: short
    prompt: "According to the China Daily article (2022), global digital governance cannot ignore the important influence of whom?"
    answer: ["sovereign states"]
    explanation: "The first sentence of the article."
    source:
      doc: chinadaily-2022
      quote: "Global digital governance cannot ignore the important influence of sovereign states on the digital world."
"""


@pytest.fixture
async def tg(searcher, index_settings, tmp_path, monkeypatch):
    """The bot with the test quizzes and the live-count quiz."""
    def folder(path):
        made = quiz_folder(path)
        (made / "tg-live.yaml").write_text(LIVE_QUIZ, encoding="utf-8")
        return made

    monkeypatch.setattr(telegram_harness, "quiz_folder", folder)
    async with running_bot(searcher, index_settings, tmp_path) as under_test:
        yield under_test


def counted(text):
    return lambda call: call.text.endswith(text)


async def first_question(tg):
    """The class, thirty more students, and the live quiz's first question (buttons)."""
    set_up_class(tg.fake)
    tg.fake.set_members(CLASS, STUDENTS)
    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, TEACHER, "/classquiz tg-live 60")
    [question] = await tg.fake.wait_for("sendMessage", chat_id=GROUP, since=mark,
                                        where=lambda c: c.text.startswith("Question 1 of 2"))
    return question


async def test_thirty_presses_in_a_second_make_a_few_edits_of_the_count(tg):
    question = await first_question(tg)
    others = 4 + 1  # set_up_class's four students and the group's owner
    assert question.text.endswith(f"Answered: 0 of {CLASS_SIZE + others}")
    assert [b["text"] for b in question.buttons] == ["1", "2", "3"]

    mark = tg.fake.mark()
    for student in STUDENTS:
        tg.fake.press(student, question, label="1")
    final = f"Answered: {CLASS_SIZE} of {CLASS_SIZE + others}"
    await tg.fake.wait_for("editMessageText", chat_id=GROUP, since=mark, where=counted(final), timeout=20)
    await tg.fake.wait_idle(settle=1.5)
    edits = tg.fake.find("editMessageText", chat_id=GROUP, since=mark)
    assert 1 <= len(edits) <= 3, [e.text[-20:] for e in edits]
    shown = tg.fake.message(question)
    assert shown["text"].endswith(final) and shown["text"].startswith("Question 1 of 2")
    assert len(shown["reply_markup"]["inline_keyboard"][0]) == 3  # still open: the buttons stay

    # The reveal closes it: the final count, no buttons.
    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, TEACHER, "/next")
    await tg.fake.wait_for("sendMessage", chat_id=GROUP, since=mark, where=lambda c: c.text.startswith("Question 2"))
    shown = tg.fake.message(question)
    assert "reply_markup" not in shown and shown["text"].endswith("Closed.\n\n" + final)


async def test_on_later_questions_n_is_who_takes_part(tg):
    question = await first_question(tg)
    mark = tg.fake.mark()
    for student in STUDENTS[:3]:
        tg.fake.press(student, question, label="2")
    await tg.fake.wait_for("answerCallbackQuery", since=mark, count=3)
    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, TEACHER, "/next")
    [count] = await tg.fake.wait_for("sendMessage", chat_id=GROUP, since=mark,
                                     where=lambda c: c.text.startswith("Answered"))
    assert count.text == "Answered: 0 of 3"  # three took part in question 1
    typed = next(c for c in tg.fake.find("sendMessage", chat_id=GROUP, since=mark) if c.text.startswith("Question 2"))
    mark = tg.fake.mark()
    for student in STUDENTS[2:5]:  # one of them new
        tg.fake.group_message(CLASS, student, "sovereign states", reply_to=tg.fake.message(typed))
    await tg.fake.wait_for("editMessageText", chat_id=GROUP, since=mark, where=counted("Answered: 3 of 5"), timeout=20)
