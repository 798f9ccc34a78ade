"""Typed answers in a class quiz: asked with ForceReply, each student's first answer
acknowledged with a reaction, later ones and late ones shrugged at with one note, and a
reply to a class question never taken as a search."""

from __future__ import annotations

import csv
import io

from fake_telegram import BOT_USERNAME
from telegram_harness import ALICE, BOB, CAROL, CLASS, DAN, TEACHER, TEACHER_ID, set_up_class, tg  # noqa: F401

GROUP = CLASS["id"]


async def next_from_teacher(tg, method="sendPoll"):
    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, TEACHER, "/next")
    return (await tg.fake.wait_for(method, chat_id=GROUP, since=mark))[-1]


def posted(tg, since):
    """What the bot posted into the group since ``since``."""
    return [c for c in tg.fake.find("sendMessage", chat_id=GROUP, since=since)]


async def test_typed_answers_are_acknowledged_once_each_and_late_replies_are_no_search(tg):
    set_up_class(tg.fake)
    tg.fake.private_message(TEACHER, "/start")
    await tg.fake.wait_for("sendMessage", chat_id=TEACHER_ID, count=2)
    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, TEACHER, "/classquiz tg-test 60")
    await tg.fake.wait_for("sendPoll", chat_id=GROUP, since=mark)
    await next_from_teacher(tg)
    await next_from_teacher(tg)
    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, TEACHER, "/next")
    [_, question, count] = await tg.fake.wait_for("sendMessage", chat_id=GROUP, since=mark, count=3)
    assert question.text.startswith("Question 4 of 4") and "only your first one counts" in question.text
    assert question.params["reply_markup"] == {"force_reply": True, "input_field_placeholder": "Your answer"}
    assert count.text == "Answered: 0 of 5"  # seven members, less the bot and the teacher

    # Each student's first answer counts and gets ✍ on their message; nothing is posted.
    mark = tg.fake.mark()
    alice = tg.fake.group_message(CLASS, ALICE, "sovereign states", reply_to=tg.fake.message(question))
    bob = tg.fake.group_message(CLASS, BOB, "netizens", reply_to=tg.fake.message(question))
    # Without replying, a message to the bot counts too while a typed question is open.
    carol = tg.fake.group_message(CLASS, CAROL, f"@{BOT_USERNAME} Sovereign States")
    await tg.fake.wait_for("setMessageReaction", chat_id=GROUP, since=mark, count=3)
    assert tg.fake.reaction(alice) == tg.fake.reaction(bob) == tg.fake.reaction(carol) == ["✍"]
    assert posted(tg, mark) == []

    # A second answer doesn't count: a shrug each, and one short note for the class.
    mark = tg.fake.mark()
    alice_again = tg.fake.group_message(CLASS, ALICE, "netizens", reply_to=tg.fake.message(question))
    await tg.fake.wait_for("sendMessage", chat_id=GROUP, since=mark)
    bob_again = tg.fake.group_message(CLASS, BOB, "sovereign states", reply_to=tg.fake.message(question))
    await tg.fake.wait_for("setMessageReaction", chat_id=GROUP, since=mark, count=2)
    await tg.fake.wait_idle()
    assert tg.fake.reaction(alice_again) == tg.fake.reaction(bob_again) == ["🤷"]
    [note] = posted(tg, mark)
    assert note.text == "Only each student's first answer counts (🤷 marks a later one)."
    assert note.params["reply_parameters"]["message_id"] == alice_again["message_id"]

    # The live count, edited in place.
    await tg.fake.wait_for("editMessageText", chat_id=GROUP, where=lambda c: c.text == "Answered: 3 of 5")

    # The reveal closes the count; the last question ends the quiz.
    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, TEACHER, "/next")
    [document] = await tg.fake.wait_for("sendDocument", chat_id=TEACHER_ID, since=mark)
    await tg.fake.wait_idle()
    assert tg.fake.message(count)["text"] == "Answered: 3 of 5. Closed."
    reveal = next(c for c in posted(tg, mark) if "the answer is" in c.text)
    assert "3 of 3 got it right" not in reveal.text and "2 of 3 got it right" in reveal.text
    rows = list(csv.DictReader(io.StringIO(document.files["document"][1].decode("utf-8-sig"))))
    assert {(r["name"], r["answer"]) for r in rows} == {("Alice", "sovereign states"), ("Bob", "netizens"),
                                                        ("Carol Chen", "Sovereign States")}

    # A reply to the closed question, even after the quiz, is no search: no quotations posted.
    mark = tg.fake.mark()
    dan = tg.fake.group_message(CLASS, DAN, "sovereign states", reply_to=tg.fake.message(question))
    [late] = await tg.fake.wait_for("sendMessage", chat_id=GROUP, since=mark)
    assert late.text == "Question 4 has closed: answers to it no longer count."
    bob_late = tg.fake.group_message(CLASS, BOB, "what about sovereignty?", reply_to=tg.fake.message(count))
    await tg.fake.wait_for("setMessageReaction", chat_id=GROUP, since=mark, count=2)
    await tg.fake.wait_idle()
    assert tg.fake.reaction(dan) == tg.fake.reaction(bob_late) == ["🤷"]
    assert [c.text for c in posted(tg, mark)] == [late.text]  # one note; no quotations


async def test_a_reply_to_an_open_poll_is_pointed_at_the_poll_not_searched(tg):
    set_up_class(tg.fake)
    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, TEACHER, "/classquiz tg-test 60")
    [poll] = await tg.fake.wait_for("sendPoll", chat_id=GROUP, since=mark)
    mark = tg.fake.mark()
    said = tg.fake.group_message(CLASS, ALICE, "sovereign states", reply_to=tg.fake.message(poll))
    [note] = await tg.fake.wait_for("sendMessage", chat_id=GROUP, since=mark)
    assert note.text == "Answer Question 1 with its poll, not by replying."
    await tg.fake.wait_idle()
    assert tg.fake.reaction(said) == ["🤷"]
    assert len(posted(tg, mark)) == 1
    # Outside a class question, a reply to the bot is still a question for it.
    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, BOB, "what do the texts say about sovereign states?", reply_to=tg.fake.message(note))
    [answer] = await tg.fake.wait_for("sendMessage", chat_id=GROUP, since=mark)
    assert "<blockquote>" in answer.params["text"]
