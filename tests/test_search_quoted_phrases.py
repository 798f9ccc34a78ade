"""A phrase the asker quotes, perhaps half-remembered, and asks about as a phrase: where it
is from, who says it, its full sentence, its context, what comes next to it."""

import pytest

from bot.search.asking.asker import quoted_phrase_asked


@pytest.mark.parametrize(
    "question",
    [
        "'the river is everyone's' - where's that from?",
        "'the river is everyone's' where is that from bc my teacher said it",
        "“the river is everyone's” — whats the full sentence?",
        "'the river is everyone's' - where's this from and what's the full sentence?",
        "\"the river is everyone's\" context please",
        "Which text says 'the river is everyone's'?",
        "What is the full sentence with 'the river is everyone's'?",
        "who said «the river is everyone's»",
    ],
)
def test_a_quoted_phrase_asked_about_is_the_subject(question):
    assert quoted_phrase_asked(question) == "the river is everyone's"


def test_a_quote_inside_a_question_about_something_else_stays():
    question = "Why does the writer call the river 'everyone's'?"
    assert quoted_phrase_asked(question) == question


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("'undermine the security of other countries supply chains in ICT' whats the full sentence?", "We oppose dividing the internet"),
        ("'the hands of all nations' - where's this from and what's the full sentence?", "should be in the hands of all nations"),
        ("'the whole is bigger than the sum of its parts' — where's that used?", "greater than the sum of the parts"),
    ],
)
def test_the_sentence_of_a_quoted_phrase_is_found(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered, f"{question!r} was not answered"
    assert said in answer.quotes[0].text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("'countries urgently need to strengthen communication and build mutual trust' - what comes next", "Essentially, they must work together"),
        ("\"Essentially, they must work together for digital global governance\" what comes before?", "Countries urgently need to strengthen"),
    ],
)
def test_what_comes_next_to_a_quoted_line_is_its_neighbour(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered
    assert answer.quotes[0].text.startswith(said)
