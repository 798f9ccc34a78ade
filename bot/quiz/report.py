"""A reviewer's report on quizzes: counts by kind and by document, then every question with its evidence.

A teacher proofreads a quiz in one read: the prompt, the options, the key (and
every accepted answer), the explanation, and under it each source passage as the
document has it, with its citation. A question counts once for each document
its passages come from.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..texts.corpus import Document
from .models import KINDS, AnyQuestion, ClozeQuestion, Quiz, ShortQuestion
from .present import correct_answer_text, option_labels, question_text
from .sources import find_sources

INDENT = "    "


def documents_backed(question: AnyQuestion) -> list[str]:
    """The documents a question's passages come from, each once, in order."""
    return list(dict.fromkeys(source.doc for source in question.sources))


def kind_counts(quizzes: Iterable[Quiz]) -> Counter[str]:
    """How many questions of each kind."""
    return Counter(question.kind for quiz in quizzes for question in quiz.questions)


def document_counts(quizzes: Iterable[Quiz]) -> Counter[str]:
    """How many questions each document backs."""
    return Counter(doc for quiz in quizzes for question in quiz.questions for doc in documents_backed(question))


def _counts_line(label: str, counts: Counter[str], order: Iterable[str]) -> str:
    parts = [f"{key} {counts[key]}" for key in order if counts[key]]
    return f"{label}: {', '.join(parts) if parts else 'none'}"


def _indented(text: str, prefix: str) -> str:
    return "\n".join(prefix + line for line in text.splitlines())


def question_report(number: int, question: AnyQuestion, documents: dict[str, Document]) -> str:
    """One question as the teacher checks it: what is asked, the key, the evidence."""
    lines = [f"{number}. {question.id} ({question.kind})", _indented(question_text(question), INDENT)]
    labels = option_labels(question, documents)
    if question.kind == "ordering":
        lines.append(INDENT + "Items: " + "; ".join(labels))
    elif labels and question.kind != "true_false":
        lines.append(INDENT + "Options: " + "; ".join(labels))
    lines.append(INDENT + "Answer: " + correct_answer_text(question, documents))
    if isinstance(question, (ShortQuestion, ClozeQuestion)) and len(question.answer) > 1:
        lines.append(INDENT + "Also accepted: " + "; ".join(question.answer[1:]))
    lines.append(INDENT + "Explanation: " + question.explanation)
    for found in find_sources(question.sources, documents):
        missing = "" if found.quote is not None else " [NOT FOUND in the document]"
        lines.append(_indented(found.text, INDENT + "| "))
        lines.append(f"{INDENT}  — {found.citation}{missing}")
    return "\n".join(lines)


def quiz_report(quiz: Quiz, documents: dict[str, Document]) -> str:
    """The report on one quiz: header, counts, then each question with its sources."""
    header = [
        f"# {quiz.id}: {quiz.title}",
        quiz.description,
        f"{len(quiz.questions)} questions",
        _counts_line("By kind", kind_counts([quiz]), KINDS),
        _counts_line("By document", document_counts([quiz]), documents),
    ]
    blocks = [question_report(n, q, documents) for n, q in enumerate(quiz.questions, start=1)]
    return "\n".join(header) + "\n\n" + "\n\n".join(blocks) + "\n"


def library_report(quizzes: list[Quiz], documents: dict[str, Document]) -> str:
    """The report on several quizzes, then their totals."""
    parts = [quiz_report(quiz, documents) for quiz in quizzes]
    if len(quizzes) > 1:
        total = sum(len(quiz.questions) for quiz in quizzes)
        parts.append("\n".join([
            f"# All {len(quizzes)} quizzes: {total} questions",
            _counts_line("By kind", kind_counts(quizzes), KINDS),
            _counts_line("By document", document_counts(quizzes), documents),
        ]) + "\n")
    return "\n".join(parts)
