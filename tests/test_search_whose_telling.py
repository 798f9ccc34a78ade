"""Whose telling a question asks for, however it says so ("as Zhi counts them", "as Zhang
puts it", "going by the Zhi piece", "from Zhi's point of view", ", Zhi says?"): it names
the piece to search and is no part of what is asked."""

import pytest


@pytest.mark.parametrize(
    "question",
    [
        "What did Xi call for, as Zhi tells it?",
        "What did Xi call for, as reported by Zhi?",
        "What did Xi call for, the way Zhi tells it?",
        "What did Xi call for, going by Zhi?",
        "based on the Zhi article, what did Xi call for?",
        "What did Xi call for, if I read Zhi right?",
        "from what Zhi writes, what did Xi call for?",
        "What did Xi call for, Zhi says?",
        # ... a chronicler's: the writer giving, dating or counting it.
        "What did Xi call for, as Zhi gives it?",
        "What did Xi call for, as Zhi dates it?",
    ],
)
def test_whose_telling_names_the_piece_and_leaves_the_subject(searcher, question):
    query = searcher.read(question)
    assert query.subject.lower() == "what did xi call for"
    assert query.documents == {"zhi-2016"}


@pytest.mark.parametrize(
    "question",
    ["from Zhang's point of view, what is cyber sovereignty?", "in the eyes of Zhang, what is cyber sovereignty?", "What is cyber sovereignty, as Zhang puts it?"],
)
def test_a_point_of_view_is_whose_not_what(searcher, question):
    query = searcher.read(question)
    assert query.subject.lower() == "what is cyber sovereignty" and query.documents == {"zhang-2015"}


def test_a_count_asked_as_the_piece_counts_is_answered_from_it(searcher):
    answer = searcher.search("How many principles and proposals did Xi put forward at Wuzhen, as Zhi counts them?")
    assert answer.answered and any("four principles" in q.text for q in answer.quotes[:3])


def test_what_something_is_based_on_is_still_asked(searcher):
    assert "based on" in searcher.read("what is the internet based on, according to Zhi?").subject


@pytest.mark.parametrize(
    "question", ["How many sessions of the China-ASEAN Cyberspace Forum does Zhi count?", "How many sessions of the China-ASEAN Cyberspace Forum does Zhi give?"]
)
def test_the_writer_counting_closes_a_how_many_question(searcher, question):
    query = searcher.read(question)
    assert query.subject == "How many sessions of the China-ASEAN Cyberspace Forum" and query.documents == {"zhi-2016"}


def test_the_writer_listing_still_asks_for_a_list(searcher):
    assert searcher.read("Which players does the responsibility passage list?").asks.enumeration
