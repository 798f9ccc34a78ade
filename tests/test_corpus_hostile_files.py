"""Hostile or unlucky corpus files: each reported in one line and skipped; the rest of the corpus works."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from conftest import CORPUS_DIR, ROOT
from fake_telegram import FakeTelegram
from serve_harness import run_serve, serve_env

from bot.texts.corpus import MAX_DOCUMENT_BYTES

GOOD = "chinadaily-2022.md"
HEADER = "---\nid: {id}\ntitle: A title\noutlet: An outlet\ndate: {date}\n---\n\n"
BOMB = ('---\nid: bomb\ntitle: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
        + "".join(f"x{n}: &{chr(98 + n)} [*{chr(97 + n)},*{chr(97 + n)},*{chr(97 + n)},*{chr(97 + n)},*{chr(97 + n)},"
                  f"*{chr(97 + n)},*{chr(97 + n)},*{chr(97 + n)},*{chr(97 + n)}]\n" for n in range(8))
        + "outlet: o\ndate: 2020-01-01\n---\n\nBody.\n")


def document(doc_id: str, body: str = "One sentence of the body.", *, date: str = "2020-01-01") -> str:
    return HEADER.format(id=doc_id, date=date) + body + "\n"


@pytest.fixture
def corpus(tmp_path):
    """One good shipped document in a corpus folder of our own."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(CORPUS_DIR / GOOD, folder / GOOD)
    return folder


def textbot(corpus, *argv: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """The real command in its own process: a file that hangs it must not hang the tests."""
    env = {**os.environ, "TEXTBOT_CORPUS": str(corpus), "TEXTBOT_QUIZZES": str(corpus.parent / "no-quizzes"),
           "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "bot", *argv], cwd=corpus.parent, env=env,
                          capture_output=True, text=True, timeout=timeout)


def assert_skipped(result: subprocess.CompletedProcess, name: str, message: str) -> None:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    [line] = [line for line in result.stderr.splitlines() if name in line]
    assert line.startswith("textbot: skipped corpus file ") and message in line, line
    assert "chinadaily-2022-draft" in result.stdout  # the good document still works


def test_a_link_to_dev_zero_is_refused_unread(corpus):
    (corpus / "zero.md").symlink_to("/dev/zero")
    assert_skipped(textbot(corpus, "quiz", "draft", "chinadaily-2022"), "zero.md", "not a regular file")


def test_a_document_over_the_size_limit_says_so(corpus):
    (corpus / "huge.md").write_text(document("huge", "A sentence. " * (MAX_DOCUMENT_BYTES // 12 + 10)))
    assert_skipped(textbot(corpus, "quiz", "draft", "chinadaily-2022"), "huge.md",
                   "larger than 2 MB (2.0 MB or more); split it into several documents")


def test_an_alias_bomb_in_front_matter_is_refused_at_once(corpus):
    (corpus / "bomb.md").write_text(BOMB)
    assert_skipped(textbot(corpus, "quiz", "draft", "chinadaily-2022", timeout=20), "bomb.md",
                   "bomb.md:4: front matter is not valid YAML: aliases (*name) are not allowed in front matter")


@pytest.mark.parametrize("date", ["2015-13-45", '"2015-13-45"'])
def test_an_impossible_date_is_reported(corpus, date):
    (corpus / "dated.md").write_text(document("dated", date=date))
    assert_skipped(textbot(corpus, "quiz", "draft", "chinadaily-2022"), "dated.md", "2015-13-45")


@pytest.mark.parametrize("text, message", [
    ("\x07" + document("bell"), "no YAML front matter"),
    (document("bell").replace("A title", "A \x07 title"), "U+0007"),
    (document("empty", ""), "the body is empty"),
])
def test_other_broken_documents_are_reported(corpus, text, message):
    (corpus / "broken.md").write_text(text)
    assert_skipped(textbot(corpus, "quiz", "draft", "chinadaily-2022"), "broken.md", message)


def test_a_byte_order_mark_is_accepted(corpus):
    (corpus / "bom.md").write_bytes(("\ufeff" + document("bom", "The bom document has one sentence in 2019 here and "
                                                          "one more that is long enough to blank.")).encode())
    result = textbot(corpus, "quiz", "draft", "bom")
    assert result.returncode == 0 and result.stderr == ""
    assert "doc: bom" in result.stdout


def test_serve_skips_a_broken_document_and_starts(corpus, tmp_path):
    (corpus / "broken.md").write_text("no front matter\n")
    with FakeTelegram() as fake:
        env = serve_env(fake, TEXTBOT_CORPUS=corpus, TEXTBOT_INDEX=tmp_path / "index",
                        TEXTBOT_QUIZZES=tmp_path / "quizzes", TEXTBOT_DB=tmp_path / "db.sqlite3")
        (tmp_path / "quizzes").mkdir()
        result = run_serve(fake, env)
    assert result.ready, result.stderr
    assert "Traceback" not in result.stderr
    assert f"skipped corpus file {corpus / 'broken.md'}: no YAML front matter" in result.stderr
