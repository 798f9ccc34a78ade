"""A revision card typed as the question ("Flashcard — front: X (Zhi). Back: ?", "Key
term: X. What does the Global Times apply it to?", "Vocab list #7, X: how does Guangming
use it?"): the card's words go, its term is what is asked about."""

import pytest

from bot.search.asking.flashcards import as_card_question


@pytest.mark.parametrize(
    ("card", "question"),
    [
        ("Flashcard — front: cyber sovereignty (Zhi). Back: ?", "cyber sovereignty (Zhi)?"),
        ("Q side: who proposed the four principles? A side: ?", "who proposed the four principles?"),
        ("Key term: nonrenewable strategic resource. What does the Global Times apply it to?", "What does the Global Times apply nonrenewable strategic resource to?"),
        ("Vocab list #7, digital divide: how does Guangming use it?", "how does Guangming use digital divide?"),
        ("Key term: network sovereignty. China Daily's definition?", "China Daily's definition, network sovereignty?"),
        ("Front: generative AI / ChatGPT. What governance worry does the 2022 China Daily piece raise? Back: ?", "What governance worry does the 2022 China Daily piece raise, generative AI / ChatGPT?"),
        ("Glossary entry: 'Wuzhen' — what does the text say it is?", "what does the text say Wuzhen is?"),
    ],
)
def test_a_card_asks_of_its_term(card, question):
    assert as_card_question(card) == question


@pytest.mark.parametrize(
    "question",
    ["Cyber sovereignty: what does Zhang say?", "Term limits: does Zhi mention them?", "What does the card say?", "Back to Zhi: what is Wuzhen?"],
)
def test_a_question_that_is_no_card_is_left_alone(question):
    assert as_card_question(question) == question


def test_the_card_s_own_words_are_not_misspellings(searcher):
    query = searcher.read("Anki: which institute is Zhang Guoqing from?")
    assert "Anti" not in query.read and "Anti" not in query.subject


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("Key term: nonrenewable strategic resource. What does the Global Times apply it to?", "nonrenewable strategic resource"),
        ("Key term: network sovereignty. China Daily's definition?", "network sovereignty"),
        ("Vocab list #7, digital divide: how does Guangming use it?", "digital divide"),
        ("Anki card front: 'basic nature of cyberspace' (Guangming 2022). Back: which single word does the essay give?", "Interconnection is the basic nature of cyberspace"),
    ],
)
def test_the_card_s_term_is_quoted(searcher, question, quoted):
    answer = searcher.search(question)
    assert answer.answered and any(quoted.lower() in q.text.lower() for q in answer.quotes[:3])


def test_a_card_on_a_term_the_texts_never_use_is_refused(searcher):
    assert not searcher.search("Flashcard — front: quantum key distribution (Zhi). Back: ?").answered
