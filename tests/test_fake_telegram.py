"""The fake Bot API server refuses what Telegram refuses, so the bot's tests mean something."""

from __future__ import annotations

import pytest
from fake_telegram import BOT_USERNAME, TOKEN, FakeTelegram, group, parse_html, user
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChatAdministrators,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultsButton,
    Poll,
)
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter

ALICE = user(1, "Alice")


@pytest.fixture
async def api():
    with FakeTelegram() as fake:
        bot = Bot(TOKEN, base_url=f"{fake.url}/bot")
        async with bot:
            fake.private_message(ALICE, "/start")
            yield fake, bot


@pytest.mark.parametrize("text", ["<script>x</script>", "a & b", "<b>bold", "</i>", "1 < 2", '<span class="x">s</span>'])
def test_html_telegram_cannot_parse_is_rejected(text):
    with pytest.raises(ValueError):
        parse_html(text)


def test_html_telegram_parses_gives_the_text_shown():
    assert parse_html('<b>a</b> &amp; <i>b</i> &lt;c&gt; <a href="https://x.org">d</a> &#228;') == "a & b <c> d ä"


async def test_bad_requests_are_refused_like_telegram_does(api):
    fake, bot = api
    with pytest.raises(BadRequest, match="(?i)parse entities"):
        await bot.send_message(1, "<script>alert(1)</script>", parse_mode="HTML")
    with pytest.raises(BadRequest, match="(?i)too long"):
        await bot.send_message(1, "x" * 4097)
    await bot.send_message(1, "&amp;" * 4096, parse_mode="HTML")  # 4096 characters once parsed
    with pytest.raises(BadRequest, match="(?i)button_data_invalid"):
        await bot.send_message(1, "x", reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("b", callback_data="d" * 65)]]))
    with pytest.raises(BadRequest, match="(?i)chat not found"):
        await bot.send_message(999, "x")


async def test_poll_limits(api):
    fake, bot = api
    chat = group(-5)
    fake.group_message(chat, ALICE, "hello")
    with pytest.raises(BadRequest):
        await bot.send_poll(-5, "q" * 301, ["a", "b"])
    with pytest.raises(BadRequest):
        await bot.send_poll(-5, "q", ["a" * 101, "b"])
    with pytest.raises(BadRequest):
        await bot.send_poll(-5, "q", [str(i) for i in range(13)])
    with pytest.raises(BadRequest):
        await bot.send_poll(-5, "q", ["a", "b"], type="quiz", correct_option_ids=[2])
    with pytest.raises(BadRequest):
        await bot.send_poll(-5, "q", ["a", "b"], type="quiz", correct_option_ids=[0], explanation="e" * 201)
    message = await bot.send_poll(-5, "q", ["a", "b"], type="quiz", correct_option_ids=[1], is_anonymous=False)
    assert message.poll.correct_option_ids == (1,) and message.poll.options[0].persistent_id
    fake.poll_answer(ALICE, message.poll.id, [1])
    updates = await bot.get_updates(timeout=1)
    [answer] = [u.poll_answer for u in updates if u.poll_answer]
    assert answer.option_persistent_ids == (message.poll.options[1].persistent_id,)


async def test_errors_on_demand_and_for_strangers(api):
    fake, bot = api
    fake.fail_next("sendMessage", status=429, retry_after=3)
    with pytest.raises(RetryAfter):
        await bot.send_message(1, "x")
    fake.fail_next("sendMessage", status=502)
    with pytest.raises(NetworkError):
        await bot.send_message(1, "x")
    fake.group_message(group(-5), user(2, "Bob"), "hi")
    with pytest.raises(Forbidden):  # Bob never started a private chat with the bot
        await bot.send_message(2, "x")
    with pytest.raises(InvalidToken):
        await Bot("1:wrong", base_url=f"{fake.url}/bot").get_me()


async def test_profile_menus_and_start_links_are_refused_like_telegram_does(api):
    fake, bot = api
    with pytest.raises(BadRequest, match="(?i)too_long"):
        await bot.set_my_description("d" * 513)
    with pytest.raises(BadRequest, match="(?i)too_long"):
        await bot.set_my_short_description("d" * 121)
    await bot.set_my_description("d" * 512)
    assert (await bot.get_my_description()).description == "d" * 512
    with pytest.raises(BadRequest, match="(?i)bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Quiz", "upper case")])
    with pytest.raises(BadRequest, match="(?i)description_invalid"):
        await bot.set_my_commands([BotCommand("quiz", "x" * 257)])
    with pytest.raises(BadRequest, match="(?i)chat not found"):
        await bot.set_my_commands([BotCommand("quiz", "q")], scope=BotCommandScopeChatAdministrators(-77))
    await bot.set_my_commands([BotCommand("quiz", "q")], scope=BotCommandScopeAllPrivateChats())
    assert fake.menu(1, 1) == ["quiz"]
    for bad in ("quiz_a b", "quiz_ä", "q" * 65):
        with pytest.raises(BadRequest, match="(?i)start_param_invalid"):
            await bot.send_message(1, "x", reply_markup=InlineKeyboardMarkup(
                [[InlineKeyboardButton("b", url=f"https://t.me/{BOT_USERNAME}?start={bad}")]]))
    with pytest.raises(BadRequest, match="(?i)start_param_invalid"):
        await bot.send_message(1, f'<a href="https://t.me/{BOT_USERNAME}?startgroup=a.b">x</a>', parse_mode="HTML")
    await bot.send_message(1, "x", reply_markup=InlineKeyboardMarkup(
        [[InlineKeyboardButton("b", url=f"https://t.me/{BOT_USERNAME}?start=quiz_zhi-2016")]]))


async def test_inline_answers_check_their_button_and_offset(api):
    fake, bot = api
    for button, offset in ((InlineQueryResultsButton("b", start_parameter="a b"), ""),
                           (InlineQueryResultsButton("b", start_parameter="ok"), "9" * 65)):
        query_id = fake.inline_query(ALICE, "")
        with pytest.raises(BadRequest):
            await bot.answer_inline_query(query_id, [], button=button, next_offset=offset)


# -- private quiz polls ------------------------------------------------------------------------

async def test_the_fake_takes_one_final_vote_from_the_person_of_a_private_quiz_poll(api):
    fake, bot = api
    single = await bot.send_poll(ALICE["id"], "q", ["a", "b", "c"], type=Poll.QUIZ, correct_option_ids=[0],
                                 is_anonymous=False)
    with pytest.raises(AssertionError, match="only the person"):
        fake.poll_answer(user(2, "Bob"), single.poll.id, [0])
    with pytest.raises(AssertionError, match="takes one option"):
        fake.poll_answer(ALICE, single.poll.id, [0, 1])
    with pytest.raises(AssertionError, match="no such option"):
        fake.poll_answer(ALICE, single.poll.id, [3])
    fake.poll_answer(ALICE, single.poll.id, [1])
    with pytest.raises(AssertionError, match="answered once"):
        fake.poll_answer(ALICE, single.poll.id, [0])
    multi = await bot.send_poll(ALICE["id"], "q", ["a", "b", "c"], type=Poll.QUIZ, correct_option_ids=[0, 2],
                                allows_multiple_answers=True, is_anonymous=False)
    assert multi.poll.correct_option_ids == (0, 2)
    fake.poll_answer(ALICE, multi.poll.id, [0, 2])
    with pytest.raises(BadRequest, match="(?i)quiz_correct_answers_too_much"):
        await bot.send_poll(ALICE["id"], "q", ["a", "b"], type=Poll.QUIZ, correct_option_ids=[0, 1], is_anonymous=False)
    with pytest.raises(BadRequest, match="(?i)too long"):
        await bot.send_poll(ALICE["id"], "q", ["a", "b"], type=Poll.QUIZ, correct_option_ids=[0], explanation="e" * 201)


async def test_the_fake_refuses_a_named_poll_in_a_channel(api):
    fake, bot = api
    channel = {**group(-1009, "News"), "type": "channel"}
    fake.chats[channel["id"]] = channel
    with pytest.raises(BadRequest, match="(?i)poll_anonymous_required"):
        await bot.send_poll(channel["id"], "q", ["a", "b"], is_anonymous=False)
    await bot.send_poll(channel["id"], "q", ["a", "b"])
