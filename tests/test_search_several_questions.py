"""A message asking several questions, the first of which the texts answer and the asides
after it not: the reply answers the first, and says so."""

import pytest

from bot.search.asking.message import question_parts


def test_the_questions_of_a_message_each_alone():
    assert question_parts("what did the council decide per Lee? also who was mayor then") == ["what did the council decide per Lee?"]
    assert question_parts("whose boat sank? was it ever found? what did the mayor's office say") == ["whose boat sank?", "what did the mayor's office say"]
    # A part naming too little to stand alone is none.
    assert question_parts("whose boat sank? which one is worse?") == ["whose boat sank?"]


@pytest.mark.parametrize("message", ["What did the council decide?", "I read about the flood. What did the council decide?"])
def test_a_message_of_one_question_has_no_parts(message):
    assert question_parts(message) == []


@pytest.mark.parametrize(
    ("message", "said", "part"),
    [
        ("who was edward snowden per zhang? and where is he now", "former contractor of US National Security Agency", "who was edward snowden per zhang?"),
        ("what did xi propose in his speech to brazil's national congress according to zhi? also who was brazil's president then",
         "establishing a peaceful, secure, open and coordinated cyberspace", "what did xi propose in his speech to brazil's national congress according to zhi?"),
    ],
)
def test_the_question_the_texts_answer_is_answered_and_named(searcher, message, said, part):
    answer = searcher.search(message)
    assert answer.answered
    assert said in answer.quotes[0].text
    assert part in answer.note


def test_a_message_whose_questions_the_texts_dont_answer_is_refused(searcher):
    assert not searcher.search("How old is Snowden now? and where does he live?").answered


def test_an_aside_after_a_question_the_texts_dont_answer_is_not_answered_alone(searcher):
    # The Liu Xiaoming hack is in the texts; what Twitter did about it is not.
    assert not searcher.search("Is Youku's CEO a billionaire? What did the ambassador say after his Twitter account was hacked?").answered
