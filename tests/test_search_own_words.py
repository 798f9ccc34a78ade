"""Covered questions asked in the asker's own words or by a half-remembered line: the
frame that asks for the passage is no part of what it says, and the sentence they
remember is quoted."""

import pytest


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what was that bit about trust being like a resource you can't renew", "nonrenewable strategic resource"),
        ("where it says the world economic discovery is dragging and local wars keep breaking out", "world economic recovery is sluggish"),
        ("countries turning inward, putting up trade walls, being against globalisation — is that talked about?", "protectionism"),
    ],
)
def test_a_half_remembered_line_is_quoted(searcher, question, expected):
    answer = searcher.search(question)
    assert answer.answered, question
    assert any(expected in quote.text for quote in answer.quotes[:3])


def test_a_half_remembered_line_of_something_the_texts_never_say_is_not_covered(searcher):
    assert not searcher.search("what was that bit about ransomware being like a plague on hospitals").answered


def test_who_says_it_inside_the_question_leaves_what_is_asked(searcher):
    answer = searcher.search("What imbalances does the writer say are holding the poorer countries back?")
    assert answer.answered
    assert any("imbalances in internet penetration" in quote.text for quote in answer.quotes[:3])
