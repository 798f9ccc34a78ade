"""A question asking for a specific thing the texts never give is not covered, though
every other word of it is in a passage: how common something is, who invented
something, what a listed body does (bot/search/answer_kinds.py), and anything about an
institution but who works there and where it is, which is all a byline tells
(bot/search/document_parts.py). What the texts do say of these stays quoted."""

import pytest

from bot.search.answer_kinds import asked_plainly


def test_new_kinds_of_answer_are_asked_plainly():
    assert asked_plainly("how common is online shopping fraud")[0] == "frequency"
    assert asked_plainly("who invented the world wide web")[0] == "leader"
    assert asked_plainly("what the Interactive Advertising Bureau does")[0] == "activity"
    assert asked_plainly("What is doing the Interactive Advertising Bureau")[0] == "activity"
    assert asked_plainly("what is the Internet Society and who are its members")[0] == "activity"


@pytest.mark.parametrize("question", [
    "how common is online shopping fraud",
    "who invented the world wide web",
    "Does any article say what the Interactive Advertising Bureau does?",
    "What does the Institute of Law teach?",
    "Why did Fudan University create its Research Center for Cyberspace Governance?",
])
def test_a_specific_the_texts_never_give_is_not_covered(searcher, question):
    assert not searcher.search(question).answered


@pytest.mark.parametrize("question, said", [
    ("How often do infringements of privacy and intellectual property rights occur?", "occur periodically"),
    ("Institute of Law?", "Institute of Law"),
    ("fudan cyberspace governance director", "Research Center for Cyberspace Governance"),
    ("Where does Zhang Guoqing work?", "Institute of American Studies"),
])
def test_what_the_texts_do_say_is_still_quoted(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered
    assert any(said in quote.text for quote in answer.quotes[:3])
