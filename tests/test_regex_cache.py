"""The compiled-pattern cache kept with the index: a second start of `textbot` compiles
none of the search's patterns again, and a damaged or unwritable cache costs only time."""

import os
import re
import shutil
import subprocess
import sys
from re import _parser

import pytest

from bot.cli.regex_cache import FILE_NAME, RegexCache

from conftest import ROOT

PATTERNS = [
    (r"(?P<year>\d{4})-(?P<month>\d\d)", 0),
    (r"\bcyber\s+sovereignty\b", re.IGNORECASE),
    (r"""(?x) ^ (what | how) \s+ (?:does|do) \b   # a question's opening""", 0),
    (r"(?<![\w-])UN(?![\w-])|(?:“[^”]*”)", re.MULTILINE),
]
SAMPLES = ["In 2017-03 the document", "CYBER   Sovereignty matters", "how does it work", "the UN says “yes”", ""]


def _behaviour(pattern: re.Pattern) -> list:
    found = []
    for text in SAMPLES:
        match = pattern.search(text)
        found.append((match.span(), match.groups(), match.groupdict()) if match else None)
    return [pattern.flags, pattern.groups, dict(pattern.groupindex), found, [pattern.findall(t) for t in SAMPLES]]


def test_patterns_read_back_from_the_file_match_as_compiled(tmp_path, monkeypatch):
    written = RegexCache(tmp_path / FILE_NAME)
    expected = [_behaviour(re.compile(p, f)) for p, f in PATTERNS]
    assert [_behaviour(written.compile(p, f)) for p, f in PATTERNS] == expected
    assert written.save() is True

    def no_parsing(*args, **kwargs):
        raise AssertionError("a cached pattern was parsed again")

    monkeypatch.setattr(_parser, "parse", no_parsing)
    read = RegexCache(tmp_path / FILE_NAME)
    assert [_behaviour(read.compile(p, f)) for p, f in PATTERNS] == expected
    assert read.save() is False  # nothing new: the file is not rewritten


def test_a_damaged_file_is_compiled_afresh_and_rewritten(tmp_path):
    path = tmp_path / FILE_NAME
    path.write_bytes(b"\x00not marshal at all\xff" * 50)
    cache = RegexCache(path)
    pattern, flags = PATTERNS[0]
    assert _behaviour(cache.compile(pattern, flags)) == _behaviour(re.compile(pattern, flags))
    assert cache.save() is True
    assert (pattern, flags) in RegexCache(path).stored


def test_code_the_engine_refuses_is_compiled_again(tmp_path):
    path = tmp_path / FILE_NAME
    cache = RegexCache(path)
    pattern, flags = PATTERNS[1]
    cache.compile(pattern, flags)
    cache.save()
    tampered = RegexCache(path)
    entry = tampered.stored[(pattern, flags)]
    tampered.stored[(pattern, flags)] = (entry[0], [999999, *entry[1]], *entry[2:])
    assert _behaviour(tampered.compile(pattern, flags)) == _behaviour(re.compile(pattern, flags))


def test_a_folder_that_does_not_exist_is_not_made(tmp_path):
    cache = RegexCache(tmp_path / "no-index-yet" / FILE_NAME)
    cache.compile(*PATTERNS[0])
    assert cache.save() is False
    assert not (tmp_path / "no-index-yet").exists()


# Counts the patterns `python -m bot ask` compiles into the engine's code, printed when it exits.
PROBE = """
import atexit, runpy, sys
from re import _compiler
code, compiled = _compiler._code, []
def counting(*args, **kwargs):
    compiled.append(args[0])
    return code(*args, **kwargs)
_compiler._code = counting
atexit.register(lambda: print("COMPILED", len(compiled), file=sys.stderr))
sys.argv = ["textbot", "ask", "What does the 2022 article say about the digital divide?"]
runpy.run_module("bot", run_name="__main__")
"""


def test_a_second_ask_compiles_none_of_the_search_patterns(tmp_path, index_settings, searcher):
    index = tmp_path / "index"
    shutil.copytree(index_settings.index_dir, index)
    (index / FILE_NAME).unlink(missing_ok=True)
    env = {**os.environ, "TEXTBOT_INDEX": str(index), "TEXTBOT_CORPUS": str(index_settings.corpus_dir),
           "PYTHONPATH": str(ROOT)}

    def ask() -> tuple[str, int]:
        done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout, int(done.stderr.rsplit("COMPILED", 1)[1])

    first, compiled_first = ask()
    assert (index / FILE_NAME).is_file()
    second, compiled_second = ask()
    assert "digital divide" in " ".join(first.split()) and second == first
    # The second compiles only what was compiled before main() began: the standard
    # library's few patterns (json's, argparse's), none of the search's hundreds.
    assert compiled_first > 500 and compiled_second < compiled_first // 10
