"""How a question reads to a student: its text, its option labels, its right answer."""

from __future__ import annotations

from ..texts.corpus import Document
from .models import (
    AnyQuestion,
    AttributionQuestion,
    ClozeQuestion,
    MultipleQuestion,
    OrderingQuestion,
    ShortQuestion,
    SingleQuestion,
    TrueFalseQuestion,
)

# Telegram's limits for a quiz poll; past them the bot asks with buttons instead.
POLL_QUESTION_MAX = 300
POLL_OPTION_MAX = 100
POLL_EXPLANATION_MAX = 200
POLL_EXPLANATION_MAX_NEWLINES = 2
TRUE_FALSE_LABELS = ("True", "False")


def question_text(question: AnyQuestion) -> str:
    """The prompt, with a cloze question's gapped quotation under it."""
    if isinstance(question, ClozeQuestion):
        return f"{question.prompt}\n{question.text}"
    return question.prompt


def attribution_label(document: Document | None, doc_id: str) -> str:
    """``title (author, outlet, date)``, or the bare id of an unknown document."""
    if document is None:
        return doc_id
    details = ", ".join(part for part in (document.author, document.outlet, document.date) if part)
    return f"{document.title} ({details})"


def short_attribution_label(document: Document | None, doc_id: str) -> str:
    """A label that fits a poll option: ``author or outlet, date``."""
    if document is None:
        return doc_id
    who = f"{document.author}, {document.outlet}" if document.author else document.outlet
    return f"{who}, {document.date}"


def option_labels(question: AnyQuestion, documents: dict[str, Document], *, short: bool = False) -> tuple[str, ...]:
    """The options in file order, as shown; empty for typed answers."""
    if isinstance(question, (SingleQuestion, MultipleQuestion)):
        return tuple(question.options)
    if isinstance(question, ClozeQuestion):
        return tuple(question.options or ())
    if isinstance(question, TrueFalseQuestion):
        return TRUE_FALSE_LABELS
    if isinstance(question, AttributionQuestion):
        label = short_attribution_label if short else attribution_label
        return tuple(label(documents.get(doc_id), doc_id) for doc_id in question.options)
    if isinstance(question, OrderingQuestion):
        return tuple(item.text for item in question.items)
    return ()


def correct_indices(question: AnyQuestion) -> tuple[int, ...]:
    """The right options' indices in file order; for ordering, the right order."""
    if isinstance(question, (SingleQuestion, AttributionQuestion)):
        return (question.options.index(question.answer),)
    if isinstance(question, MultipleQuestion):
        return tuple(sorted(question.options.index(a) for a in question.answer))
    if isinstance(question, TrueFalseQuestion):
        return (0 if question.answer else 1,)
    if isinstance(question, ClozeQuestion) and question.options:
        return (question.options.index(question.answer[0]),)
    if isinstance(question, OrderingQuestion):
        return tuple(question.correct_order())
    return ()


def correct_answer_text(question: AnyQuestion, documents: dict[str, Document]) -> str:
    """The right answer in words, for feedback and exports."""
    if isinstance(question, SingleQuestion):
        return question.answer
    if isinstance(question, MultipleQuestion):
        return "; ".join(o for o in question.options if o in question.answer)
    if isinstance(question, TrueFalseQuestion):
        return TRUE_FALSE_LABELS[0 if question.answer else 1]
    if isinstance(question, (ShortQuestion, ClozeQuestion)):
        return question.answer[0]
    if isinstance(question, AttributionQuestion):
        return attribution_label(documents.get(question.answer), question.answer)
    if isinstance(question, OrderingQuestion):
        return "; ".join(f"{question.items[i].text} ({question.items[i].date})" for i in question.correct_order())
    raise TypeError(f"unknown question type {type(question).__name__}")


def is_typed(question: AnyQuestion) -> bool:
    """Whether the student types the answer rather than picking options."""
    return isinstance(question, ShortQuestion) or (isinstance(question, ClozeQuestion) and not question.options)


def fits_poll(question: AnyQuestion, documents: dict[str, Document], *, multiple: bool = False) -> bool:
    """Whether a Telegram quiz poll (one right option; ``multiple``: or several) can ask this question."""
    if isinstance(question, OrderingQuestion) or is_typed(question):
        return False
    if isinstance(question, MultipleQuestion) and not multiple:
        return False
    if len(question_text(question)) > POLL_QUESTION_MAX:
        return False
    if any(len(label) > POLL_OPTION_MAX for label in option_labels(question, documents, short=True)):
        return False
    explanation = question.explanation
    return len(explanation) <= POLL_EXPLANATION_MAX and explanation.count("\n") <= POLL_EXPLANATION_MAX_NEWLINES
