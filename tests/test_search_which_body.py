"""An organisation asked for by the noun for any ("which body issued …", "what two
organisations released …") is asked who did it: the texts name the body ("the Foreign
Ministry"), seldom call it one."""

import pytest

from bot.search.asking import Framer
from bot.texts.corpus import Document

FRAMER = Framer({"d": Document(id="d", title="T", author=None, outlet="O", date="2020-01-01", body="The council met.\n")})


@pytest.mark.parametrize(
    "question, subject",
    [
        ("Which body issued the statement about the flood?", "who issued the statement about the flood"),
        ("what two organisations jointly released a plan", "who jointly released a plan"),
        ("Which agencies signed the deal in 2019?", "who signed the deal in 2019"),
        ("which body did the town join", "which body did the town join"),  # the body is what is asked of
        ("which organization of the UN runs the plan", "which organization of the UN runs the plan"),
    ],
)
def test_which_body_did_it_is_who_did_it(question, subject):
    assert FRAMER.frame(question).subject == subject


@pytest.mark.parametrize(
    "question, said",
    [
        ("Which two bodies jointly released a document in March 2017?", "the Foreign Ministry and the Cyberspace Administration of China jointly released"),
        ("which body issued the statement about the hacking of the ambassador's account", "according to a statement issued by the Chinese Embassy in the UK"),
    ],
)
def test_a_body_asked_for_is_answered_by_the_line_naming_it(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered
    assert said in answer.quotes[0].text
