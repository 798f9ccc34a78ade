"""A question asking what a term means is answered by what the texts say it is: a short
sentence naming the term is quoted with the sentence after it, which says it."""

import pytest


@pytest.mark.parametrize(
    "question", ["define balanced cyberspace governance", "cyberspace is not an 'extrajudicial place' - meaning?"]
)
def test_what_a_term_in_the_texts_means_is_quoted_with_the_sentence_saying_it(searcher, question):
    quote = searcher.search(question).quotes[0].text
    assert "requires a consideration of the needs of all sides" in quote or "they should abide by the law" in quote


def test_a_short_sentence_asked_about_otherwise_is_quoted_alone(searcher):
    # Asked whether, not what it means: the sentence itself answers.
    assert searcher.search("is cyberspace like a lawless place or an extra judicial place").quotes[0].text == "Cyberspace is not an “extrajudicial place”."
