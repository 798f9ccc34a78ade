"""Aiken: one-line multiple-choice questions with one right answer, nothing else.

single, attribution, true_false (A. True / B. False) and cloze with options
(the prompt and the gapped quotation on one line) are exported; multiple,
short, ordering and cloze without options can't be, and are left out with a
warning. Aiken has no feedback, so explanations and sources are left out too.
"""

from __future__ import annotations

from string import ascii_uppercase

from ...texts.corpus import Document
from ..models import AttributionQuestion, ClozeQuestion, Quiz, SingleQuestion, TrueFalseQuestion
from ..present import TRUE_FALSE_LABELS, attribution_label
from . import ExportResult, Warnings, quiz_level_warnings

NOT_EXPRESSIBLE = {
    "multiple": "left out: Aiken has one right answer per question",
    "short": "left out: Aiken has no typed answers",
    "ordering": "left out: Aiken has no ordering questions",
    "cloze": "left out: Aiken has no typed answers (cloze without options)",
}

QUIZ_NOTES = (
    "no feedback in Aiken: explanations and source quotations left out",
    "no quiz title, description or question ids in Aiken",
)


def _line(text: str) -> str:
    # Aiken reads one line per question and per option.
    return " ".join(text.split())


def export(quizzes: list[Quiz], documents: dict[str, Document]) -> ExportResult:
    """The expressible questions as one Aiken file."""
    warnings = Warnings("aiken")
    blocks = []
    for quiz in quizzes:
        quiz_level_warnings(quiz, warnings, time_limit=False, shuffle=False, tags=False, notes=QUIZ_NOTES)
        for question in quiz.questions:
            if isinstance(question, (SingleQuestion, AttributionQuestion)):
                options = list(question.options)
                labels = options if isinstance(question, SingleQuestion) else [
                    attribution_label(documents.get(o), o) for o in options
                ]
                right = options.index(question.answer)
                prompt = question.prompt
            elif isinstance(question, TrueFalseQuestion):
                labels = list(TRUE_FALSE_LABELS)
                right = 0 if question.answer else 1
                prompt = question.prompt
            elif isinstance(question, ClozeQuestion) and question.options:
                labels = list(question.options)
                right = labels.index(question.answer[0])
                prompt = f"{question.prompt} {question.text}"
            else:
                warnings.add(quiz, NOT_EXPRESSIBLE[question.kind], question)
                continue
            lines = [_line(prompt)]
            lines += [f"{ascii_uppercase[i]}. {_line(label)}" for i, label in enumerate(labels)]
            lines.append(f"ANSWER: {ascii_uppercase[right]}")
            blocks.append("\n".join(lines))
    return ExportResult("\n\n".join(blocks) + "\n" if blocks else "", warnings.lines())
