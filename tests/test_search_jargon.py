"""A consultant's shorthand frames a question without naming its subject: whose
position is asked after a colon or a dash ("arms races online: Guangming's position?"),
and "TL;DR" or "in a nutshell" ask for how a piece sums up. The subject is what is left,
and a question in the same words about what the texts never say is still refused."""

import pytest


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("Militarization race across digital battlegrounds: Guangming's position?", "Militarization race across digital battlegrounds"),
        ("cyber sovereignty: Zhi's view?", "cyber sovereignty"),
        ("digital divide — Guangming's take?", "digital divide"),
    ],
)
def test_whose_position_asked_after_a_colon_or_dash_is_no_part_of_the_subject(searcher, question, subject):
    assert searcher.read(question).subject == subject


def test_a_position_asked_after_a_colon_is_answered_from_that_piece(searcher):
    answer = searcher.search("Safeguarding at-risk populations on the web: Guangming's stance?")
    assert answer.answered
    assert "protection of vulnerable groups" in answer.quotes[0].text
    assert answer.quotes[0].doc_id == "guangming-2022"


@pytest.mark.parametrize("question", ["TL;DR of Zhang on Snowden + quote", "tldr zhang on the snowden leaks", "Zhang on the Snowden leaks, in a nutshell"])
def test_tldr_asks_how_a_piece_sums_up_what_it_is_asked_about(searcher, question):
    assert searcher.read(question).asks.conclusion
    answer = searcher.search(question)
    assert answer.answered and "Snowden" in answer.quotes[0].text


@pytest.mark.parametrize("question", ["Ransomware on hospitals: Guangming's position?", "TL;DR of Zhang on the Paris Call + quote"])
def test_the_same_shorthand_about_what_the_texts_never_say_is_refused(searcher, question):
    assert not searcher.search(question).answered
