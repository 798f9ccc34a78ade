"""`textbot quiz draft`: cloze questions cut from a document; every draft passes the checker."""

from __future__ import annotations

from collections import Counter

import pytest
import yaml

from bot.cli.main import main
from bot.errors import TextbotError
from bot.quiz import check_paths, parse_quiz_text
from bot.quiz.draft import draft_quiz, draft_quiz_id, key_term
from conftest import CORPUS_DIR


@pytest.mark.parametrize("doc_id", ["chinadaily-2022", "globaltimes-2020", "guangming-2022", "zhang-2015", "zhi-2016"])
def test_every_draft_passes_the_checker_without_a_warning(doc_id, documents, tmp_path):
    document = documents[doc_id]
    text = draft_quiz(document, documents)
    path = tmp_path / f"{draft_quiz_id(document)}.yaml"
    path.write_text(text, encoding="utf-8")
    assert check_paths([path], documents) == []
    quiz = parse_quiz_text(text, documents=documents).quiz
    assert 5 <= len(quiz.questions) <= 10  # the shortest article has fewer suitable sentences
    for question in quiz.questions:
        assert question.kind == "cloze" and question.text.count("____") == 1
        assert question.filled() == question.source.quote and question.source.quote in document.body


def test_blanks_prefer_dates_and_numbers_then_names_then_rare_words():
    counts = Counter({"collectively": 3, "regulated": 1, "sovereign": 9, "states": 20})
    assert key_term("The first World Internet Conference was held in Wuzhen in November 2014.", counts) == "November 2014"
    assert key_term("Cooperation involved more than 60 countries and regions.", counts) == "60"
    assert key_term("At the Wuzhen Summit, Xi called for coordinated efforts.", counts) == "Wuzhen Summit"
    assert key_term("It is collectively regulated by sovereign states.", counts) == "regulated"


def test_number_of_questions_and_limits(documents):
    document = documents["zhi-2016"]
    assert len(yaml.safe_load(draft_quiz(document, questions=3))["questions"]) == 3
    with pytest.raises(TextbotError):
        draft_quiz(document, questions=0)


def test_cli_draft_writes_a_file_and_refuses_an_unknown_document(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("TEXTBOT_CORPUS", str(CORPUS_DIR))
    monkeypatch.chdir(tmp_path)
    assert main(["quiz", "draft", "zhang-2015", "-o", "zhang-2015-draft.yaml", "-n", "4"]) == 0
    assert main(["quiz", "check", "zhang-2015-draft.yaml"]) == 0
    assert main(["quiz", "draft", "nope"]) == 1
    err = capsys.readouterr().err
    assert "textbot: no document 'nope'" in err
