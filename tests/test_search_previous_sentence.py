"""A sentence is also read with the one before it: its own words may not name what it
speaks of ("They are becoming … weaponized" after the harms "they" are), so a question
naming that subject still finds it among the first quotes."""

import pytest

from bot.search import searcher as searching


@pytest.mark.parametrize(
    "question, answer",
    [
        ("Which online harms are being weaponized?", "increasingly large-scale, politicized and weaponized"),
        (
            "What did Xi say in his opening address about the future of cyberspace?",
            "The future of cyberspace should be in the hands of all nations",
        ),
    ],
)
def test_a_sentence_naming_its_subject_only_in_the_one_before_is_among_the_first_quotes(searcher, question, answer):
    quotes = searcher.search(question, top_k=3).quotes
    assert any(answer in q.text for q in quotes), [q.text[:80] for q in quotes]


def test_the_sentence_before_only_ever_raises_a_window(searcher):
    query = searcher.read("Which online harms are being weaponized?")
    ranked, _ = searcher.weigh(query)
    context = ranked.parts["context"]
    assert (context >= 0).all() and context.max() > 0
    assert context.max() <= searching.CONTEXT_SHARE


@pytest.mark.parametrize(
    "question, claim, carried_on",
    [
        (
            "What lies where progress and challenges meet?",
            "bringing progress as well as challenges.",
            "At the intersection of the two is cybersecurity",
        ),
        ("define balanced cyberspace governance", "balanced cyberspace governance.", "This obviously requires a consideration"),
    ],
)
def test_a_quote_carries_on_into_the_next_sentence_that_points_back_to_it(searcher, question, claim, carried_on):
    """The sentence after the one naming the question's words answers it, pointing back
    ("the two", "This"): the first quote holds both, whole."""
    first = searcher.search(question, top_k=3).quotes[0]
    assert claim in first.text and carried_on in first.text, first.text


@pytest.mark.parametrize(
    ("question", "pointed_to", "pointing"),
    [
        (
            "What happens because of the huge imbalance in online technology between countries, according to Zhi?",
            "there is a radical imbalance among countries",
            "some countries are doing whatever they prefer",
        ),
        (
            "Why does Zhi think the idea of a 'community of common future' is so attractive right now?",
            "it has brought with it a series of problems and challenges",
            "is alluring",
        ),
    ],
)
def test_a_sentence_opening_on_a_phrase_pointing_back_is_quoted_with_what_it_points_to(searcher, question, pointed_to, pointing):
    # "In such an atmosphere, …", "In this context, …": alone, the quote says neither which.
    quote = searcher.search(question).quotes[0].text
    assert pointed_to in quote and pointing in quote


def test_a_sentence_opening_on_it_doing_something_is_quoted_with_what_it_stands_for(searcher):
    # "It could be the only choice.": alone, the quote does not say what could be.
    quote = searcher.search("only choice?").quotes[0].text
    assert "governed fairly and properly with participation of all sides" in quote and quote.endswith("It could be the only choice.")


def test_a_sentence_whose_it_only_holds_a_place_is_quoted_alone(searcher):
    quote = searcher.search("it is a common mission").quotes[0].text
    assert quote.startswith("It is a common mission for the entire world")
