"""Requests typed as commands rather than questions ("search X", "look up X", "bring up the
part about X", "quote the author on X", "X quote pls", "X - find it", "who is X, look it
up in the piece"): the command frames the request, the rest is its subject, and a question
it holds keeps its own kind."""

import pytest


@pytest.mark.parametrize(
    "command, subject",
    [
        ("search 2030 agenda", "2030 agenda"),
        ("look up the digital divide", "the digital divide"),
        ("bring up the part about the digital divide", "the digital divide"),
        ("pull up the bit on cyber sovereignty", "cyber sovereignty"),
        ("quote the author on cyber hegemony", "cyber hegemony"),
        ("cyber hegemony quote pls", "cyber hegemony"),
        ("cyber sovereignty - look it up", "cyber sovereignty"),
        ("double standards, search it", "double standards"),
        ("double standards - give me the exact line", "double standards"),
    ],
)
def test_a_command_frames_its_subject(searcher, command, subject):
    assert searcher.read(command).subject == subject
    commanded, plain = searcher.search(command), searcher.search(subject)
    assert commanded.answered, f"{command!r} was not answered"
    assert commanded.quotes[0].text == plain.quotes[0].text


def test_a_question_before_the_command_keeps_its_kind(searcher):
    # "look it up in the piece" says where to look: the question is who Zhang Guoqing is.
    answer = searcher.search("who is zhang guoqing, look it up in the piece")
    assert answer.answered
    assert "Zhang Guoqing is from" in answer.quotes[0].text


def test_where_the_command_says_to_look_names_the_piece(searcher):
    answer = searcher.search("who hacked the ambassador's twitter? find it in the 2020 piece")
    assert answer.answered
    assert "hacked" in answer.quotes[0].text


@pytest.mark.parametrize(
    "question, subject",
    [
        # A quote named by its speaker, or a word closing a phrase of the subject, stays.
        ("give me the Wang Yi quote", "the Wang Yi quote"),
        ("find the bit on all sides taking part", "all sides taking part"),
        # A question's own verb is no command.
        ("what does zhang quote", "what does zhang quote"),
    ],
)
def test_what_only_looks_like_a_command_stays(searcher, question, subject):
    assert searcher.read(question).subject == subject


@pytest.mark.parametrize(
    "question, subject",
    [
        ("Where does the text bring up the North-South gap?", "the North-South gap"),
        ("Where does the text cite a statement from the Chinese Embassy in the UK?", "a statement from the Chinese Embassy in the UK"),
        ("Where does it talk about the North-South disparity?", "the North-South disparity"),
        # A place asked of a person stays a question of where.
        ("where does zhang guoqing work", "where does zhang guoqing work"),
    ],
)
def test_where_a_piece_takes_something_up_asks_for_the_passage(searcher, question, subject):
    assert searcher.read(question).subject == subject
    assert searcher.search(question).answered
