"""A piece's own date written beside its name, as keywords or a heading put it ("zhi 2016
icann", "Global Times Sept 2020: will …"), names the piece with it and leaves the subject;
another date stays, it may be what is asked about."""

import pytest

from bot.search.asking import Framer
from bot.texts.corpus import Document

DOCUMENTS = {
    "daily-2020": Document(
        id="daily-2020",
        title="Rivers need friends",
        author="Ann Lee",
        outlet="Daily Post",
        date="2020-05-01",
        body="The river council met in Lyon in July last year. It works with more than 40 towns.\n",
    ),
    "weekly-2018": Document(
        id="weekly-2018",
        title="Bridges and towns",
        author=None,
        outlet="Town Weekly",
        date="2018-03-09",
        body="Floods in 2015 closed the bridges. The towns rebuilt them.\n",
    ),
}


@pytest.mark.parametrize(
    "question, subject",
    [
        ("river council lee 2020", "river council"),
        ("lee 2020 river council", "river council"),
        ("Daily Post May 2020: when did the river council meet", "when did the river council meet"),
        ("when did the river council meet, Daily Post, May 2020", "when did the river council meet"),
    ],
)
def test_the_pieces_own_date_beside_its_name_leaves_the_subject(question, subject):
    framed = Framer(DOCUMENTS).frame(question)
    assert (framed.subject, framed.documents) == (subject, frozenset({"daily-2020"}))


@pytest.mark.parametrize(
    "question, kept",
    [
        ("Town Weekly 2015 floods", "2015 floods"),  # the piece is of 2018: 2015 is asked about
        ("Daily Post June 2020: when did the river council meet", "June 2020"),  # not the piece's month
    ],
)
def test_another_date_beside_the_name_stays_in_the_subject(question, kept):
    assert kept in Framer(DOCUMENTS).frame(question).subject


def test_keywords_with_the_pieces_author_and_year_find_the_acronyms_name(searcher):
    answer = searcher.search("zhi 2016 icann")
    assert answer.answered
    assert "Internet Corporation for Assigned Names and Numbers" in answer.quotes[0].text
    assert answer.quotes[0].doc_id == "zhi-2016"
