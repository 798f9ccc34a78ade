"""A law student's ways of asking: whose account in their terms ("on the author's account",
"the author's doctrine on X") frames the question; "what office does the author hold"
asks for the byline."""

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
}


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("By what means, on the author's account, do towns keep the river clean?", "By what means, do towns keep the river clean"),
        ("On the writer's reading, what changed after the flood?", "what changed after the flood"),
        ("What is the author's doctrine on river sovereignty?", "river sovereignty"),
        ("What is Lee's theory on shared rivers?", "shared rivers"),
    ],
)
def test_whose_account_in_a_lawyers_words_frames_the_question(question, subject):
    assert Framer(DOCUMENTS).frame(question).subject == subject


def test_on_without_whose_account_stays_in_the_subject():
    assert Framer(DOCUMENTS).frame("What does the text say on the author's family?").subject == "the author's family"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("By what technical means, on the author's account, do some states establish global monitoring?", "hidden backdoors"),
        ("What is the author's doctrine on the North-South disparity?", "North-South disparity"),
        ("What office does the author of the Global Times viewpoint hold?", "The author is director at the Research Center"),
    ],
)
def test_a_law_student_is_answered(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered, f"{question!r} was not answered"
    assert said in answer.quotes[0].text
