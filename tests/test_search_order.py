"""Which of two things a piece tells first: each one's own sentence is quoted, in the
order the text gives them, whichever the asker named first. Two things the texts do not
both tell are refused as before."""

import pytest

from bot.search.asking.order import order_asked, told_date

HARBOUR = """The old harbour closed to shipping in 1968, when the container port opened downstream.

The harbour festival, first held in 2010, now draws visitors every August.

For twenty years the quays stood empty and the warehouses decayed.

In 1991 the city bought the warehouses and turned the largest into a public library.

A ferry to the islands began running from the east quay in 2004.

The harbour board puts the safety of swimmers before the speed of boats in every plan.
"""


@pytest.fixture(scope="module")
def harbour(searcher_of):
    return searcher_of(HARBOUR, titles=("The harbour reborn",))


@pytest.mark.parametrize(
    "question, first, second",
    [
        ("Does the harbour piece bring up the festival before or after the library?", "the festival", "the library"),
        ("Which comes first in the harbour piece, the ferry or the library?", "the ferry", "the library"),
        ("Which does Smith mention first: the container port or the festival?", "the container port", "the festival"),
        ("The festival or the ferry — which comes first?", "The festival", "the ferry"),
        ("Reading top to bottom, do you hit the ferry or the library first?", "the ferry", "the library"),
        ("Is the festival mentioned before the ferry?", "the festival", "the ferry"),
        ("How many years passed between the library and the ferry?", "the library", "the ferry"),
        ("How long was it between the first and second festivals?", "the first festivals", "second festivals"),
    ],
)
def test_two_things_asked_in_order_are_read_as_such(question, first, second):
    order = order_asked(question)
    assert (order.first, order.second) == (first, second)


@pytest.mark.parametrize(
    "question",
    [
        "Which is more important, the ferry or the library?",
        "What did the city do before or after 1991?",
        "What happened first at the harbour?",
        "What is the difference between the ferry and the library?",
    ],
)
def test_a_choice_or_a_time_alone_is_no_order_asked(question):
    assert order_asked(question) is None


@pytest.mark.parametrize(
    "question",
    [
        "Which is mentioned first in the harbour piece, the ferry or the library?",
        "Does the harbour piece bring up the ferry before or after the library?",
    ],
)
def test_both_sentences_are_quoted_in_the_texts_order(harbour, question):
    answer = harbour.search(question)
    assert answer.answered
    first, second = (quote.text for quote in answer.quotes[:2])
    assert "public library" in first  # the library comes first in the text, though asked second
    assert "ferry to the islands" in second
    assert "in the order the text gives them" in answer.note


def test_an_order_of_things_the_text_does_not_tell_is_refused(harbour):
    assert not harbour.search("Which comes first in the harbour piece, the tram line or the cable car?").answered


@pytest.mark.parametrize("question", ["Which happened first, the festival or the library?", "Which came first in the piece, the festival or the library?"])
def test_events_asked_in_time_are_quoted_by_the_dates_they_give(harbour, question):
    answer = harbour.search(question)
    first, second = (quote.text for quote in answer.quotes[:2])
    assert "public library" in first and "festival" in second  # 1991 before 2010, though told after
    assert "in the order of the dates they give" in answer.note


def test_which_comes_first_may_ask_a_priority_one_sentence_answers(harbour):
    answer = harbour.search("Which comes first, the safety of swimmers or the speed of boats?")
    assert "puts the safety of swimmers before the speed of boats" in answer.quotes[0].text
    assert not answer.note or "order the text gives" not in answer.note


@pytest.mark.parametrize(
    "text, date",
    [("On Dec. 16-18, the second conference opened.", (2015, 12)), ("in his speech in June 2014", (2014, 6)), ("since 1991", (1991, 0)), ("no date here", None)],
)
def test_the_date_a_passage_gives(text, date):
    assert told_date(text, year=2015) == date


def test_how_long_between_two_events_quotes_both_dated_passages(harbour):
    answer = harbour.search("How many years passed between the library and the ferry?")
    first, second = (quote.text for quote in answer.quotes[:2])
    assert "1991" in first and "2004" in second
