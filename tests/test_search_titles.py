"""A paragraph that opens on a short title ("Build a network of ferries.") and later says
it again with more ("Building a network of ferries is to …") answers a question about
the title's subject with that sentence, not with its bare title: the title leads there,
as a heading leads to its section. A title the paragraph never says again stays the
answer. A section heading leads likewise to the sentence of its section that says it
again, beside the section's first sentence."""

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


SECTIONS = """## Safe river banks

Floods come every spring, and the water rises for weeks.

Ferries stop running while the river is high.

Every bank of the river stays safe only when the towns along it raise their walls before the rains.

## Crossings

Bridges last for a century. Ferries need no foundations.
"""


@pytest.mark.parametrize("question", ["safe river banks?", "What do the texts say about safe river banks?"])
def test_a_heading_said_again_in_its_section_leads_to_that_sentence(searcher_of, question):
    sections = searcher_of(SECTIONS)
    quotes = sections.search(question).quotes
    assert quotes[0].text.startswith("Every bank of the river stays safe")
    assert quotes[1].text.startswith("Floods come every spring")  # the section's first sentence still follows


def test_a_section_asked_for_by_its_heading_is_answered_by_the_sentence_that_says_it(searcher):
    assert searcher.search("Balancing freedom, order").quotes[0].text == "The balance between freedom and order should be addressed."
