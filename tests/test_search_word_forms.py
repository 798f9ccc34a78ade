"""A question's word that the texts write only with a negating prefix ("renewed" beside
"nonrenewable", "imagine" beside "unimaginable") is the texts' word: the same subject,
said the other way. Other prefixes make other words, and are left alone."""

import pytest

from bot.search.lexical import LexicalIndex

TEXTS = ["Such trust is a nonrenewable resource.", "Life without bridges is unimaginable.", "They disconnect the old network.", "Rain fell."]


@pytest.fixture(scope="module")
def index():
    return LexicalIndex(TEXTS)


@pytest.mark.parametrize("word, row", [("renewed", 0), ("imagine", 1)])
def test_a_word_the_texts_write_with_a_negating_prefix_is_held_by_their_sentence(index, word, row):
    assert index.knows(index.stem(word))
    assert [r for r in range(len(TEXTS)) if index.holds(r, index.stem(word))] == [row]
    assert index.coverage(f"what about {word}", [row]) == 1.0
    assert index.scores(word).argmax() == row


@pytest.mark.parametrize("word", ["connected", "network"])
def test_other_prefixes_and_known_words_stay_as_they_are(index, word):
    term = index.stem(word)
    assert index.corpus_form(term) == term


def test_a_negated_word_in_the_question_is_not_read_as_its_base():
    index = LexicalIndex(["The information is public."])
    assert not index.knows(index.stem("disinformation"))


def test_a_question_in_the_other_form_finds_the_sentence(searcher):
    answer = searcher.search("Can people still imagine life without smartphones and Wi-Fi?")
    assert answer.answered
    assert "life without the Internet, Wi-Fi, smartphones" in answer.quotes[0].text


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        # "writer" is a word of theirs, "writer's" its possessive: not a misspelt "writers",
        # which left "opinion" behind in the subject once the writer's frame was gone.
        ("How would giving every nation equal standing help, in the writer's opinion?", "How would giving every nation equal standing help"),
        ("Which comes first in the writer's mind, keeping things safe or making progress?", "Which comes first keeping things safe or making progress"),
    ],
)
def test_a_known_words_possessive_is_no_misspelling(searcher, question, subject):
    reading = searcher.read(question)
    assert reading.changes == ()
    assert reading.subject == subject
