"""Times that frame a question (bot/search/asking/times.py): the time of writing and a
named piece's own date are no part of what it asks about."""

import pytest

from bot.search.asking.times import without_time_frame


def test_the_time_of_writing_leaves_the_question():
    assert without_time_frame("How did the essay describe the world at that moment?", dates=[]) == "How did the essay describe the world?"
    assert without_time_frame("How were the proposals received at the time, according to Zhi?", dates=[]) == (
        "How were the proposals received, according to Zhi?")
    assert without_time_frame("What was gathering pace when the essay was written?", dates=[]) == "What was gathering pace?"
    assert without_time_frame("Which forum had met twice by the time Zhi wrote?", dates=[]) == "Which forum had met twice?"
    assert without_time_frame("what did xi say at the time acc to zhang", dates=[]) == "what did xi say acc to zhang"


def test_a_time_the_question_asks_about_stays():
    assert without_time_frame("What did Xi say when the conference was held?", dates=[]) == "What did Xi say when the conference was held?"
    assert without_time_frame("What happened when Snowden leaked the documents?", dates=[]) == (
        "What happened when Snowden leaked the documents?")


def test_an_opening_date_leaves_only_when_it_is_the_named_pieces_own():
    question = "By August 2022, what had become a fact, according to China Daily?"
    assert without_time_frame(question, dates=["2022-08-09"]) == "what had become a fact, according to China Daily?"
    assert without_time_frame(question, dates=["2022-11-16"]) == question  # another month
    assert without_time_frame(question, dates=[]) == question  # no piece named


@pytest.mark.parametrize(
    "question, said",
    [
        ("By August 2022, what had turned into a fact about network technology, per China Daily?", "militarization of network technology"),
        ("How does the Guangming essay of November 2022 characterise the world at that moment?", "turbulence and change"),
    ],
)
def test_a_question_framed_by_the_time_of_writing_is_answered(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered
    assert said in answer.quotes[0].text


@pytest.mark.parametrize(
    "question, said",
    [
        ("What took place on September 8, per the Global Times?", "On September 8"),
        ("What did March 2017 bring, in the Global Times account?", "In March 2017"),
        ("what occurred in december 2015", "December 2015"),
    ],
)
def test_what_happened_asked_in_other_words_finds_the_event(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered
    assert said in answer.quotes[0].text


def test_a_day_asked_with_the_year_of_the_piece_that_gives_it_without_one(searcher):
    # "On September 8, … Wang Yi proposed …" in a 2020 piece: the day is in 2020.
    answer = searcher.search("What happened on September 8, 2020?")
    assert answer.answered and "On September 8" in answer.quotes[0].text
    # ... not in another year, nor an event the texts never tell.
    assert not searcher.search("What happened on September 8, 2019?").answered
    assert not searcher.search("What took place in Brussels in 2018?").answered
    assert not searcher.search("What did 2019 bring for Huawei?").answered
