"""A piece named by parts of its name as keywords, headings and half-remembered titles
put them: its own date beside its name ("zhi 2016 icann", "Global Times Sept 2020: will
…"), or the first three words of its title or more before a word for a piece ("in the
Joint efforts urgently needed piece"). The piece is narrowed to and those words leave the
subject; another date stays (it may be what is asked about), and two words of a title
name nothing."""

import pytest

from bot.search.asking import Framer
from bot.texts.corpus import Document

RIVERS = Document(
    id="daily-2020",
    title="Rivers need friends along their whole length",
    author="Ann Lee",
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
        ("river council lee 2020", "river council"),
        ("lee 2020 river council", "river council"),
        ("Daily Post May 2020: when did the river council meet", "when did the river council meet"),
        ("when did the river council meet, Daily Post, May 2020", "when did the river council meet"),
        ("when did the council meet, in the Rivers need friends piece", "when did the council meet"),
        ("in the 'rivers need friends along' article, when did the council meet", "when did the council meet"),
    ],
)
def test_the_pieces_date_beside_its_name_or_its_titles_opening_names_it_and_leaves_the_subject(question, subject):
    framed = FRAMER.frame(question)
    assert (framed.subject, framed.documents) == (subject, frozenset({"daily-2020"}))


@pytest.mark.parametrize(
    "question, kept",
    [
        ("Town Weekly 2015 floods", "2015 floods"),  # the piece is of 2018: 2015 is asked about
        ("Daily Post June 2020: when did the river council meet", "June 2020"),  # not the piece's month
    ],
)
def test_another_date_beside_the_name_stays_in_the_subject(question, kept):
    assert kept in FRAMER.frame(question).subject


LOCKS = Document(
    id="daily-2021",
    title="Locks and weirs",
    author=None,
    outlet="Daily Post",
    date="2021-11-20",
    body="The locks were built in 1850. Three weirs hold the water back.\n",
)


@pytest.mark.parametrize(
    "question, doc_ids",
    [
        ("when did the river council meet, Daily Post, May 2020", {"daily-2020"}),
        ("Daily Post 2021: when were the locks built", {"daily-2021"}),
        ("when were the locks built, Daily Post", {"daily-2020", "daily-2021"}),
        ("Daily Post 2019 on the locks", {"daily-2020", "daily-2021"}),  # neither piece's date
    ],
)
def test_an_outlets_pieces_are_told_apart_by_the_date_beside_its_name(question, doc_ids):
    framer = Framer({d.id: d for d in (RIVERS, LOCKS)})
    assert framer.frame(question).documents == frozenset(doc_ids)


def test_two_of_a_titles_words_are_too_few_to_name_its_piece():
    assert FRAMER.frame("what does the rivers need article say about towns").documents == frozenset()


@pytest.mark.parametrize(
    "question, doc_id, said",
    [
        ("zhi 2016 icann", "zhi-2016", "Internet Corporation for Assigned Names and Numbers"),
        ("what did Wang Yi say about data security risks, in the Joint efforts urgently needed piece", "globaltimes-2020", "Wang Yi"),
    ],
)
def test_a_piece_named_by_parts_of_its_name_is_quoted_from_it(searcher, question, doc_id, said):
    answer = searcher.search(question)
    assert answer.answered
    assert answer.quotes[0].doc_id == doc_id
    assert said in answer.quotes[0].text
