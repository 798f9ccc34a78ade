"""The bot's face: greeting, profile descriptions and example questions from corpus/bot.yaml; menus per scope."""

from __future__ import annotations

from conftest import CORPUS_DIR
from telegram_harness import ADMIN, ALICE, CLASS, running_bot, set_up_class, tg  # noqa: F401 - the fixture

from bot.texts.voice import DEFAULT_DESCRIPTION, DEFAULT_GREETING, DEFAULT_SHORT_DESCRIPTION, load_voice

TEACHER_ONLY = {"classquiz", "next", "stop"}
SHIPPED = load_voice(CORPUS_DIR)


async def test_start_greets_in_the_corpus_voice_with_its_example_questions(tg):
    mark = tg.fake.mark()
    tg.fake.private_message(ALICE, "/start")
    sent = await tg.fake.wait_for("sendMessage", chat_id=ALICE["id"], since=mark, count=2)
    assert any(SHIPPED.greeting in c.text for c in sent)
    labels = [b["text"] for c in sent for b in c.buttons]
    assert SHIPPED.examples and all(question in labels for question in SHIPPED.examples)


async def test_the_profile_descriptions_come_from_the_corpus(tg):
    assert tg.fake.descriptions[("description", "")] == SHIPPED.description
    assert tg.fake.descriptions[("short_description", "")] == SHIPPED.short_description


async def test_another_corpus_without_bot_yaml_gets_a_neutral_voice(searcher, index_settings, tmp_path):
    other = tmp_path / "other-corpus"
    other.mkdir()
    async with running_bot(searcher, index_settings, tmp_path, TEXTBOT_CORPUS=other) as bot:
        assert bot.fake.descriptions[("description", "")] == DEFAULT_DESCRIPTION
        assert bot.fake.descriptions[("short_description", "")] == DEFAULT_SHORT_DESCRIPTION
        mark = bot.fake.mark()
        bot.fake.private_message(ALICE, "/start")
        sent = await bot.fake.wait_for("sendMessage", chat_id=ALICE["id"], since=mark, count=2)
        await bot.fake.wait_idle()
        texts = " ".join(c.text for c in bot.fake.find("sendMessage", since=mark))
        assert DEFAULT_GREETING in texts
        assert "cyber" not in texts.lower()
        assert not any(c.buttons for c in sent)  # no example questions to offer


async def test_a_voice_of_its_own_for_other_texts(searcher, index_settings, tmp_path):
    other = tmp_path / "poems"
    other.mkdir()
    (other / "bot.yaml").write_text(
        "greeting: I quote the poems of <Li Bai> & Du Fu.\n"
        "description: Poems of the Tang dynasty, quoted line by line.\n"
        "short_description: Tang poems, quoted.\n"
        "examples: ['What do the poems say about the moon?']\n", encoding="utf-8")
    async with running_bot(searcher, index_settings, tmp_path, TEXTBOT_CORPUS=other) as bot:
        assert bot.fake.descriptions[("short_description", "")] == "Tang poems, quoted."
        mark = bot.fake.mark()
        bot.fake.private_message(ALICE, "/help")
        sent = await bot.fake.wait_for("sendMessage", chat_id=ALICE["id"], since=mark, count=2)
        assert [b["text"] for c in sent for b in c.buttons] == ["What do the poems say about the moon?"]
        mark = bot.fake.mark()
        bot.fake.private_message(ALICE, "/start")
        sent = await bot.fake.wait_for("sendMessage", chat_id=ALICE["id"], since=mark, count=2)
        assert any("I quote the poems of <Li Bai> & Du Fu." in c.text for c in sent)  # escaped, shown as text


async def test_menus_per_scope_only_admins_see_the_teacher_commands(tg):
    set_up_class(tg.fake)
    private = set(tg.fake.menu(ALICE["id"], ALICE["id"]))
    member = set(tg.fake.menu(CLASS["id"], ALICE["id"]))
    admin = set(tg.fake.menu(CLASS["id"], ADMIN["id"]))
    assert {"quiz", "review", "forget", "score"} <= private and not TEACHER_ONLY & private
    assert "ask" in member and not TEACHER_ONLY & member
    assert TEACHER_ONLY <= admin and "ask" in admin
