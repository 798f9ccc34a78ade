"""Quizzes: the YAML format, its checker, quiz sessions, drafts and exports.

``load_quizzes(dir, documents)`` is how every front end loads quizzes;
``check_paths(paths, documents)`` is what ``textbot quiz check`` reports.
"""

from .checker import check_paths
from .library import QuizError, QuizLibrary, load_quizzes
from .loader import Problem, parse_quiz_text, read_quiz_file
from .models import Quiz
from .session import AnswerError, Feedback, PresentedQuestion, QuizSession

__all__ = [
    "AnswerError",
    "Feedback",
    "PresentedQuestion",
    "Problem",
    "Quiz",
    "QuizError",
    "QuizLibrary",
    "QuizSession",
    "check_paths",
    "load_quizzes",
    "parse_quiz_text",
    "read_quiz_file",
]
