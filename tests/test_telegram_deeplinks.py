"""Deep links and sharing: t.me links that start a quiz, in private or with a class; URL buttons to the
private chat; inline mode offering the quizzes to share, page by page."""

from __future__ import annotations

import html
import re

from fake_telegram import BOT_USERNAME
from telegram_harness import ALICE, BOB, CLASS, TEACHER, set_up_class, tg  # noqa: F401 - the fixture

GROUP = CLASS["id"]
LINK = f"https://t.me/{BOT_USERNAME}"


def hrefs(call) -> dict[str, str]:
    """The links of a message: their text -> their URL (the last, for a text used twice)."""
    return {html.unescape(text): url for url, text in re.findall(r'<a href="([^"]+)">([^<]*)</a>', call.params["text"])}


def urls(call) -> dict[str, str]:
    return {b["text"]: b["url"] for b in call.buttons if "url" in b}


async def test_a_start_link_starts_that_quiz(tg):
    mark = tg.fake.mark()
    tg.fake.open_link(ALICE, f"{LINK}?start=quiz_tg-test")
    [poll] = await tg.fake.wait_for("sendPoll", chat_id=ALICE["id"], since=mark)
    assert poll.result["poll"]["question"].startswith("1/4. ")
    assert tg.store.has_started(ALICE["id"])


async def test_a_link_to_a_quiz_that_is_gone_says_so(tg):
    mark = tg.fake.mark()
    tg.fake.open_link(ALICE, f"{LINK}?start=quiz_no-such-quiz")
    [reply] = await tg.fake.wait_for("sendMessage", chat_id=ALICE["id"], since=mark)
    assert "no-such-quiz" in reply.text


async def test_quiz_offers_links_to_share_a_quiz_and_to_run_it_with_a_class(tg):
    set_up_class(tg.fake)
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "/quiz")
    listing, share = await tg.fake.wait_for("sendMessage", chat_id=ALICE["id"], since=mark, count=2)
    links = hrefs(share)
    assert links["Telegram <test> & quiz"] == f"{LINK}?start=quiz_tg-test"
    assert f"{LINK}?startgroup=quiz_tg-test" in re.findall(r'href="([^"]+)"', share.params["text"])
    assert any(b.get("switch_inline_query") == "" for b in share.buttons)

    # Bob, sent the link, taps it: the quiz starts for him.
    mark = tg.fake.mark()
    tg.fake.open_link(BOB, links["Telegram <test> & quiz"])
    [poll] = await tg.fake.wait_for("sendPoll", chat_id=BOB["id"], since=mark)
    assert poll.result["poll"]["question"].startswith("1/4. ")

    # The teacher taps "with a class" and picks the class group: the picker opens there, that quiz first.
    mark = tg.fake.mark()
    tg.fake.open_link(TEACHER, f"{LINK}?startgroup=quiz_tg-test", group=CLASS)
    [picker] = await tg.fake.wait_for("sendMessage", chat_id=GROUP, since=mark)
    assert "Telegram <test> & quiz" in picker.text and "Only you" in picker.text
    assert picker.buttons[0]["text"].startswith("Telegram <test>")
    assert not tg.fake.find("sendPoll", since=mark)  # nothing starts before the teacher says so
    mark = tg.fake.mark()
    tg.fake.press(TEACHER, picker, data=picker.buttons[0]["callback_data"])
    [poll] = await tg.fake.wait_for("sendPoll", chat_id=GROUP, since=mark)
    assert "global digital governance" in poll.params["question"]


async def test_a_student_adding_the_bot_with_a_class_link_is_sent_to_the_private_chat(tg):
    set_up_class(tg.fake)
    mark = tg.fake.mark()
    tg.fake.open_link(ALICE, f"{LINK}?startgroup=quiz_tg-test", group=CLASS)
    [reply] = await tg.fake.wait_for("sendMessage", chat_id=GROUP, since=mark)
    assert "only the group's admins and the teachers" in reply.text
    [url] = urls(reply).values()
    assert url == f"{LINK}?start=quiz_tg-test"  # taking it alone is one tap away
    assert not tg.fake.find("sendPoll", since=mark)


async def test_open_me_in_private_is_a_url_button(tg):
    set_up_class(tg.fake)
    mark = tg.fake.mark()
    tg.fake.group_message(CLASS, ALICE, "/review")
    [reply] = await tg.fake.wait_for("sendMessage", chat_id=GROUP, since=mark)
    assert list(urls(reply).values()) == [LINK]
    mark = tg.fake.mark()
    tg.fake.private_message(TEACHER, "/classquiz")
    [reply] = await tg.fake.wait_for("sendMessage", chat_id=TEACHER["id"], since=mark)
    [add] = urls(reply).values()
    assert add == f"{LINK}?startgroup=class"
    mark = tg.fake.mark()
    tg.fake.open_link(TEACHER, add, group=CLASS)
    [picker] = await tg.fake.wait_for("sendMessage", chat_id=GROUP, since=mark)
    assert "Which quiz?" in picker.text and len(picker.buttons) == len(tg.app.bot_data["textbot"].conversation.quizzes)


async def test_an_empty_inline_query_offers_the_quizzes_page_by_page(tg):
    quizzes = list(tg.app.bot_data["textbot"].conversation.quizzes)
    offered, offset, pages = [], "", 0
    while True:
        mark = tg.fake.mark()
        tg.fake.inline_query(ALICE, "", offset=offset)
        [answer] = await tg.fake.wait_for("answerInlineQuery", since=mark)
        pages += 1
        assert answer.params["button"]["start_parameter"] == "inline"  # "switch to private chat"
        for result in answer.params["results"]:
            buttons = [b for row in result["reply_markup"]["inline_keyboard"] for b in row]
            quiz_id = buttons[0]["url"].split("start=quiz_")[1]
            assert buttons[1]["url"] == f"{LINK}?startgroup=quiz_{quiz_id}"
            offered.append(quiz_id)
        offset = answer.params.get("next_offset") or ""
        if not offset:
            break
    assert offered == [q.id for q in quizzes]  # every quiz once, in order
    assert pages > 1

    mark = tg.fake.mark()
    tg.fake.open_link(ALICE, f"{LINK}?start=inline")  # the button above the results
    sent = await tg.fake.wait_for("sendMessage", chat_id=ALICE["id"], since=mark, count=2)
    assert any(c.buttons for c in sent)  # the greeting with example questions


async def test_inline_quotations_page_with_next_offset(tg):
    mark = tg.fake.mark()
    tg.fake.inline_query(ALICE, "cyber sovereignty")
    [first] = await tg.fake.wait_for("answerInlineQuery", since=mark)
    assert first.params["next_offset"] == "5"
    mark = tg.fake.mark()
    tg.fake.inline_query(ALICE, "cyber sovereignty", offset="5")
    [second] = await tg.fake.wait_for("answerInlineQuery", since=mark)
    texts = lambda answer: {r["input_message_content"]["message_text"] for r in answer.params["results"]}  # noqa: E731
    assert second.params["results"] and not texts(first) & texts(second)
