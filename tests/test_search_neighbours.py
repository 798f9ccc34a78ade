"""What comes right after (or just before) the bit of a piece a question points at: the
sentence next to the one that best answers the rest, quoted first, never that sentence
itself; and what a named piece is mainly about: the sentences its title names, and its
lede. A question in the same words about what the texts never say is still refused."""

import pytest

from bot.search.asking import asks
from conftest import first_text as first

MILL = """The old mill on the Wensum should be turned into a public library. The building has stood empty since the weaving firm closed in 1987. Its roof was patched twice by volunteers.

A library would bring readers back to the riverside. The county already owns the land under the mill. Architects say the floors can carry the weight of books.

Critics point to the cost of heating such a tall building. Heat pumps drawn from the river could answer them. The town council will vote on the plan in March.
"""


@pytest.fixture(scope="module")
def mill(searcher_of):
    return searcher_of(MILL, titles=("Turn the old mill into a public library",))


@pytest.mark.parametrize(
    "question, side",
    [
        ("what comes right after the line about the weaving firm closing", "after"),
        ("what does the piece say just before the bit about heat pumps", "before"),
        ("what does Smith say right after talking about the county's land", "after"),
        ("what follows the sentence about architects", "after"),
        ("what did the council do right after the vote", None),  # a time in the story
        ("what happened to the mill before the firm closed", None),
    ],
)
def test_a_neighbour_asked_is_read(question, side):
    assert asks(question, names_document=False).neighbour == side


@pytest.mark.parametrize(
    "question, quoted, not_first",
    [
        ("what comes right after the line about the weaving firm closing", "Its roof was patched twice by volunteers", "weaving firm"),
        ("what does the piece say just before the bit about heat pumps", "Critics point to the cost of heating", "Heat pumps"),
        ("what does Smith say right after talking about the county owning the land", "Architects say the floors can carry", "county already owns"),
    ],
)
def test_the_neighbour_of_the_sentence_pointed_at_is_quoted_first(mill, question, quoted, not_first):
    quote = first(mill, question)
    assert quoted in quote
    assert not_first not in quote


def test_the_sentence_pointed_at_is_quoted_after_its_neighbour(mill):
    quotes = mill.search("what comes right after the line about the weaving firm closing").quotes
    assert any("weaving firm closed in 1987" in q.text for q in quotes[1:3])


@pytest.mark.parametrize("question", ["what is the Smith piece mainly about", "what's the Smith article mainly about"])
def test_what_a_named_piece_is_mainly_about_is_the_claim_its_title_names(mill, question):
    quotes = [q.text for q in mill.search(question).quotes[:3]]
    assert any("should be turned into a public library" in q for q in quotes)
    for q in mill.search(question).quotes:
        assert MILL[MILL.index(q.text) : MILL.index(q.text) + len(q.text)] == q.text


@pytest.mark.parametrize(
    "question",
    [
        "what was the main point of the mayor's response to the fire at the bakery",
        "what comes right after the line about the price of train tickets in Spain",
    ],
)
def test_a_gist_or_neighbour_asked_of_what_the_texts_never_say_is_still_refused(mill, question):
    assert not mill.search(question).answered
