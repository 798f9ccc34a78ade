"""GIFT, Moodle's plain-text question format.

single, attribution -> multiple choice; multiple -> multiple choice with
percentages (right +100/k, wrong -100/k, as the chat grades); true_false ->
TRUE/FALSE; short -> short answer; cloze -> a missing-word question (choice or
typed); ordering -> matching each event to its position. The explanation and
the source quotation go into the general feedback (``####``).
"""

from __future__ import annotations

import re

from ...texts.corpus import Document
from ..models import (
    AnyQuestion,
    AttributionQuestion,
    BLANK_RUN,
    ClozeQuestion,
    MultipleQuestion,
    OrderingQuestion,
    Quiz,
    ShortQuestion,
    SingleQuestion,
    TrueFalseQuestion,
)
from ..present import attribution_label
from . import ExportResult, Warnings, general_feedback, multiple_fractions, percent, quiz_level_warnings

_SPECIAL = re.compile(r"([~=#{}:])")
TYPO_LOST = "typed answers must match exactly (ignoring case); the chat's one-typo tolerance is lost"
TITLE_AS_COMMENT = "the quiz's title and description are kept only as a comment; Moodle ignores it"
ORDERING_AS_MATCHING = "ordering exported as matching (event -> position); Moodle grades positions, not pairs of events"


def escape(text: str) -> str:
    """GIFT text: backslash before ~ = # { } : and \\, line breaks as \\n."""
    text = text.replace("\\", "\\\\")
    text = _SPECIAL.sub(r"\\\1", text)
    return text.replace("\r\n", "\n").replace("\n", "\\n")


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, ..."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _answers(question: AnyQuestion, documents: dict[str, Document], warnings: Warnings, quiz: Quiz) -> list[str]:
    if isinstance(question, (SingleQuestion, AttributionQuestion)):
        labels = question.options if isinstance(question, SingleQuestion) else [
            attribution_label(documents.get(o), o) for o in question.options
        ]
        return [("=" if option == question.answer else "~") + escape(label) for option, label in zip(question.options, labels)]
    if isinstance(question, MultipleQuestion):
        return [f"~%{percent(f)}%{escape(o)}" for o, f in zip(question.options, multiple_fractions(question))]
    if isinstance(question, TrueFalseQuestion):
        return ["TRUE" if question.answer else "FALSE"]
    if isinstance(question, (ShortQuestion, ClozeQuestion)):
        if isinstance(question, ClozeQuestion) and question.options:
            return [("=" if o == question.answer[0] else "~") + escape(o) for o in question.options]
        warnings.add(quiz, TYPO_LOST, question)
        return ["=" + escape(answer) for answer in question.answer]
    if isinstance(question, OrderingQuestion):
        warnings.add(quiz, ORDERING_AS_MATCHING, question)
        rank = {item: position for position, item in enumerate(question.correct_order(), start=1)}
        return [f"={escape(item.text)} -> {ordinal(rank[i])}" for i, item in enumerate(question.items)]
    raise TypeError(type(question).__name__)


def question_gift(quiz: Quiz, question: AnyQuestion, documents: dict[str, Document], warnings: Warnings) -> str:
    """One question in GIFT."""
    answers = _answers(question, documents, warnings, quiz)
    block = "{\n" + "\n".join(answers) + "\n####" + escape(general_feedback(question, documents)) + "\n}"
    docs = ", ".join(dict.fromkeys(source.doc for source in question.sources))
    header = f"// {question.kind}, source: {docs}\n::{escape(question.id)}::"
    if isinstance(question, ClozeQuestion):
        before, after = BLANK_RUN.split(question.text, maxsplit=1)
        return f"{header}{escape(question.prompt)}\\n{escape(before)}{block}{escape(after)}"
    if isinstance(question, OrderingQuestion):
        prompt = question.prompt + "\nMatch each event to its place in time, earliest first."
        return f"{header}{escape(prompt)}{block}"
    return f"{header}{escape(question.prompt)}{block}"


def export(quizzes: list[Quiz], documents: dict[str, Document]) -> ExportResult:
    """The quizzes as one GIFT file, one category per quiz."""
    warnings = Warnings("gift")
    parts = []
    for quiz in quizzes:
        quiz_level_warnings(quiz, warnings, time_limit=False, shuffle=False, tags=False, notes=(TITLE_AS_COMMENT,))
        comment = " ".join(f"{quiz.title}: {quiz.description}".split())
        parts.append(f"// {comment}\n$CATEGORY: textbot/{quiz.id}")
        parts += [question_gift(quiz, q, documents, warnings) for q in quiz.questions]
    return ExportResult("\n\n".join(parts) + "\n", warnings.lines())
