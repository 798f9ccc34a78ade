"""Chat's tags and addresses around a question ("…, mate?", "Bloody hell, …", "the
Guangming bloke") and a question typed without its mark after a story: neither is
taken for what the question asks."""

import pytest

from bot.search.asking.message import question_marked, without_small_talk


@pytest.mark.parametrize("tag", ["mate", "reckon", "bro", "eh", "innit", "fair dinkum"])
def test_a_tag_closing_a_question_is_left_out_and_its_mark_kept(tag):
    assert without_small_talk(f"Which towns does the river council work with, {tag}?") == (
        "Which towns does the river council work with?"
    )


def test_a_closing_after_a_comma_that_names_something_stays():
    message = "Which towns does the council work with, Lyon?"
    assert without_small_talk(message) == message


def test_a_question_after_a_story_typed_without_its_mark_gets_it_back():
    message = "I have 'Sept 8: Lee' in my notes and nothing else. What did she propose"
    assert question_marked(message) == f"{message}?"


@pytest.mark.parametrize(
    "message",
    [
        "What did she propose",  # one sentence: the question as typed
        "I read the essay. What did she propose?",  # already marked
        "Where is Lyon? I read the essay. What she proposed",  # asks already; its last line is no question
        "I read the essay. What she proposed is in my notes.",  # a statement, stopped
    ],
)
def test_a_message_that_needs_no_mark_put_back_is_left_as_it_is(message):
    assert question_marked(message) is None


def test_a_tagged_question_is_answered_as_the_question(searcher):
    answer = searcher.search("Where does Zhang Guoqing work, mate?")
    assert answer.answered
    assert "Institute of American Studies" in answer.quotes[0].text


def test_a_writer_called_a_bloke_is_the_piece_named(searcher):
    answer = searcher.search("Bloody hell, what sort of period has the world landed in, according to the Guangming bloke?")
    assert answer.answered
    assert "a new period of turbulence and change" in answer.quotes[0].text


def test_a_question_after_notes_typed_without_its_mark_is_answered(searcher):
    answer = searcher.search("I have 'Sept 8: Wang Yi' in my notes and nothing else. What did he propose")
    assert answer.answered
    assert "Global Initiative on Data Security" in answer.quotes[0].text


@pytest.mark.parametrize(
    "question",
    [
        "In plain English, what does a community of shared interests actually mean?",
        "in a nutshell what does a community of shared interests mean",
        "Simply put, what does a community of shared interests mean?",
        "What does a community of shared interests mean, in layman's terms?",
    ],
)
def test_how_plainly_the_asker_wants_it_said_is_no_part_of_the_question(searcher, question):
    answer = searcher.search(question)
    assert answer.answered
    assert "Building a community of shared interests means" in answer.quotes[0].text
