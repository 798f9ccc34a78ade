"""Moodle XML.

single, attribution -> multichoice (single); multiple -> multichoice with
fractions (right +100/k, wrong -100/k); true_false -> truefalse; short ->
shortanswer; cloze -> cloze (embedded answers: SHORTANSWER, or MULTICHOICE
when the question has options); ordering -> ordering graded
RELATIVE_ALL_PREVIOUS_AND_NEXT, which counts item pairs in the right relative
order, as the chat does. One category per quiz, its description as the
category's info; explanation and source quotation as general feedback.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET

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
from .gift import TYPO_LOST

CATEGORY_ROOT = "$course$/top/textbot"
PENALTY = "0.3333333"
_CLOZE_SPECIAL = re.compile(r'([}#~/"\\])')


def _html(text: str) -> str:
    """Plain text as HTML: escaped, line breaks kept."""
    return html.escape(text, quote=False).replace("\n", "<br>")


def _text(parent: ET.Element, tag: str, text: str, *, as_html: bool = True, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, {"format": "html"} if as_html else {}, **attrs)
    ET.SubElement(element, "text").text = _html(text) if as_html else text
    return element


def _answer(parent: ET.Element, fraction: str, text: str) -> None:
    answer = ET.SubElement(parent, "answer", fraction=fraction, format="html")
    ET.SubElement(answer, "text").text = _html(text)
    _text(answer, "feedback", "")


def _cloze_escape(text: str) -> str:
    return _CLOZE_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def _question(root: ET.Element, quiz: Quiz, question: AnyQuestion, documents: dict[str, Document], warnings: Warnings) -> None:
    if isinstance(question, (SingleQuestion, AttributionQuestion, MultipleQuestion)):
        qtype = "multichoice"
    elif isinstance(question, TrueFalseQuestion):
        qtype = "truefalse"
    elif isinstance(question, ShortQuestion):
        qtype = "shortanswer"
    elif isinstance(question, ClozeQuestion):
        qtype = "cloze"
    else:
        qtype = "ordering"
    element = ET.SubElement(root, "question", type=qtype)
    name = ET.SubElement(element, "name")
    ET.SubElement(name, "text").text = question.id
    if isinstance(question, ClozeQuestion):
        before, after = BLANK_RUN.split(question.text, maxsplit=1)
        if question.options:
            choices = "~".join(("=" if o == question.answer[0] else "") + _cloze_escape(o) for o in question.options)
            gap = "{1:MULTICHOICE:" + choices + "}"
        else:
            warnings.add(quiz, TYPO_LOST, question)
            gap = "{1:SHORTANSWER:" + "~".join("=" + _cloze_escape(a) for a in question.answer) + "}"
        questiontext = ET.SubElement(element, "questiontext", format="html")
        ET.SubElement(questiontext, "text").text = f"{_html(question.prompt)}<br>{_html(before)}{gap}{_html(after)}"
    else:
        _text(element, "questiontext", question.prompt)
    _text(element, "generalfeedback", general_feedback(question, documents))
    ET.SubElement(element, "defaultgrade").text = "1"
    ET.SubElement(element, "penalty").text = PENALTY
    ET.SubElement(element, "hidden").text = "0"
    ET.SubElement(element, "idnumber").text = f"{quiz.id}/{question.id}"
    shuffle = "true" if quiz.shuffle_options else "false"

    if isinstance(question, (SingleQuestion, AttributionQuestion)):
        ET.SubElement(element, "single").text = "true"
        ET.SubElement(element, "shuffleanswers").text = shuffle
        ET.SubElement(element, "answernumbering").text = "abc"
        for option in question.options:
            label = option if isinstance(question, SingleQuestion) else attribution_label(documents.get(option), option)
            _answer(element, "100" if option == question.answer else "0", label)
    elif isinstance(question, MultipleQuestion):
        ET.SubElement(element, "single").text = "false"
        ET.SubElement(element, "shuffleanswers").text = shuffle
        ET.SubElement(element, "answernumbering").text = "abc"
        for option, fraction in zip(question.options, multiple_fractions(question)):
            _answer(element, percent(fraction), option)
    elif isinstance(question, TrueFalseQuestion):
        _answer(element, "100" if question.answer else "0", "true")
        _answer(element, "0" if question.answer else "100", "false")
    elif isinstance(question, ShortQuestion):
        warnings.add(quiz, TYPO_LOST, question)
        ET.SubElement(element, "usecase").text = "0"
        for answer in question.answer:
            _answer(element, "100", answer)
    elif isinstance(question, OrderingQuestion):
        count = len(question.items)
        for tag, value in (
            ("layouttype", "VERTICAL"),
            ("selecttype", "ALL"),
            ("selectcount", str(count)),
            ("gradingtype", "RELATIVE_ALL_PREVIOUS_AND_NEXT"),
            ("showgrading", "SHOW"),
            ("numberingstyle", "none"),
        ):
            ET.SubElement(element, tag).text = value
        for rank, index in enumerate(question.correct_order(), start=1):
            _answer(element, str(rank), question.items[index].text)
    if quiz.tags:
        tags = ET.SubElement(element, "tags")
        for tag in quiz.tags:
            ET.SubElement(ET.SubElement(tags, "tag"), "text").text = tag


def export(quizzes: list[Quiz], documents: dict[str, Document]) -> ExportResult:
    """The quizzes as one Moodle XML file, one category per quiz."""
    warnings = Warnings("moodle-xml")
    root = ET.Element("quiz")
    for quiz in quizzes:
        quiz_level_warnings(quiz, warnings, time_limit=False, shuffle=True, tags=True)
        category = ET.SubElement(root, "question", type="category")
        ET.SubElement(ET.SubElement(category, "category"), "text").text = f"{CATEGORY_ROOT}/{quiz.id}"
        _text(category, "info", f"{quiz.title}\n{quiz.description}")
        for question in quiz.questions:
            _question(root, quiz, question, documents, warnings)
    ET.indent(root)
    text = '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
    return ExportResult(text, warnings.lines())
