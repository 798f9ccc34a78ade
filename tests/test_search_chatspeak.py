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
        ("how do they wanna fix it, china daily pov", "how do they want to fix it, china daily point of view"),
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


@pytest.mark.parametrize("typed", ["R&D spending", "the U-turn", "the U.S. and the UN", "Plan B", "the letter N is", "Gen Y", "w-2 forms"])
def test_initials_and_capital_letters_are_no_chat(typed):
    assert CHAT.plain(typed) == typed


def test_a_word_the_corpus_writes_is_not_read_as_chat():
    chat = ChatSpeak(["The sample size n was small; tech firms and the pov of the narrator."])
    assert chat.plain("wat was n for tech firms, the writer's pov") == "what was n for tech firms, the writer's pov"


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
