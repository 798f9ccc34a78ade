"""`textbot ask` starts light: it imports the search, not torch, the quiz or Telegram, nor
what builds the index (bm25s, scipy); the model is hashed while it loads, and still refused when damaged."""

import os
import subprocess
import sys

from bot.cli.main import build_parser

from conftest import ROOT

# What `python -m bot ask` loads, listed when it exits.
PROBE = """
import atexit, runpy, sys
atexit.register(lambda: print(" ".join(sorted(sys.modules)), file=sys.stderr))
sys.argv = ["textbot", "ask", sys.argv[1] if len(sys.argv) > 1 else "What do the texts say about the digital divide?"]
runpy.run_module("bot", run_name="__main__")
"""
HEAVY = ("torch", "transformers", "sentence_transformers", "bot.quiz", "bot.chat", "bot.telegram", "telegram", "pydantic",
         "bm25s", "scipy", "tqdm")


def test_ask_imports_neither_torch_nor_the_quiz_nor_telegram(index_settings, searcher):
    env = {**os.environ, "TEXTBOT_INDEX": str(index_settings.index_dir), "TEXTBOT_CORPUS": str(index_settings.corpus_dir),
           "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "bridge the digital divide" in " ".join(result.stdout.split())
    loaded = set(result.stderr.splitlines()[-1].split())
    assert "bot.search.searcher" in loaded  # the probe saw the search
    assert sorted(m for m in HEAVY if m in loaded) == []


def test_a_short_question_loads_neither_the_conversation_nor_the_quiz(index_settings, searcher):
    """A question of a few words is checked for following up an earlier answer
    (bot.chat.small_talk): that check must not bring the conversation, the quiz and
    pydantic with it."""
    env = {**os.environ, "TEXTBOT_INDEX": str(index_settings.index_dir), "TEXTBOT_CORPUS": str(index_settings.corpus_dir),
           "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", PROBE, "What is the digital divide?"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "digital divide" in " ".join(result.stdout.split())
    loaded = set(result.stderr.splitlines()[-1].split())
    assert "bot.chat.small_talk" in loaded  # the follow-up check ran
    heavy = [m for m in HEAVY if m != "bot.chat"] + ["bot.chat.conversation"]
    assert sorted(m for m in heavy if m in loaded) == []


def test_the_package_keeps_its_public_names():
    import bot

    for name in bot.__all__:
        assert getattr(bot, name).__name__ == name
    assert "Searcher" in dir(bot)


def test_quiz_draft_help_states_the_real_default():
    from bot.quiz.draft import DEFAULT_DRAFT_QUESTIONS

    parser = build_parser()
    draft = parser._subparsers._group_actions[0].choices["quiz"]._subparsers._group_actions[0].choices["draft"]
    assert f"(default {DEFAULT_DRAFT_QUESTIONS})" in draft.format_help()


def test_an_encoder_loaded_in_the_background_encodes_the_same(index_settings, searcher):
    from bot.search.onnx_encoder import OnnxEncoder

    text = ["What do the texts say about cyber sovereignty?"]
    background = OnnxEncoder(index_settings.index_dir, in_background=True)
    assert (background.encode(text) == OnnxEncoder(index_settings.index_dir).encode(text)).all()


def test_a_model_refused_in_the_background_is_one_clear_error_at_first_use(index_settings, searcher, tmp_path):
    import shutil

    import pytest

    from bot.search.encoders import ModelError
    from bot.search.onnx_encoder import ENCODER_FILES, MODEL_FILE, OnnxEncoder

    for name in ENCODER_FILES:
        shutil.copy(index_settings.index_dir / name, tmp_path / name)
    (tmp_path / MODEL_FILE).write_bytes(b"not a model")
    encoder = OnnxEncoder(tmp_path, in_background=True)
    with pytest.raises(ModelError, match="cannot load the ONNX encoder"):
        encoder.encode(["a question"])


def test_a_model_damaged_under_the_same_size_and_time_is_refused_in_one_line(index_settings, searcher, tmp_path):
    """The model is hashed beside its loading, not before: a change that keeps its size and
    time (a bad disk block, a deliberate edit) still stops the first question, in one line."""
    import shutil

    from bot.search.onnx_encoder import MODEL_FILE

    index = tmp_path / "index"
    shutil.copytree(index_settings.index_dir, index)  # times kept
    model = index / MODEL_FILE
    stat = model.stat()
    with open(model, "r+b") as handle:
        handle.seek(stat.st_size // 2)
        byte = handle.read(1)
        handle.seek(-1, 1)
        handle.write(bytes([byte[0] ^ 0xFF]))
    os.utime(model, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    env = {**os.environ, "TEXTBOT_INDEX": str(index), "TEXTBOT_CORPUS": str(index_settings.corpus_dir), "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "bot", "ask", "What do the texts say about the digital divide?"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert f"{model} is corrupt or was edited" in result.stderr and "textbot index --force" in result.stderr


def test_the_index_command_leaves_the_weighed_words_for_the_first_question(index_settings, searcher, tmp_path,
                                                                          monkeypatch, capsys):
    import shutil

    from bot.cli.main import main
    from bot.search.lexical import LEXICAL_FILE

    index = tmp_path / "index"
    shutil.copytree(index_settings.index_dir, index)
    (index / LEXICAL_FILE).unlink()
    monkeypatch.setenv("TEXTBOT_INDEX", str(index))
    monkeypatch.setenv("TEXTBOT_CORPUS", str(index_settings.corpus_dir))
    assert main(["index"]) == 0
    assert "index ready" in capsys.readouterr().out
    assert (index / LEXICAL_FILE).is_file()
