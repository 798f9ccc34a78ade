"""A formal writer's courtesies ("I should be grateful if you could …", "Pray, …", "…, if
I may ask?", "the NSA to which Mr Zhang refers") and a child's plurals ("countrys"): how
they ask, read apart from what they ask."""

import pytest

from bot.search.asking.asker import without_asker, without_trailer
from bot.search.spelling import Speller


@pytest.mark.parametrize(
    "courtesy",
    [
        "I would be obliged if you could tell me",
        "I should be most grateful if you could kindly tell me",
        "Would you be so kind as to tell me",
        "Might I enquire",
        "May I ask",
        "Pray,",
        "Pray tell,",
    ],
)
def test_a_courtesy_before_the_question_is_no_part_of_it(courtesy):
    assert without_asker(f"{courtesy} how the river council plans the bridges?").strip(" ?") == "how the river council plans the bridges"


@pytest.mark.parametrize("trailer", ["pray", "if I may ask", "if I may", "if you please"])
def test_a_courtesy_closing_the_question_is_no_part_of_it(trailer):
    assert without_trailer(f"The river bridges, {trailer}?") == "The river bridges"


def test_a_plural_made_with_a_bare_s_is_read_as_the_corpus_plural():
    speller = Speller(["Small companies and poor countries need help."], extra_words=["what", "about"])
    corrections = speller.correct("what about small companys and countrys?")
    assert [(c.original, c.corrected) for c in corrections] == [("companys", "companies"), ("countrys", "countries")]


def test_a_word_in_ys_that_is_no_plural_of_a_corpus_word_stays():
    speller = Speller(["Small companies need help."], extra_words=["what", "about"])
    assert speller.correct("what about the holidays?") == []


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("I would be obliged if you could set out how the November 2022 article characterises the present state of the world.",
         "The world is presently undergoing a period of profound changes"),
        ("Pray, at which institute does Zhang Guoqing work?", "Zhang Guoqing is from the Institute of American Studies"),
        ("The Online Silk Road, pray?", "Online Silk Road initiative"),
        ("Pray, what is the NSA to which Mr Zhang refers?", "National Security Agency (NSA)"),
        ("does it say anything about small companys?", "small and medium-sized enterprises"),
    ],
)
def test_a_formal_or_childish_question_is_answered_as_a_plain_one(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered
    assert said in answer.quotes[0].text
