"""A further ask ("…, and in what year?", "… where held") is answered only by a sentence
giving its kind of answer of what the question names: a year or a place beside another
body's name (the World Internet Conference's for the World Summit on the Information
Society, "cooperative" for the Shanghai Cooperation Organization) gives none of it
(bot/search/coverage.py, Coverage._leaves_an_ask)."""

import pytest


@pytest.mark.parametrize("question", [
    "Who first proposed the Online Silk Road initiative, and in what year?",
    "World Summit on the Information Society, first summit held where and when?",
    "wsis - when was the first summit",
    "Which SCO member states signed the cybercrime agreement Zhi mentions, and in what year?",
])
def test_a_further_ask_given_only_of_another_name_is_not_covered(searcher, question):
    assert not searcher.search(question).answered


@pytest.mark.parametrize("question, said", [
    ("When and where was the first World Internet Conference held?", "November 2014"),
    ("who proposed the global initiative on data security and when?", "September 8"),
    ("As per Zhi, when did Xi give his speech at the National Congress of Brazil?", "National Congress of Brazil"),
])
def test_a_further_ask_given_of_the_name_is_still_quoted(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered
    assert any(said in quote.text for quote in answer.quotes[:3])
