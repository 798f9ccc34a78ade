"""Read one quiz file into a ``Quiz``, or into ``file:line: message`` problems."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from ..texts.corpus import Document
from . import models
from .models import Quiz
from ..texts.safe_yaml import MAX_BYTES, Located, YamlProblem, parse_yaml

Severity = Literal["error", "warning"]
_KIND_MODELS: dict[str, type[BaseModel]] = {
    "single": models.SingleQuestion,
    "multiple": models.MultipleQuestion,
    "true_false": models.TrueFalseQuestion,
    "short": models.ShortQuestion,
    "ordering": models.OrderingQuestion,
    "cloze": models.ClozeQuestion,
    "attribution": models.AttributionQuestion,
}
# Pydantic's wording, in the words a teacher editing YAML would use.
_MESSAGES = {
    "string_type": "should be text (put it in quotes if it is a number or true/false)",
    "bool_type": "should be true or false",
    "list_type": "should be a list",
    "dict_type": "should be a mapping of keys",
    "model_type": "should be a mapping of keys",
    "int_type": "should be a whole number",
    "string_too_short": "should not be empty",
}
_PATTERN_MESSAGES = {
    models.QUIZ_ID_PATTERN: "should be 1-30 lower-case letters, digits or '-', starting with a letter or digit",
    models.QUESTION_ID_PATTERN: "should be 1-20 lower-case letters, digits or '-', starting with a letter or digit",
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth a look) in a quiz file, at a 1-based line."""

    path: str
    line: int
    severity: Severity
    message: str

    def __str__(self) -> str:
        if self.severity == "warning":
            return f"{self.path}:{self.line}: warning: {self.message}"
        return f"{self.path}:{self.line}: {self.message}"


@dataclass
class ParsedFile:
    """A quiz file read and validated: ``quiz`` is None when it has errors."""

    path: str
    quiz: Quiz | None = None
    problems: list[Problem] = field(default_factory=list)
    located: Located | None = None

    @property
    def quiz_id(self) -> str | None:
        """The id the file declares, even when the quiz itself is invalid."""
        if self.quiz is not None:
            return self.quiz.id
        data = self.located.data if self.located else None
        value = data.get("id") if isinstance(data, dict) else None
        return value if isinstance(value, str) else None


def read_quiz_file(path: Path | str, documents: dict[str, Document]) -> ParsedFile:
    """Read, parse and validate one quiz file against the corpus."""
    name = str(path)
    try:
        size = Path(path).stat().st_size
        if size > MAX_BYTES:
            return ParsedFile(name, problems=[Problem(name, 1, "error", f"the file is larger than {MAX_BYTES // 1_000_000} MB")])
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return ParsedFile(name, problems=[Problem(name, 1, "error", "the file is not UTF-8 text")])
    except OSError as exc:
        return ParsedFile(name, problems=[Problem(name, 1, "error", f"cannot read the file: {exc.strerror}")])
    return parse_quiz_text(text, path=name, documents=documents)


def parse_quiz_text(text: str, *, path: str = "<text>", documents: dict[str, Document]) -> ParsedFile:
    """Parse and validate a quiz's YAML text."""
    parsed = ParsedFile(path)
    try:
        parsed.located = parse_yaml(text)
    except YamlProblem as exc:
        parsed.problems.append(Problem(path, exc.line, "error", exc.message))
        return parsed
    located = parsed.located
    if not isinstance(located.data, dict):
        parsed.problems.append(Problem(path, 1, "error", "a quiz file must be a mapping with id, title, description and questions"))
        return parsed
    try:
        parsed.quiz = Quiz.model_validate(located.data, context={"documents": documents})
    except ValidationError as exc:
        parsed.problems += _problems_from(exc, located, path)
    return sorted_problems(parsed)


def sorted_problems(parsed: ParsedFile) -> ParsedFile:
    """The file with its problems in line order, duplicates removed."""
    parsed.problems = sorted(dict.fromkeys(parsed.problems), key=lambda p: (p.line, p.severity, p.message))
    return parsed


def _problems_from(exc: ValidationError, located: Located, path: str) -> list[Problem]:
    problems: list[Problem] = []
    errors = exc.errors(include_url=False)
    quiz_rules_ran = any(e["type"] == models.RULE_ERROR and e["loc"] == () for e in errors)
    for error in errors:
        data_path, leftover = _data_path(located.data, error["loc"])
        if error["type"] == models.RULE_ERROR:
            for sub_path, message in error["ctx"]["problems"]:
                full = data_path + tuple(sub_path)
                problems.append(Problem(path, located.line_of(full, key=True), "error", _prefix(located.data, full) + message))
            continue
        problems.append(_problem_for(error, data_path, leftover, located, path))
    # The quiz-wide rule (unique question ids) only runs once every question is
    # valid; say it now anyway, since it costs nothing to know.
    if not quiz_rules_ran:
        questions = located.data.get("questions")
        if isinstance(questions, list):
            ids = [q.get("id") if isinstance(q, dict) else None for q in questions]
            for index, question_id in models.duplicate_question_ids(ids):
                full = ("questions", index, "id")
                problems.append(Problem(path, located.line_of(full), "error", f"duplicate question id {question_id!r}"))
    return problems


def _data_path(data: Any, loc: tuple[Any, ...]) -> tuple[tuple[Any, ...], list[Any]]:
    """Pydantic's error location as a path into the YAML data, and what's beyond it."""
    path: list[Any] = []
    current = data
    for index, part in enumerate(loc):
        if isinstance(current, dict) and part in current:
            current = current[part]
            path.append(part)
        elif isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
            current = current[part]
            path.append(part)
        elif isinstance(current, dict) and part in _KIND_MODELS and current.get("kind") == part:
            continue  # the discriminator's tag, not a key
        else:
            return tuple(path), list(loc[index:])
    return tuple(path), []


def _prefix(data: Any, path: tuple[Any, ...]) -> str:
    """``question 'id': `` for anything inside a question, else nothing."""
    if len(path) >= 2 and path[0] == "questions" and isinstance(path[1], int):
        question = data["questions"][path[1]] if isinstance(data.get("questions"), list) else None
        question_id = question.get("id") if isinstance(question, dict) else None
        return f"question {question_id!r}: " if isinstance(question_id, str) else f"question {path[1] + 1}: "
    return ""


def _describe(path: tuple[Any, ...]) -> str:
    """The key a problem concerns, e.g. ``options[2]`` or ``source.quote``."""
    if len(path) >= 2 and path[0] == "questions":
        path = path[2:]
    text = ""
    for part in path:
        text += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _allowed_keys(data: Any, path: tuple[Any, ...]) -> tuple[str, set[str]]:
    """What the mapping at ``path`` is, and the keys it may have."""
    if path == ():
        return "quiz", _keys(Quiz)
    if len(path) == 2 and path[0] == "questions":
        kind = data["questions"][path[1]].get("kind")
        model = _KIND_MODELS.get(kind)
        return (f"{kind} question", _keys(model)) if model else ("question", set())
    if path[-1] == "source" or (len(path) >= 2 and path[-2] == "sources"):
        return "source", _keys(models.Source)
    if len(path) >= 2 and path[-2] == "items":
        return "ordering item", set(models.OrderingItem.model_fields)
    return "mapping", set()


def _keys(model: type[BaseModel]) -> set[str]:
    """The keys a model reads in YAML: its fields' aliases where they have one."""
    return {info.alias or name for name, info in model.model_fields.items()}


def _problem_for(error: dict[str, Any], data_path: tuple[Any, ...], leftover: list[Any], located: Located, path: str) -> Problem:
    data = located.data
    kind = error["type"]
    prefix = _prefix(data, data_path)
    line = located.line_of(data_path, key=True)
    if kind == "extra_forbidden":
        what, allowed = _allowed_keys(data, data_path[:-1])
        key = data_path[-1]
        message = f"unknown key {key!r} in a {what}"
        close = difflib.get_close_matches(str(key), sorted(allowed), n=1)
        if close:
            message += f" (did you mean {close[0]!r}?)"
        return Problem(path, line, "error", prefix + message)
    if kind == "missing":
        key = leftover[-1] if leftover else "?"
        line = located.line_of(data_path)
        if key == "date" and "items" in data_path:
            return Problem(path, line, "error", prefix + "an ordering item has no date; ordering needs a date for every item")
        return Problem(path, line, "error", prefix + f"missing key {key!r}")
    if kind == "union_tag_invalid":
        kinds = ", ".join(models.KINDS)
        line = located.line_of(data_path + ("kind",), key=False)
        return Problem(path, line, "error", prefix + f"unknown kind {error['input'].get('kind')!r} (one of: {kinds})")
    if kind == "union_tag_not_found":
        return Problem(path, located.line_of(data_path), "error", prefix + "missing key 'kind'")
    line = located.line_of(data_path)
    if kind == "string_pattern_mismatch":
        message = _PATTERN_MESSAGES.get(error["ctx"]["pattern"], error["msg"])
    elif kind in _MESSAGES:
        message = _MESSAGES[kind]
    else:
        message = error["msg"].replace("Input should be", "should be").replace("Value error, ", "")
        message = message[0].lower() + message[1:] if message[:1].isupper() and not message[:2].isupper() else message
    where = _describe(data_path)
    return Problem(path, line, "error", prefix + (f"{where}: {message}" if where else message))
