"""A phrasal verb in a question ("put forward", "set up") is answered by the one-word verb
a text writes for it ("proposed", "established"): the sentence holds neither of its words."""

import pytest

from bot.search.phrasal import stand_ins


def test_both_words_of_a_phrasal_verb_stand_for_its_one_word_verbs():
    found = stand_ins("What did Wang Yi put forward in September?")
    assert "proposed" in found["put"] and "proposed" in found["forward"]
    assert stand_ins("who set it up") == stand_ins("who set up")


def test_a_verb_without_its_particle_stands_for_nothing():
    assert stand_ins("Where did they put the servers?") == {}


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("What did Wang Yi put forward on September 8 on behalf of the Chinese government?", "proposed the Global Initiative on Data Security"),
        ("when did china and america set up a cyber security panel", "a cybersecurity panel was initiated"),
    ],
)
def test_the_sentence_saying_it_in_one_word_is_quoted(searcher, question, quoted):
    answer = searcher.search(question)
    assert answer.answered and quoted in answer.quotes[0].text


def test_a_phrasal_verb_does_not_cover_a_subject_the_texts_lack(searcher):
    assert not searcher.search("What did Apple put forward about encryption?").answered
