"""Asking of a name the texts mention only in passing for what they never give of it — its
head, its founding, its country, what it asked for, the word of a line it is in — asked
in a command, a blank or the topic first: the sentence merely naming it does not answer
(bot/search/answer_kinds.py)."""

import pytest

from bot.search.answer_kinds import asked_plainly, fills_the_blank, gives_plainly, later_asks, names_office_holder, opens_with_clause

DIRECTOR = "The author is director at the Research Center for Cyberspace Governance of Fudan University."
EMBASSY = (
    "A latest case of such attack: Some anti-China forces maliciously hacked Chinese Ambassador to the UK Liu Xiaoming's"
    " Twitter account recently, according to a statement issued by the Chinese Embassy in the UK."
)
LISTED = (
    "Meanwhile, China has been actively coordinating with international online organizations, such as the Internet"
    " Corporation for Assigned Names and Numbers, Asia-Pacific Network Information Center, Internet Society and the"
    " Interactive Advertising Bureau."
)


def test_an_office_is_asked_as_a_noun_after_a_topic_or_by_its_holders_name():
    assert asked_plainly("the Cyberspace Administration of China's director")[0] == "office"
    assert asked_plainly("what is the name of the director of the Fudan University Research Center")[0] == "office"
    assert asked_plainly("who's the director of the Cyberspace Administration of China")[0] == "office"
    assert [kind for kind, *_ in later_asks("Cyberspace Administration of China, who is director?")] == ["office"]
    assert [kind for kind, *_ in later_asks("Director of the Fudan University center, what is his name?")] == ["office"]
    assert asked_plainly("the author's position") is None


def test_an_unnamed_holder_or_the_body_an_office_is_of_names_no_holder():
    assert not names_office_holder(DIRECTOR, asked=" the Research Center for Cyberspace Governance of Fudan University")
    assert not names_office_holder("He is director of the Institute.", asked=" the Institute")
    assert names_office_holder("Zhang Guoqing is director of the Institute.", asked=" the Institute")
    assert names_office_holder("Chinese State Councilor and Foreign Minister Wang Yi proposed it.", asked=" China's foreign minister")
    assert names_office_holder(EMBASSY, asked=" the UK's ambassador")  # "UK" is where, "Liu Xiaoming" who


def test_an_ask_after_a_commands_frame_or_in_a_statements_word_order_is_read():
    assert asked_plainly("bring up the part on when the Internet Society was founded")[0] == "time"
    assert [kind for kind, *_ in later_asks("Cyberspace Administration of China, who is director and when it was established?")] == ["office", "time"]
    assert not opens_with_clause("When the Research Center was set up, and what is director name?")
    assert opens_with_clause("When major incidents happen, how does the essay propose they be dealt with?")


def test_what_someone_asked_of_another_is_told_by_a_request():
    assert asked_plainly("what the Chinese Embassy's statement asked Twitter to do")[0] == "request"
    assert asked_plainly("Did the Chinese Embassy in the UK ask Twitter for anything in its statement")[0] == "request"
    assert not gives_plainly("request", EMBASSY, asked=" the Chinese Embassy asked Twitter to do")
    assert gives_plainly("request", "The Chinese Embassy urged Twitter to investigate the hacking.", asked=" the Chinese Embassy asked Twitter to do")


def test_a_blank_is_filled_by_the_line_holding_the_words_beside_it():
    assert asked_plainly("liu xiaoming was the target of ___ defamation")[0] == "blank"
    assert not fills_the_blank(EMBASSY, asked="liu xiaoming was the target of ___ defamation")
    assert fills_the_blank("The Snowden leaks became a watershed moment in the history of cybersecurity.",
                           asked="the snowden leaks became a ___ moment in the history of cybersecurity")


def test_a_country_beside_a_list_naming_the_thing_is_not_its_country():
    assert not gives_plainly("country", LISTED, asked=" hosts the Asia-Pacific Network Information Center")


@pytest.mark.parametrize("question", [
    "who is the director of the fudan research center named in the global times text?",
    "quote the bit on the cyberspace administration of china's director",
    "Cyberspace Administration of China, who is director and when it was established?",
    "bring up the part on when the internet society was founded",
    "find what the chinese embassy's statement asked twitter to do",
    "liu xiaoming was the target of ___ defamation?",
    "which country hosts the asia-pacific network information center?",
    "wehre is the china-arab states expo held",
])
def test_an_aspect_of_a_name_in_passing_is_not_covered(searcher, question):
    assert not searcher.search(question).answered


@pytest.mark.parametrize("question, said", [
    ("Who wrote the Global Times article?", "The author is director at the Research Center"),
    ("Who is the author of the Global Times text - director of which research centre?", "director at the Research Center"),
    ("who was the chinese ambassador to the uk whose twitter was hacked", "Liu Xiaoming"),
    ("the snowden leaks became a ___ moment in the history of cybersecurity", "watershed moment"),
    ("What did the Chinese president ask for in his big speech at that internet conference in the town of Wuzhen?", "advocated"),
    ("bring up the part on when the first world internet conference was held", "November 2014"),
])
def test_what_the_texts_give_of_a_name_is_still_quoted(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered
    assert any(said in quote.text for quote in answer.quotes[:3])


def test_a_statements_word_order_asks_where_the_answer_would_stand():
    assert [kind for kind, *_ in later_asks("Liu Xiaoming was ambassador in UK for how many years, and what he did after?")] == ["duration"]
    assert [kind for kind, *_ in later_asks("internet governance forum where held")] == ["place"]
    assert [kind for kind, *_ in later_asks("the projects under the Online Silk Road initiative and which Arab states take part")] == ["countries"]


def test_who_attended_is_told_by_who_was_there():
    assert asked_plainly("who attended the China-Arab States Expo")[0] == "attendance"
    hosted = "China also hosted the China-Arab States Expo with the Online Silk Road initiative."
    assert not gives_plainly("attendance", hosted, asked=" the China-Arab States Expo")
    assert gives_plainly("attendance", "Delegates from 20 countries attended the China-Arab States Expo.", asked=" the China-Arab States Expo")


@pytest.mark.parametrize("question", [
    "Liu Xiaoming was ambassador in UK for how many years, and what he did after?",
    "who attended the china-arab states expo",
    "Since when exists the Cyberspace Administration of China, and who is leading it?",
])
def test_an_aspect_asked_in_a_statements_word_order_is_not_covered(searcher, question):
    assert not searcher.search(question).answered


def test_who_takes_part_now_asks_a_role_not_who_was_there():
    assert asked_plainly("Who takes part in internet governance?") is None


def test_a_name_given_as_an_example_of_what_is_asked_is_no_passing_mention(searcher):
    # ICANN is one of the organisations the sentence lists: it answers which ones, though
    # the question calls them "bodies".
    answer = searcher.search("Give me the sentence naming the international internet bodies China coordinates with, like ICANN.")
    assert answer.answered and answer.quotes[0].text.startswith("Meanwhile, China has been actively coordinating")
