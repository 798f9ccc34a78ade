"""TEXTBOT_DB (a file or a postgresql:// URL) and TEXTBOT_WEBHOOK_SECRET, checked once in the settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import Settings, SettingsError


def test_a_path_is_a_sqlite_file_and_a_url_a_postgres_database(tmp_path: Path):
    assert Settings.from_env({"TEXTBOT_DB": str(tmp_path / "s.db")}).database == tmp_path / "s.db"
    url = "postgresql://textbot:secret@db:5432/textbot"
    assert Settings.from_env({"TEXTBOT_DB": url}).database == url


@pytest.mark.parametrize("value, message", [
    ("mysql://db/textbot", "a file path or a postgresql:// URL"),
    ("postgresql://db:port/textbot", "bad port"),
    ("postgresql://db:5432/", "needs a database name"),
])
def test_a_bad_database_url_is_one_clear_error(value: str, message: str):
    with pytest.raises(SettingsError, match=message):
        Settings.from_env({"TEXTBOT_DB": value})


def test_the_webhook_secret_must_be_what_telegram_accepts():
    assert Settings.from_env({"TEXTBOT_WEBHOOK_SECRET": "abc-DEF_123"}).webhook_secret == "abc-DEF_123"
    assert Settings.from_env({}).webhook_secret is None
    with pytest.raises(SettingsError, match="TEXTBOT_WEBHOOK_SECRET"):
        Settings.from_env({"TEXTBOT_WEBHOOK_SECRET": "has spaces and $"})


def test_serve_with_an_unreachable_database_is_one_line_without_the_password():
    import os
    import subprocess
    import sys

    from conftest import ROOT

    env = {**os.environ, "TELEGRAM_BOT_TOKEN": "1:x", "TEXTBOT_DB": "postgresql://u:hunter2@127.0.0.1:1/textbot"}
    result = subprocess.run([sys.executable, "-m", "bot", "serve"], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "Traceback" not in result.stderr
    assert "can't connect to the state database" in result.stderr and "hunter2" not in result.stderr
