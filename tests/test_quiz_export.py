"""Exports: GIFT parsed back, Moodle XML well-formed with the right types, Aiken and CSV rules."""

from __future__ import annotations

import csv
import html
import io
import re
import xml.etree.ElementTree as ET

import pytest

from bot.cli.main import main
from bot.quiz import load_quizzes
from bot.quiz.export import export_quizzes
from bot.quiz.export.csv_format import COLUMNS, SOURCE_SEPARATOR
from bot.quiz.export.gift import ordinal
from bot.quiz.present import attribution_label
from conftest import CORPUS_DIR, QUIZZES_DIR
from conftest_quiz import TEST_QUIZZES, quiz_library  # noqa: F401 (fixtures)


@pytest.fixture(scope="module")
def quizzes(documents):
    """The shipped quizzes and the one with every kind: real texts with quotes, colons, dashes."""
    return list(load_quizzes(TEST_QUIZZES, documents)) + list(load_quizzes(QUIZZES_DIR, documents))


def questions_by_id(quizzes):
    return {(quiz.id, q.id): q for quiz in quizzes for q in quiz.questions}


# -- GIFT -----------------------------------------------------------------------


def _unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append("\n" if text[i + 1] == "n" else text[i + 1])
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _find(text: str, char: str, start: int = 0) -> int:
    i = start
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text.startswith(char, i):
            return i
        i += 1
    raise AssertionError(f"no unescaped {char!r} in {text!r}")


def _split_answers(inside: str) -> list[str]:
    answers, current, i = [], None, 0
    while i < len(inside):
        ch = inside[i]
        if ch == "\\":
            current = (current or "") + inside[i:i + 2]
            i += 2
            continue
        if ch in "=~":
            if current is not None:
                answers.append(current.strip())
            current = ch
        elif current is not None:
            current += ch
        i += 1
    if current is not None:
        answers.append(current.strip())
    return answers


def parse_gift(text: str) -> list[dict]:
    """A small GIFT reader: categories, names, texts, answers, general feedback."""
    parsed, category = [], None
    for block in re.split(r"\n[ \t]*\n", text.strip()):
        body = "\n".join(line for line in block.splitlines() if not line.lstrip().startswith("//")).strip()
        if not body:
            continue
        if body.startswith("$CATEGORY:"):
            category = body[len("$CATEGORY:"):].strip()
            continue
        assert body.startswith("::"), body
        name_end = _find(body, "::", 2)
        name, rest = _unescape(body[2:name_end]), body[name_end + 2:]
        open_ = _find(rest, "{")
        close = _find(rest, "}", open_)
        inside = rest[open_ + 1:close]
        feedback = ""
        if "####" in inside:
            at = _find(inside, "####")
            inside, feedback = inside[:at], inside[at + 4:]
        stripped = inside.strip()
        answers = _split_answers(inside)
        if stripped in ("TRUE", "FALSE", "T", "F"):
            qtype = "truefalse"
        elif answers and all(a.startswith("=") and "->" in a for a in answers):
            qtype = "matching"
        elif any(a.startswith("~") for a in answers):
            qtype = "multichoice"
        else:
            qtype = "shortanswer"
        parsed.append({
            "category": category,
            "name": name,
            "before": _unescape(rest[:open_]),
            "after": _unescape(rest[close + 1:]),
            "type": qtype,
            "tf": stripped,
            "answers": [(a[0], _unescape(a[1:]).strip()) for a in answers],
            "feedback": _unescape(feedback).strip(),
        })
    return parsed


def test_gift_parses_back_to_the_same_questions(quizzes, documents):
    result = export_quizzes(quizzes, "gift", documents)
    parsed = parse_gift(result.text)
    questions = questions_by_id(quizzes)
    assert len(parsed) == len(questions)
    for item in parsed:
        quiz_id = item["category"].removeprefix("textbot/")
        q = questions[(quiz_id, item["name"])]
        assert all(source.quote.split()[0] in item["feedback"] for source in q.sources)
        assert q.explanation in item["feedback"]
        answers = item["answers"]
        if q.kind in ("single", "attribution") or (q.kind == "cloze" and q.options):
            assert item["type"] == "multichoice"
            right = [text for mark, text in answers if mark == "="]
            expected = q.answer if q.kind != "cloze" else q.answer[0]
            if q.kind == "attribution":
                expected = attribution_label(documents[q.answer], q.answer)
            assert right == [expected] and len(answers) == len(q.options)
        elif q.kind == "multiple":
            assert item["type"] == "multichoice"
            weights = {}
            for _, text in answers:
                match = re.match(r"%(-?[\d.]+)%(.*)", text, re.S)
                weights[match[2]] = float(match[1])
            assert sum(w for w in weights.values() if w > 0) == pytest.approx(100, abs=0.001)
            assert {o for o, w in weights.items() if w > 0} == set(q.answer)
        elif q.kind == "true_false":
            assert item["type"] == "truefalse" and item["tf"] == ("TRUE" if q.answer else "FALSE")
        elif q.kind in ("short", "cloze"):
            assert item["type"] == "shortanswer"
            assert [text for _, text in answers] == q.answer
        elif q.kind == "ordering":
            assert item["type"] == "matching"
            pairs = dict(text.split(" -> ") for _, text in answers)
            for rank, index in enumerate(q.correct_order(), start=1):
                assert pairs[q.items[index].text] == ordinal(rank)
        if q.kind == "cloze":
            before, after = q.text.split("____")
            assert item["before"].endswith(before) and item["after"] == after


def test_gift_says_what_it_cannot_express(quizzes, documents):
    warnings = export_quizzes(quizzes, "gift", documents).warnings
    assert any("all-kinds" in w and "ordering exported as matching" in w and "ordering" in w for w in warnings)
    assert any("all-kinds" in w and "typo" in w and "short" in w and "cloze" in w for w in warnings)
    assert any("all-kinds" in w and "time limit" in w for w in warnings)


def test_ordinals():
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd"]


# -- Moodle XML -------------------------------------------------------------------


EXPECTED_TYPES = {
    "single": "multichoice",
    "attribution": "multichoice",
    "multiple": "multichoice",
    "true_false": "truefalse",
    "short": "shortanswer",
    "cloze": "cloze",
    "ordering": "ordering",
}


def test_moodle_xml_is_well_formed_with_the_right_question_types(quizzes, documents):
    text = export_quizzes(quizzes, "moodle-xml", documents).text
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == "quiz"
    categories = [q for q in root if q.get("type") == "category"]
    assert len(categories) == len(quizzes)
    questions = questions_by_id(quizzes)
    exported = [q for q in root if q.get("type") != "category"]
    assert len(exported) == len(questions)
    for element in exported:
        quiz_id, question_id = element.findtext("idnumber").split("/")
        q = questions[(quiz_id, question_id)]
        assert element.get("type") == EXPECTED_TYPES[q.kind]
        assert element.findtext("name/text") == q.id
        feedback = element.findtext("generalfeedback/text")
        assert all(html.escape(source.quote.split()[0], quote=False) in feedback for source in q.sources)
        answers = [(float(a.get("fraction")), html.unescape(a.findtext("text"))) for a in element.findall("answer")]
        if q.kind in ("single", "attribution"):
            assert element.findtext("single") == "true"
            right = [t for f, t in answers if f == 100]
            label = q.answer if q.kind == "single" else attribution_label(documents[q.answer], q.answer)
            assert right == [label] and len(answers) == len(q.options)
        elif q.kind == "multiple":
            assert element.findtext("single") == "false"
            assert sum(f for f, _ in answers if f > 0) == pytest.approx(100, abs=0.001)
            assert {t for f, t in answers if f > 0} == set(q.answer)
        elif q.kind == "true_false":
            assert dict((t, f) for f, t in answers)["true" if q.answer else "false"] == 100
        elif q.kind == "short":
            assert [t for _, t in answers] == q.answer
        elif q.kind == "cloze":
            gap = "{1:MULTICHOICE:" if q.options else "{1:SHORTANSWER:"
            assert gap in element.findtext("questiontext/text")
        elif q.kind == "ordering":
            assert element.findtext("gradingtype") == "RELATIVE_ALL_PREVIOUS_AND_NEXT"
            assert [t for _, t in answers] == [q.items[i].text for i in q.correct_order()]


# -- Aiken --------------------------------------------------------------------------


def test_aiken_follows_the_format_and_names_what_it_leaves_out(quizzes, documents):
    result = export_quizzes(quizzes, "aiken", documents)
    blocks = result.text.strip().split("\n\n")
    expressible = [q for quiz in quizzes for q in quiz.questions
                   if q.kind in ("single", "attribution", "true_false") or (q.kind == "cloze" and q.options)]
    assert len(blocks) == len(expressible)
    for block, q in zip(blocks, expressible):
        lines = block.split("\n")
        assert lines[0].strip() and not re.match(r"[A-Z][.)] ", lines[0])
        options = lines[1:-1]
        letters = [line[0] for line in options]
        assert letters == [chr(ord("A") + i) for i in range(len(options))]
        assert all(re.match(r"[A-Z]\. \S", line) for line in options)
        answer = re.fullmatch(r"ANSWER: ([A-Z])", lines[-1])
        assert answer and answer[1] in letters
        right = options[letters.index(answer[1])][3:]
        if q.kind == "single":
            assert right == q.answer
        elif q.kind == "true_false":
            assert right == ("True" if q.answer else "False")
    left_out = [q for quiz in quizzes for q in quiz.questions if q not in expressible]
    joined = "\n".join(result.warnings)
    assert all(q.id in joined for q in left_out)
    assert "explanations and source quotations left out" in joined


# -- CSV ------------------------------------------------------------------------------


def test_csv_has_a_row_per_question_with_every_field(quizzes, documents):
    text = export_quizzes(quizzes, "csv", documents).text
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert tuple(rows[0].keys()) == COLUMNS
    questions = questions_by_id(quizzes)
    assert len(rows) == len(questions)
    for row in rows:
        q = questions[(row["quiz_id"], row["question_id"])]
        assert row["kind"] == q.kind and row["prompt"] == q.prompt
        docs, quotes = row["source_doc"].split(SOURCE_SEPARATOR), row["source_quote"].split(SOURCE_SEPARATOR)
        assert docs == [source.doc for source in q.sources] and len(quotes) == len(q.sources)
        assert all(quote in documents[doc].body for doc, quote in zip(docs, quotes))
        if q.kind == "multiple":
            assert row["answer"].split("\n") == [o for o in q.options if o in q.answer]
        if q.kind == "ordering":
            dates = [line.split(": ", 1)[0] for line in row["answer"].split("\n")]
            assert dates == sorted(dates)
    assert export_quizzes(quizzes, "csv", documents).warnings == ()


# -- command line -----------------------------------------------------------------------


@pytest.fixture
def env(monkeypatch, tmp_path):
    monkeypatch.setenv("TEXTBOT_CORPUS", str(CORPUS_DIR))
    monkeypatch.setenv("TEXTBOT_QUIZZES", str(TEST_QUIZZES))
    monkeypatch.chdir(tmp_path)


def test_cli_export_writes_the_file_and_warns_on_stderr(env, tmp_path, capsys):
    out_file = tmp_path / "all.gift"
    assert main(["quiz", "export", "--format", "gift", "-o", str(out_file)]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "textbot: warning: gift: all-kinds:" in err
    assert len(parse_gift(out_file.read_text(encoding="utf-8"))) == 8


def test_cli_export_one_quiz_to_stdout(env, capsys):
    assert main(["quiz", "export", "all-kinds", "--format", "aiken"]) == 0
    out, err = capsys.readouterr()
    assert out.count("ANSWER: ") == 4 and "left out" in err


def test_cli_export_unknown_quiz_is_one_line(env, capsys):
    assert main(["quiz", "export", "nope", "--format", "csv"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "no quiz 'nope'" in err
