"""The shipped quizzes as a teacher would check them: the audit's fixes hold, the targets are met,
prompts ask what the texts say, ordering dates are backed by passages."""

from __future__ import annotations

import re

import pytest

from bot.quiz import load_quizzes
from bot.quiz.report import document_counts
from bot.quiz.scoring import short_answer_matches
from conftest import QUIZZES_DIR

MONTHS = ("Jan", "Feb", "March", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec")
# How a prompt names what it asks about: a text, its author or outlet, or "which article".
ATTRIBUTED = re.compile(
    r"according to|Which article|Which texts?|Zhang Guoqing|Zhi Zhenfeng|Global Times|China Daily|Guangming Online",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def library(documents):
    library = load_quizzes(QUIZZES_DIR, documents)
    assert not library.problems
    return library


def accepts(library, quiz_id, question_id, typed):
    return short_answer_matches(typed, library.get(quiz_id).question(question_id).answer)


def test_targets_at_least_135_questions_and_12_per_article(library, documents):
    assert sum(len(quiz.questions) for quiz in library) >= 135
    counts = document_counts(library)
    assert {doc: counts[doc] for doc in documents if counts[doc] < 12} == {}


@pytest.mark.parametrize(
    ("quiz_id", "question_id", "typed"),
    [
        ("zhang-2015", "whole-greater", "the sum of its parts"),
        ("zhang-2015", "whole-greater", "sum of the parts"),
        ("events-dates", "wic2-dates", "Dec. 16-18, 2015"),
        ("events-dates", "wic2-dates", "16-18 Dec"),
        ("events-dates", "wic2-dates", "Dec 16 to 18"),
        ("events-dates", "wic2-dates", "December 16th-18th"),
        ("guangming-2022", "extrajudicial", "extrajudicial"),
        ("zhang-2015", "second-problem", "North-South divide"),
        ("zhang-2015", "second-problem", "North-South gap"),
        ("events-dates", "cybercrime-cases", "over 20"),
    ],
)
def test_the_audits_natural_answers_are_accepted(library, quiz_id, question_id, typed):
    assert accepts(library, quiz_id, question_id, typed)


def test_wrong_dates_are_still_wrong(library):
    assert not accepts(library, "events-dates", "wic2-dates", "Dec. 16-18, 2014")
    assert not accepts(library, "events-dates", "cybercrime-cases", "over 60")


def test_one_item_turns_on_the_wording_of_the_brazil_speech(library):
    def shows(question):
        return " ".join([question.prompt, *(getattr(question, "options", None) or [])])

    on_wording = [
        (quiz.id, q.id) for quiz in library for q in quiz.questions
        if "open and coordinated" in shows(q) or "open and cooperative" in shows(q)
    ]
    assert on_wording == [("events-dates", "brazil-wording")]


def test_passages_back_the_whole_answer_of_the_audited_questions(library):
    principles = library.get("principles")
    for question_id in ("gm-count", "gm-principles"):
        quotes = " ".join(s.quote for s in principles.question(question_id).sources)
        for principle in ("Respect cyber sovereignty", "Safeguard peace and security", "Promote openness and cooperation", "Maintain good order"):
            assert principle in quotes, (question_id, principle)
    two_things = " ".join(s.quote for s in library.get("zhang-2015").question("two-things").sources)
    assert "Sept. 11 attacks" in two_things and "explosion of the Internet" in two_things
    assert "Snowden" in " ".join(s.quote for s in library.get("events-dates").question("prism").sources)
    brazil = library.get("events-dates").question("brazil-agree")
    assert {s.doc for s in brazil.sources} == {"zhi-2016", "zhang-2015"}


def test_every_ordering_date_stands_in_one_of_its_passages(library):
    for quiz in library:
        for question in quiz.questions:
            if question.kind != "ordering":
                continue
            quotes = " ".join(s.quote for s in question.sources)
            for item in question.items:
                year, *rest = item.date.split("-")
                month = MONTHS[int(rest[0]) - 1] if rest else None
                assert year in quotes or (month and month in quotes), (quiz.id, question.id, item.text)


def test_prompts_ask_what_a_named_text_says(library):
    unattributed = [
        (quiz.id, q.id) for quiz in library for q in quiz.questions if not ATTRIBUTED.search(q.prompt)
    ]
    assert unattributed == []


def test_gm_good_order_no_longer_gives_its_answer_away(library):
    question = library.get("principles").question("gm-good-order")
    assert "order" not in question.prompt.lower()
    assert "Guangming Online" in library.get("guangming-2022").question("basic-nature").prompt


def test_descriptions_promise_only_what_the_quiz_asks(library):
    assert "three principles" not in library.get("chinadaily-2022").description.replace("(Its three principles are asked in the principles quiz.)", "")
    assert "hacked ambassador's account" not in library.get("globaltimes-2020").description


def test_every_article_s_main_argument_is_asked(library):
    for quiz_id in ("zhang-2015", "zhi-2016", "chinadaily-2022"):
        assert library.get(quiz_id).question("main-argument")
    assert library.get("globaltimes-2020").question("main-argument").answer == ["major change"]
    assert library.get("guangming-2022").question("why-essential")
