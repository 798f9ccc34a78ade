"""Shared fixtures: the real corpus, and a real searcher built once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.texts.corpus import load_corpus
from bot.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT / "corpus"
QUIZZES_DIR = ROOT / "quizzes"

# Loopback only: a proxy in the environment must never see the fake Telegram server.
os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"


def make_settings(tmp: Path, **overrides) -> Settings:
    """Settings pointing at the real corpus and quizzes, with state under ``tmp``."""
    values = {
        "TEXTBOT_CORPUS": str(CORPUS_DIR),
        "TEXTBOT_QUIZZES": str(QUIZZES_DIR),
        "TEXTBOT_INDEX": str(tmp / "index"),
        "TEXTBOT_DB": str(tmp / "textbot.sqlite3"),
    }
    values.update({k: str(v) for k, v in overrides.items()})
    return Settings.from_env(values, root=ROOT)


def first_quote(searcher, question):
    """The first quote of a question the search answers (the test fails if it refuses)."""
    answer = searcher.search(question)
    assert answer.answered, f"{question!r} was not answered"
    return answer.quotes[0]


def first_text(searcher, question):
    """The text of ``first_quote``."""
    return first_quote(searcher, question).text


@pytest.fixture(scope="session")
def documents():
    """The shipped corpus."""
    return load_corpus(CORPUS_DIR)


@pytest.fixture(scope="session")
def index_settings(tmp_path_factory) -> Settings:
    """Settings whose index folder is built once for the whole session."""
    return make_settings(tmp_path_factory.mktemp("shared-index"))


@pytest.fixture(scope="session")
def searcher(index_settings):
    """The real searcher: real model, real FAISS index, built once per session."""
    from bot.search.engine import open_searcher

    return open_searcher(index_settings)


@pytest.fixture(scope="session")
def searcher_of(tmp_path_factory, index_settings, searcher):
    """A real searcher over a corpus of one's own (each document's body, under front
    matter of its own), its index built with the session's exported model (copied, not
    exported again)."""
    import shutil

    from bot.search.engine import open_searcher
    from bot.search.onnx_encoder import ENCODER_FILES
    from bot.search.searcher import ALONE_WORDS_FILE

    def build(*bodies: str, titles: tuple[str, ...] = ()):
        folder = tmp_path_factory.mktemp("corpus")
        (folder / "corpus").mkdir()
        for k, body in enumerate(bodies):
            title = titles[k] if k < len(titles) else f"Piece {k}"
            front = f"---\nid: doc{k}\ntitle: {title}\nauthor: Jane Q. Smith\noutlet: Daily Post\ndate: '2021-05-0{k + 1}'\n---\n\n"
            (folder / "corpus" / f"doc{k}.md").write_text(front + body, encoding="utf-8")
        (folder / "index").mkdir()
        for name in ENCODER_FILES:
            shutil.copy(index_settings.index_dir / name, folder / "index" / name)
        # The export's words encoded alone are the export's: kept, not encoded again.
        for alone in index_settings.index_dir.glob(ALONE_WORDS_FILE.format(key="*")):
            shutil.copy(alone, folder / "index" / alone.name)
        return open_searcher(make_settings(folder, TEXTBOT_CORPUS=folder / "corpus"))

    return build


@pytest.fixture(scope="session")
def st_model():
    """The reference sentence-transformers model, the same one the index is built with."""
    from bot.search.encoders import load_encoder

    from bot.settings import DEFAULT_MODEL

    return load_encoder(DEFAULT_MODEL).model


@pytest.fixture(scope="session")
def postgres():
    """A real PostgreSQL 15 server on 127.0.0.1, started once per test session."""
    from postgres_server import running_postgres

    with running_postgres() as server:
        yield server


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, tmp_path) -> str:
    """A fresh state database on each backend: a SQLite path, or a new database's URL."""
    if request.param == "sqlite":
        return str(tmp_path / "state.sqlite3")
    return request.getfixturevalue("postgres").new_database()


@pytest.fixture
def shipped_quizzes_env(monkeypatch, tmp_path):
    """The command line pointed at the shipped corpus and quizzes, run from an empty folder."""
    monkeypatch.setenv("TEXTBOT_CORPUS", str(CORPUS_DIR))
    monkeypatch.setenv("TEXTBOT_QUIZZES", str(QUIZZES_DIR))
    monkeypatch.setenv("TEXTBOT_INDEX", str(tmp_path / "index"))
    monkeypatch.chdir(tmp_path)
