"""A student of rhetoric and style asking about the pieces' wording: the word for what
they ask about ("imagery", "simile", "adjectives", "maxim") is theirs, and a phrase they
quote from a piece ('pubic policies') is where the answer is."""

import pytest


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("What imagery does Zhi use for the internet's dangers?", "the internet's dangers"),
        ("Which adjectives does China Daily use for cyberspace?", "cyberspace"),
        ("What simile does Zhang use for the internet?", "the internet"),
    ],
)
def test_the_word_for_the_device_is_the_asker_s(searcher, question, subject):
    assert searcher.read(question).subject == subject


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("typo alert 😭 'pubic policies' — what's that sentence actually about?", "pubic policies"),
        ("Style note: the Guangming translation writes 'ethnics' where 'ethics' seems to be meant. Quote the spots.", "ethnics"),
    ],
)
def test_a_rare_phrase_quoted_from_a_piece_finds_its_sentence(searcher, question, quoted):
    answer = searcher.search(question)
    assert answer.answered and quoted in answer.quotes[0].text


def test_a_quoted_phrase_the_texts_never_write_is_still_refused(searcher):
    assert not searcher.search("typo alert 😭 'quantum ledgers' — what's that sentence actually about?").answered
