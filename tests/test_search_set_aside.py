"""What a question sets aside ("Besides bridges, what …?", "… besides benefits?") is not
what it asks about: a passage that merely says it does not come first."""

import pytest

TOWNS = """Bridges join river towns to their neighbours. A bridge lasts for a century.

Ferries carry people across the water for a small fare. They need no foundations.

Floods come every spring. Towns should raise their banks before the rains.
"""


@pytest.fixture(scope="module")
def towns(searcher_of):
    return searcher_of(TOWNS)


@pytest.mark.parametrize("question", ["Besides bridges, what gets people across rivers?", "How do people cross the river besides bridges?"])
def test_what_the_question_sets_aside_does_not_come_first(towns, question):
    assert towns.search(question).quotes[0].text.startswith("Ferries carry people across the water")


def test_a_question_that_is_nothing_but_what_it_sets_aside_is_read_as_typed(towns):
    assert towns.read("besides bridges?").subject == towns._set_aside(towns.read("besides bridges?")).subject


@pytest.mark.parametrize(
    "question, answer",
    [
        ("Besides governments, who else has a role in internet governance?", "international organizations"),
        ("What has the internet brought besides benefits?", "problems"),
    ],
)
def test_the_shipped_texts_answer_what_else(searcher, question, answer):
    assert answer in searcher.search(question).quotes[0].text


def test_the_reply_says_the_whole_question_it_read_set_aside_part_and_all(searcher):
    answer = searcher.search("What has the internt brought besides benefits?")
    assert answer.read_as == "What has the internet brought besides benefits?"
    assert "problems" in answer.quotes[0].text


def test_a_long_clause_after_besides_is_what_the_question_asks(searcher):
    # Only a short closing phrase is set aside: the rest of this question is its subject.
    answer = searcher.search("who else besides governments should take part in internet governance?")
    assert "international organizations" in answer.quotes[0].text


@pytest.mark.parametrize(
    "subject, kept",
    [
        ("who else besides governments should take part in internet governance", "who else besides governments should take part in internet governance"),
        ("What has the internet brought besides benefits", "What has the internet brought"),
        ("what, besides money, matters", "what, matters"),
    ],
)
def test_what_is_set_aside(subject, kept):
    from bot.search.asking import without_set_aside

    assert without_set_aside(subject) == kept
