"""What a name is or does, asked of a name the texts hold only as an item of a list ("what
is the Interactive Advertising Bureau", "what does the IAB actually do? why would China
…"), and a count asked where a statement's object would stand ("UN 2030 agenda has how
many sustainable development goals?"), are asked plainly: a list naming it, or a sentence
giving no count of it, does not answer (bot/search/answer_kinds.py)."""

import pytest

from bot.search.answer_kinds import asked_plainly, later_asks


def test_what_a_name_is_or_does_is_asked_plainly():
    assert asked_plainly("what is the Interactive Advertising Bureau")[0] == "activity"
    assert asked_plainly("What is Baidu, exactly? My grandson says it's a sort of Chinese Google.")[0] == "activity"
    assert asked_plainly("what does the IAB actually do? why would China coordinate with an ad group")[0] == "activity"
    # A concept, typed without capitals, is defined by a passage: no name asked of.
    assert asked_plainly("what is cyber sovereignty") is None


def test_a_count_in_a_statements_word_order_is_a_further_ask():
    assert [kind for kind, *_ in later_asks("UN 2030 agenda has how many sustainable development goals?")] == ["count"]


@pytest.mark.parametrize("question", [
    "what is the Interactive Advertising Bureau",
    "ok random question but what does the Interactive Advertising Bureau actually do? why would China coordinate with an ad group?",
    "UN 2030 agenda has how many sustainable development goals?",
])
def test_a_name_only_listed_or_an_uncounted_thing_is_not_covered(searcher, question):
    assert not searcher.search(question).answered


@pytest.mark.parametrize("question, said", [
    ("What is the World Internet Conference?", "World Internet Conference"),
    ("China has how many internet users?", "largest number of internet users"),
])
def test_a_name_the_texts_speak_of_is_still_quoted(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered
    assert any(said in quote.text for quote in answer.quotes[:3])


def test_a_listed_name_given_as_an_example_of_the_kind_asked_for_is_answered(searcher):
    # "like tencent" names an example of the firms asked about: the list is the answer.
    answer = searcher.search("chinese tech firms like tencent")
    assert answer.answered
    assert "Alibaba, Tencent" in answer.quotes[0].text
