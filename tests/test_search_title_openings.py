"""A piece called by the first words of its title before a word for a piece ("in the
Rivers need friends article") is named by them, and they leave the subject; two words
name nothing."""

import pytest

from bot.search.asking import Framer
from bot.texts.corpus import Document

RIVERS = Document(
    id="daily-2020",
    title="Rivers need friends along their whole length",
    author=None,
    outlet="Daily Post",
    date="2020-05-01",
    body="The river council met in Lyon in July last year. It works with more than 40 towns.\n",
)
BRIDGES = Document(
    id="weekly-2018",
    title="Bridges and towns",
    author=None,
    outlet="Town Weekly",
    date="2018-03-09",
    body="Floods in 2015 closed the bridges. The towns rebuilt them.\n",
)
FRAMER = Framer({d.id: d for d in (RIVERS, BRIDGES)})


@pytest.mark.parametrize(
    "question, subject",
    [
        ("when did the council meet, in the Rivers need friends piece", "when did the council meet"),
        ("in the 'rivers need friends along' article, when did the council meet", "when did the council meet"),
    ],
)
def test_a_titles_opening_words_before_a_word_for_a_piece_name_it(question, subject):
    framed = FRAMER.frame(question)
    assert (framed.subject, framed.documents) == (subject, frozenset({"daily-2020"}))


def test_two_of_a_titles_words_are_too_few_to_name_its_piece():
    assert FRAMER.frame("what does the rivers need article say about towns").documents == frozenset()


def test_a_half_remembered_title_narrows_the_search_to_its_piece(searcher):
    answer = searcher.search("what did Wang Yi say about data security risks, in the Joint efforts urgently needed piece")
    assert answer.answered
    assert answer.quotes[0].doc_id == "globaltimes-2020"
    assert "Wang Yi" in answer.quotes[0].text
