"""Export quizzes for learning platforms: GIFT, Moodle XML, Aiken, CSV.

Each exporter maps every kind of question as far as its format allows and
reports what it can't express as warnings (the CLI prints them on stderr);
nothing is dropped silently.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ...texts.corpus import Document
from ...errors import TextbotError
from ..models import AnyQuestion, MultipleQuestion, Quiz
from ..sources import find_sources


@dataclass(frozen=True)
class ExportResult:
    """The exported text and what it could not express."""

    text: str
    warnings: tuple[str, ...] = ()


@dataclass
class Warnings:
    """Collects what a format can't express, one line per quiz and problem."""

    format_name: str
    _found: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    def add(self, quiz: Quiz, message: str, question: AnyQuestion | None = None) -> None:
        """Note ``message`` for a quiz (and a question of it)."""
        ids = self._found.setdefault((quiz.id, message), [])
        if question is not None:
            ids.append(question.id)

    def lines(self) -> tuple[str, ...]:
        """``gift: quiz-id: message (questions: a, b)``."""
        lines = []
        for (quiz_id, message), ids in self._found.items():
            suffix = f" (questions: {', '.join(ids)})" if ids else ""
            lines.append(f"{self.format_name}: {quiz_id}: {message}{suffix}")
        return tuple(lines)


def general_feedback(question: AnyQuestion, documents: dict[str, Document]) -> str:
    """The explanation and every source quotation with its citation, as plain text."""
    found = find_sources(question.sources, documents)
    label = "Source" if len(found) == 1 else "Sources"
    lines = [f"“{f.text}” — {f.citation}" for f in found]
    if len(lines) == 1:
        return f"{question.explanation}\n{label}: {lines[0]}"
    return f"{question.explanation}\n{label}:\n" + "\n".join(lines)


def percent(value: float) -> str:
    """A grade percentage as Moodle writes it: up to five decimals (33.33333)."""
    return f"{value:.5f}".rstrip("0").rstrip(".")


def multiple_fractions(question: MultipleQuestion) -> list[float]:
    """Percent per option (file order) that grades like the chat: right +100/k, wrong -100/k."""
    share = 100 / len(question.answer)
    return [share if option in question.answer else -share for option in question.options]


def quiz_level_warnings(
    quiz: Quiz, warnings: Warnings, *, time_limit: bool, shuffle: bool, tags: bool, notes: tuple[str, ...] = ()
) -> None:
    """Quiz fields a format has no place for, then ``notes``: what else it drops from every quiz."""
    if not time_limit and "seconds_per_question" in quiz.model_fields_set:
        warnings.add(quiz, f"no per-question time limit ({quiz.seconds_per_question} s); set a time limit on the quiz instead")
    if not shuffle and not quiz.shuffle_options:
        warnings.add(quiz, "can't say 'do not shuffle the options'; turn shuffling off in the quiz settings")
    if not tags and quiz.tags:
        warnings.add(quiz, f"no tags: {', '.join(quiz.tags)} left out")
    for note in notes:
        warnings.add(quiz, note)


def export_quizzes(quizzes: list[Quiz], format_name: str, documents: dict[str, Document]) -> ExportResult:
    """Export ``quizzes`` in one of ``FORMATS``."""
    from . import aiken, csv_format, gift, moodle_xml

    exporters: dict[str, Callable[[list[Quiz], dict[str, Document]], ExportResult]] = {
        "gift": gift.export,
        "moodle-xml": moodle_xml.export,
        "aiken": aiken.export,
        "csv": csv_format.export,
    }
    try:
        exporter = exporters[format_name]
    except KeyError:
        raise TextbotError(f"unknown export format {format_name!r} (formats: {', '.join(FORMATS)})") from None
    return exporter(quizzes, documents)


FORMATS = ("gift", "moodle-xml", "aiken", "csv")
