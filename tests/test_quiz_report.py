"""`textbot quiz report [ID]`: per quiz the counts by kind and by document, then every question
with its key and source passages, so a teacher proofreads a quiz against its evidence in one read."""

from __future__ import annotations

import pytest

from bot.cli.main import main
from bot.quiz import load_quizzes
from bot.quiz.report import document_counts, library_report, quiz_report
from bot.quiz.sources import find_sources
from conftest import QUIZZES_DIR


@pytest.fixture(scope="module")
def library(documents):
    return load_quizzes(QUIZZES_DIR, documents)


def test_report_counts_by_kind_and_by_document(library, documents):
    quiz = library.get("events-dates")
    text = quiz_report(quiz, documents)
    kinds = {kind: sum(q.kind == kind for q in quiz.questions) for kind in {q.kind for q in quiz.questions}}
    by_kind = next(line for line in text.splitlines() if line.startswith("By kind: "))
    assert sorted(by_kind.removeprefix("By kind: ").split(", ")) == sorted(f"{k} {n}" for k, n in kinds.items())
    assert f"{len(quiz.questions)} questions" in text
    # order-all is backed by three texts: it counts once for each.
    by_doc = next(line for line in text.splitlines() if line.startswith("By document: "))
    assert "zhi-2016" in by_doc and "zhang-2015" in by_doc and "globaltimes-2020" in by_doc


def test_report_shows_every_question_its_key_and_every_passage_with_its_citation(library, documents):
    quiz = library.get("events-dates")
    text = quiz_report(quiz, documents)
    for number, question in enumerate(quiz.questions, start=1):
        assert f"{number}. {question.id} ({question.kind})" in text
        assert question.prompt in text and question.explanation in text
        for found in find_sources(question.sources, documents):
            assert found.text.splitlines()[0] in text and found.citation in text
    wic2 = quiz.question("wic2-dates")
    assert "Also accepted: " + "; ".join(wic2.answer[1:]) in text
    order_all = text[text.index("order-all (ordering)"):]
    assert "Answer: China-US cybersecurity panel initiated (Zhi) (2013); First World Internet Conference" in order_all


def test_report_on_all_quizzes_ends_with_totals(library, documents):
    text = library_report(list(library), documents)
    total = sum(len(q.questions) for q in library)
    assert f"# All {len(library)} quizzes: {total} questions" in text
    counts = document_counts(library)
    assert f"By document: " + ", ".join(f"{d} {counts[d]}" for d in documents if counts[d]) in text


def test_cli_report_one_quiz(shipped_quizzes_env, capsys, library):
    assert main(["quiz", "report", "zhang-2015"]) == 0
    out, _ = capsys.readouterr()
    assert out.startswith("# zhang-2015: ") and "# events-dates" not in out
    assert "the sum of its parts" in out  # the accepted answers are there to proofread


def test_cli_report_unknown_quiz_is_one_line_and_exit_1(shipped_quizzes_env, capsys):
    assert main(["quiz", "report", "nope"]) == 1
    _, err = capsys.readouterr()
    assert "no quiz 'nope'" in err and "Traceback" not in err
