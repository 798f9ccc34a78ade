"""`textbot serve`: run the Telegram bot, by long polling or behind a webhook."""

from __future__ import annotations

import argparse
import logging
import secrets
from typing import Any
from urllib.parse import quote, urlparse

from ..errors import TextbotError
from ..settings import Settings

log = logging.getLogger(__name__)

EXIT_USAGE = 2
DEFAULT_WEBHOOK_PORT = 8443
DEFAULT_LISTEN = "0.0.0.0"


class ServeError(TextbotError):
    """The bot can't start as configured (exit status 2: fix the configuration)."""

    exit_status = EXIT_USAGE


def add_serve_command(subparsers: argparse._SubParsersAction) -> None:
    """Register `serve` on the textbot command line."""
    p = subparsers.add_parser("serve", help="run the Telegram bot (needs TELEGRAM_BOT_TOKEN)")
    p.add_argument("--webhook", metavar="URL", help="receive updates at this https:// URL instead of polling")
    p.add_argument("--port", type=int, default=DEFAULT_WEBHOOK_PORT, metavar="N",
                   help=f"port the webhook server listens on (default {DEFAULT_WEBHOOK_PORT})")
    p.add_argument("--listen", default=DEFAULT_LISTEN, metavar="ADDR",
                   help=f"address the webhook server binds (default {DEFAULT_LISTEN})")
    p.set_defaults(func=cmd_serve)


def cmd_serve(args: argparse.Namespace) -> int:
    """Run the bot until interrupted."""
    from telegram.error import InvalidToken, TelegramError

    settings = Settings.from_env()
    check_serve_settings(settings, webhook=args.webhook, port=args.port)
    redact = TokenFilter(settings.telegram_token or "")
    for handler in logging.getLogger().handlers:
        handler.addFilter(redact)
    try:
        serve(settings, webhook=args.webhook, port=args.port, listen=args.listen)
    except InvalidToken:
        # PTB's message quotes the token itself: never let it reach a terminal or a log.
        raise ServeError("Telegram rejected TELEGRAM_BOT_TOKEN: copy the token again from @BotFather") from None
    except TelegramError as exc:
        raise ServeError(f"Telegram Bot API: {redact.redact(str(exc))}") from None
    return 0


class TokenFilter(logging.Filter):
    """A logging filter that replaces the bot token in every message and traceback."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self._secrets = [t for t in {token, quote(token, safe="")} if t]

    def redact(self, text: str) -> str:
        """``text`` with the token replaced by <token>."""
        for secret in self._secrets:
            text = text.replace(secret, "<token>")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        from telegram.error import InvalidToken

        if record.exc_info and isinstance(record.exc_info[1], InvalidToken):
            return False  # PTB logs it with a traceback before raising; cmd_serve says it in one line
        record.msg, record.args = self.redact(record.getMessage()), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def check_serve_settings(settings: Settings, *, webhook: str | None = None, port: int = DEFAULT_WEBHOOK_PORT) -> None:
    """ServeError with a one-line fix for a missing token or a bad webhook."""
    if not settings.telegram_token:
        raise ServeError("TELEGRAM_BOT_TOKEN is not set: get a token from @BotFather and put it in the "
                         "environment or in .env (textbot chat needs no token)")
    if webhook is not None and not webhook.startswith("https://"):
        raise ServeError(f"--webhook must be an https:// URL (Telegram only calls HTTPS), got {webhook!r}")
    if not 1 <= port <= 65535:
        raise ServeError(f"--port must be 1-65535, got {port}")


def webhook_options(url: str, *, port: int, listen: str = DEFAULT_LISTEN, secret: str | None = None) -> dict[str, Any]:
    """Arguments for PTB's run_webhook/start_webhook: serve the URL's path, checking ``secret``
    (a fresh one if None: fine for one process, not for replicas behind one URL)."""
    from telegram import Update

    return {
        "listen": listen,
        "port": port,
        "url_path": urlparse(url).path.lstrip("/"),
        "webhook_url": url,
        # Telegram echoes this header on every call, so strangers can't post fake updates;
        # every replica registers the same one, so whichever registers last breaks no other.
        "secret_token": secret or secrets.token_urlsafe(32),
        "allowed_updates": Update.ALL_TYPES,
    }


def serve(settings: Settings, *, webhook: str | None = None, port: int = DEFAULT_WEBHOOK_PORT,
          listen: str = DEFAULT_LISTEN) -> None:
    """Load everything, then run the bot (polling, or the webhook server) until stopped."""
    from telegram import Update

    from ..chat.conversation import Conversation
    from ..search.engine import open_searcher
    from ..quiz.library import load_quizzes
    from ..store import Store
    from ..telegram.app import build_app

    check_serve_settings(settings, webhook=webhook, port=port)
    # httpx logs every request URL at INFO, and Bot API URLs contain the bot's token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    if webhook and not settings.webhook_secret:
        log.warning("TEXTBOT_WEBHOOK_SECRET is not set: this process draws its own webhook secret, so a "
                    "second replica behind the same URL would lock this one out")
    store = Store(settings.database)
    try:
        searcher = open_searcher(settings)
        library = load_quizzes(settings.quizzes_dir, searcher.documents)
        conversation = Conversation(searcher, library, store)
        app = build_app(settings, conversation, store)
        if webhook:
            app.run_webhook(**webhook_options(webhook, port=port, listen=listen, secret=settings.webhook_secret))
        else:
            app.run_polling(allowed_updates=Update.ALL_TYPES)
    finally:
        store.close()
