"""The fake Bot API server is as strict as Telegram about what class quizzes use:
reactions, ForceReply, multi-answer quiz polls and the group's member count."""

from __future__ import annotations

import pytest
from fake_telegram import TOKEN, FakeTelegram, group, user
from telegram import Bot, ForceReply, InlineKeyboardButton, InlineKeyboardMarkup, Poll, ReactionTypeCustomEmoji
from telegram.constants import ReactionEmoji
from telegram.error import BadRequest

ALICE = user(1, "Alice")
BOB = user(2, "Bob")
CHAT = group(-5)


@pytest.fixture
async def api():
    with FakeTelegram() as fake:
        bot = Bot(TOKEN, base_url=f"{fake.url}/bot")
        async with bot:
            yield fake, bot


async def test_a_reaction_is_one_allowed_emoji_on_a_message_of_that_chat(api):
    fake, bot = api
    said = fake.group_message(CHAT, ALICE, "sovereign states")
    assert await bot.set_message_reaction(CHAT["id"], said["message_id"], ReactionEmoji.WRITING_HAND)
    assert fake.reaction(said) == ["✍"]
    with pytest.raises(BadRequest, match="(?i)reaction_invalid"):
        await bot.set_message_reaction(CHAT["id"], said["message_id"], "✅")  # not on Telegram's list
    with pytest.raises(BadRequest, match="(?i)reaction_invalid"):
        await bot.set_message_reaction(CHAT["id"], said["message_id"], ReactionTypeCustomEmoji("123"))
    with pytest.raises(BadRequest, match="(?i)reactions_too_many"):
        await bot.set_message_reaction(CHAT["id"], said["message_id"], ["👍", "🔥"])
    with pytest.raises(BadRequest, match="(?i)message to react not found"):
        await bot.set_message_reaction(CHAT["id"], said["message_id"] + 1, "👍")
    other = group(-6)
    fake.group_message(other, BOB, "hi")
    with pytest.raises(BadRequest, match="(?i)message to react not found"):  # that id is another chat's message
        await bot.set_message_reaction(other["id"], said["message_id"] + 1, "👍")
    assert fake.reaction(said) == ["✍"]
    await bot.set_message_reaction(CHAT["id"], said["message_id"])  # no reaction: taken back
    assert fake.reaction(said) == []


async def test_force_reply_is_checked_and_its_message_cannot_be_edited(api):
    fake, bot = api
    fake.group_message(CHAT, ALICE, "hello")
    with pytest.raises(BadRequest, match="(?i)placeholder"):
        await bot.send_message(CHAT["id"], "Your answer?", reply_markup=ForceReply(input_field_placeholder="x" * 65))
    asked = await bot.send_message(CHAT["id"], "Your answer?",
                                   reply_markup=ForceReply(input_field_placeholder="Answer"))
    assert asked.reply_markup is None  # a Message only ever carries an inline keyboard
    with pytest.raises(BadRequest, match="(?i)can.t be edited"):
        await bot.edit_message_text("Changed", CHAT["id"], asked.message_id)
    plain = await bot.send_message(CHAT["id"], "Answered: 0 of 3")
    await bot.edit_message_text("Answered: 1 of 3", CHAT["id"], plain.message_id)
    keyed = await bot.send_message(CHAT["id"], "Q", reply_markup=InlineKeyboardMarkup(
        [[InlineKeyboardButton("1", callback_data="a")]]))
    assert keyed.reply_markup is not None


async def test_multi_answer_quiz_polls_and_votes(api):
    fake, bot = api
    fake.group_message(CHAT, ALICE, "hello")
    with pytest.raises(BadRequest, match="(?i)quiz_correct_answers_too_much"):
        await bot.send_poll(CHAT["id"], "Which?", ["a", "b", "c"], type=Poll.QUIZ, correct_option_ids=[0, 2])
    sent = await bot.send_poll(CHAT["id"], "Which?", ["a", "b", "c"], type=Poll.QUIZ, is_anonymous=False,
                               correct_option_ids=[0, 2], allows_multiple_answers=True)
    assert sent.poll.correct_option_ids == (0, 2) and sent.poll.allows_multiple_answers
    fake.poll_answer(ALICE, sent.poll.id, [0, 2])
    single = await bot.send_poll(CHAT["id"], "One?", ["a", "b"], type=Poll.QUIZ, is_anonymous=False,
                                 correct_option_ids=[1])
    with pytest.raises(AssertionError, match="one answer"):
        fake.poll_answer(BOB, single.poll.id, [0, 1])  # the app lets nobody do this


async def test_member_count_counts_owner_admins_members_and_the_bot(api):
    fake, bot = api
    fake.set_admins(CHAT, owner=ALICE)
    fake.set_members(CHAT, [BOB, user(3, "Cy")])
    assert await bot.get_chat_member_count(CHAT["id"]) == 4
    with pytest.raises(BadRequest, match="(?i)chat not found"):
        await bot.get_chat_member_count(-99)
