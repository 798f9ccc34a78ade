"""Which things of a kind a piece names ("which big tech companies do they name?") is
answered by the window naming several of them by name, not by one that only speaks of
the kind (bot/search/document_parts.py, NAMES_LISTED_BONUS)."""

import pytest

from bot.search.abstention import names_several


def test_a_list_of_three_names_or_more_names_several():
    assert names_several("services are provided by companies such as Google, Facebook and Amazon.")
    assert not names_several("The Internet giants are all American companies.")
    assert not names_several("Build a community of development, security and shared interests.")


@pytest.mark.parametrize("question", [
    "which big tech companies do they name?",
    "Which American tech companies does Zhi Zhenfeng name?",
])
def test_the_window_naming_the_companies_is_among_the_first_quotes(searcher, question):
    answer = searcher.search(question)
    assert answer.answered
    assert any("Google, Facebook, Twitter" in quote.text for quote in answer.quotes[:3])
