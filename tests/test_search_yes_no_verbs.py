"""A yes/no question about a deed ("do some towns blame their neighbours?") is answered by
the sentence holding its verb ("… keep blaming the neighbouring ones …"), not by one that
only shares its nouns; so is a what-question ending on its verb ("what do the new rules
demonstrate?")."""

import pytest

TOWNS = """The coastal towns share one river. Some towns and their neighbours meet every spring to talk about the river and the neighbours' fields.

The river floods most years. Several towns keep blaming the neighbouring ones for every flood, whatever the rain did. Others pay for dikes.

The fish market opens at dawn. Fishermen sell the catch of the night before noon.
"""


@pytest.fixture(scope="module")
def towns(searcher_of):
    return searcher_of(TOWNS)


def test_a_yes_no_question_is_answered_by_the_sentence_holding_its_verb(towns):
    answer = towns.search("do some towns blame their neighbours?")
    assert answer.answered
    assert "keep blaming the neighbouring ones" in answer.quotes[0].text


COUNCIL = """The council wrote its new rules for the market over one long winter.

Traders were asked first. Taken together, the new rules demonstrate that it listens to traders. Prices stayed low.

The bakery opens at six. Bread sells out by noon on most days. The baker starts at four.

The harbour lies to the west of the square. Boats bring fish every morning. Gulls follow them in.

A fair comes to town each autumn. Children ride the wheel all evening. Lanterns hang over the lanes.
"""


@pytest.fixture(scope="module")
def council(searcher_of):
    return searcher_of(COUNCIL)


def test_a_question_ending_on_its_verb_is_answered_by_the_sentence_holding_it(council):
    answer = council.search("what do the council's new rules demonstrate?")
    assert answer.answered
    assert "the new rules demonstrate that it listens" in answer.quotes[0].text
