"""A paragraph that opens on a short title ("Build a network of ferries.") and later says
it again with more ("Building a network of ferries is to …") answers a question about
the title's subject with that sentence, not with its bare title: the title leads there,
as a heading leads to its section. A title the paragraph never says again stays the
answer."""

import pytest

TOWNS = """Rivers divide towns, and bridges join them again. A town without a crossing is two towns.

Build a network of ferries. Ferries are cheap and can start at once. Building a network of ferries is to link every bank within a year. A ferry needs no foundations.

Build a network of bridges. Bridges last for a century. Building a network of bridges means planning each crossing a decade ahead. Every bridge should be inspected each year.

Keep the banks safe. Floods come every spring. Towns should raise their banks before the rains.
"""


@pytest.fixture(scope="module")
def towns(searcher_of):
    return searcher_of(TOWNS)


@pytest.mark.parametrize(
    "question, answer",
    [
        ("network of ferries?", "Building a network of ferries is to link every bank"),
        ("What does the text say about building a network of bridges?", "Building a network of bridges means planning"),
    ],
)
def test_a_title_said_again_in_its_paragraph_leads_to_that_sentence(towns, question, answer):
    quote = towns.search(question).quotes[0]
    assert answer in quote.text
    assert not quote.text.startswith("Build a network")


def test_a_title_its_paragraph_never_says_again_is_still_the_answer(towns):
    assert towns.search("keep the banks safe").quotes[0].text.startswith("Keep the banks safe.")


@pytest.mark.parametrize(
    "question, answer",
    [
        ("community of security?", "Building a community of security is to uphold"),
        ("tell me about the community of shared interests", "Building a community of shared interests means putting people first"),
        ("What is the first of the four communities?", "To build a community of development, we should adopt"),
    ],
)
def test_the_shipped_communities_are_answered_by_what_their_paragraphs_say_of_them(searcher, question, answer):
    assert answer in searcher.search(question).quotes[0].text
