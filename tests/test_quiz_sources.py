"""Several source passages for one question (``sources:``), with ``source:`` still working:
checked like one, shown in feedback, the chat and exports, each with its citation."""

from __future__ import annotations

import random

from bot.chat.replies import render_feedback
from bot.quiz import QuizSession, parse_quiz_text
from bot.quiz.export import export_quizzes
from bot.quiz.models import Quiz

HEAD = "id: several\ntitle: T\ndescription: D\nquestions:\n"
ORDERING = """\
  - id: order
    kind: ordering
    prompt: Put these in chronological order, as Zhi Zhenfeng (2016) dates them.
    items:
      - {text: "China-US cybersecurity panel initiated", date: "2013"}
      - {text: "First World Internet Conference", date: "2014-11"}
      - {text: "China-US Internet Industry Forum", date: "2015-09"}
    explanation: Early 2013; November 2014; September 2015.
    sources:
      - doc: zhi-2016
        quote: "a cybersecurity panel was initiated by China and America in early 2013."
      - doc: zhi-2016
        quote: "The first World Internet Conference was held in Wuzhen in November 2014."
      - doc: zhi-2016
        quote: "During the China-US Internet Industry Forum in September 2015"
"""
PASSAGES = (
    "a cybersecurity panel was initiated by China and America in early 2013.",
    "The first World Internet Conference was held in Wuzhen in November 2014.",
    "During the China-US Internet Industry Forum in September 2015",
)


def parse(text, documents):
    return parse_quiz_text(HEAD + text, path="several.yaml", documents=documents)


def test_sources_lists_every_passage_and_source_is_the_first(documents):
    parsed = parse(ORDERING, documents)
    assert parsed.problems == [] and parsed.quiz is not None
    question = parsed.quiz.questions[0]
    assert [s.quote for s in question.sources] == list(PASSAGES)
    assert question.source == question.sources[0]


def test_a_single_source_still_works_and_gives_a_list_of_one(documents):
    text = ORDERING.replace("    sources:\n      - doc: zhi-2016\n        quote:", "    source:\n      doc: zhi-2016\n      quote:", 1)
    text = text[: text.index("      - doc", text.index("source:"))]
    question = parse(text, documents).quiz.questions[0]
    assert len(question.sources) == 1 and question.source.quote == PASSAGES[0]


def test_a_passage_not_in_the_text_is_an_error_at_its_own_line(documents):
    text = ORDERING.replace("in November 2014.", "in November 2015.")
    [problem] = parse(text, documents).problems
    assert problem.line == 5 + text.splitlines().index('        quote: "The first World Internet Conference was held in Wuzhen in November 2015."')
    assert "question 'order': the quote is not verbatim in zhi-2016" in problem.message


def test_source_and_sources_together_or_neither_are_errors(documents):
    both = ORDERING.replace("    sources:\n", "    source: {doc: zhi-2016, quote: \"early 2013\"}\n    sources:\n")
    [problem] = parse(both, documents).problems
    assert "either 'source' or 'sources', not both" in problem.message
    neither = ORDERING[: ORDERING.index("    sources:")]
    [problem] = parse(neither, documents).problems
    assert problem.line == 5 and "missing key 'source' (or 'sources'" in problem.message


def test_a_misspelt_key_in_a_passage_gets_a_suggestion(documents):
    parsed = parse(ORDERING.replace("        quote: \"During", "        qoute: \"During"), documents)
    assert any("unknown key 'qoute' in a source (did you mean 'quote'?)" in p.message for p in parsed.problems)


def test_feedback_gives_every_passage_as_an_exact_span_with_its_citation(documents):
    quiz = parse(ORDERING, documents).quiz
    session = QuizSession.start(quiz, documents, rng=random.Random(1))
    feedback = session.answer(list(session.presented().correct))
    body = documents["zhi-2016"].body
    assert [e.quote.text for e in feedback.evidence] == list(PASSAGES)
    for evidence in feedback.evidence:
        assert body[evidence.quote.start:evidence.quote.end] == evidence.quote.text
        assert evidence.citation.endswith(f"para. {evidence.quote.paragraph}")
    assert feedback.quote == feedback.evidence[0].quote and feedback.citation == feedback.evidence[0].citation
    reply = render_feedback(feedback)
    assert all(f"“{p}”" in reply.text for p in PASSAGES) and len(reply.quotes) == 3


def test_exports_carry_every_passage(documents):
    quiz = parse(ORDERING, documents).quiz
    for format_name in ("gift", "moodle-xml", "csv"):
        text = export_quizzes([quiz], format_name, documents).text
        assert all(p.split(" in ")[0] in text for p in PASSAGES), format_name


def test_a_quiz_with_several_sources_round_trips_through_json(documents):
    quiz = parse(ORDERING, documents).quiz
    assert Quiz.model_validate_json(quiz.model_dump_json()) == quiz
