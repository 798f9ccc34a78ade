"""The bot's voice for a corpus: greeting, profile descriptions and example questions from corpus/bot.yaml."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from ..errors import CorpusError
from .safe_yaml import MAX_BYTES, YamlProblem, parse_yaml

log = logging.getLogger(__name__)

VOICE_FILE = "bot.yaml"
# Telegram's limits for the bot's profile texts (setMyDescription, setMyShortDescription).
MAX_DESCRIPTION = 512
MAX_SHORT_DESCRIPTION = 120
MAX_GREETING = 1000
MAX_EXAMPLES = 8
MAX_EXAMPLE = 100  # an example is a button label and a question; keep it one line
FIELD_LIMITS = {"greeting": MAX_GREETING, "description": MAX_DESCRIPTION, "short_description": MAX_SHORT_DESCRIPTION}

DEFAULT_GREETING = ("Hello! I quote the texts I was given word for word, with their sources, "
                    "and I run quizzes on them. Ask me a question, or /sources lists the texts.")
DEFAULT_DESCRIPTION = ("Ask what the texts say about something: I answer with their own sentences, word for word, "
                       "each with its source, and say so when they say nothing about it. Quizzes too: /quiz.")
DEFAULT_SHORT_DESCRIPTION = "Quotes its texts word for word, with sources, and runs quizzes on them."


@dataclass(frozen=True)
class Voice:
    """What the bot says about itself: greeting, profile texts, example questions."""

    greeting: str = DEFAULT_GREETING
    description: str = DEFAULT_DESCRIPTION
    short_description: str = DEFAULT_SHORT_DESCRIPTION
    examples: tuple[str, ...] = ()


def load_voice(corpus_dir: Path | str) -> Voice:
    """The voice in ``corpus_dir``/bot.yaml; the neutral default when there is no such file.

    A file that is there but malformed stops start-up with a one-line CorpusError naming it.
    """
    path = Path(corpus_dir) / VOICE_FILE
    if not path.is_file():
        log.debug("no %s: the neutral voice", path)
        return Voice()
    try:
        if path.stat().st_size > MAX_BYTES:
            raise CorpusError(f"{path}: larger than {MAX_BYTES // 1_000_000} MB")
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise CorpusError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read: {exc.strerror}") from None
    return parse_voice(text, path=str(path))


def parse_voice(text: str, *, path: str = VOICE_FILE) -> Voice:
    """Validate a bot.yaml text: known fields only, strings within Telegram's limits."""
    try:
        data = parse_yaml(text, what=VOICE_FILE).data
    except YamlProblem as exc:
        raise CorpusError(f"{path}:{exc.line}: {exc.message}") from None
    if not isinstance(data, dict):
        raise CorpusError(f"{path}: must be a mapping of fields ({', '.join([*FIELD_LIMITS, 'examples'])})")
    unknown = sorted(set(data) - {*FIELD_LIMITS, "examples"})
    if unknown:
        raise CorpusError(f"{path}: unknown field(s): {', '.join(unknown)}")
    fields: dict[str, object] = {}
    for name, limit in FIELD_LIMITS.items():
        if name in data:
            fields[name] = _text(data[name], f"{path}: {name}", limit)
    examples = data.get("examples", [])
    if not isinstance(examples, list) or len(examples) > MAX_EXAMPLES:
        raise CorpusError(f"{path}: examples must be a list of at most {MAX_EXAMPLES} questions")
    fields["examples"] = tuple(_text(e, f"{path}: examples[{n}]", MAX_EXAMPLE, one_line=True)
                               for n, e in enumerate(examples, start=1))
    return Voice(**fields)  # type: ignore[arg-type]


def _text(value: object, where: str, limit: int, *, one_line: bool = False) -> str:
    if not isinstance(value, str) or not value.strip():
        raise CorpusError(f"{where} must be a non-empty text")
    value = value.strip()
    if len(value) > limit:
        raise CorpusError(f"{where} is {len(value)} characters; at most {limit}")
    if one_line and "\n" in value:
        raise CorpusError(f"{where} must be one line")
    return value
