"""A line half remembered ("there was a bit about some bridge thing... what was it?", "a
lawless something?", "wasn't there something about X") and a teacher drafting a quiz item
("I want to ask my class why X — which sentence should they find?", "For my question on X:
which line says when it was held?", "I need the quotation that backs the answer 'Y'"):
the groping and the drafting read apart from what is asked."""

import pytest

from bot.search.asking.recollection import recalled


@pytest.mark.parametrize(
    ("groping", "read"),
    [
        ("there was a bit about some toll or fare thing... what was it?", "there was a bit about toll or fare?"),
        ("the bridge was called a lawless something?", "the bridge was called lawless?"),
        ("what was that word, ferry... something, crossing?", "what was that word, ferry, crossing?"),
        ("the bit about ferries or something, can't find it", "the bit about ferries"),
        ("I forget the word, the thing the bridge replaced", "the thing the bridge replaced"),
        ("wasn't there something about the ferry?", "was there a bit about the ferry?"),
        ("one of them mentioned the ferry, which one?", "one of them mentioned the ferry?"),
        ("there was a typo like 'pubic policy' where is it", "the line with the typo 'pubic policy' where is it"),
    ],
)
def test_the_asker_s_groping_is_read_past_to_what_they_remember(groping, read):
    assert recalled(groping) == read


@pytest.mark.parametrize(
    "question",
    ["Which one is longer, the bridge or the tunnel?", "Is something missing from the toll list?", "What was it like to cross the bridge?"],
)
def test_a_question_that_only_looks_half_remembered_stays(question):
    assert recalled(question) == question


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("there was a line about a lawless place, what was it", "extrajudicial place"),
        ("I vaguely remember something about a double standard", "double standards"),
        ("i'm sure one of them mentioned pandora's box, which one?", "Pandora’s Box"),
        ("there was a typo like 'pubic policies' lol where is it", "pubic policies"),
        ("I need the quotation that backs the answer 'a watershed moment' for my question on the Snowden leaks.", "watershed moment"),
        ("Need the passage that answers: who proposed the four principles at Wuzhen?", "four principles"),
        ("Which sentence in 'Maintain good order' mentions moral education?", "moral education"),
    ],
)
def test_a_half_remembered_line_or_a_teacher_s_item_is_quoted(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered
    assert said in answer.quotes[0].text


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("I want to ask my class why the author thinks cyberspace needs rules — which sentence should they find?", "why the author thinks cyberspace needs rules"),
        ("Which line identifies Edward Snowden's former job?", "Edward Snowden's former job"),
        (
            "For my question on the World Summit on the Information Society: which line says when and where it was first held?",
            "when and where the World Summit on the Information Society was first held",
        ),
    ],
)
def test_a_teacher_s_request_for_the_line_leaves_the_item_it_is_for(searcher, question, subject):
    assert searcher.read(question).subject == subject
