"""A count whose sentence leaves who it is of to the sentence before ("In 2019, Japanese
customs officers began …. More than 40 smuggling cases have been closed."): asked of
them, it is their count; asked of anyone else, it is not."""

import pytest

from bot.search.answer_kinds import gives_plainly

RIVERS = """The river towns of the north share one long waterway and many quarrels.

In 2019, Japanese customs officers began joint patrols with more than 12 ports along the coast. More than 40 smuggling cases have been closed.

Japan and Norway both watch their coasts, and Norway's coast guard paints its ships grey.
"""


@pytest.fixture(scope="module")
def rivers(searcher_of):
    return searcher_of(RIVERS)


def test_a_counts_names_may_stand_in_the_sentence_before():
    count = "More than 40 smuggling cases have been closed."
    assert not gives_plainly("count", count, asked="smuggling cases did Japan close")
    assert gives_plainly("count", count, asked="smuggling cases did Japan close", setting="In 2019, Japanese customs officers began joint patrols.")
    assert not gives_plainly("count", count, asked="smuggling cases did Norway close", setting="In 2019, Japanese customs officers began joint patrols.")


def test_a_count_of_those_the_sentence_before_names_is_answered(rivers):
    answer = rivers.search("How many smuggling cases did Japan close?")
    assert answer.answered
    assert "More than 40 smuggling cases" in answer.quotes[0].text


def test_the_same_count_asked_of_another_is_not(rivers):
    assert not rivers.search("How many smuggling cases did Norway's coast guard close?").answered


def test_a_count_in_the_shipped_texts_told_after_who_made_it(searcher):
    answer = searcher.search("how many cybercrime cases did china's police actually solve")
    assert answer.answered
    assert any("More than 20 transnational cybercrime cases" in q.text for q in answer.quotes[:2])
