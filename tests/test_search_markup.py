"""Markup in a message (Markdown emphasis, code marks, hashtags, list and quote marks) is
read as the words it marks."""

import pytest

from bot.search.asking.chatspeak import PLAIN
from bot.search.asking.markup import without_markup, without_page_marks


@pytest.mark.parametrize(
    ("message", "read"),
    [
        ("What does the text say about **the council**?", "What does the text say about the council?"),
        ("the *Flood plan* part: _purpose_ or __cost__?", "the Flood plan part: purpose or cost?"),
        ("What does `Lee` say of #RiverCouncil #floods", "What does Lee say of River Council floods"),
        ("---\n> what did the council decide\n---", "\nwhat did the council decide\n"),
        ("- first point\n- second point\n1. third", "first point\nsecond point\nthird"),
        ("## Problems\nwhat is problem #1?", "Problems\nwhat is problem #1?"),
    ],
)
def test_markup_is_read_as_the_words_it_marks(message, read):
    assert without_markup(message) == read


@pytest.mark.parametrize(
    ("message", "read"),
    [
        ("@textbot what did the council decide?", "what did the council decide?"),
        ("what did Lee decide @maria_l @sam?", "what did Lee decide?"),
        ("so @maria_l what did Lee decide", "so what did Lee decide"),
        ("@textbot: flood plan?", "flood plan?"),
        ("write to lee@school.org about it", "write to lee@school.org about it"),
        ("the meeting @ 5pm", "the meeting @ 5pm"),
    ],
)
def test_a_mention_of_who_is_addressed_is_left_out(message, read):
    assert without_markup(message) == read


def test_a_hashtag_typed_in_one_case_is_told_into_its_words():
    words = {"flood", "plan", "river", "council", "riverbank"}
    assert without_markup("#floodplan #rivercouncil", is_word=words.__contains__) == "flood plan river council"
    assert without_markup("#riverbank", is_word=words.__contains__) == "riverbank"
    assert without_markup("#floodzzplan", is_word=words.__contains__) == "floodzzplan"


@pytest.mark.parametrize(
    ("message", "read"),
    [
        ("who runs the mill?? 😬 #history #rivers", "who runs the mill??"),
        ("what does it say about this? #RiverCouncil", "what does it say about this? River Council"),
        ("what does Lee say about #floods", "what does Lee say about floods"),
        ("the 2017 mill fire — does the Lee article mention it? #history", "the 2017 mill fire — does the Lee article mention it?"),
    ],
)
def test_hashtags_filing_a_question_are_left_out_unless_it_points_to_them(message, read):
    assert without_markup(message) == read


def test_a_run_together_hashtag_finds_what_it_names(searcher):
    answer = searcher.search("#snowdenleaks why did they matter so much?")
    assert answer.answered
    assert "watershed moment" in answer.quotes[0].text


@pytest.mark.parametrize("message", ["snake_case_word and 2*3*4", "what is problem #1?", "-5 degrees", "a plain question?"])
def test_text_that_only_looks_like_markup_stays(message):
    assert without_markup(message) == message


def test_a_hashtag_for_a_name_finds_it(searcher):
    answer = searcher.search("What role does the UN get in cyberspace governance (Guangming article)? #UnitedNations")
    assert answer.answered
    assert "the role of the United Nations as the main channel" in answer.quotes[0].text


def test_a_bold_name_is_read_as_the_name(searcher):
    answer = searcher.search("What did **Wang Yi** propose on September 8?")
    assert answer.answered
    assert "Global Initiative on Data Security" in answer.quotes[0].text


@pytest.mark.parametrize(
    ("post", "read"),
    [
        ("hot take: tolls are theft. where does Lee say that?", "tolls are theft. where does Lee say that?"),
        ("thread 🧵 1/ what did the council decide", "what did the council decide"),
        ("9/11 and the council", "9/11 and the council"),
        ("not me reading the Lee essay at 3am 💀 what are the four rules", "I'm reading the Lee essay at 3am. what are the four rules"),
        ("ok this part is INTENSE 😳 what does Lee say about tolls", "what does Lee say about tolls"),
    ],
)
def test_a_social_post_s_labels_and_reactions_are_no_part_of_the_question(post, read):
    assert PLAIN.plain(post) == read


def test_a_social_post_is_answered_as_its_question(searcher):
    answer = searcher.search("ok this part is INTENSE 😳 what does guangming say about cyber-hegemonism? #hegemony")
    assert answer.answered
    assert "hegemon" in answer.quotes[0].text


def test_a_giant_hashtag_is_left_whole():
    tag = "flood" * 800
    assert without_markup(f"#{tag} what?", is_word={"flood"}.__contains__) == f"{tag} what?"


@pytest.mark.parametrize("message", ["@textbot", "@a1b " * 200, "@textbot ?", "hot take:", "thread 🧵 1/", "ok this part is INTENSE 😳"])
def test_a_message_of_mentions_labels_or_reactions_alone_is_answered_as_asking_nothing(searcher, message):
    assert not searcher.search(message).answered


@pytest.mark.parametrize(
    ("pasted", "asked"),
    [
        ("GLOBAL TIMES 2020 p.2\nwhat does it say about hegemony", "GLOBAL TIMES 2020 \nwhat does it say about hegemony"),
        ("Page 3 of 7 — what does this part say about the digital divide?", "what does this part say about the digital divide?"),
        ("is it true (pp. 3-4) that X", "is it true that X"),
    ],
)
def test_a_handouts_page_numbers_are_left_out(pasted, asked):
    assert without_page_marks(pasted) == asked


@pytest.mark.parametrize("question", ["what is on page 2", "the p.m. said so", "what does the pg 13 rating mean", "Xi Jinping 2.0"])
def test_a_page_asked_about_or_no_page_at_all_stays(question):
    assert without_page_marks(question) == question


def test_a_question_under_a_handouts_footer_is_answered(searcher):
    answer = searcher.search("Page 3 of 7 — what does this part say about the digital divide?")
    assert answer.answered and "digital divide" in answer.quotes[0].text
