"""Follow-up questions in a chat: "why does it matter?" and "and in Zhi's piece?" lean on the last topic."""

from __future__ import annotations

import pytest

from bot.chat.conversation import NOT_COVERED, Conversation, MemoryStore
from bot.chat.follow_up import naming_words, topic, with_topic
from conftest_quiz import quiz_library  # noqa: F401 (fixture)

USER = "7"


@pytest.fixture
def chat(searcher, quiz_library):  # noqa: F811
    return Conversation(searcher, quiz_library, MemoryStore())


def ask(chat, text):
    [reply] = chat.ask(USER, text)
    return reply


def test_it_in_a_short_follow_up_means_the_last_topic(chat, searcher):
    ask(chat, "What do the texts say about the digital divide?")
    reply = ask(chat, "how can it be bridged?")
    assert reply.text.startswith("(read as: how can the digital divide be bridged?)")
    assert any("bridge the digital divide" in quote.text for quote in reply.quotes)
    for quote in reply.quotes:
        assert searcher.documents[quote.doc_id].body[quote.start : quote.end] == quote.text


def test_a_follow_up_that_only_names_a_piece_asks_the_last_topic_there(chat):
    ask(chat, "what is cyber sovereignty?")
    reply = ask(chat, "and in Zhi's piece?")
    assert reply.text.startswith("(read as: what does Zhi's piece say about cyber sovereignty)")
    assert reply.quotes and {quote.doc_id for quote in reply.quotes} == {"zhi-2016"}
    # ... and the topic carries on to the next follow-up.
    again = ask(chat, "what about the 2022 one?")
    assert again.text.startswith("(read as: what does the 2022 one say about cyber sovereignty)")
    assert again.quotes and {quote.doc_id[-4:] for quote in again.quotes} == {"2022"}


def test_a_piece_that_says_nothing_on_the_topic_is_named_in_the_refusal(chat, searcher):
    ask(chat, "what is cyber sovereignty?")
    # Zhang's 2015 piece never uses the word: the student learns what was looked for where.
    reply = ask(chat, "and in the 2015 one?")
    assert reply.text.startswith("(read as: what does the 2015 one say about cyber sovereignty)")
    assert NOT_COVERED in reply.text and not reply.quotes
    assert not any("sovereignty" in doc.body.lower() for doc in searcher.documents.values() if doc.date.startswith("2015"))
    # The topic is still there for the next piece.
    again = ask(chat, "what about Zhi's piece?")
    assert again.quotes and {quote.doc_id for quote in again.quotes} == {"zhi-2016"}


def test_more_after_a_follow_up_continues_the_question_as_read(chat):
    ask(chat, "What do the texts say about the digital divide?")
    first = ask(chat, "how can it be bridged?")
    more = ask(chat, "more")
    assert more.quotes and not set(more.quotes) & set(first.quotes)


def test_nothing_to_lean_on_is_still_not_covered(chat):
    assert ask(chat, "why does it matter?").text == NOT_COVERED
    ask(chat, "What do the texts say about the digital divide?")
    ask(chat, "What is the best recipe for apple pie?")
    # The refusal in between is the last question: "it" is the pie, not the divide.
    assert ask(chat, "why does it matter?").text == NOT_COVERED


def test_a_new_topic_after_a_connective_is_a_new_question(chat):
    ask(chat, "What do the texts say about the digital divide?")
    reply = ask(chat, "what about cyber hegemony?")
    assert "read as" not in reply.text and "digital divide" not in reply.text.split("\n")[0]
    assert any("hegemony" in quote.text.lower() for quote in reply.quotes)


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("what is cyber sovereignty", "cyber sovereignty"),
        ("the digital divide", "the digital divide"),
        ("why does cyber sovereignty matter", None),
        ("who is leading the digital divide", None),
        ("", None),
    ],
)
def test_only_a_thing_asked_about_is_a_topic(subject, expected):
    assert topic(subject) == expected


def _read(question: str, *, last_topic: str, naming: frozenset[str]) -> str | None:
    leaning = with_topic(question, last_topic=last_topic, naming=naming)
    return None if leaning is None else leaning.question


def test_a_question_naming_only_a_piece_asks_the_last_topic_there(documents):
    naming = naming_words(documents.values())
    leaning = with_topic("and in Zhang's piece?", last_topic="the digital divide", naming=naming)
    assert leaning is not None and leaning.piece_only
    assert leaning.question == "what does Zhang's piece say about the digital divide"
    assert not with_topic("why does it matter?", last_topic="the digital divide", naming=naming).piece_only


def test_it_that_points_nowhere_is_left_alone(documents):
    naming = naming_words(documents.values())
    assert _read("is it true that states regulate cyberspace?", last_topic="the digital divide", naming=naming) is None
    assert _read("what are its causes", last_topic="the digital divide", naming=naming) == (
        "what are the digital divide’s causes"
    )
    assert _read("who opposes that?", last_topic="the digital divide", naming=naming) == "who opposes the digital divide?"
    # A connective before a subject of its own is not "the same, elsewhere".
    assert _read("and what about hegemony?", last_topic="the digital divide", naming=naming) is None


def test_they_means_a_plural_topic_but_not_the_texts(documents):
    naming = naming_words(documents.values())
    assert _read("why are they bad?", last_topic="double standards", naming=naming) == "why are double standards bad?"
    assert _read("what do they say about it?", last_topic="double standards", naming=naming) == (
        "what do they say about double standards?"
    )
    assert _read("why are they bad?", last_topic="cyber sovereignty", naming=naming) is None
