"""`textbot ask` starts light: it imports the search, not torch, the quiz or Telegram."""

import os
import subprocess
import sys

from bot.cli.main import build_parser

from conftest import ROOT

# What `python -m bot ask` loads, listed when it exits.
PROBE = """
import atexit, runpy, sys
atexit.register(lambda: print(" ".join(sorted(sys.modules)), file=sys.stderr))
sys.argv = ["textbot", "ask", "What do the texts say about the digital divide?"]
runpy.run_module("bot", run_name="__main__")
"""
HEAVY = ("torch", "transformers", "sentence_transformers", "bot.quiz", "bot.chat", "bot.telegram", "telegram", "pydantic")


def test_ask_imports_neither_torch_nor_the_quiz_nor_telegram(index_settings, searcher):
    env = {**os.environ, "TEXTBOT_INDEX": str(index_settings.index_dir), "TEXTBOT_CORPUS": str(index_settings.corpus_dir),
           "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "bridge the digital divide" in " ".join(result.stdout.split())
    loaded = set(result.stderr.splitlines()[-1].split())
    assert "bot.search.searcher" in loaded  # the probe saw the search
    assert sorted(m for m in HEAVY if m in loaded) == []


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
