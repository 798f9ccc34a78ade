"""Small talk and other languages get a short friendly reply, never "not covered"."""

import pytest

from bot.chat.conversation import NOT_COVERED, Conversation, MemoryStore
from bot.chat.small_talk import SmallTalk, asks_for_more, asks_for_source
from conftest_quiz import quiz_library  # noqa: F401 (fixture)


class NoSearch:
    """A searcher that must not be asked: small talk is not a question about the texts."""

    def search(self, question, **options):
        raise AssertionError(f"searched {question!r}")

    def cite(self, quote):
        raise AssertionError("cited")


@pytest.fixture
def chat(quiz_library):  # noqa: F811
    return Conversation(NoSearch(), quiz_library, MemoryStore())


@pytest.mark.parametrize(
    "message",
    ["hi", "Hello!", "hey there", "good morning", "thanks!", "Thank you so much", "who are you?", "What can you do?",
     "I don't understand", "sorry, I'm confused", "huh?", "ok", "what?", "why?", "how?", "please help", "can you help me?",
     "I need help"],
)
def test_small_talk_gets_a_friendly_reply_with_an_example_question(chat, message):
    [reply] = chat.ask("7", message)
    assert reply.text != NOT_COVERED
    assert "For example: “What do the texts say about " in reply.text


def test_the_example_question_comes_from_the_corpus(documents):
    example = SmallTalk(documents).example
    topic = example.removeprefix("What do the texts say about ").rstrip("?")
    assert topic != example and topic.lower() in " ".join(d.body.lower() for d in documents.values())


def test_the_example_question_is_answered(searcher, documents):
    assert searcher.search(SmallTalk(documents).example).answered


@pytest.mark.parametrize("message", ["1", "42", "?", "...", "😀", "1)"])
def test_a_message_without_words_is_asked_to_use_words_not_answered_with_quotes(chat, message):
    [reply] = chat.ask("7", message)
    assert reply.text.startswith("Ask me in words") and not reply.quotes


def test_a_search_filter_alone_is_asked_for_words_not_told_to_use_english(chat):
    [reply] = chat.ask("7", "site:gmw.cn")
    assert reply.text.startswith("Ask me in words") and not reply.quotes


@pytest.mark.parametrize("message", ["author:zhang snowden", 'site:gmw.cn "digital divide"'])
def test_search_terms_with_a_filter_are_searched(documents, message):
    assert SmallTalk(documents).reply(message) is None


def test_a_year_alone_is_still_searched(documents):
    assert SmallTalk(documents).reply("2014") is None


@pytest.mark.parametrize(
    "message",
    ["网络主权是什么？", "Что тексты говорят о суверенитете?", "¿Qué dicen los textos sobre la soberanía?", "Que disent les textes sur la souveraineté?"],
)
def test_a_question_in_another_language_is_told_the_texts_are_in_english(chat, message):
    [reply] = chat.ask("7", message)
    assert "The texts are in English" in reply.text and reply.text != NOT_COVERED


@pytest.mark.parametrize(
    "message",
    ["What is this principle?", "I don't understand cyber sovereignty", "what is it?", "cyber manhunt?", "What else should countries do?",
     "more transparency?", "who said cyberspace is a common space?", "sources of mistrust?", "waht do the txts say abuot internet hegemnoy?", "hi-tech industry?", "the u.s.?"],
)
def test_questions_are_not_mistaken_for_small_talk(documents, message):
    assert SmallTalk(documents).reply(message) is None


def test_a_misspelt_question_in_chat_says_what_it_was_read_as(searcher, quiz_library):  # noqa: F811
    [reply] = Conversation(searcher, quiz_library, MemoryStore()).ask("7", "what do the txts say abuot internet hegemnoy?")
    assert reply.text.startswith("(read as: what do the texts say about internet hegemony?)")
    assert reply.quotes


@pytest.mark.parametrize("message", ["more transparency?", "What else should countries do?", "next generation networks", "who said cyberspace is a common space?", "sources of mistrust?"])
def test_questions_are_not_mistaken_for_follow_ups(message):
    assert not asks_for_more(message) and not asks_for_source(message)
