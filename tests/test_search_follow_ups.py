"""Questions typed as the next turn of a conversation, or to check a half-remembered claim:
"so what about the piece — what does it call X?", "pretty sure it mentions X somewhere?",
a long name typed as it sounds ("Snowdon's leaks"), a date given with its month
abbreviated ("in Wuzhen on Dec. 16-18"), a section asked for by its number spelt out
("section one")."""

import pytest

from bot.search.asking.asker import without_asker, without_trailer
from bot.search.spelling import Speller


@pytest.mark.parametrize(
    ("message", "meant"),
    [
        ("so what about the river piece — what does it call the flood?", "what does the river piece call the flood?"),
        ("what about Lee, what does he say about bridges?", "what does Lee say about bridges?"),
        ("and how about the council - what are its plans?", "what are the council's plans?"),
    ],
)
def test_turning_to_something_then_asking_of_it_asks_the_second_question_of_it(message, meant):
    assert without_asker(message) == meant


@pytest.mark.parametrize("where", ["somewhere", "anywhere", "in there somewhere", "in it anywhere"])
def test_where_a_piece_mentions_something_is_no_part_of_what_is_asked(where):
    assert without_trailer(f"the flood {where}?") == "the flood"


def _speller() -> Speller:
    return Speller(
        ["Before Edward Snowden leaked the files, the Ambassador spoke.", "The Snowden leaks changed everything."],
        extra_words=["who", "is", "before", "the"],
        stopwords=["the", "before"],
    )


@pytest.mark.parametrize(("typed", "read"), [("Snowdon", "Snowden"), ("Snowdon's", "Snowden's"), ("Ambasador", "Ambassador")])
def test_a_long_name_a_letter_off_is_read_as_the_name_the_texts_write(typed, read):
    [correction] = _speller().correct(f"who is {typed}?")
    assert (correction.original, correction.corrected) == (typed, read)


def test_a_short_name_a_letter_off_stays_as_typed():
    # "Edwin" is a name of its own, not "Edward" misspelt: short names are too near each other.
    assert _speller().correct("who is Edwin?") == []


def test_a_name_misspelt_as_it_sounds_is_answered(searcher):
    answer = searcher.search("and who did the US accuse of threatening cybersecurity before Snowdon's leaks?")
    assert answer.answered
    assert "accused China, Russia and other countries" in answer.quotes[0].text


def test_a_question_turning_to_a_piece_then_asking_of_it_is_answered(searcher):
    answer = searcher.search("so what about the Guangming piece — what does it call the basic nature of cyberspace?")
    assert answer.answered
    assert "Interconnection is the basic nature of cyberspace" in answer.quotes[0].text


def test_a_claim_that_a_piece_mentions_something_somewhere_is_checked(searcher):
    answer = searcher.search("pretty sure the Guangming essay mentions covid-19 somewhere?")
    assert answer.answered
    assert "Covid-19" in answer.quotes[0].text


def test_a_date_with_its_month_abbreviated_is_no_unknown_name(searcher):
    answer = searcher.search("Zhang says the conference was in Wuzhen on Dec. 16-18, right?")
    assert answer.answered
    assert any("Dec. 16-18" in quote.text for quote in answer.quotes[:3])


@pytest.mark.parametrize(
    "message",
    [
        "I remember the river piece mentioning bridges — is that right?",
        "I remember the river piece mentioning bridges - is that true?",
        "I recall the river piece mentioning bridges, am I right?",
    ],
)
def test_a_remembered_claim_then_a_request_to_confirm_it_asks_of_the_claim(message):
    assert without_trailer(without_asker(message)) == "the river piece mentioning bridges"


@pytest.mark.parametrize(
    "question",
    ["is it Zhi who talks about ISIS?", "pretty sure Zhi talks about ISIS", "I recall Zhi talking about ISIS", "I think Zhi mentions ISIS"],
)
def test_a_piece_the_asker_believes_says_it_is_a_guess_checked_against_every_piece(searcher, question):
    answer = searcher.search(question)
    assert answer.answered
    assert "Islamic State" in answer.quotes[0].text
    assert answer.quotes[0].doc_id != "zhi-2016"
    assert "names the Chinese Social Sciences Today piece by Zhi Zhenfeng" in answer.note


def test_a_remembered_mention_is_found(searcher):
    answer = searcher.search("I remember guangming mentioning small and medium-sized enterprises — is that right?")
    assert answer.answered
    assert "small and medium-sized enterprises" in answer.quotes[0].text


@pytest.mark.parametrize(
    ("question", "number"),
    [("what is the heading of section one of the Guangming piece?", "1"), ("what is section three of the Guangming piece about?", "3")],
)
def test_a_section_asked_for_by_its_number_spelt_out_is_found_by_its_heading(searcher, question, number):
    answer = searcher.search(question)
    assert answer.answered
    assert f"Section {number} of" in answer.note
