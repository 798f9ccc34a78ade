"""Who did a deed ("who carried out the 9/11 attacks?") is answered by a sentence naming
the doer, and whether someone went somewhere ("did snowden go to russia") by one telling
the going: a sentence naming the attacks as one of two things that changed the world, or
Russia in a list of countries the US accused, does not (bot/search/answer_kinds.py)."""

import pytest

from bot.search.answer_kinds import asked_plainly


def test_a_doer_and_a_move_are_asked_plainly():
    assert asked_plainly("who carried out the 9/11 attacks")[0] == "leader"
    assert asked_plainly("who was behind the Sept. 11 attacks")[0] == "leader"
    assert asked_plainly("did snowden go to russia")[0] == "outcome"
    assert asked_plainly("why did snowden go to russia")[0] == "outcome"
    # Taking part is told in the texts' own words ("not absent from any session").
    assert asked_plainly("did china go to the world summit on the information society") is None


@pytest.mark.parametrize("question", [
    "Who carried out the 9/11 attacks?",
    "did snowden run off to russia?",
    "why did snowden go to russia",
])
def test_a_deed_or_a_move_the_texts_never_tell_is_not_covered(searcher, question):
    assert not searcher.search(question).answered


@pytest.mark.parametrize("question, said", [
    ("who carried out the color revolutions", "conducted by hegemonic countries"),
    ("Who hacked the Twitter account of Liu Xiaoming?", "anti-China forces"),
    ("did china go to the wsis and igf sessions", "not absent from any session"),
])
def test_a_doer_the_texts_name_is_still_quoted(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered
    assert any(said in quote.text for quote in answer.quotes[:3])


def test_an_outcome_is_told_of_what_it_is_asked_of(searcher):
    # "should be punished" is said of online attacks on governments, not of rumors.
    assert asked_plainly("how are people who spread rumors punished")[0] == "outcome"
    assert not searcher.search("how are people who spread rumors punished").answered
    answer = searcher.search("how should online attacks be punished")
    assert answer.answered
    assert any("should be punished" in quote.text for quote in answer.quotes[:3])
