"""The quizzes a chat offers: every valid file in a folder; broken ones reported and skipped."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from ..texts.corpus import Document
from ..errors import TextbotError
from .checker import check_files
from .loader import Problem
from .models import Quiz

log = logging.getLogger(__name__)


class QuizError(TextbotError):
    """A quiz is unknown, or a quiz session can't go on."""


@dataclass
class QuizLibrary:
    """Valid quizzes by id, the corpus they were checked against, and what was skipped."""

    quizzes: dict[str, Quiz]
    documents: dict[str, Document]
    problems: list[Problem] = field(default_factory=list)

    def get(self, quiz_id: str) -> Quiz:
        """The quiz with this id; QuizError naming the known ones if there is none."""
        try:
            return self.quizzes[quiz_id]
        except KeyError:
            known = ", ".join(sorted(self.quizzes)) or "none"
            raise QuizError(f"no quiz {quiz_id!r} (quizzes: {known})") from None

    def __iter__(self):
        return iter(self.quizzes.values())

    def __len__(self) -> int:
        return len(self.quizzes)

    @property
    def errors(self) -> list[Problem]:
        """The errors that made files be skipped (warnings left out)."""
        return [p for p in self.problems if p.severity == "error"]


def load_quizzes(quizzes_dir: Path | str, documents: dict[str, Document]) -> QuizLibrary:
    """Load every quiz file in a folder; a broken file is logged and skipped, the rest load."""
    quizzes_dir = Path(quizzes_dir)
    if not quizzes_dir.is_dir():
        log.warning("quiz folder not found: %s", quizzes_dir)
        return QuizLibrary({}, documents, [Problem(str(quizzes_dir), 1, "error", "no such folder")])
    parsed_files, problems = check_files([quizzes_dir], documents)
    quizzes: dict[str, Quiz] = {}
    for parsed in parsed_files:
        problems += parsed.problems
        if parsed.quiz is not None:
            quizzes[parsed.quiz.id] = parsed.quiz
        else:
            errors = [p for p in parsed.problems if p.severity == "error"]
            log.warning("skipped quiz file %s: %s", parsed.path, "; ".join(str(p) for p in errors[:3]))
    log.info("loaded %d quizzes from %s", len(quizzes), quizzes_dir)
    return QuizLibrary(quizzes, documents, problems)
