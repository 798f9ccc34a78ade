"""A message typed in capitals (caps lock on, or for emphasis) or in Title Case is read as
if typed in lower case: its words are not taken for acronyms or names, but for the
acronyms and the names it holds."""

import pytest

from bot.search.asking.capitals import shouted, title_cased, unshouted

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


def is_name(word: str) -> bool:
    return word in {"Zhang", "Guangming", "Lyon"}


def test_a_message_in_title_case_is_read_in_lower_case_but_its_names():
    read = unshouted("Is Zhang Proud Of The Results In Lyon?", stopwords=STOPWORDS | {"is", "in"}, is_acronym=is_acronym, is_name=is_name)
    assert read == "Is Zhang proud of the results in Lyon?"
    # Every sentence keeps its opening capital.
    read = unshouted("Hello. What Does The Guangming Piece Say?", stopwords=STOPWORDS, is_acronym=is_acronym, is_name=is_name)
    assert read == "Hello. What does the Guangming piece say?"


@pytest.mark.parametrize(
    "message",
    [
        "What does the Research Center for Cyberspace Governance of Fudan University do?",  # a name, its function words in lower case
        "What does Wang Yi say? The World Internet Conference?",
        "Plan A was dropped",
    ],
)
def test_capitalised_names_are_no_title_case(message):
    assert not title_cased(message, stopwords=STOPWORDS | {"for", "of"})
    assert unshouted(message, stopwords=STOPWORDS, is_acronym=is_acronym, is_name=is_name) == message


def test_a_shouted_compound_keeps_its_acronym_part():
    assert unshouted("WHAT ABOUT THE CHINA-ASEAN FORUM", stopwords=STOPWORDS, is_acronym=lambda w: w == "ASEAN") == "what about the china-ASEAN forum"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Is Zhi Proud Of China's Results Against Cross-Border Cybercrime", "signed cooperative frameworks"),
        ("What Is The World Economy Doing According To The Guangming Article", "The world economic recovery is sluggish"),
        ("GLOBAL TIMES AUTHOR'S POST?", "The author is director at the Research Center"),
        ("IS CHINA DAILY OK WITH STRIKING FIRST IN CYBERSPACE IN SELF-DEFENCE", "self-defense"),
    ],
)
def test_a_question_in_title_case_or_all_capitals_is_answered(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered, f"{question!r} was not answered"
    assert said in answer.quotes[0].text
