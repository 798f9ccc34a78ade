"""Scoring of every kind of question, partial credit included."""

from __future__ import annotations

import random

import pytest

from bot.quiz.scoring import multiple_credit, normalise, ordering_credit, short_answer_matches, single_credit
from bot.quiz.session import QuizSession
from conftest_quiz import all_kinds, quiz_library  # noqa: F401 (fixtures)


def test_single_choice_is_all_or_nothing():
    assert single_credit(2, [2]) == 1.0
    assert single_credit(2, [1]) == 0.0
    assert single_credit(2, [2, 1]) == 0.0


@pytest.mark.parametrize(
    "picked, credit",
    [
        ([0, 1, 2], 1.0),  # all three right
        ([0, 1], 2 / 3),  # two of three, no wrong pick
        ([0, 1, 3], 1 / 3),  # two right minus one wrong
        ([0, 3], 0.0),  # one right minus one wrong
        ([0, 1, 2, 3, 4], 1 / 3),  # everything: three right minus two wrong
        ([3, 4], 0.0),  # floored at 0, never negative
    ],
)
def test_multiple_answers_get_right_minus_wrong_over_right(picked, credit):
    assert multiple_credit([0, 1, 2], picked) == pytest.approx(credit)


@pytest.mark.parametrize(
    "given, credit",
    [
        ([0, 1, 2, 3], 1.0),
        ([3, 2, 1, 0], 0.0),  # reversed: every pair wrong
        ([1, 0, 2, 3], 5 / 6),  # one neighbouring swap: 1 of 6 pairs wrong
        ([0, 3, 1, 2], 4 / 6),
        ([0, 1, 2], 0.0),  # not all items placed
    ],
)
def test_ordering_gets_the_fraction_of_pairs_in_the_right_order(given, credit):
    assert ordering_credit([0, 1, 2, 3], given) == pytest.approx(credit)


@pytest.mark.parametrize(
    "typed",
    ["traditional state sovereignty", "  Traditional State Sovereignty! ", "traditional, state-sovereignty",
     "traditional state soverignty", "tradtional state sovereignty", "traditoinal state sovereignty", "State sovereignty."],
)
def test_short_answers_tolerate_case_punctuation_and_one_typo(typed):
    assert short_answer_matches(typed, ["traditional state sovereignty", "state sovereignty"])


@pytest.mark.parametrize(
    "typed, accepted",
    [
        ("tradtional state soverignty", ["traditional state sovereignty"]),  # two typos
        ("2015", ["2014"]),  # a digit is never a typo
        ("Nov 2015", ["Nov 2014"]),
        ("US", ["UN"]),  # too short for a typo
        ("", ["anything"]),
        ("!!!", ["anything"]),
        ("sovereignty", ["traditional state sovereignty"]),  # a part is not the answer
    ],
)
def test_short_answers_refuse_what_is_not_the_answer(typed, accepted):
    assert not short_answer_matches(typed, accepted)


def test_normalise_drops_apostrophes_and_punctuation():
    assert normalise("China’s  “Community”,  of  Shared-Future.") == "chinas community of shared future"


def _answer_all(session, respond):
    credits = {}
    while not session.finished:
        shown = session.presented()
        credits[shown.question_id] = session.answer(respond(session, shown)).credit
    return credits


def test_every_kind_gets_full_credit_for_the_right_answer_and_none_for_a_wrong_one(all_kinds, documents):
    def right(session, shown):
        question = session.current
        if shown.typed:
            return question.answer[0]
        return list(shown.correct)

    def wrong(session, shown):
        if shown.typed:
            return "something else entirely"
        if shown.ordering:
            return list(reversed(shown.correct))
        if shown.multiple:
            return [p for p in range(len(shown.options)) if p not in shown.correct]
        return [next(p for p in range(len(shown.options)) if p not in shown.correct)]

    session = QuizSession.start(all_kinds, documents, rng=random.Random(1))
    assert set(_answer_all(session, right).values()) == {1.0}
    assert session.score == session.max_score == 8

    session = QuizSession.start(all_kinds, documents, rng=random.Random(2))
    assert set(_answer_all(session, wrong).values()) == {0.0}
    assert session.score_text() == "0/8"


def test_partial_credit_shows_in_the_score(all_kinds, documents):
    session = QuizSession.start(all_kinds, documents, rng=random.Random(3))
    session.answer(list(session.presented().correct))  # single: 1
    shown = session.presented()  # multiple: two of three right
    feedback = session.answer(list(shown.correct[:2]))
    assert feedback.partial and feedback.credit == pytest.approx(2 / 3)
    assert session.score_text() == "1.67/8"

