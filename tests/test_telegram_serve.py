"""`textbot serve`: settings checked before anything starts."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, make_settings

from bot.cli.serve import ServeError, check_serve_settings


def run_serve(*args: str, token: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    if token:
        env["TELEGRAM_BOT_TOKEN"] = token
    return subprocess.run([sys.executable, "-m", "bot", "serve", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


def test_serve_without_a_token_says_so_in_one_line_and_exits_2():
    result = run_serve()
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "TELEGRAM_BOT_TOKEN" in result.stderr
    assert "Traceback" not in result.stderr


def test_webhook_must_be_https(tmp_path: Path):
    settings = make_settings(tmp_path, TELEGRAM_BOT_TOKEN="1:x")
    with pytest.raises(ServeError, match="https://"):
        check_serve_settings(settings, webhook="http://example.org/hook")
    check_serve_settings(settings, webhook="https://example.org/hook", port=8443)


def test_api_url_sets_the_bot_and_file_urls(tmp_path: Path):
    from bot.chat.conversation import Conversation, MemoryStore
    from bot.quiz.library import QuizLibrary
    from bot.store import Store
    from bot.telegram.app import build_app

    settings = make_settings(tmp_path, TELEGRAM_BOT_TOKEN="1:x", TELEGRAM_API_URL="http://127.0.0.1:9/")
    conversation = Conversation(searcher=None, quizzes=QuizLibrary({}, {}), store=MemoryStore())  # type: ignore[arg-type]
    store = Store(tmp_path / "db.sqlite3")
    app = build_app(settings, conversation, store)
    assert app.bot.base_url == "http://127.0.0.1:9/bot1:x"
    assert app.bot.base_file_url == "http://127.0.0.1:9/file/bot1:x"
    store.close()


async def test_webhook_mode_receives_updates_and_checks_the_secret(searcher, index_settings, tmp_path):
    import json
    import socket
    import urllib.error
    import urllib.request

    from fake_telegram import TOKEN, FakeTelegram, user
    from telegram_harness import quiz_folder

    from bot.chat.conversation import Conversation
    from bot.quiz.library import load_quizzes
    from bot.store import Store
    from bot.telegram.app import build_app
    from bot.cli.serve import webhook_options

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with FakeTelegram() as fake:
        settings = make_settings(tmp_path, TEXTBOT_INDEX=index_settings.index_dir, TEXTBOT_QUIZZES=quiz_folder(tmp_path),
                                 TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_URL=fake.url)
        store = Store(settings.db_path)
        conversation = Conversation(searcher, load_quizzes(settings.quizzes_dir, searcher.documents), store)
        app = build_app(settings, conversation, store)
        options = webhook_options("https://bot.example.org/telegram/hook", port=port, listen="127.0.0.1")
        await app.initialize()
        await app.start()
        await app.updater.start_webhook(**options)
        try:
            [registered] = fake.find("setWebhook")
            assert registered.params["url"] == "https://bot.example.org/telegram/hook"
            alice = user(7, "Alice")
            update = {"update_id": 1, "message": fake.private_message(alice, "/sources")}

            def post(secret: str) -> int:
                request = urllib.request.Request(
                    f"http://127.0.0.1:{port}/telegram/hook", data=json.dumps(update).encode(),
                    headers={"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": secret})
                try:
                    with urllib.request.urlopen(request, timeout=5) as response:
                        return response.status
                except urllib.error.HTTPError as exc:
                    return exc.code

            assert await asyncio.to_thread(post, "wrong") == 403
            assert await asyncio.to_thread(post, options["secret_token"]) == 200
            [reply] = await fake.wait_for("sendMessage", chat_id=7)
            assert "The texts I quote from" in reply.text
        finally:
            await app.updater.stop()
            await app.stop()
            await app.shutdown()
            store.close()
