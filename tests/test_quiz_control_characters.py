"""A control character (BEL, NUL…) in one quiz file: that file reported with its line, the rest work."""

from __future__ import annotations

import io
import shutil

import pytest
from conftest import CORPUS_DIR, QUIZZES_DIR
from fake_telegram import FakeTelegram
from serve_harness import run_serve, serve_env

from bot.cli.main import main

BROKEN = "id: broken\ntitle: Broken\ndescription: \"a bell\x07 rings\"\nquestions: []\n"


def quiz_folder(tmp_path, character="\x07"):
    folder = tmp_path / "quizzes"
    shutil.copytree(QUIZZES_DIR, folder)
    (folder / "broken.yaml").write_text(BROKEN.replace("\x07", character), encoding="utf-8")
    return folder


@pytest.fixture(params=["\x07", "\x00", "\x1b"], ids=["BEL", "NUL", "ESC"])
def quizzes(request, tmp_path):
    return quiz_folder(tmp_path, request.param)


@pytest.fixture
def env(monkeypatch, quizzes, index_settings, searcher):
    monkeypatch.setenv("TEXTBOT_CORPUS", str(CORPUS_DIR))
    monkeypatch.setenv("TEXTBOT_QUIZZES", str(quizzes))
    monkeypatch.setenv("TEXTBOT_INDEX", str(index_settings.index_dir))


def test_quiz_check_reports_the_file_and_line(env, quizzes, capsys):
    status = main(["quiz", "check"])
    out, err = capsys.readouterr()
    assert status == 1
    assert f"{quizzes / 'broken.yaml'}:3: the character U+" in out
    assert "Traceback" not in err


def test_quiz_list_skips_the_file_and_lists_the_rest(env, quizzes, capsys):
    status = main(["quiz", "list"])
    out, err = capsys.readouterr()
    assert status == 0
    assert "principles" in out and "broken" not in out
    assert f"skipped: {quizzes / 'broken.yaml'}:3:" in err


def test_quiz_run_and_chat_still_work(env, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("/cancel\n"))
    assert main(["quiz", "run", "principles"]) == 0
    assert "Question 1" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("/quiz\n"))
    assert main(["chat"]) == 0
    out = capsys.readouterr().out
    assert "principles" in out and "broken" not in out


def test_serve_starts_and_reports_the_file(tmp_path, index_settings, searcher):
    quizzes = quiz_folder(tmp_path)
    with FakeTelegram() as fake:
        env = serve_env(fake, TEXTBOT_CORPUS=CORPUS_DIR, TEXTBOT_QUIZZES=quizzes,
                        TEXTBOT_INDEX=index_settings.index_dir, TEXTBOT_DB=quizzes.parent / "db.sqlite3")
        result = run_serve(fake, env)
    assert result.ready, result.stderr
    assert "Traceback" not in result.stderr
    assert f"{quizzes / 'broken.yaml'}:3:" in result.stderr
