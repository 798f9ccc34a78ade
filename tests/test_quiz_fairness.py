"""`textbot quiz check` fairness warnings: a quotation that stands in another text, a key its
passages don't back, accepted answers without the source's own wording. Warnings, never errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.cli.main import main
from bot.quiz import check_paths
from conftest import QUIZZES_DIR
from conftest_quiz import DATA

WARNING_QUIZZES = DATA / "warning_quizzes"
WARNING_FILES = sorted(WARNING_QUIZZES.glob("*.yaml"))
EXPECT = re.compile(r"^# expect-warning: (\d+): (.+)$", re.MULTILINE)


def test_there_is_a_fixture_for_every_warning():
    assert {p.stem for p in WARNING_FILES} >= {
        "attribution-elsewhere", "key-not-in-source", "answer-not-in-source", "answer-not-source-form",
    }


@pytest.mark.parametrize("path", WARNING_FILES, ids=lambda p: p.name)
def test_each_fixture_gives_exactly_its_warning_at_its_line(path: Path, documents):
    [(line, message)] = [(int(n), m) for n, m in EXPECT.findall(path.read_text(encoding="utf-8"))]
    problems = check_paths([path], documents)
    assert [p.severity for p in problems] == ["warning"], [str(p) for p in problems]
    assert str(problems[0]).startswith(f"{path}:{line}: warning: question 'q1': ")
    assert message in problems[0].message


def test_warnings_do_not_fail_the_check(shipped_quizzes_env, capsys):
    assert main(["quiz", "check", str(WARNING_QUIZZES)]) == 0
    out, err = capsys.readouterr()
    assert out.count(": warning: ") == len(WARNING_FILES)
    assert f"0 errors, {len(WARNING_FILES)} warnings" in err


def test_the_shipped_quizzes_have_no_errors_and_no_warnings(documents):
    assert [str(p) for p in check_paths([QUIZZES_DIR], documents)] == []


def test_a_quotation_found_in_no_other_text_is_fine(tmp_path, documents):
    text = (WARNING_QUIZZES / "attribution-elsewhere.yaml").read_text(encoding="utf-8")
    quote = "It should advocate the building of a community with a shared future in cyberspace."
    unique = "As a derivative of traditional state sovereignty, network sovereignty inevitably reflects the basic content and characteristics of traditional state sovereignty."
    path = tmp_path / "attribution-elsewhere.yaml"
    path.write_text(text.replace(quote, unique), encoding="utf-8")
    assert check_paths([path], documents) == []


def test_a_second_passage_that_backs_the_key_silences_the_warning(tmp_path, documents):
    text = (WARNING_QUIZZES / "key-not-in-source.yaml").read_text(encoding="utf-8")
    first = text[text.index("    source:\n"):]
    passages = (
        "    sources:\n"
        "      - doc: zhang-2015\n        quote: \"One was the Sept. 11 attacks\"\n"
        "      - doc: zhang-2015\n        quote: \"The other major development of the 21st century is the explosion of the Internet and information technology\"\n"
    )
    path = tmp_path / "key-not-in-source.yaml"
    path.write_text(text.replace(first, passages), encoding="utf-8")
    assert check_paths([path], documents) == []


def test_adding_the_source_form_silences_the_wording_warning(tmp_path, documents):
    text = (WARNING_QUIZZES / "answer-not-source-form.yaml").read_text(encoding="utf-8")
    path = tmp_path / "answer-not-source-form.yaml"
    path.write_text(text.replace('["North-South gap",', '["North-South disparity", "North-South gap",'), encoding="utf-8")
    assert check_paths([path], documents) == []
