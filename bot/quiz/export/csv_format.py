"""CSV: one row per question, every field kept; lists one entry per line within a cell.

A question with several source passages lists them in ``source_doc``,
``source_quote`` and ``source_citation`` in the same order, separated by a blank
line (a verse quoted from a poem keeps its own single line breaks).
For ordering, ``options`` holds the items as written and ``answer`` the
chronological order as ``date: text`` lines. For attribution, ``options`` and
``answer`` are the document labels (title, author, outlet, date).
"""

from __future__ import annotations

import csv
import io

from ...texts.corpus import Document
from ..models import (
    AttributionQuestion,
    ClozeQuestion,
    MultipleQuestion,
    OrderingQuestion,
    Quiz,
    ShortQuestion,
    SingleQuestion,
    TrueFalseQuestion,
)
from ..present import attribution_label
from ..sources import find_sources
from . import ExportResult

SOURCE_SEPARATOR = "\n\n"
COLUMNS = (
    "quiz_id",
    "quiz_title",
    "quiz_description",
    "tags",
    "seconds_per_question",
    "shuffle_options",
    "question_id",
    "kind",
    "prompt",
    "text",
    "options",
    "answer",
    "explanation",
    "source_doc",
    "source_quote",
    "source_citation",
)


def _options_and_answer(question, documents: dict[str, Document]) -> tuple[list[str], list[str]]:
    if isinstance(question, SingleQuestion):
        return question.options, [question.answer]
    if isinstance(question, MultipleQuestion):
        return question.options, [o for o in question.options if o in question.answer]
    if isinstance(question, TrueFalseQuestion):
        return [], ["true" if question.answer else "false"]
    if isinstance(question, ShortQuestion):
        return [], question.answer
    if isinstance(question, ClozeQuestion):
        return list(question.options or []), question.answer
    if isinstance(question, AttributionQuestion):
        return [attribution_label(documents.get(o), o) for o in question.options], [
            attribution_label(documents.get(question.answer), question.answer)
        ]
    if isinstance(question, OrderingQuestion):
        items = question.items
        return [i.text for i in items], [f"{items[n].date}: {items[n].text}" for n in question.correct_order()]
    raise TypeError(type(question).__name__)


def export(quizzes: list[Quiz], documents: dict[str, Document]) -> ExportResult:
    """All questions as CSV with a header row; nothing to warn about."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for quiz in quizzes:
        for question in quiz.questions:
            options, answer = _options_and_answer(question, documents)
            found = find_sources(question.sources, documents)
            writer.writerow([
                quiz.id,
                quiz.title,
                quiz.description,
                "\n".join(quiz.tags),
                quiz.seconds_per_question,
                "true" if quiz.shuffle_options else "false",
                question.id,
                question.kind,
                question.prompt,
                question.text if isinstance(question, ClozeQuestion) else "",
                "\n".join(options),
                "\n".join(answer),
                question.explanation,
                SOURCE_SEPARATOR.join(f.document.id for f in found),
                SOURCE_SEPARATOR.join(f.text for f in found),
                SOURCE_SEPARATOR.join(f.citation for f in found),
            ])
    return ExportResult(out.getvalue())
