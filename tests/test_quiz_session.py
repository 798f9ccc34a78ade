"""The quiz session state machine: asking, answering, feedback, saving and resuming."""

from __future__ import annotations

import json
import random

import pytest

from bot.quiz import AnswerError, QuizError, QuizSession
from bot.quiz.models import Quiz
from conftest_quiz import all_kinds, quiz_library  # noqa: F401 (fixtures)


def right_answer(session):
    shown = session.presented()
    return session.current.answer[0] if shown.typed else list(shown.correct)


def test_a_session_walks_through_every_question_then_finishes(all_kinds, documents):
    session = QuizSession.start(all_kinds, documents, rng=random.Random(5))
    seen = []
    while not session.finished:
        shown = session.presented()
        assert (shown.index, shown.total) == (len(seen), 8)
        seen.append(shown.question_id)
        session.answer(right_answer(session))
    assert seen == [q.id for q in all_kinds.questions]
    assert session.current is None and session.state == "finished"
    with pytest.raises(QuizError, match="over"):
        session.answer([0])


def test_feedback_carries_the_correct_answer_and_the_exact_source_quotation(all_kinds, documents):
    session = QuizSession.start(all_kinds, documents, rng=random.Random(5))
    wrong = next(p for p in range(4) if p not in session.presented().correct)
    feedback = session.answer([wrong])
    assert not feedback.correct and feedback.correct_answer == "Four"
    body = documents["guangming-2022"].body
    assert body[feedback.quote.start:feedback.quote.end] == feedback.quote.text
    assert feedback.quote.text == "we should adhere to the following basic principles"
    assert feedback.citation.endswith(f"para. {feedback.quote.paragraph}")
    assert "Guangming Online" in feedback.citation


def test_options_are_shuffled_reproducibly_and_map_back_to_the_right_answer(all_kinds, documents):
    first = QuizSession.start(all_kinds, documents, rng=random.Random(11))
    again = QuizSession.start(all_kinds, documents, rng=random.Random(11))
    assert first.orders == again.orders and first.token == again.token
    orders = {tuple(QuizSession.start(all_kinds, documents, rng=random.Random(s)).orders[0]) for s in range(20)}
    assert len(orders) > 1
    shown = first.presented()
    assert shown.options[shown.correct[0]] == "Four"


def test_true_false_is_never_shuffled_and_ordering_never_shown_in_order(all_kinds, documents):
    for seed in range(30):
        session = QuizSession.start(all_kinds, documents, rng=random.Random(seed))
        assert session.orders[2] == [0, 1]
        assert session.orders[4] != all_kinds.question("ordering").correct_order()


def test_unshuffled_quiz_keeps_file_order(all_kinds, documents):
    quiz = all_kinds.model_copy(update={"shuffle_options": False})
    session = QuizSession.start(quiz, documents, rng=random.Random(1))
    assert session.presented().options == ("Two", "Three", "Four", "Five")


def test_save_and_resume_mid_quiz(all_kinds, documents):
    session = QuizSession.start(all_kinds, documents, rng=random.Random(8))
    session.answer(right_answer(session))
    session.answer(list(session.presented().correct[:1]))  # multiple: partly right
    saved = json.loads(json.dumps(session.to_dict()))

    resumed = QuizSession.from_dict(saved, all_kinds, documents)
    assert resumed.presented() == session.presented()
    assert resumed.score == pytest.approx(session.score) and resumed.token == session.token
    while not resumed.finished:
        resumed.answer(right_answer(resumed))
    assert resumed.score == pytest.approx(7 + 1 / 3)


def test_a_session_of_a_changed_quiz_does_not_resume(all_kinds, documents):
    session = QuizSession.start(all_kinds, documents, rng=random.Random(8))
    changed = all_kinds.model_copy(update={"title": "Changed"})
    with pytest.raises(QuizError, match="changed"):
        QuizSession.from_dict(session.to_dict(), changed, documents)


@pytest.mark.parametrize("damage", [{"index": 99}, {"orders": "x"}, {"records": [{"credit": 1}]}, {"version": 0}])
def test_a_damaged_saved_session_is_refused_with_a_message(all_kinds, documents, damage):
    data = {**QuizSession.start(all_kinds, documents).to_dict(), **damage}
    with pytest.raises(QuizError, match="start"):
        QuizSession.from_dict(data, all_kinds, documents)


def test_a_bad_answer_records_nothing(all_kinds, documents):
    session = QuizSession.start(all_kinds, documents, rng=random.Random(4))
    for bad in ([], [0, 1], [9], "text"):
        with pytest.raises(AnswerError):
            session.answer(bad)
    assert session.index == 0 and session.records == []


def test_typed_answers_are_parsed_per_kind(all_kinds, documents):
    session = QuizSession.start(all_kinds, documents, rng=random.Random(4))
    shown = session.presented()
    assert session.parse_positions(str(shown.correct[0] + 1)) == [shown.correct[0]]
    assert session.parse_positions("four") == [shown.options.index("Four")]
    with pytest.raises(AnswerError, match="one number"):
        session.parse_positions("what?")
    session.answer_text("four")
    assert session.parse_positions("1, 3") == [0, 2]  # multiple
    assert session.parse_positions("13") == [0, 2]
    session.answer_text("1 2 3")
    assert session.parse_positions("yes") == [0] and session.parse_positions("False") == [1]
    assert session.answer_text("true").correct
    assert session.answer_text("Traditional state sovereignty.").correct  # short
    shown = session.presented()  # ordering
    order = " ".join(str(p + 1) for p in shown.correct)
    assert session.answer_text(order).correct
    assert session.answer_text("nov 2014").correct  # cloze, typed


def test_options_may_be_typed_by_letter_as_on_a_paper_test(all_kinds, documents):
    session = QuizSession.start(all_kinds, documents, rng=random.Random(4))
    right = session.presented().correct[0]
    letter = "abcd"[right]
    for typed in (letter, letter.upper(), f"({letter})", f"{letter})"):
        assert session.parse_positions(typed) == [right]
    with pytest.raises(AnswerError):
        session.parse_positions("z")  # no such option: not a letter of one
    session.answer_text(letter)
    assert session.parse_positions("a, c") == [0, 2]  # multiple
    session.answer_text("1 2 3")
    assert session.parse_positions("t") == [0]  # true/false keeps its own letters


def test_buttons_build_up_multiple_and_ordering_answers(all_kinds, documents):
    session = QuizSession.start(all_kinds, documents, rng=random.Random(4))
    session.pick(session.presented().correct[0])
    shown = session.presented()  # multiple
    assert session.pick(shown.correct[0]) is None
    assert session.pick(shown.correct[0]) is None  # toggled off again
    for position in shown.correct:
        session.pick(position)
    feedback = session.submit()
    assert feedback.correct
    session.pick(0)  # true/false: True
    session.answer("state sovereignty")
    shown = session.presented()  # ordering: answered once every item is placed
    assert session.pick(shown.correct[0]) is None
    assert session.pick(shown.correct[0]) is None  # a second press of the same item is ignored
    assert session.pick(shown.correct[1]) is None
    feedback = session.pick(shown.correct[2])
    assert feedback.correct and session.presented().question_id == "cloze"


def test_cancel_ends_the_session_and_keeps_the_score(all_kinds, documents):
    session = QuizSession.start(all_kinds, documents, rng=random.Random(4))
    session.answer(right_answer(session))
    session.cancel()
    assert session.finished and session.state == "cancelled" and session.score == 1
    with pytest.raises(QuizError):
        session.presented()


def test_attribution_options_read_as_titles_and_fit_a_poll(all_kinds, documents):
    session = QuizSession.start(all_kinds, documents, rng=random.Random(4))
    while session.presented().kind != "attribution":
        session.answer(right_answer(session))
    shown = session.presented()
    title = documents["guangming-2022"].title
    assert any(option.startswith(title) for option in shown.options)
    assert all(len(option) <= 100 for option in shown.poll_options)
    assert shown.fits_poll


def test_quiz_model_round_trips_through_json(all_kinds):
    assert Quiz.model_validate_json(all_kinds.model_dump_json()) == all_kinds


WHICH_ARTICLE = [
    "Joint efforts urgently needed to advance major cyber governance revolution (Global Times, 2020-09-15)",
    "Cyberspace governance alters international relations (Zhang Guoqing, Chinese Social Sciences Today, 2015-12-31)",
    "New pattern of global Internet governance needed (Zhi Zhenfeng, Chinese Social Sciences Today, 2016-01-14)",
]


def test_part_of_one_options_words_picks_it_and_a_part_of_several_asks_which(all_kinds):
    from bot.quiz.answer_input import parse_positions

    single = all_kinds.questions[0]
    assert parse_positions(single, WHICH_ARTICLE, "Global Times") == [0]
    assert parse_positions(single, WHICH_ARTICLE, "zhi zhenfeng") == [2]
    assert parse_positions(single, WHICH_ARTICLE, "3") == [2]
    with pytest.raises(AnswerError, match="is in options 2 and 3: type the number"):
        parse_positions(single, WHICH_ARTICLE, "chinese social sciences today")
    with pytest.raises(AnswerError, match="one number"):
        parse_positions(single, WHICH_ARTICLE, "times global")  # not the option's words in order
    with pytest.raises(AnswerError, match="one number"):
        parse_positions(single, WHICH_ARTICLE, "glob")  # part of a word is no part of its words
