"""A question asking for a specific thing the texts never give is not covered, though
every other word of it is in a passage: a law as one instrument of its kind ("what law
protects minors online"), how common something is, who invented something, what a
listed body does, which countries a named event touched, what someone the texts name
for something else said (bot/search/answer_kinds.py),
and anything about an institution but who works there and where it is, which is all a
byline tells (bot/search/document_parts.py). What the texts do say of these stays quoted."""

import pytest

from bot.search.answer_kinds import asked_plainly, asks_for_a_law, names_a_law


def test_a_law_is_asked_for_as_an_instrument_not_as_law_itself():
    for subject in (
        "what law protects minors online in china",
        "what's the law against online fraud",
        "Is there a defamation law for the internet",
        "does china have a privacy law now",
        "What does Brazil's internet law say",
        "Are any fake news laws cited",
    ):
        assert asks_for_a_law(subject), subject
    for subject in (
        "rule of law online",
        "Is cyberspace a place outside the law",
        "is the internet a place where laws don't apply",
        "do they say countries can make their own laws about the internet",
        "Under which bodies of law should online attacks be punished",
        "I'm a law student and network sovereignty confuses me",
    ):
        assert not asks_for_a_law(subject), subject
    assert names_a_law("The principle of sovereign equality, as enshrined in the UN Charter, is a norm.")
    assert not names_a_law("We will manage the internet in accordance with the law.")
    assert names_a_law("Brazil adopted an internet law that protects the privacy of users.")


def test_new_kinds_of_answer_are_asked_plainly():
    assert asked_plainly("how common is online shopping fraud")[0] == "frequency"
    assert asked_plainly("who invented the world wide web")[0] == "leader"
    assert asked_plainly("what the Interactive Advertising Bureau does")[0] == "activity"
    assert asked_plainly("What is doing the Interactive Advertising Bureau")[0] == "activity"
    assert asked_plainly("what is the Internet Society and who are its members")[0] == "activity"
    assert asked_plainly("Color Revolutions, which countries had them")[0] == "countries"
    assert asked_plainly("what research does the fudan research center do")[0] == "activity"
    assert asked_plainly("what did Edward Snowden say about China")[0] == "speech"
    # A preposition opening the question is no topic put first.
    assert asked_plainly("With which countries China has conducted Internet conferences") is None


@pytest.mark.parametrize("question", [
    "what's the law against online fraud",
    "Is there a defamation law for the internet?",
    "how common is online shopping fraud",
    "who invented the world wide web",
    "Does any article say what the Interactive Advertising Bureau does?",
    "Color Revolutions happened in which countries exactly?",
    "what did edward snowden say about china",
    "What does the Institute of Law teach?",
    "Why did Fudan University create its Research Center for Cyberspace Governance?",
])
def test_a_specific_the_texts_never_give_is_not_covered(searcher, question):
    assert not searcher.search(question).answered


@pytest.mark.parametrize("question, said", [
    ("rule of law online", "in accordance with the law"),
    ("How often do infringements of privacy and intellectual property rights occur?", "occur periodically"),
    ("With which countries has China conducted bilateral or multilateral Internet conferences since 2007?", "Internet conferences"),
    ("Institute of Law?", "Institute of Law"),
    ("fudan cyberspace governance director", "Research Center for Cyberspace Governance"),
    ("Where does Zhang Guoqing work?", "Institute of American Studies"),
    # Said in the sentence naming him, or the one closing his quoted words.
    ("what did xi say at the china-us internet industry forum", "stressing that"),
    ("what did wang yi say about data security risks", "Wang Yi proposed"),
    ("What does China say it opposes in cyberspace?", "oppose"),
])
def test_what_the_texts_do_say_is_still_quoted(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered
    assert any(said in quote.text for quote in answer.quotes[:3])
