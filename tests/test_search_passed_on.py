"""A question passed on by a parent or a tutor: the child who needs it ("my son needs
where it says …") or the worksheet that sets it ("the worksheet asks …", "…, the
worksheet asks?") is who asks, not what about."""

import pytest

from bot.search.asking import Framer
from bot.texts.corpus import Document

DOCUMENTS = {
    "daily-2020": Document(
        id="daily-2020",
        title="Rivers need friends",
        author=None,
        outlet="Daily Post",
        date="2020-05-01",
        body="The river council met in Lyon in July last year. It works with more than 40 towns.\n",
    ),
}


@pytest.mark.parametrize(
    "question, subject",
    [
        ("My son needs where it calls the council a lifeline.", "where it calls the council a lifeline"),
        ("my daughter has to find where it says the council works with towns", "the council works with towns"),
        ("my kid wants to know if the river council met in Lyon", "the river council met in Lyon"),
        ("the worksheet asks on what dates the river council met", "on what dates the river council met"),
        ("my son's sheet asks how many towns the council works with", "how many towns the council works with"),
        ("How many towns does the council work with, the worksheet asks?", "How many towns does the council work with"),
        ("The homework says: when did the river council meet?", "when did the river council meet"),
    ],
)
def test_the_child_or_the_worksheet_passing_the_question_on_is_no_subject(question, subject):
    assert Framer(DOCUMENTS).frame(question).subject == subject


def test_a_worksheet_asked_about_is_still_the_subject():
    # Nothing is left once the words passing it on are gone: the worksheet is what is asked of.
    assert "worksheet" in Framer(DOCUMENTS).frame("what does my son's worksheet ask?").subject
