"""What a piece warns against, opposes or rules out, asked of it alone ("what does the 2022
article warn against?", "don'ts according to the China Daily piece", "which approach is
rejected in the Global Times op-ed?"): answered by the sentences saying something must not
be done or is opposed, not by the ones that merely share a word."""

import pytest

from bot.search.asking.structure import asks_against


@pytest.mark.parametrize(
    "question",
    [
        "what does the 2022 article warn against?",
        "which approach is rejected in the Global Times op-ed?",
        "don'ts according to the China Daily piece",
        "What must countries not do, per Guangming?",
        "what practices does Zhi oppose?",
    ],
)
def test_a_warning_asked_for_is_told(question):
    assert asks_against(question)


@pytest.mark.parametrize(
    "question",
    ["what does the text say about the fight against terrorism?", "What should countries do?", "What does Zhang say about opposition parties?"],
)
def test_a_question_with_no_warning_asked_is_not(question):
    assert not asks_against(question)


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("which approach is rejected in the Global Times op-ed?", "is not the way to solve the problem"),
        ("Don'ts from the Global Times op-ed: which approaches does it reject as no solution?", "is not the way to solve the problem"),
        ("What does the Guangming piece warn against?", "oppose"),
        ("What does the Guangming piece oppose?", "We oppose"),
    ],
)
def test_the_piece_s_own_warning_is_quoted(searcher, question, quoted):
    answer = searcher.search(question)
    assert answer.answered and any(quoted in q.text for q in answer.quotes[:3])


def test_the_poem_s_words_are_no_warning(searcher):
    answer = searcher.search("What does the Zhi piece condemn?")
    assert answer.answered and "Truth and lies" not in answer.quotes[0].text


def test_a_piece_that_warns_of_nothing_is_not_made_to(searcher):
    assert not searcher.search("what does Zhang warn against?").answered
