"""`textbot chat` and `textbot quiz run|list`: the conversation in a terminal, driven through stdin."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest

from bot.terminal import run_chat, run_quiz
from bot.quiz import QuizError
from bot.texts.voice import load_voice
from conftest import CORPUS_DIR, ROOT
from conftest_quiz import TEST_QUIZZES, conversation, fake_searcher, quiz_library, store  # noqa: F401 (fixtures)

# Answers of the right form for each question of all-kinds, right or wrong.
ANY_ANSWERS = ["1", "1 2", "true", "state sovereignty", "1 2 3", "November 2014", "1", "1"]


def chat(conversation, *lines: str) -> tuple[int, str]:
    stdout = io.StringIO()
    status = run_chat(conversation, io.StringIO("".join(f"{line}\n" for line in lines)), stdout)
    return status, stdout.getvalue()


def right_typed_answer(conversation, user="terminal") -> str:
    session = conversation.running_quiz(user)
    shown = session.presented()
    if shown.typed:
        return session.current.answer[0]
    return " ".join(str(p + 1) for p in shown.correct)


def test_plain_text_gets_quotations_with_citations(conversation):
    status, out = chat(conversation, "What about sovereignty?", "/quit")
    assert status == 0
    assert "“" in out and "— “" in out and "para." in out
    assert out.rstrip().endswith("Bye.")


def test_commands_help_sources_score(conversation, documents):
    _, out = chat(conversation, "/help", "/sources", "/score")
    assert "/quiz" in out and "/quit" in out
    assert out.count("/quit - leave") == 2  # in the greeting, and again for /help
    assert all(doc.title in out for doc in documents.values())
    assert "No scores yet" in out


class Student(io.StringIO):
    """Types the script's lines; ``RIGHT`` becomes the right answer to the question on screen."""

    def __init__(self, conversation, script):
        super().__init__()
        self.conversation, self.script = conversation, list(script)

    def readline(self, *args) -> str:
        if not self.script:
            return ""
        line = self.script.pop(0)
        return (right_typed_answer(self.conversation) if line == "RIGHT" else line) + "\n"


def test_a_whole_quiz_typed_with_numbers(conversation):
    stdout = io.StringIO()
    script = ["/quiz", "/quiz all-kinds", *["RIGHT"] * 8, "/score", "/quit"]
    assert run_chat(conversation, Student(conversation, script), stdout) == 0
    out = stdout.getvalue()
    assert "Question 1 of 8" in out and "Question 8 of 8" in out
    assert out.count("Right!") == 8 and "Quiz finished: 8/8 (100%)." in out
    assert "best 8/8, last 8/8" in out


def test_quiz_answers_in_the_wrong_form_get_a_hint(conversation):
    _, out = chat(conversation, "/quiz all-kinds", "the fourth one", "/cancel", "/quit")
    assert "Type one number from 1 to 4." in out and "Quiz stopped before any answer." in out


def test_end_of_input_ends_cleanly_and_no_prompt_without_a_terminal(conversation):
    status, out = chat(conversation, "/help")
    assert status == 0 and out.rstrip().endswith("Bye.") and "> " not in out


def test_nothing_after_quit_is_read(conversation):
    _, out = chat(conversation, "/quit", "/sources")
    assert "The texts I quote from" not in out


@pytest.mark.parametrize("word", ["quit", "Exit", "quit."])
def test_the_word_quit_alone_leaves_the_chat(conversation, word):
    status, out = chat(conversation, word, "/sources")
    assert status == 0 and out.rstrip().endswith("Bye.")
    assert "The texts I quote from" not in out and "don't cover" not in out


def test_quit_alone_during_a_quiz_is_not_leaving(conversation):
    _, out = chat(conversation, "/quiz all-kinds", "quit", "/cancel", "/quit")
    assert "Type one number from 1 to 4." in out and "Quiz stopped before any answer." in out


def test_run_quiz_stops_at_the_end(conversation):
    stdout = io.StringIO()
    status = run_quiz(conversation, "all-kinds", io.StringIO("\n".join(ANY_ANSWERS + ["/sources"]) + "\n"), stdout)
    out = stdout.getvalue()
    assert status == 0 and "Quiz finished:" in out and "The texts I quote from" not in out


def test_run_quiz_unknown_id(conversation):
    with pytest.raises(QuizError, match="no quiz 'nope'"):
        run_quiz(conversation, "nope", io.StringIO(""), io.StringIO())


def test_run_quiz_stopped_by_end_of_input(conversation):
    stdout = io.StringIO()
    assert run_quiz(conversation, "all-kinds", io.StringIO("1\n"), stdout) == 0
    assert "Quiz stopped after 1 of 8 questions: 1/1." in stdout.getvalue() and conversation.running_quiz("terminal") is None


# -- the real command, in a subprocess ------------------------------------------------------


def textbot(*args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess:
    environ = {
        **os.environ,
        "TEXTBOT_CORPUS": str(CORPUS_DIR),
        "TEXTBOT_QUIZZES": str(TEST_QUIZZES),
        **env,
    }
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
        env=environ, cwd=ROOT, timeout=300,
    )


def test_textbot_chat_through_stdin_runs_a_quiz():
    result = textbot("chat", stdin="\n".join(["/help", "/quiz", "/quiz all-kinds", *ANY_ANSWERS, "/score", "/quit"]) + "\n")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    out = result.stdout
    assert "all-kinds - Every kind of question (8 questions)" in out
    assert "Question 8 of 8" in out and "Quiz finished:" in out and "Every kind of question (all-kinds): best" in out
    assert out.rstrip().endswith("Bye.")
    for question in load_voice(CORPUS_DIR).examples:  # the corpus's bot.yaml suggests its questions
        assert question in out


def test_textbot_chat_answers_a_question_with_the_real_index(searcher, index_settings):
    result = textbot("chat", stdin="What does the China Daily article say about sovereign states?\n",
                     TEXTBOT_INDEX=str(index_settings.index_dir))
    assert result.returncode == 0, result.stderr
    assert "China Daily" in result.stdout and "para." in result.stdout and "“" in result.stdout


def test_textbot_quiz_run_and_list():
    result = textbot("quiz", "run", "all-kinds", stdin="\n".join(ANY_ANSWERS) + "\n")
    assert result.returncode == 0 and "Quiz finished:" in result.stdout
    result = textbot("quiz", "list", "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout) == [{"id": "all-kinds", "title": "Every kind of question", "questions": 8}]
    result = textbot("quiz", "run", "nope")
    assert result.returncode == 1 and result.stderr.strip() == "textbot: no quiz 'nope' (quizzes: all-kinds)"
