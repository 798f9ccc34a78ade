"""`textbot ask` and `textbot eval`: the JSON contract and bad input, end to end."""

import json

import pytest

from bot.cli.main import main

QUOTE_KEYS = {"text", "doc_id", "title", "author", "outlet", "date", "paragraph", "start", "end", "score"}


@pytest.fixture
def env(monkeypatch, index_settings, searcher):
    """Point the command line at the session's corpus and already-built index."""
    monkeypatch.setenv("TEXTBOT_CORPUS", str(index_settings.corpus_dir))
    monkeypatch.setenv("TEXTBOT_INDEX", str(index_settings.index_dir))


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_ask_prints_quotes_and_citations(env, capsys):
    status, out, err = run(capsys, "ask", "Whose Twitter account was hacked?")
    assert status == 0
    assert "Liu Xiaoming" in out and "Global Times, 2020-09-15, para." in out


def test_ask_json_contract(env, capsys, documents):
    status, out, _ = run(capsys, "ask", "--json", "--top-k", "2", "What is the basic nature of cyberspace?")
    record = json.loads(out)
    assert status == 0 and set(record) == {"question", "answered", "quotes"}
    assert record["answered"] is True and 1 <= len(record["quotes"]) <= 2
    for quote in record["quotes"]:
        assert set(quote) == QUOTE_KEYS
        assert documents[quote["doc_id"]].body[quote["start"] : quote["end"]] == quote["text"]
        assert quote["title"] == documents[quote["doc_id"]].title


def test_ask_json_abstains_with_no_quotes(env, capsys):
    status, out, _ = run(capsys, "ask", "--json", "What does the text say about baking sourdough bread?")
    assert status == 0 and json.loads(out) == {
        "question": "What does the text say about baking sourdough bread?", "answered": False, "quotes": []
    }


def test_ask_plain_abstention_says_so(env, capsys):
    status, out, _ = run(capsys, "ask", "What does the text say about volcanic eruptions?")
    assert status == 0 and "don't cover" in out


@pytest.mark.parametrize("message, says", [
    ("hi", "Hello!"),
    ("thanks!", "You're welcome!"),
    ("网络主权是什么？", "The texts are in English"),
])
def test_ask_answers_small_talk_as_the_chat_does(env, capsys, message, says):
    status, out, _ = run(capsys, "ask", message)
    assert status == 0 and out.startswith(says)
    assert "For example: “What do the texts say about" in out and "don't cover" not in out


def test_a_batch_answers_small_talk_beside_questions_off_the_texts(env, capsys, tmp_path):
    batch = tmp_path / "questions.txt"
    batch.write_text("hi\nWhat does the text say about volcanic eruptions?\nthanks!\n", encoding="utf-8")
    status, out, _ = run(capsys, "ask", "--batch", str(batch))
    hi, volcanoes, thanks = out.strip().split("\n\nQ: ")
    assert status == 0 and "Hello!" in hi and "don't cover" in volcanoes and "You're welcome!" in thanks


def test_ask_who_are_you_points_to_the_commands_not_the_chats(env, capsys):
    status, out, _ = run(capsys, "ask", "who are you?")
    assert status == 0 and "textbot --help" in out and "/help" not in out


def test_batch_answers_in_order_as_json_lines(env, capsys, tmp_path):
    batch = tmp_path / "questions.txt"
    questions = ["Whose Twitter account was hacked?", "What does the text say about deep sea fish?",
                 "What is the basic nature of cyberspace?"]
    batch.write_text("\n".join(questions) + "\n", encoding="utf-8")
    status, out, _ = run(capsys, "ask", "--json", "--batch", str(batch))
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and [r["question"] for r in records] == questions
    assert [r["answered"] for r in records] == [True, False, True]


def test_batch_keeps_going_past_a_bad_line(env, capsys, tmp_path):
    batch = tmp_path / "questions.txt"
    batch.write_text("Whose Twitter account was hacked?\n" + "x" * 5000 + "\nWhat is the basic nature of cyberspace?\n")
    status, out, _ = run(capsys, "ask", "--json", "--batch", str(batch))
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and len(records) == 3
    assert "too long" in records[1]["error"] and records[2]["answered"]


@pytest.mark.parametrize(
    "argv, message",
    [
        (["ask", ""], "empty"),
        (["ask", "x" * 10_000], "too long"),
        (["ask", "\x01\x02\x03"], "empty"),
        (["ask"], "give a question"),
        (["ask", "--top-k", "0", "Who?"], "top-k"),
        (["ask", "--batch", "/nonexistent/file.txt"], "cannot read"),
        (["eval", "/nonexistent/dev.jsonl"], "no such file"),
    ],
)
def test_bad_input_gets_one_line_and_status_1(env, capsys, argv, message):
    status, out, err = run(capsys, *argv)
    assert status == 1
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_batch_that_is_not_utf8(env, capsys, tmp_path):
    batch = tmp_path / "latin1.txt"
    batch.write_bytes("Qu'est-ce que la souveraineté?\n".encode("latin-1"))
    status, _, err = run(capsys, "ask", "--json", "--batch", str(batch))
    assert status == 1 and "not UTF-8" in err and err.count("\n") == 1


def test_eval_prints_every_metric(env, capsys, tmp_path):
    dev = tmp_path / "dev.jsonl"
    dev.write_text(
        json.dumps({"id": "a", "question": "Whose Twitter account was hacked?", "gold": ["Liu Xiaoming"]}) + "\n"
        + json.dumps({"id": "b", "question": "What does the text say about wine tasting?", "gold": []}) + "\n",
        encoding="utf-8",
    )
    status, out, _ = run(capsys, "eval", str(dev))
    assert status == 0
    for line in ["hit@1: 1.000", "hit@3: 1.000", "hit@5: 1.000", "mrr@10: 1.000", "abstention: 1.000"]:
        assert line in out


@pytest.mark.parametrize(
    "line",
    ['{"id": "a", "question": "Q?"}', '{"id": "a", "question": 5, "gold": []}', '{"id": "a", "question": "Q?", "gold": "x"}', "[1, 2]"],
)
def test_eval_rejects_a_malformed_line(env, capsys, tmp_path, line):
    dev = tmp_path / "dev.jsonl"
    dev.write_text('{"id": "ok", "question": "Q?", "gold": []}\n' + line + "\n", encoding="utf-8")
    status, _, err = run(capsys, "eval", str(dev))
    assert status == 1 and f"{dev}:2:" in err and err.count("\n") == 1


@pytest.mark.parametrize("message", ["tell me more", "who said that?", "go on please"])
def test_a_follow_up_alone_is_told_to_ask_in_full_not_searched(env, capsys, message):
    status, out, _ = run(capsys, "ask", message)
    assert status == 0 and "ask it in full" in out and "textbot chat" in out
    assert "“" not in out.replace(f"“{message}”", "")  # no quotation

    status, out, _ = run(capsys, "ask", "--json", message)
    record = json.loads(out)
    assert status == 0 and record["answered"] is False and record["quotes"] == []
    assert "ask it in full" in record["note"]


@pytest.mark.parametrize("message", ["1", "42", "3.5"])
def test_a_message_with_no_letters_is_asked_for_words_not_searched(env, capsys, message):
    status, out, _ = run(capsys, "ask", "--json", message)
    record = json.loads(out)
    assert status == 0 and record["answered"] is False and record["quotes"] == []
    assert record["note"].startswith("Ask me in words")


def test_a_year_alone_is_still_searched(env, capsys):
    status, out, _ = run(capsys, "ask", "--json", "2014")
    assert status == 0 and json.loads(out)["answered"] is True
