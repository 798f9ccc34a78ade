"""A translator's and a lecturer's ways of asking for a passage: the English of it ("what's
the English for X", "how is X worded in English", "what idiom does Zhang use for X") and
the passage an exam item cites ("Find where the article cites X, for a short-answer item",
"Indicate where the article reports X", "Mark the sentence invoking X")."""

import pytest

from bot.search.asking.asker import without_asker, without_english


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("what's the English for flood defence in the Herald piece?", "flood defence in the Herald piece?"),
        ("the mayor's promise — what's the exact English wording?", "the mayor's promise — what's the exact wording?"),
        ("How is the river tax worded in English?", "How is the river tax worded?"),
        ("What English wording does the Herald use for the levy?", "What wording does the Herald use for the levy?"),
        ("does the English say 'flood wall' or 'flood barrier'?", "does it say 'flood wall' or 'flood barrier'?"),
    ],
)
def test_the_english_asked_for_is_no_part_of_the_subject(question, subject):
    assert without_english(question) == subject


def test_english_that_names_something_stays():
    assert without_english("What does the text say about the English Civil War?") == "What does the text say about the English Civil War?"
    # Nothing else left to name: the question is kept as it is.
    assert without_english("in English?") == "in English?"


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("Find where the article cites a statement from the town council, for a short-answer item.", "a statement from the town council"),
        ("Find where the author warns that floods could ruin the harvest, for an exam question.", "floods could ruin the harvest"),
        ("where the Herald writer says the river has burst its banks", "the river has burst its banks"),
    ],
)
def test_a_lecturers_request_leaves_what_the_passage_says(question, subject):
    assert without_asker(question) == subject


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("In Guangming's section on good order, what's the English for how freedom and order relate?", "Freedom is the purpose of order"),
        ("What idiom does Zhang use for developing countries being stuck behind developed countries' limits?", "bogged down by limitations of technology"),
        ("What English does Guangming use for the consultation-contribution-benefits formula in global governance?", "extensive consultation, joint contribution"),
        ("Find where the article cites a statement from the Chinese Embassy in the UK, for a short-answer item.", "according to a statement issued by the Chinese Embassy in the UK"),
        ("Indicate where the article reports Xi's Wuzhen keynote calling for better communication, more agreements and stronger cooperation.", "better communication, more agreements and stronger cooperation"),
        ("Zhi's conclusion: does the English say 'cleaner and securer' or 'cleaner and safer'?", "make the Internet cleaner and securer"),
        ("Mark the sentence invoking the principle of sovereign equality enshrined in the UN Charter.", "The principle of sovereign equality, as enshrined in the UN Charter"),
    ],
)
def test_a_translator_or_a_lecturer_gets_the_passage(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered, f"{question!r} was not answered"
    assert said in " ".join(q.text for q in answer.quotes[:3]), answer.quotes[0].text


def test_a_translators_question_on_what_the_texts_never_say_is_not_covered(searcher):
    assert not searcher.search("What's the English for ransomware in the Guangming piece?").answered
    assert not searcher.search("How is net neutrality rendered in the Zhang essay?").answered
