"""A question spoken to a phone ("um", "er", "the collar revolutions sorry colour
revolutions"), one relayed by a teacher or a librarian ("A patron is asking what …",
"My pupil asks about …") and a presenter's ask for a line for a slide ("strongest
sentence against X", "what could I put on a slide about X"): who asks, how they stumble
and what they want the line for, read apart from what they ask."""

import pytest

from bot.search.asking.asker import without_asker, without_passed_on
from bot.search.asking.speech import unspoken


@pytest.mark.parametrize(
    ("spoken", "meant"),
    [
        ("um what does the river council say about er bridges", "what does the river council say about bridges"),
        ("Uh, what is the ferry tax?", "what is the ferry tax?"),
        ("the collar revolutions sorry colour revolutions what does it say", "the colour revolutions what does it say"),
        ("what do towns I mean what do villages need", "what do villages need"),
        ("which ferries run at night ali baba sorry alibaba and who else", "which ferries run at night alibaba and who else"),
        ("what does Smith sorry Jones say about tolls", "what does Jones say about tolls"),
        ("the 2015 no the 2016 report what does it say about tolls", "the 2016 report what does it say about tolls"),
        ("the law on like river tolls", "the law on river tolls"),
        ("the tolls were they like a turning point", "the tolls were they a turning point"),
        ("tolls like does the council say anything", "tolls does the council say anything"),
    ],
)
def test_hesitations_and_corrections_are_heard_past(spoken, meant):
    assert unspoken(spoken) == meant


@pytest.mark.parametrize(
    "typed",
    [
        "sorry to trouble you, what does it say about tolls",
        "what does it say about tolls, sorry if this is silly",
        "is there no toll on the bridge",
        "what do they mean by tolls",
        "um",
        "what does the ER report say",
        "where is rba based I mean the river bridge authority",
        "what is the shuzi honggou, I mean digital divide",
        "twenty five towns like Dover and Hull would like tolls",
        "the like-minded towns of the twenty first century",
        "what is river access like in small towns",
        "explain it like the report does",
    ],
)
def test_an_apology_a_no_or_initials_are_no_correction_or_hesitation(typed):
    assert unspoken(typed) == typed


@pytest.mark.parametrize(
    ("relayed", "asked"),
    [
        ("My pupil asks about bridging the river.", "bridging the river."),
        ("A patron is asking what the council report says about tolls", "what the council report says about tolls"),
        ("One of our readers wants to know whether the report mentions tolls", "whether the report mentions tolls"),
        ("Someone here is looking for the bit about tolls.", "the bit about tolls."),
        ("I have a student here who needs the passage on tolls", "the passage on tolls"),
        ("A reader asked me what Smith said about ferries.", "what Smith said about ferries."),
    ],
)
def test_who_a_question_is_relayed_from_is_no_part_of_it(relayed, asked):
    assert without_passed_on(relayed) == asked


@pytest.mark.parametrize(
    "ask",
    [
        "strongest sentence against {}?",
        "what could I put on a slide about {}?",
        "something for a slide on {}",
        "I need a quote for my slide on {}",
        "the most striking line on {}?",
        "{} - strongest sentence?",
    ],
)
def test_what_a_presenter_wants_a_line_for_is_no_part_of_the_subject(ask):
    assert without_asker(ask.format("river tolls")).strip(" ?") == "river tolls"


@pytest.mark.parametrize(
    "ask",
    [
        "best line attacking {}?",
        "I need the line showing {}",
        "Give me a quote stating {}.",
        "Dear helper, {}?",
        "In which piece is {} brought up?",
        "Is {} mentioned in more than one article?",
        "is {} discussed in any of the texts?",
    ],
)
def test_what_a_researcher_or_a_letter_writer_wraps_round_the_subject_is_no_part_of_it(ask):
    assert without_asker(ask.format("river tolls")).strip(" ?.") == "river tolls"


def test_a_question_about_someone_asking_is_not_taken_for_a_relayed_one():
    assert without_passed_on("Which country asks for a toll?") == "Which country asks for a toll?"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("My pupil asks about bridging the digital divide.", "bridge the digital divide"),
        ("A reader wants to know what the Zhang text says about the Islamic State.", "The threat posed to the world by the Islamic State"),
        ("Someone here is looking for the bit about Ali Baba's treasure cave.", "Ali Baba’s treasure cave"),
        ("A reader asked whether the text mentions hidden backdoors in software.", "hidden backdoors in key software"),
        ("er global village", "turned the world into a global village"),
        ("um the collar revolutions sorry colour revolutions what does it say", "The so-called Color Revolutions"),
        ("strongest sentence against the cold war mentality?", "abandon the Cold War mentality"),
        ("Dear helper, WHAT DOES IT SAY ABOUT MORAL EDUCATION, I was a schoolteacher for 35 years you see", "the guiding role of moral education"),
        ("Which outlet cites the hacking of an ambassador's Twitter account?", "hacked Chinese Ambassador to the UK"),
        ("Which piece ends by saying its author directs a research center at Fudan University?", "director at the Research Center for Cyberspace Governance"),
        ("what could I put on a slide about the UN Charter and sovereign equality?", "The principle of sovereign equality, as enshrined in the UN Charter"),
    ],
)
def test_a_spoken_or_relayed_question_is_answered_as_a_plain_one(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered
    assert said in answer.quotes[0].text
