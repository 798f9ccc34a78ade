"""How the search reads a question typed in chat's voice: its abbreviations ("wat", "acc to", "smth",
"rn"), fillers ("lol", "tbh", "ngl"), tails ("or nah") and emoji, for a corpus that does not write them."""

import pytest

from bot.search.asking import ChatSpeak

CHAT = ChatSpeak()


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("wat did the writer say abt it acc to the 2016 piece", "what did the writer say about it according to the 2016 piece"),
        ("wats the deal w smth like that", "what's the deal with something like that"),
        ("wen was it b4 u read it", "when was it before you read it"),
        ("y does it rly matter rn", "why does it really matter now"),
        ("how do they wanna fix it from ur pov", "how do they want to fix it from your point of view"),
        # Clippings: "admin costs", "the gov", "infra".
        ("who cut admin costs n what did the gov say abt infra", "who cut administrative costs and what did the government say about infrastructure"),
        # A note-taker's "pre-X" and "post-X", and a terse "Date X did Y?".
        ("Pre-Snowden US accusations", "before Snowden US accusations"),
        ("post-2015 what changed", "after 2015 what changed"),
        ("Date the council met?", "When the council met?"),
        ("the pre-existing rules, date of the vote", "the pre-existing rules, date of the vote"),
        # A memo's "re:" is "regarding", no label before a colon.
        ("Key claims re: sovereignty", "Key claims regarding sovereignty"),
    ],
)
def test_chat_abbreviations_are_read_as_the_words_they_stand_for(typed, read):
    assert CHAT.plain(typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("tbh what is the end goal lol", "what is the end goal"),
        ("is hegemony mentioned anywhere or no", "is hegemony mentioned anywhere"),
        ("can states make their own laws or nah, ngl confused", "can states make their own laws, confused"),
        ("does it mention terrorism 🤔", "does it mention terrorism"),
        ("who got hacked 😳😳 :)", "who got hacked"),
        ("what about data n stuff idk", "what about data"),
    ],
)
def test_fillers_tails_and_emoji_leave_the_question(typed, read):
    assert CHAT.plain(typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("how does it describe the world rn, like the big picture", "how does it describe the world now"),
        ("what groups does china work with, like icann", "what groups does china work with, like icann"),
        ("Which actors does it name, like the companies?", "Which actors does it name, like the companies?"),
    ],
)
def test_a_chat_message_closing_on_the_askers_picture_of_the_answer_asks_without_it(typed, read):
    assert CHAT.plain(typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("wat did xi push for, zhi's version", "what did xi push for, according to zhi"),
        ("how many proposals were there, the zhi article version", "how many proposals were there, according to zhi article"),
        ("is it fair, china daily pov", "is it fair, according to china daily"),
        ("supply chains, wat's their take", "supply chains"),
        ("theres a big gap online, wat does he mean", "theres a big gap online"),
        ("what does it mean", "what does it mean"),
    ],
)
def test_whose_version_or_view_typed_as_a_tail_is_no_part_of_the_subject(typed, read):
    assert CHAT.plain(typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("hegemony mentioned anywhere or no", "is hegemony mentioned anywhere"),
        ("the sum of its parts line is in there somewhere rite", "is the sum of its parts line in there somewhere"),
        ("theres like a big gap between countries", "theres a big gap between countries"),
        ("list the behaviours mentioned in the article", "list the behaviours mentioned in the article"),
        ("Should technology be like Switzerland?", "Should technology be like Switzerland?"),
    ],
)
def test_a_chat_yes_no_question_typed_as_a_statement_is_asked_as_the_question(typed, read):
    assert CHAT.plain(typed) == read


@pytest.mark.parametrize("typed", ["R&D spending", "the U-turn", "the U.S. and the UN", "Plan B", "the letter N is", "Gen Y", "w-2 forms"])
def test_initials_and_capital_letters_are_no_chat(typed):
    assert CHAT.plain(typed) == typed


def test_a_word_the_corpus_writes_is_not_read_as_chat():
    chat = ChatSpeak(["The sample size n was small; tech firms and the pov of the narrator."])
    assert chat.plain("wat was n for tech firms in the writer's pov of it") == "what was n for tech firms in the writer's pov of it"


@pytest.mark.parametrize(
    "question",
    [
        "wat did xi propose in brazil acc to zhang",
        "wats the online silk road thing",
        "does the guangming one mention cold war thinking or nah 🤔",
        "tbh wat does zhi call cyberspace in the poem",
    ],
)
def test_a_question_typed_in_chat_is_answered(searcher, question):
    assert searcher.search(question).answered


@pytest.mark.parametrize(
    "question",
    ["wat year did the iphone come out lol", "wat even is tiktok, who owns it", "r electric cars worth it ngl 😬"],
)
def test_an_off_topic_question_typed_in_chat_is_still_refused(searcher, question):
    assert not searcher.search(question).answered


@pytest.mark.parametrize(
    ("question", "doc_id", "said"),
    [
        ("what doc came out in march 2017 and who released it", "globaltimes-2020", "In March 2017, the Foreign Ministry"),
        ("what does the 2016 doc say about hegemony", "zhi-2016", "hegemony"),
    ],
)
def test_doc_is_read_as_document(searcher, question, doc_id, said):
    """"doc" is a reader's clipping of "document", which a piece may name or be named by."""
    answer = searcher.search(question)
    assert answer.answered
    assert answer.quotes[0].doc_id == doc_id and said in answer.quotes[0].text


def test_a_guess_at_whom_asks_after_the_writer_still(searcher):
    # "someone" names nothing the byline must hold: the byline answers.
    answer = searcher.search("who wrote the global times one?? someone from fudan?")
    assert answer.answered
    assert "Fudan University" in answer.quotes[0].text



def test_a_date_guessed_after_asking_when_is_set_aside(searcher):
    # The guess may be wrong ("july"), and the texts give the date in their own words.
    answer = searcher.search("when was xi's speech at brazil's congress? june or july 2014 idk")
    assert answer.answered
    assert "June 2014" in answer.quotes[0].text
