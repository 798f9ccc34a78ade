"""A sentence about "the program" is about the program a sentence shortly before named
("the US PRISM surveillance program"): the name counts as the window's, so a question
naming it is answered by the sentence that says what it asks, never quoted as written
there."""

import pytest

from bot.texts.corpus import Document
from bot.texts.passages import segment
from bot.texts.referents import antecedents, referents


def sentences(body: str):
    return segment(Document(id="d", title="T", author=None, outlet="O", date="2020-01-01", body=body))[1]


def test_a_description_points_back_to_the_name_given_its_noun():
    found = referents(sentences(
        "The issue grew after the Nordic LYNX tracking program was uncovered.\n\n"
        "Before the leak, nobody knew the program. Later the program was closed.\n"
    ))
    assert found == {1: "Nordic LYNX", 2: "Nordic LYNX"}


@pytest.mark.parametrize(
    "body",
    [
        "Berlin is the capital. The capital is large.\n",  # "is the": no name of the noun
        "Global trade is growing. The trade in data grows too.\n",  # a sentence's first word is no name
        "The Nordic LYNX program ended.\n\n## Later\n\nThe program was missed.\n",  # a heading between
        "The Nordic LYNX program ended. It rained. It snowed. It froze. It thawed. The program was missed.\n",  # out of reach
        "The Nordic LYNX program ended. The program of LYNX was missed.\n",  # "the program of …" says which
    ],
)
def test_no_name_is_pointed_to_without_one_near_before_for_that_noun(body):
    assert referents(sentences(body)) == {}


def test_a_question_naming_what_a_sentence_calls_the_program_is_answered_by_it(searcher):
    answer = searcher.search("What did people around the world realize as more came out about PRISM?")
    assert answer.answered
    assert "people around the world begin to realize that US surveillance" in answer.quotes[0].text
    assert "PRISM" not in answer.quotes[0].text  # the quote is the sentence as written


def test_a_sentence_opening_on_this_is_about_what_the_one_before_was_about():
    found = antecedents(sentences(
        "The slow reform of the city's harbour board, which had stalled for years, may resume. This will happen if the unions agree.\n\n"
        "This process will not be quick. Trams run every hour.\n"
    ))
    assert found == {1: "The slow reform of the city's harbour board", 2: "The slow reform of the city's harbour board"}


def test_no_antecedent_across_a_heading_or_for_a_sentence_without_a_demonstrative():
    assert antecedents(sentences("The reform of the board may resume.\n\n## Later\n\nThis process will not be quick.\n")) == {}
    assert antecedents(sentences("The reform of the board may resume. Trams run every hour.\n")) == {}
