"""The command line in an unlucky environment: broken text, a full disk, bad folders — one line, exit 1."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from conftest import CORPUS_DIR, ROOT

from bot.cli.main import main


def textbot(*argv, env: dict | None = None, input: bytes | None = None, stdout=subprocess.PIPE,
            prefix: tuple = ()) -> subprocess.CompletedProcess:
    """The real command in its own process (argv may hold raw bytes, as a shell passes them)."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), "TEXTBOT_CORPUS": str(CORPUS_DIR), **(env or {})}
    return subprocess.run([*prefix, sys.executable, "-m", "bot", *argv], cwd=ROOT, env=full_env, input=input,
                          stdout=stdout, stderr=subprocess.PIPE, timeout=300)


def one_line_error(result: subprocess.CompletedProcess, message: str) -> None:
    err = result.stderr.decode()
    assert result.returncode == 1, err
    assert "Traceback" not in err and "Exception ignored" not in err, err
    assert message in err.splitlines()[-1], err


@pytest.fixture
def small_corpus(tmp_path):
    """One short document: an index of it builds in seconds."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(CORPUS_DIR / "chinadaily-2022.md", folder)
    return folder


def test_a_question_that_is_not_utf8_is_refused():
    one_line_error(textbot(b"ask", b"what is \xff\xfe sovereignty"), "the question is not valid UTF-8 text")


def test_chat_answers_a_line_that_is_not_utf8_and_goes_on():
    result = textbot("chat", input=b"what is \xff sovereignty\n/quiz\n/quit\n")
    out = result.stdout.decode()
    assert result.returncode == 0 and "Traceback" not in result.stderr.decode()
    assert "not valid text (broken UTF-8)" in out and "Quizzes (start one with /quiz ID)" in out


@pytest.mark.parametrize("argv, stdin", [
    (["ask", "What is cyber sovereignty?"], None),
    (["ask", "--batch", "-"], b"What is cyber sovereignty?\nWho was hacked?\n"),
    (["quiz", "list"], None),
], ids=["ask", "ask-batch", "quiz-list"])
def test_output_to_a_full_disk_is_one_line(argv, stdin, index_settings, searcher):
    with open("/dev/full", "wb") as full:
        result = textbot(*argv, input=stdin, stdout=full, env={"TEXTBOT_INDEX": str(index_settings.index_dir)})
    one_line_error(result, "textbot: cannot write the output: No space left on device")


def test_index_setting_pointing_at_a_file_or_a_dangling_link(tmp_path, monkeypatch, capsys):
    (tmp_path / "a-file").write_text("x")
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    monkeypatch.setenv("TEXTBOT_CORPUS", str(CORPUS_DIR))
    monkeypatch.setenv("TEXTBOT_INDEX", str(tmp_path / "a-file"))
    assert main(["ask", "What is cyber sovereignty?"]) == 1
    assert capsys.readouterr().err == f"textbot: TEXTBOT_INDEX {tmp_path / 'a-file'} is a file, not a folder\n"
    monkeypatch.setenv("TEXTBOT_INDEX", str(tmp_path / "dangling"))
    assert main(["index"]) == 1
    assert capsys.readouterr().err == (f"textbot: TEXTBOT_INDEX {tmp_path / 'dangling'} is a link to "
                                       f"{tmp_path / 'nowhere'}, which does not exist\n")


def test_database_in_a_folder_that_cannot_exist(tmp_path):
    (tmp_path / "a-file").write_text("x")
    result = textbot("serve", env={"TELEGRAM_BOT_TOKEN": "1:x", "TELEGRAM_API_URL": "http://127.0.0.1:9",
                                   "TEXTBOT_DB": str(tmp_path / "a-file" / "state" / "textbot.sqlite3")})
    one_line_error(result, f"textbot: {tmp_path / 'a-file' / 'state'}: Not a directory")


def test_an_index_file_replaced_by_a_folder(small_corpus, tmp_path):
    (tmp_path / "index" / "manifest.json").mkdir(parents=True)
    result = textbot("ask", "What does global digital governance need?",
                     env={"TEXTBOT_CORPUS": str(small_corpus), "TEXTBOT_INDEX": str(tmp_path / "index")})
    one_line_error(result, f"{tmp_path / 'index' / 'manifest.json'}: Is a directory")


@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs unshare (util-linux) for a read-only mount")
def test_a_read_only_index_folder_when_a_rebuild_is_needed(small_corpus, tmp_path):
    index = tmp_path / "index"
    index.mkdir()
    # A read-only bind mount in a private mount namespace: read-only even for root.
    mount = ("unshare", "-rm", "sh", "-c", f'mount --bind "{index}" "{index}" && mount -o remount,ro,bind "{index}" '
             '&& exec "$@"', "sh")
    result = textbot("ask", "What does global digital governance need?", prefix=mount,
                     env={"TEXTBOT_CORPUS": str(small_corpus), "TEXTBOT_INDEX": str(index)})
    one_line_error(result, "Read-only file system")
