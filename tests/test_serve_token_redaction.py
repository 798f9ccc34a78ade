"""The bot token is a password: `textbot serve` never prints or logs it, even when Telegram rejects it."""

from __future__ import annotations

import logging

from conftest import CORPUS_DIR
from fake_telegram import FakeTelegram
from serve_harness import run_serve, serve_env

from bot.cli.serve import TokenFilter

WRONG_TOKEN = "123456789:AAHwrongWrongWrongWrongWrongWrong_xy"


def test_a_rejected_token_is_one_line_without_the_token(tmp_path, index_settings, searcher):
    (tmp_path / "quizzes").mkdir()
    with FakeTelegram() as fake:
        env = serve_env(fake, token=WRONG_TOKEN, TEXTBOT_CORPUS=CORPUS_DIR, TEXTBOT_INDEX=index_settings.index_dir,
                        TEXTBOT_QUIZZES=tmp_path / "quizzes", TEXTBOT_DB=tmp_path / "db.sqlite3")
        result = run_serve(fake, env)
    assert not result.ready
    assert result.returncode == 2, result.stderr
    assert WRONG_TOKEN not in result.stderr and "AAHwrong" not in result.stderr
    assert result.stderr.splitlines()[-1] == ("textbot: Telegram rejected TELEGRAM_BOT_TOKEN: "
                                              "copy the token again from @BotFather")
    assert "Traceback" not in result.stderr


def test_log_records_and_their_tracebacks_are_redacted():
    stream_records = []

    class Keep(logging.Handler):
        def emit(self, record):
            stream_records.append(self.format(record))

    handler = Keep()
    handler.addFilter(TokenFilter(WRONG_TOKEN))
    log = logging.getLogger("test.redaction")
    log.addHandler(handler)
    try:
        try:
            raise RuntimeError(f"POST https://api.telegram.org/bot{WRONG_TOKEN}/getMe failed")
        except RuntimeError:
            log.error("calling %s", f"/bot{WRONG_TOKEN.replace(':', '%3A')}/getMe", exc_info=True)
    finally:
        log.removeHandler(handler)
    [text] = stream_records
    assert "AAHwrong" not in text
    assert "bot<token>/getMe failed" in text and "/bot<token>/getMe" in text
