"""A question written as a letter to a tutor ("Hi textbot, hope you're well. … Many thanks,
Priya") and a fill-in-the-blank revision item ("Complete: 'Cyberspace is a ____ space'"):
the greeting, the pleasantries, the sign-off, the instruction and the blank read apart
from what is asked."""

import pytest

from bot.search.asking.cloze import unblanked


@pytest.mark.parametrize(
    ("item", "read"),
    [
        ("Complete: 'The bridge was opened in ____ 1932.'", "The bridge was opened in ___ 1932."),
        ("Fill in the gap: the toll is paid at the _____ end", "the toll is paid at the ___ end"),
        ("Fill in the blank (Smith, 2020): 'ferries are a ____-era relic'", "Smith, 2020: ferries are a ___ era relic"),
        ("Complete from the Smith article: 'the bridge is the city's ____'", "the Smith article: the bridge is the city's ___"),
        ("What's the missing word: 'tolls, fares and ____'", "tolls, fares and ___"),
        ("the bridge is a ____ landmark — fill in the blank", "the bridge is a ___ landmark"),
        ("Gap-fill, Smith 2020: 'the [blank] was rebuilt'", "Smith 2020: the ___ was rebuilt"),
    ],
)
def test_a_fill_in_the_blank_item_is_read_without_its_instruction_and_blank(item, read):
    assert unblanked(item) == read


@pytest.mark.parametrize(
    "question",
    ["What does the text say about the bridge?", "Complete silence: is that what the author wants?", "snake_case names?", "the toll... what was it?"],
)
def test_a_question_with_no_blank_stays_as_typed(question):
    assert unblanked(question) == question


@pytest.mark.parametrize(
    ("item", "said"),
    [
        ("Fill in the gap: 'During the China-US Internet Industry Forum in ____ 2015, Xi met representatives from both sides'", "in September 2015"),
        ("What's the missing word: 'All parties should abandon the Cold War ____, zero-sum game and double standards'", "Cold War mentality"),
        ("Fill in: 'Zhang Guoqing is from the Institute of ____ Studies at the Chinese Academy of Social Sciences.'", "Institute of American Studies"),
        ("Complete: 'Some anti-China forces maliciously hacked Chinese Ambassador to the UK Liu Xiaoming's ____ account recently'", "Twitter account"),
        ("Fill in the gap: Zhi says the internet makes the world a ___", "global village"),
    ],
)
def test_the_passage_holding_the_missing_word_is_quoted(searcher, item, said):
    answer = searcher.search(item)
    assert answer.answered
    assert said in answer.quotes[0].text


def test_a_blank_the_texts_do_not_fill_is_not_answered(searcher):
    assert not searcher.search("Fill in the blank: Alibaba was founded in 1999 by ____ in Hangzhou.").answered


@pytest.mark.parametrize(
    ("letter", "subject"),
    [
        ("Hi textbot, does the 2016 article mention the Online Silk Road? Best, Jamal", "the Online Silk Road"),
        ("Good evening textbot, which institute is Zhi Zhenfeng from? I'm citing him in my bibliography. Thanks, Rosa", "which institute is from"),
        (
            "Hello! Hope your week's going OK. According to Guangming Online, how should countries sort out their disagreements in cyberspace? Warmly, Elif",
            "how should countries sort out their disagreements in cyberspace",
        ),
        ("Hey textbot, sorry to bother you again. What does Zhang say about hegemony? Thank you kindly, Leila", "hegemony"),
        ("Good morning, I was wondering whether the 2020 piece mentions double standards. Best regards, Sam", "double standards"),
    ],
)
def test_a_letter_s_greeting_pleasantries_and_sign_off_are_not_what_it_asks(searcher, letter, subject):
    assert searcher.read(letter).subject == subject


@pytest.mark.parametrize(
    ("letter", "said"),
    [
        ("Hello textbot, I'm looking at moral education. What does the Guangming piece say about it? Thank you kindly, Leila", "moral education"),
        ("Hi there! I'm writing an essay on the pandemic and the backlash against globalisation. Does the Guangming article bring up either of those? Cheers, Priya", "Covid-19"),
        ("Hi, sorry to bother you. I'm doing a project on the 'Color Revolutions'. How does the Global Times piece judge them? Kind regards, Ahmed", "Color Revolutions"),
    ],
)
def test_what_the_asker_s_work_is_on_is_what_a_question_pointing_back_asks_about(searcher, letter, said):
    answer = searcher.search(letter)
    assert answer.answered
    assert said in answer.quotes[0].text
