"""An analyst's note for a question ("Characterisation of X", "Allegations re: X", "Legal
basis cited for X"): the words naming what the passage will be used as count neither for
nor against it, and the passage saying X is quoted."""

import pytest


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Characterisation of US conduct as obstacle to cooperation pre-Snowden.", "presented a major obstacle"),
        ("Allegations re: certain states using ICT to seek hegemony.", "as a tool to seek hegemony"),
        ("Legal basis cited for cyber sovereignty (UN Charter).", "as enshrined in the UN Charter"),
        ("Evidence adduced for the hacking claim — source cited.", "according to a statement issued by the Chinese Embassy"),
    ],
)
def test_an_analysts_note_is_answered_by_what_it_is_about(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered, f"{question!r} was not answered"
    assert said in answer.quotes[0].text


def test_an_analysts_note_on_what_the_texts_never_say_is_not_covered(searcher):
    assert not searcher.search("Characterisation of ransomware attacks on hospitals.").answered
    assert not searcher.search("Allegations re: election interference through social media ads.").answered
