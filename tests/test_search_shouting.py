"""A message typed in capitals, caps lock on or for emphasis, is read as if typed in lower
case: its words are not taken for acronyms or names, but for the acronyms it holds."""

import pytest

from bot.search.asking.shouting import shouted, unshouted

STOPWORDS = frozenset({"what", "does", "the", "it", "us", "a", "of", "say", "about", "did"})


def is_acronym(word: str) -> bool:
    return word in {"NSA", "AIIB", "US"}


def test_a_shouted_message_is_read_in_lower_case_but_its_acronyms():
    assert unshouted("WHAT DOES THE NSA DO?", stopwords=STOPWORDS, is_acronym=is_acronym) == "what does the NSA do?"
    assert unshouted("Hello dear. WHAT DID THE AIIB SAY, i read about PEOPLE CENTERED", stopwords=STOPWORDS, is_acronym=is_acronym) == (
        "Hello dear. what did the AIIB say, i read about people centered"
    )
    # An acronym that is a word too ("US", "us") is the word in a shouted message.
    assert unshouted("DOES IT TELL US ANYTHING", stopwords=STOPWORDS, is_acronym=is_acronym) == "does it tell us anything"
    assert unshouted("I ASKED WHAT IT SAYS", stopwords=STOPWORDS, is_acronym=is_acronym) == "I asked what it says"


@pytest.mark.parametrize(
    "message",
    [
        "What does the text say about the NSA and PRISM?",  # acronyms, not shouting
        "NSA PRISM US",  # a row of acronyms, no function word among them
        "What does it say about the REAL problem?",  # one word stressed
        "what do the texts say about ICANN",
    ],
)
def test_a_message_not_shouted_is_read_as_typed(message):
    assert not shouted(message, stopwords=STOPWORDS, is_acronym=is_acronym)
    assert unshouted(message, stopwords=STOPWORDS, is_acronym=is_acronym) == message


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("WHAT DID THE INTERNATIONAL COMMUNITY PRAISE ACCORDING TO THE WRITER?", "the international community has praised the proposal"),
        ("Good morning dear. DOES THE ARTICLE SAY THE WORLD ECONOMY IS RECOVERING? my son frets about it", "The world economic recovery is sluggish"),
        ("WHAT DID WANG YI PROPOSE ON SEPTEMBER 8", "Wang Yi proposed the Global Initiative on Data Security"),
        ("WHAT DOES THE AIIB WANT TO DO ABOUT POVERTY", "Asian Infrastructure Investment Bank"),
    ],
)
def test_a_shouted_question_is_answered_as_in_lower_case(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered, f"{question!r} was not answered"
    assert said in answer.quotes[0].text
    assert answer.question == question  # the reply shows the question as typed


def test_lower_case_is_no_reading_to_tell_the_asker_of(searcher):
    assert searcher.search("WHAT DOES THE TEXT SAY ABOUT THE DIGITAL DIVIDE").read_as is None


def test_a_shouted_question_the_texts_dont_answer_is_refused(searcher):
    assert not searcher.search("WHAT DOES THE ARTICLE SAY ABOUT RANSOMWARE ON HOSPITALS").answered
