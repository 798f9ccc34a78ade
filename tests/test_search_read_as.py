"""The "(read as: …)" line a user sees: the question as the speller read it, whole, and only
when some word of it was read as another."""

from __future__ import annotations

import pytest

from bot.chat.conversation import Conversation, MemoryStore
from bot.search.render import answer_text
from conftest_quiz import quiz_library  # noqa: F401 (fixture)

USER = "11"


@pytest.fixture
def chat(searcher, quiz_library):  # noqa: F811
    return Conversation(searcher, quiz_library, MemoryStore())


def first_line(chat, text):
    [reply] = chat.ask(USER, text)
    return reply.text.split("\n")[0]


def test_the_piece_named_stays_in_the_line(chat):
    # The piece's name says where the question was searched: the line keeps it, and the
    # British spelling stands respelt where it was typed.
    line = first_line(chat, "does the 2022 article criticise the Cold War mentality?")
    assert line == "(read as: does the 2022 article criticize the Cold War mentality?)"


def test_the_frame_and_the_respelt_words_stand_in_place(chat):
    line = first_line(chat, "what does Zhi's piece say abuot cyber sovreignty?")
    assert line == "(read as: what does Zhi's piece say about cyber sovereignty?)"


def test_a_question_spelt_right_has_no_line(chat, searcher, documents):
    for question in ("does the 2022 article criticize the Cold War mentality?", "What does Zhi say about cyber sovereignty?"):
        assert not first_line(chat, question).startswith("(read as")
        assert searcher.search(question).read_as is None


def test_the_reply_render_shows_the_same_line(searcher, documents):
    answer = searcher.search("what does the 2016 piece say about internet hegemnoy?")
    assert answer.answered
    assert answer_text(answer, documents).startswith("(read as: what does the 2016 piece say about internet hegemony?)\n")
