"""Loading quizzes: the documented format, safe YAML, and one broken file never costing the rest."""

from __future__ import annotations

import logging
import shutil

import pytest
from pydantic import ValidationError

from bot.quiz import QuizError, load_quizzes, parse_quiz_text
from bot.quiz.models import Quiz
from bot.texts.safe_yaml import YamlProblem, parse_yaml
from conftest import QUIZZES_DIR
from conftest_quiz import BROKEN_QUIZZES, TEST_QUIZZES, all_kinds, quiz_library  # noqa: F401 (fixtures)


def readme_example() -> str:
    text = (QUIZZES_DIR / "README.md").read_text(encoding="utf-8")
    return text.split("```yaml", 1)[1].split("```", 1)[0]


def test_the_readme_example_is_a_valid_quiz(documents):
    parsed = parse_quiz_text(readme_example(), path="README.md", documents=documents)
    assert parsed.problems == []
    quiz = parsed.quiz
    assert (quiz.id, quiz.seconds_per_question, quiz.shuffle_options) == ("example", 30, True)
    assert quiz.questions[0].answer in quiz.questions[0].options
    assert [s.doc for s in quiz.questions[1].sources] == ["globaltimes-2020", "globaltimes-2020"]


def test_defaults_apply_when_optional_fields_are_left_out(documents):
    text = readme_example().replace("seconds_per_question: 30\n", "").replace("shuffle_options: true\n", "")
    text = text.replace("tags: [example]\n", "")
    quiz = parse_quiz_text(text, documents=documents).quiz
    assert (quiz.tags, quiz.seconds_per_question, quiz.shuffle_options) == ([], 30, True)
    assert "seconds_per_question" not in quiz.model_fields_set


def test_every_kind_loads_with_its_fields(all_kinds):
    kinds = [q.kind for q in all_kinds.questions]
    assert kinds == ["single", "multiple", "true_false", "short", "ordering", "cloze", "cloze", "attribution"]
    ordering = all_kinds.question("ordering")
    assert [ordering.items[i].date for i in ordering.correct_order()] == ["2014-06", "2014-11", "2015-12"]
    assert all_kinds.question("short").answer == ["traditional state sovereignty", "state sovereignty"]


def test_a_single_string_is_accepted_as_the_list_of_short_answers(documents):
    text = """\
id: one-answer
title: T
description: D
questions:
  - id: q1
    kind: short
    prompt: According to the China Daily article (2022), what are there none of in cyberspace?
    answer: borders
    explanation: E
    source: {doc: chinadaily-2022, quote: "Although there are no borders in cyberspace"}
"""
    parsed = parse_quiz_text(text, documents=documents)
    assert parsed.quiz.questions[0].answer == ["borders"]


def test_models_refuse_unknown_keys_and_broken_rules_in_code_too():
    question = {
        "id": "q1", "kind": "single", "prompt": "P", "options": ["a", "b"], "answer": "c",
        "explanation": "E", "source": {"doc": "d", "quote": "q"},
    }
    quiz = {"id": "x", "title": "T", "description": "D", "questions": [question]}
    with pytest.raises(ValidationError, match="not one of the options"):
        Quiz.model_validate(quiz)
    with pytest.raises(ValidationError, match="answr"):
        Quiz.model_validate({**quiz, "questions": [{**question, "answer": "a", "answr": "a"}]})
    assert Quiz.model_validate({**quiz, "questions": [{**question, "answer": "a"}]}).id == "x"


def test_yaml_lines_are_kept_for_every_key_and_item():
    located = parse_yaml("id: x\nquestions:\n  - id: a\n    options:\n      - one\n      - two\n")
    assert located.line_of(("questions", 0, "options", 1)) == 6
    assert located.line_of(("questions", 0, "id"), key=True) == 3
    assert located.line_of(("questions", 0, "missing")) == 3  # the mapping that lacks it


@pytest.mark.parametrize(
    "text, message",
    [
        ("a: !!python/object/apply:os.system [echo]\n", "is not allowed"),
        ("a: &x [1]\nb: *x\n", "aliases"),
        ("a: 1\na: 2\n", "appears twice"),
        ("", "the file is empty"),
    ],
)
def test_unsafe_or_ambiguous_yaml_is_refused(text, message):
    with pytest.raises(YamlProblem, match=message):
        parse_yaml(text)


def test_one_broken_file_is_reported_and_skipped_the_rest_load(tmp_path, documents, caplog):
    shutil.copy(TEST_QUIZZES / "all-kinds.yaml", tmp_path)
    shutil.copy(BROKEN_QUIZZES / "unknown-key.yaml", tmp_path)
    shutil.copy(BROKEN_QUIZZES / "python-tag.yaml", tmp_path)
    with caplog.at_level(logging.WARNING, logger="bot.quiz.library"):
        library = load_quizzes(tmp_path, documents)
    assert list(library.quizzes) == ["all-kinds"]
    assert {p.path for p in library.errors} == {str(tmp_path / "unknown-key.yaml"), str(tmp_path / "python-tag.yaml")}
    assert "unknown-key.yaml:11:" in caplog.text and "python-tag.yaml:3:" in caplog.text


def test_a_duplicate_quiz_id_keeps_the_first_file(tmp_path, documents):
    shutil.copy(TEST_QUIZZES / "all-kinds.yaml", tmp_path / "a.yaml")
    shutil.copy(TEST_QUIZZES / "all-kinds.yaml", tmp_path / "b.yaml")
    library = load_quizzes(tmp_path, documents)
    assert list(library.quizzes) == ["all-kinds"]
    [error] = library.errors
    assert error.path.endswith("b.yaml") and "duplicate quiz id" in error.message


def test_missing_quiz_folder_gives_an_empty_library(tmp_path, documents):
    library = load_quizzes(tmp_path / "nope", documents)
    assert len(library) == 0 and library.errors


def test_unknown_quiz_id_names_the_known_ones(quiz_library):
    with pytest.raises(QuizError, match="all-kinds"):
        quiz_library.get("nope")
