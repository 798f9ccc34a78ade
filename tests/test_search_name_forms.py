"""Names the texts write in another form than the question: a longer acronym of a name
they spell out ("ISIS" for their "Islamic State"), a demonym inside a longer name they
write whole ("the Institute of American Studies", though they write "US" for
"American"); and "where" asking where they speak of something, not
for a place."""

import pytest

from bot.search.names import NameCase, capital_readings

SENTENCES = [
    "The threat posed by the Islamic State is growing, the Internet Society said.",
    "He is from the Institute of American Studies, and the US agreed.",
    "The US and the US again; America once.",
]


def test_a_longer_acronym_opens_with_the_initials_of_the_names_it_may_be():
    names = NameCase(SENTENCES)
    assert names.opening_names("ISIS") == ["internet society", "islamic state"]
    assert names.opening_names("ISO") == ["internet society", "islamic state"]
    assert names.opening_names("NATO") == []
    assert names.as_written("islamic state") == "Islamic State"


def test_a_country_word_inside_a_longer_name_the_texts_write_stays_as_typed():
    names = NameCase(SENTENCES, countries=[frozenset({"america", "american", "americans", "US", "USA"})])
    assert names.abbreviated("Who is from the Institute of American Studies?") == "Who is from the Institute of American Studies?"
    assert names.abbreviated("What do American firms want?") == "What do US firms want?"


def test_a_country_named_by_its_initials_has_its_capital_read_as_them():
    """The United Kingdom's codes are "GB" and "GBR"; texts write "the UK"."""
    readings = capital_readings(["The Ambassador to the UK spoke.", "The UK agreed with the UK."])
    assert readings["London"] == "UK"


@pytest.mark.parametrize(("question", "said"), [
    ("Do the texts say anything about ISIS?", "Islamic State"),
    ("Why does Zhang bring up ISIS?", "Islamic State"),
])
def test_a_longer_acronym_of_a_name_the_texts_write_is_answered_with_it(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered
    assert said in answer.quotes[0].text


@pytest.mark.parametrize("question", [
    "What does UNESCO say about world heritage sites?",
    "What did the UNHRC conclude about online privacy?",
])
def test_an_acronym_opening_with_a_name_s_initials_but_far_from_it_is_still_unknown(searcher, question):
    assert not searcher.search(question).answered


def test_a_demonym_inside_a_name_the_texts_write_is_answered(searcher):
    answer = searcher.search("Which author is at the Institute of American Studies?")
    assert answer.answered
    assert "Institute of American Studies" in answer.quotes[0].text


def test_a_word_before_the_us_outside_a_name_is_no_unknown_name(searcher):
    answer = searcher.search("Apart from the American giants, which firms does Zhi call competitive?")
    assert answer.answered


@pytest.mark.parametrize("question", [
    "Where does the text discuss the Online Silk Road?",
    "Where does Zhang bring up the Islamic State?",
])
def test_where_the_texts_speak_of_something_asks_no_place(searcher, question):
    assert searcher.search(question).answered


def test_where_with_a_verb_of_speaking_far_after_it_still_asks_a_place():
    from bot.search.answer_kinds import asked_kind, asks_where_in_texts

    assert asks_where_in_texts("Where is Xi quoted on the future of cyberspace")
    assert asked_kind("Where does the essay bring up hegemony") is None
    assert asked_kind("Where did the President give the speech that the second writer mentions") == "place"
