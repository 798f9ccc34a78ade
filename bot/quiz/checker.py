"""Check quiz files: every problem as ``file:line: message``, errors and warnings."""

from __future__ import annotations

import logging
from pathlib import Path

from ..texts.corpus import Document
from .fairness import fairness_warnings
from .loader import ParsedFile, Problem, read_quiz_file, sorted_problems
from .models import AnyQuestion, ClozeQuestion
from .present import (
    POLL_EXPLANATION_MAX,
    POLL_EXPLANATION_MAX_NEWLINES,
    POLL_OPTION_MAX,
    POLL_QUESTION_MAX,
    option_labels,
    question_text,
)

log = logging.getLogger(__name__)

QUIZ_SUFFIXES = (".yaml", ".yml")


def quiz_files(paths: list[Path | str]) -> tuple[list[Path], list[Problem]]:
    """The quiz files named or inside the folders named, and problems for missing ones."""
    files: list[Path] = []
    problems: list[Problem] = []
    for path in map(Path, paths):
        if path.is_dir():
            folder = path.resolve()
            for candidate in sorted(p for p in path.iterdir() if p.suffix in QUIZ_SUFFIXES and p.is_file()):
                # A link out of the folder would have its target's lines quoted back in error messages.
                if candidate.is_symlink() and not candidate.resolve().is_relative_to(folder):
                    problems.append(Problem(str(candidate), 1, "error", "a link to a file outside the quiz folder; not read"))
                else:
                    files.append(candidate)
        elif path.is_file():
            files.append(path)
        else:
            problems.append(Problem(str(path), 1, "error", "no such file or folder"))
    return files, problems


def check_files(paths: list[Path | str], documents: dict[str, Document]) -> tuple[list[ParsedFile], list[Problem]]:
    """Read every quiz file; a quiz whose id another file already took is refused.

    Returns the parsed files (``quiz`` None for refused ones) and problems
    that belong to no file (a path that doesn't exist).
    """
    files, stray = quiz_files(paths)
    parsed_files = [read_quiz_file(path, documents) for path in files]
    first_with_id: dict[str, ParsedFile] = {}
    for parsed in parsed_files:
        quiz_id = parsed.quiz_id
        if quiz_id is None:
            continue
        if quiz_id in first_with_id:
            line = parsed.located.line_of(("id",)) if parsed.located else 1
            other = first_with_id[quiz_id].path
            parsed.problems.append(Problem(parsed.path, line, "error", f"duplicate quiz id {quiz_id!r} (also in {other})"))
            parsed.quiz = None
        else:
            first_with_id[quiz_id] = parsed
        if parsed.quiz is not None:
            parsed.problems += _warnings(parsed, documents)
        sorted_problems(parsed)
    return parsed_files, stray


def check_paths(paths: list[Path | str], documents: dict[str, Document]) -> list[Problem]:
    """Every problem in the quiz files at ``paths`` (files or folders), in file and line order."""
    parsed_files, problems = check_files(paths, documents)
    for parsed in parsed_files:
        problems += parsed.problems
    return problems


def _warnings(parsed: ParsedFile, documents: dict[str, Document]) -> list[Problem]:
    quiz, located = parsed.quiz, parsed.located
    problems = []

    def warn(key_path: tuple, message: str) -> None:
        problems.append(Problem(parsed.path, located.line_of(key_path, key=True), "warning", message))

    stem = Path(parsed.path).stem
    if stem != quiz.id:
        warn(("id",), f"the quiz id {quiz.id!r} differs from the file name {stem!r}; name the file {quiz.id}.yaml")
    for index, question in enumerate(quiz.questions):
        at = ("questions", index)
        for key_path, message in poll_warnings(question, documents) + fairness_warnings(question, documents):
            warn(at + key_path, f"question {question.id!r}: {message}")
    return problems


def poll_warnings(question: AnyQuestion, documents: dict[str, Document]) -> list[tuple[tuple, str]]:
    """Texts too long for a Telegram quiz poll: (key path, message)."""
    found: list[tuple[tuple, str]] = []
    fallback = "; the bot will ask with buttons instead of a quiz poll"
    text = question_text(question)
    if len(text) > POLL_QUESTION_MAX:
        key = ("text",) if isinstance(question, ClozeQuestion) and len(question.prompt) <= POLL_QUESTION_MAX else ("prompt",)
        found.append((key, f"the question is {len(text)} characters, more than {POLL_QUESTION_MAX}{fallback}"))
    if question.kind in ("single", "multiple", "cloze"):
        for index, label in enumerate(option_labels(question, documents)):
            if len(label) > POLL_OPTION_MAX:
                found.append((("options", index), f"option {index + 1} is {len(label)} characters, more than {POLL_OPTION_MAX}{fallback}"))
    explanation = question.explanation
    if len(explanation) > POLL_EXPLANATION_MAX:
        found.append((("explanation",), f"the explanation is {len(explanation)} characters, more than {POLL_EXPLANATION_MAX}{fallback}"))
    elif explanation.count("\n") > POLL_EXPLANATION_MAX_NEWLINES:
        found.append((("explanation",), f"the explanation has more than {POLL_EXPLANATION_MAX_NEWLINES} line breaks{fallback}"))
    return found
