"""`textbot quiz check`: every problem as file:line: message, exit 1 on errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.cli.main import main
from bot.quiz import check_paths
from conftest import QUIZZES_DIR
from conftest_quiz import BROKEN_QUIZZES, TEST_QUIZZES

EXPECT = re.compile(r"^# expect: (\d+): (.+)$", re.MULTILINE)
BROKEN_FILES = sorted(BROKEN_QUIZZES.glob("*.yaml"))

GOOD_QUESTION = """\
  - id: q1
    kind: single
    prompt: {prompt}
    options: ["Two", "Three", "Four", "Five"]
    answer: "Four"
    explanation: {explanation}
    source:
      doc: guangming-2022
      quote: "we should adhere to the following basic principles"
"""


def quiz_text(quiz_id: str, *, prompt: str = "How many principles?", explanation: str = "Four.") -> str:
    return (
        f"id: {quiz_id}\ntitle: T\ndescription: D\nquestions:\n"
        + GOOD_QUESTION.format(prompt=prompt, explanation=explanation)
    )


@pytest.fixture(scope="module")
def broken_problems(documents):
    return check_paths([BROKEN_QUIZZES], documents)


def test_there_is_a_broken_file_for_every_rule():
    assert len(BROKEN_FILES) >= 20


@pytest.mark.parametrize("path", BROKEN_FILES, ids=lambda p: p.name)
def test_broken_file_reports_exactly_its_expected_errors(path: Path, broken_problems):
    expected = [(int(line), message) for line, message in EXPECT.findall(path.read_text(encoding="utf-8"))]
    assert expected, f"{path.name} has no '# expect: LINE: message' comment"
    errors = [p for p in broken_problems if p.path == str(path) and p.severity == "error"]
    assert len(errors) == len(expected), [str(p) for p in errors]
    for line, message in expected:
        matching = [p for p in errors if p.line == line and message in p.message]
        assert matching, f"expected {path.name}:{line}: {message}; got {[str(p) for p in errors]}"
        assert str(matching[0]).startswith(f"{path}:{line}: ")


def test_shipped_quizzes_pass_and_are_enough(documents):
    problems = check_paths([QUIZZES_DIR], documents)
    assert [str(p) for p in problems if p.severity == "error"] == []
    from bot.quiz import load_quizzes

    library = load_quizzes(QUIZZES_DIR, documents)
    assert len(library) >= 6
    assert sum(len(q.questions) for q in library) >= 80


def test_too_long_for_a_poll_is_a_warning_not_an_error(tmp_path, documents):
    path = tmp_path / "long.yaml"
    path.write_text(quiz_text("long", prompt="Why " + "really " * 50 + "?", explanation="x" * 201), encoding="utf-8")
    problems = check_paths([path], documents)
    assert {p.severity for p in problems} == {"warning"}
    messages = [str(p) for p in problems]
    assert any(m.startswith(f"{path}:7: warning: ") and "more than 300" in m for m in messages)
    assert any(m.startswith(f"{path}:10: warning: ") and "more than 200" in m for m in messages)


def test_file_name_differing_from_the_id_is_a_warning(tmp_path, documents):
    path = tmp_path / "other-name.yaml"
    path.write_text(quiz_text("right-name"), encoding="utf-8")
    [problem] = check_paths([path], documents)
    assert problem.severity == "warning" and problem.line == 1 and "right-name.yaml" in problem.message


def test_quote_differing_only_in_whitespace_is_accepted(tmp_path, documents):
    path = tmp_path / "spaces.yaml"
    path.write_text(
        quiz_text("spaces").replace('"we should adhere to the following basic principles"',
                                    '"we  should adhere\\n to the following basic principles"'),
        encoding="utf-8",
    )
    assert check_paths([path], documents) == []


def test_a_file_over_a_megabyte_is_refused(tmp_path, documents):
    path = tmp_path / "big.yaml"
    path.write_text(quiz_text("big") + "# " + "x" * 1_100_000 + "\n", encoding="utf-8")
    [problem] = check_paths([path], documents)
    assert (problem.line, problem.severity) == (1, "error") and "larger than 1 MB" in problem.message


def test_too_many_nodes_is_refused(tmp_path, documents):
    path = tmp_path / "many.yaml"
    path.write_text("id: many\ntags: [" + ", ".join(["a"] * 25_000) + "]\n", encoding="utf-8")
    [problem] = check_paths([path], documents)
    assert "too many YAML nodes" in problem.message


def test_deep_nesting_is_refused(tmp_path, documents):
    path = tmp_path / "deep.yaml"
    path.write_text("id: deep\ntags: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    [problem] = check_paths([path], documents)
    assert "nested too deeply" in problem.message


@pytest.mark.parametrize(
    "text",
    [b"\xff\xfe\x00binary", b"\t- tab", b"key: [", b": :", b"%YAML 9.9\n---\na: 1", b"a: 1\n---\nb: 2", b"? [a]\n: b",
     b"id: !custom x", b"<<: {a: 1}", b"id: 2015-13-45"],
)
def test_garbage_gives_a_problem_never_an_exception(tmp_path, documents, text):
    path = tmp_path / "garbage.yaml"
    path.write_bytes(text)
    problems = check_paths([path], documents)
    assert problems and all(p.severity == "error" and p.line >= 1 for p in problems)


def test_cli_check_prints_problems_and_exits_1(shipped_quizzes_env, capsys):
    assert main(["quiz", "check", str(BROKEN_QUIZZES)]) == 1
    out, err = capsys.readouterr()
    assert f"{BROKEN_QUIZZES / 'unknown-key.yaml'}:11: " in out
    assert "Traceback" not in out + err
    assert re.search(r"\d+ errors, 0 warnings", err)


def test_cli_check_defaults_to_the_quizzes_folder_and_exits_0(shipped_quizzes_env, capsys, monkeypatch):
    monkeypatch.setenv("TEXTBOT_QUIZZES", str(TEST_QUIZZES))
    assert main(["quiz", "check"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "0 errors" in err


def test_cli_check_missing_path(shipped_quizzes_env, capsys):
    assert main(["quiz", "check", "no/such/file.yaml"]) == 1
    assert "no/such/file.yaml:1: no such file or folder" in capsys.readouterr().out


def test_a_link_out_of_the_quiz_folder_is_not_read(tmp_path, documents):
    secret = tmp_path / "secret.txt"
    secret.write_text("password: hunter2-do-not-echo\n", encoding="utf-8")
    folder = tmp_path / "quizzes"
    folder.mkdir()
    (folder / "evil.yaml").symlink_to(secret)
    problems = check_paths([folder], documents)
    messages = [f"{p.path}:{p.line}: {p.message}" for p in problems]
    assert any("outside the quiz folder" in m for m in messages)
    assert not any("hunter2" in m for m in messages)
