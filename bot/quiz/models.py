"""The quiz format as typed models: one ``Quiz`` a file, seven kinds of question.

The models reject unknown keys (``extra="forbid"``), so a typo such as ``answr``
is an error rather than a silently missing answer. Rules that involve more than
one field (the answer is among the options, no duplicate options, ...) live in
``model_validator``s; they raise one ``quiz_rule`` error carrying every problem
with the key it concerns, so the checker can point at the right line.
Rules that need the corpus (document ids, verbatim quotes) run when the
validation context holds ``{"documents": {...}}``; see ``bot.quiz.loader``.
A question is backed by one passage (``source:``) or several (``sources:``);
``question.sources`` gives them all and ``question.source`` the first.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

from ..texts.corpus import Document
from .scoring import normalise
from .sources import locate

QUIZ_ID_PATTERN = r"^[a-z0-9][a-z0-9-]{0,29}$"
QUESTION_ID_PATTERN = r"^[a-z0-9][a-z0-9-]{0,19}$"
KINDS = ("single", "multiple", "true_false", "short", "ordering", "cloze", "attribution")
BLANK = "____"
# A run of underscores is read as a blank, so "___" or "______" can't slip past as text.
BLANK_RUN = re.compile(r"_{2,}")
MIN_OPTIONS, MAX_OPTIONS = 2, 10
MIN_ITEMS, MAX_ITEMS = 2, 8
MIN_ATTRIBUTION_OPTIONS, MAX_ATTRIBUTION_OPTIONS = 2, 5
DEFAULT_SECONDS = 30
MIN_SECONDS, MAX_SECONDS = 5, 600
MAX_QUESTIONS = 200
ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
RULE_ERROR = "quiz_rule"

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Options = Annotated[list[Text], Field(min_length=MIN_OPTIONS, max_length=MAX_OPTIONS)]


def _one_or_many(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


# Accepted answers of a typed or cloze question: a list, or one string for a list of one.
AcceptedAnswers = Annotated[list[Text], BeforeValidator(_one_or_many), Field(min_length=1)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _rule_error(problems: list[tuple[tuple[str | int, ...], str]]) -> PydanticCustomError:
    """One validation error carrying several (key path, message) problems."""
    return PydanticCustomError(
        RULE_ERROR, "{summary}", {"summary": problems[0][1], "problems": tuple(problems)}
    )


def _documents(info: ValidationInfo) -> dict[str, Document] | None:
    context = info.context or {}
    return context.get("documents")


def _duplicates(values: list[str]) -> list[tuple[int, str]]:
    """(index, value) of every value seen before, compared case-insensitively."""
    seen: set[str] = set()
    found = []
    for index, value in enumerate(values):
        key = " ".join(value.casefold().split())
        if key in seen:
            found.append((index, value))
        seen.add(key)
    return found


def date_key(date: str) -> tuple[int, ...]:
    """An ISO date (``2014``, ``2014-11``, ``2014-11-19``) as a sortable tuple."""
    match = ISO_DATE.match(date)
    if not match:
        raise ValueError(f"not an ISO date: {date!r}")
    return tuple(int(part) for part in match.groups() if part is not None)


class Source(_Model):
    """A passage that backs the answer: a document id and a verbatim quotation."""

    doc: Text
    quote: Text


Problems = list[tuple[tuple[str | int, ...], str]]


class _Question(_Model):
    model_config = ConfigDict(serialize_by_alias=True)

    id: Annotated[str, StringConstraints(pattern=QUESTION_ID_PATTERN)]
    prompt: Text
    explanation: Text
    # In YAML: ``source`` (one passage) or ``sources`` (a list, for answers with
    # several parts); read them through the ``source``/``sources`` properties.
    one_source: Source | None = Field(default=None, alias="source")
    source_list: Annotated[list[Source], Field(min_length=1)] | None = Field(default=None, alias="sources")

    @property
    def sources(self) -> tuple[Source, ...]:
        """Every passage that backs the answer, in file order."""
        if self.source_list is not None:
            return tuple(self.source_list)
        return (self.one_source,) if self.one_source is not None else ()

    @property
    def source(self) -> Source:
        """The first (main) passage: the one a single-source caller shows."""
        return self.sources[0]

    def source_key(self, index: int) -> tuple[str | int, ...]:
        """The YAML key path of passage ``index``: ``source`` or ``sources[index]``."""
        return ("sources", index) if self.source_list is not None else ("source",)

    @model_validator(mode="after")
    def _check(self, info: ValidationInfo) -> "_Question":
        if self.one_source is None and self.source_list is None:
            raise _rule_error([((), "missing key 'source' (or 'sources', a list of passages)")])
        if self.one_source is not None and self.source_list is not None:
            raise _rule_error([(("sources",), "give either 'source' or 'sources', not both")])
        problems = self.rule_problems()
        documents = _documents(info)
        if documents is not None:
            problems += self.corpus_problems(documents)
        if problems:
            raise _rule_error(problems)
        return self

    def rule_problems(self) -> Problems:
        """Problems between fields of this question: (key path, message)."""
        return []

    def corpus_problems(self, documents: dict[str, Document]) -> Problems:
        """Problems against the corpus: unknown document, quote not verbatim."""
        problems: Problems = []
        for index, source in enumerate(self.sources):
            key = self.source_key(index)
            doc = documents.get(source.doc)
            if doc is None:
                known = ", ".join(sorted(documents))
                problems.append((key + ("doc",), f"unknown document id {source.doc!r} (known: {known})"))
            elif locate(doc.body, source.quote) is None:
                problems.append((key + ("quote",), f"the quote is not verbatim in {doc.id}: {_snippet(source.quote)}"))
        return problems


def _snippet(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _option_problems(options: list[str]) -> list[tuple[tuple[str | int, ...], str]]:
    return [(("options", index), f"duplicate option {value!r}") for index, value in _duplicates(options)]


class SingleQuestion(_Question):
    """One right option among several."""

    kind: Literal["single"]
    options: Options
    answer: Text

    def rule_problems(self):
        problems = _option_problems(self.options)
        if self.answer not in self.options:
            problems.append((("answer",), f"the answer {self.answer!r} is not one of the options"))
        return problems


class MultipleQuestion(_Question):
    """Select all that apply: at least one right option."""

    kind: Literal["multiple"]
    options: Options
    answer: Annotated[list[Text], Field(min_length=1)]

    def rule_problems(self):
        problems = _option_problems(self.options)
        for index, value in enumerate(self.answer):
            if value not in self.options:
                problems.append((("answer", index), f"the answer {value!r} is not one of the options"))
        problems += [(("answer", index), f"the answer {value!r} is listed twice") for index, value in _duplicates(self.answer)]
        return problems


class TrueFalseQuestion(_Question):
    """A statement about what a text says: true or false."""

    kind: Literal["true_false"]
    answer: bool

    @field_validator("answer", mode="before")
    @classmethod
    def _strict_bool(cls, value: Any) -> Any:
        # Only YAML booleans: "yes"/"1" as strings would pass pydantic's lax mode.
        if not isinstance(value, bool):
            raise PydanticCustomError("bool_type", "the answer must be true or false")
        return value


class ShortQuestion(_Question):
    """A typed answer; any of the accepted answers counts."""

    kind: Literal["short"]
    answer: AcceptedAnswers

    def rule_problems(self):
        problems = []
        for index, value in enumerate(self.answer):
            if not normalise(value):
                problems.append((("answer", index), f"the answer {value!r} has no letters or digits to match"))
        return problems


class OrderingItem(_Model):
    """One event to put in order, with the date it is ordered by."""

    text: Text
    date: Annotated[str, Field(description="ISO date: 2014, 2014-11 or 2014-11-19")]

    @field_validator("date", mode="before")
    @classmethod
    def _date_text(cls, value: Any) -> Any:
        # YAML reads 2015-12-16 as a date and 2015 as an integer; both are fine here.
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        return value

    @field_validator("date")
    @classmethod
    def _valid_date(cls, value: str) -> str:
        value = value.strip()
        match = ISO_DATE.match(value)
        if not match:
            raise PydanticCustomError("date_format", "the date '{value}' is not an ISO date (2014, 2014-11 or 2014-11-19)", {"value": value})
        year, month, day = match.groups()
        try:
            dt.date(int(year), int(month or 1), int(day or 1))
        except ValueError:
            raise PydanticCustomError("date_value", "the date '{value}' does not exist", {"value": value}) from None
        return value


class OrderingQuestion(_Question):
    """Put events in chronological order; the order is given by the items' dates."""

    kind: Literal["ordering"]
    items: Annotated[list[OrderingItem], Field(min_length=MIN_ITEMS, max_length=MAX_ITEMS)]

    def rule_problems(self):
        problems = [(("items", index, "text"), f"duplicate item {value!r}") for index, value in _duplicates([i.text for i in self.items])]
        keys = [date_key(item.date) for item in self.items]
        for index, key in enumerate(keys):
            for earlier in range(index):
                other = keys[earlier]
                shorter = min(len(key), len(other))
                if key[:shorter] == other[:shorter]:
                    problems.append((
                        ("items", index, "date"),
                        f"the dates {self.items[earlier].date} and {self.items[index].date} don't say which came first",
                    ))
                    break
        return problems

    def correct_order(self) -> list[int]:
        """Item indices in chronological order."""
        return sorted(range(len(self.items)), key=lambda i: date_key(self.items[i].date))


class ClozeQuestion(_Question):
    """Fill the blank (``____``) in a quotation; optional options to pick from."""

    kind: Literal["cloze"]
    text: Text
    options: Options | None = None
    answer: AcceptedAnswers

    def rule_problems(self):
        problems = []
        blanks = BLANK_RUN.findall(self.text)
        if len(blanks) != 1:
            problems.append((("text",), f"the text must have exactly one blank {BLANK}, it has {len(blanks)}"))
        elif blanks[0] != BLANK:
            problems.append((("text",), f"write the blank as {BLANK} (four underscores), not {blanks[0]}"))
        if self.options is not None:
            problems += _option_problems(self.options)
            if self.answer[0] not in self.options:
                problems.append((("answer", 0), f"the answer {self.answer[0]!r} is not one of the options"))
        return problems

    def filled(self) -> str:
        """The text with the blank filled by the canonical (first) answer."""
        return BLANK_RUN.sub(lambda _: self.answer[0], self.text, count=1)

    def corpus_problems(self, documents):
        problems = super().corpus_problems(documents)
        doc = documents.get(self.source.doc)
        if doc is not None and len(BLANK_RUN.findall(self.text)) == 1 and locate(doc.body, self.filled()) is None:
            problems.append((("text",), f"the text with its blank filled by {self.answer[0]!r} is not verbatim in {doc.id}"))
        return problems


class AttributionQuestion(_Question):
    """Which text says this? The options are document ids."""

    kind: Literal["attribution"]
    options: Annotated[list[Text], Field(min_length=MIN_ATTRIBUTION_OPTIONS, max_length=MAX_ATTRIBUTION_OPTIONS)]
    answer: Text

    def rule_problems(self):
        problems = [(("options", index), f"duplicate option {value!r}") for index, value in _duplicates(self.options)]
        if self.answer not in self.options:
            problems.append((("answer",), f"the answer {self.answer!r} is not one of the options"))
        elif self.answer != self.source.doc:
            problems.append((("answer",), f"the answer {self.answer!r} must be the source document {self.source.doc!r}"))
        return problems

    def corpus_problems(self, documents):
        problems = super().corpus_problems(documents)
        for index, value in enumerate(self.options):
            if value not in documents:
                problems.append((("options", index), f"the option {value!r} is not a document id"))
            elif value != self.source.doc and locate(documents[value].body, self.source.quote) is not None:
                problems.append((("options", index), f"the quote is also in {value!r}, so the answer is ambiguous"))
        return problems


AnyQuestion = Union[
    SingleQuestion,
    MultipleQuestion,
    TrueFalseQuestion,
    ShortQuestion,
    OrderingQuestion,
    ClozeQuestion,
    AttributionQuestion,
]
# A question as read from YAML: its "kind" says which model checks it.
Question = Annotated[AnyQuestion, Field(discriminator="kind")]


class Quiz(_Model):
    """One quiz file."""

    id: Annotated[str, StringConstraints(pattern=QUIZ_ID_PATTERN)]
    title: Text
    description: Text
    tags: list[Text] = Field(default_factory=list)
    seconds_per_question: Annotated[int, Field(ge=MIN_SECONDS, le=MAX_SECONDS, strict=True)] = DEFAULT_SECONDS
    shuffle_options: Annotated[bool, Field(strict=True)] = True
    questions: Annotated[list[Question], Field(min_length=1, max_length=MAX_QUESTIONS)]

    @model_validator(mode="after")
    def _unique_question_ids(self) -> "Quiz":
        problems = [
            (("questions", index, "id"), f"duplicate question id {question_id!r}")
            for index, question_id in duplicate_question_ids([q.id for q in self.questions])
        ]
        if problems:
            raise _rule_error(problems)
        return self

    def question(self, question_id: str) -> "AnyQuestion":
        """The question with this id; KeyError if there is none."""
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)


def duplicate_question_ids(ids: list[Any]) -> list[tuple[int, str]]:
    """(index, id) of every question id used before in the same quiz."""
    seen: set[str] = set()
    found = []
    for index, question_id in enumerate(ids):
        if isinstance(question_id, str):
            if question_id in seen:
                found.append((index, question_id))
            seen.add(question_id)
    return found

