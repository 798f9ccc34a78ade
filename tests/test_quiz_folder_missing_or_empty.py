"""`quiz check` on an empty folder and `quiz list` on a missing one are errors, not silent successes."""

from __future__ import annotations

import pytest
from conftest import CORPUS_DIR

from bot.cli.main import main


@pytest.fixture
def env(monkeypatch, tmp_path):
    monkeypatch.setenv("TEXTBOT_CORPUS", str(CORPUS_DIR))
    monkeypatch.setenv("TEXTBOT_QUIZZES", str(tmp_path / "quizzes"))
    return tmp_path / "quizzes"


def test_quiz_check_of_an_empty_folder_fails(env, capsys):
    env.mkdir()
    (env / "notes.txt").write_text("not a quiz")
    assert main(["quiz", "check"]) == 1
    assert capsys.readouterr().err == f"textbot: no quiz files (*.yaml) in {env}\n"
    assert main(["quiz", "check", str(env)]) == 1


def test_quiz_list_of_a_missing_folder_fails(env, capsys):
    assert main(["quiz", "list"]) == 1
    assert capsys.readouterr().err == f"textbot: quiz folder not found: {env} (set TEXTBOT_QUIZZES)\n"


def test_quiz_list_of_an_empty_folder_is_an_empty_list(env, capsys):
    env.mkdir()
    assert main(["quiz", "list", "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"
