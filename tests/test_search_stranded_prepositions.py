"""A question ending on its verb's preposition ("what should it be based on?") is answered
by the sentence holding the same two words before what they take ("… should be based on
the votes of …"), not by one that only shares its other words."""

import pytest

VALLEY = """The valley needs a new bridge over the river. Building the new bridge over the river is the first plan of the council for the valley.

The council has spoken. Building the bridge should be based on the votes of every farmer in the valley. Work starts in spring.
"""


@pytest.fixture(scope="module")
def valley(searcher_of):
    return searcher_of(VALLEY)


def test_what_something_is_based_on_is_answered_by_the_sentence_saying_it(valley):
    answer = valley.search("What should building the new bridge be based on?")
    assert answer.answered
    assert "should be based on the votes of every farmer" in answer.quotes[0].text
