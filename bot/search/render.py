"""Answers as plain text for people and as JSON objects for programs."""

from __future__ import annotations

import re
import textwrap

from ..texts.corpus import Document
from .results import Answer, Quote

NOT_COVERED = "The texts don't cover that: no passage in them answers it."
WRAP_WIDTH = 78
# Two letters or more of a script other than Latin ("科技向善", "дела"): words the texts,
# in English, never hold.
_OTHER_SCRIPT = re.compile(r"[^\W\d_a-zA-Z\u00C0-\u024F]{2,}")


def not_covered_text(answer: Answer) -> str:
    """What a refused answer says: the not-covered line (or the answer's note), and, when
    the question holds words of another script ("How is 科技向善 rendered?"), that the texts
    are searched in English only, so those words were not looked for."""
    line = answer.note or NOT_COVERED
    foreign = _OTHER_SCRIPT.findall(answer.question)
    if foreign and not answer.note:
        line += f" The texts are in English, so words in another script, like “{foreign[0]}”, can't be found in them: try them in English."
    return line


def read_as_line(read_as: str) -> str:
    """The line that tells the user how a misspelt question or an acronym was read."""
    return f"(read as: {read_as})"


def quote_record(quote: Quote, document: Document) -> dict:
    """The JSON object of one quote: its text, offsets, score and full citation."""
    return {
        "text": quote.text,
        "doc_id": quote.doc_id,
        "title": document.title,
        "author": document.author,
        "outlet": document.outlet,
        "date": document.date,
        "paragraph": quote.paragraph,
        "start": quote.start,
        "end": quote.end,
        "score": quote.score,
    }


def answer_record(answer: Answer, documents: dict[str, Document]) -> dict:
    """The JSON object of an answer, as `textbot ask --json` prints it; "read_as" only
    when the question was read differently from how it was typed, "note" only when the
    documents' metadata answers it ("who wrote …?")."""
    record = {
        "question": answer.question,
        "answered": answer.answered,
        "quotes": [quote_record(q, documents[q.doc_id]) for q in answer.quotes] if answer.answered else [],
    }
    if answer.read_as:
        record["read_as"] = answer.read_as
    if answer.note:
        record["note"] = answer.note
    return record


def answer_text(answer: Answer, documents: dict[str, Document], *, width: int = WRAP_WIDTH) -> str:
    """Each quote, wrapped and in quotation marks, then its citation."""
    if not answer.answered:
        return not_covered_text(answer)
    blocks = [line for line in (answer.note, answer.read_as and read_as_line(answer.read_as)) if line]
    for number, quote in enumerate(answer.quotes, start=1):
        lead = f"{number}. "
        indent = " " * len(lead)
        lines: list[str] = []
        for verse in f"“{quote.text}”".split("\n"):  # keep a poem's line breaks
            first = lead if not lines else indent
            lines.extend(textwrap.wrap(verse, width=width, initial_indent=first, subsequent_indent=indent))
        citation = documents[quote.doc_id].citation(paragraph=quote.paragraph)
        lines.append(f"{indent}— {citation}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
