"""The end of a class quiz: results only when someone answered."""

from __future__ import annotations

from telegram_harness import CLASS, TEACHER, TEACHER_ID, set_up_class, tg  # noqa: F401 - the fixture

GROUP = CLASS["id"]


async def test_nobody_answered_gets_one_line_and_no_chart_or_csv(tg):
    set_up_class(tg.fake)
    tg.fake.private_message(TEACHER, "/start")  # the CSV would go to the teacher privately
    await tg.fake.wait_for("sendMessage", chat_id=TEACHER_ID, count=2)
    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, TEACHER, "/classquiz tg-test 30")
    await tg.fake.wait_for("sendPoll", chat_id=GROUP, since=mark)
    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, TEACHER, "/stop")
    await tg.fake.wait_for("sendMessage", chat_id=GROUP, since=mark,
                           where=lambda c: "Nobody answered, so there are no results" in c.text)
    await tg.fake.wait_idle()
    [reveal, over] = tg.fake.find("sendMessage", chat_id=GROUP, since=mark)
    assert "Nobody answered." in reveal.text
    assert "\n" not in over.text and over.text.startswith("Telegram <test> & quiz is over.")
    assert not tg.fake.find("sendPhoto", since=mark) and not tg.fake.find("sendDocument", since=mark)
    assert tg.store.active_class_run(GROUP) is None
