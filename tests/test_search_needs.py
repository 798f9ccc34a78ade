"""A pattern guarded by the words its every match holds answers as the pattern does, on any text."""

from __future__ import annotations

import importlib
import re

import pytest

from bot.search.asking.needs import Guarded, guarded, needed_words

# Texts a question's reading meets: plain, with the guard's words, in capitals, not ASCII
# (dashes, curly quotes, and the letters that ignoring case makes ASCII ones: "ſ", "K", "ı").
TEXTS = [
    "",
    "what does the author say about cyber sovereignty?",
    "WHO WROTE the Piece on internet governance, exactly?",
    "Who is behind the 2016 article — and what does 'win-win' mean?",
    "what is meant by shared future? thanks lol",
    "Define 'digital divide' please",
    "explained simply: the multistakeholder model",
    "the ſupposed to mean bit",
    "what does X mean for Y",
    "Kind of what sort of thing is it",
    "What kınd of trust",
    "i dont know whats in it, e.g. the UN",
    "twenty fifteen, two thousand and nine",
    "the net and the web -minus site:example.com",
    "all of them, back then, like, what is all this",
    "hi, quick one: what does the 2015 piece say - and why? (2 marks) [3] /4",
    "Cyber sovereignty - what does it mean? what is it? Q4. 3 pts",
    "what is the digital divide how does the text define it and why does it matter",
    "Which kind of fill-in-the blank is it, I'm asking whether the topic is covered",
]


@pytest.mark.parametrize(
    "source, flags, words",
    [
        (r"\bwh(?:at|ich|o)\b", re.IGNORECASE, ("what", "which", "who")),
        (r"do|does|did", 0, ("did", "do", "does")),
        (r"(?:at\s+all|exactly|cit(?:ed|es))\W*$", re.IGNORECASE, ("all", "cited", "cites", "exactly")),
        (r"\s*[,:]\s+", 0, (",", ":")),  # a class of letters: each
        (r"(?::|\s[-–—]\s|[–—])", 0, ("-", ":")),  # "–", "—" match no ASCII text
        (r"[–—]", 0, ()),
        (r"what\s+(?:do|does)\s+\w+\s+mean", re.IGNORECASE, ("mean",)),  # the telling word, not "what"
        (r"(?=foo)", 0, ("foo",)),  # what a lookahead asserts is in the text too
        (r"a?b", 0, ("b",)),
    ],
)
def test_needed_words(source, flags, words):
    assert needed_words(re.compile(source, flags)) == words


@pytest.mark.parametrize("source", [r"x*", r"\w+\s", r"[a-z]+\s+", r"(?:a|\w)b?", "\u017f"])
def test_no_needed_words_for_patterns_that_need_none(source):
    assert needed_words(re.compile(source)) is None
    with pytest.raises(ValueError):
        guarded(re.compile(source))


def _guarded_patterns() -> list[tuple[str, Guarded]]:
    modules = ["asker", "chatspeak", "documents", "message", "structure", "syntax", "times", "worksheet"]
    found = []
    for name in [f"bot.search.asking.{m}" for m in modules] + ["bot.search.reading"]:
        module = importlib.import_module(name)
        found += [(f"{name}.{k}", v) for k, v in vars(module).items() if isinstance(v, Guarded)]
    return found


GUARDED = _guarded_patterns()


def test_the_reading_guards_its_costly_patterns():
    names = {name.rsplit(".", 1)[1] for name, _ in GUARDED}
    assert {"WHO_WROTE", "_TRAILER", "_MEANING_AFTER", "_WRITING_TIME"} <= names


@pytest.mark.parametrize("name, pattern", GUARDED, ids=[name for name, _ in GUARDED])
def test_guarded_answers_as_the_pattern(name, pattern):
    bare = re.compile(pattern.pattern, pattern.flags)
    for text in TEXTS + [f"{w} {w.upper()} {w.title()}" for w in pattern.words]:
        assert pattern.sub("@", text) == bare.sub("@", text)
        assert pattern.subn("@", text, 1) == bare.subn("@", text, 1)
        assert pattern.split(text) == bare.split(text)
        assert pattern.findall(text) == bare.findall(text)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in bare.finditer(text)]
        for method in ("search", "match", "fullmatch"):
            found, expected = getattr(pattern, method)(text), getattr(bare, method)(text)
            assert (found and found.span()) == (expected and expected.span()), (method, text)


def test_a_pattern_found_in_every_text_it_matches_guards_it_too():
    found_in = re.compile(r"\sand\s")
    pattern = guarded(re.compile(r"\s+and\s+(?=why)"), found_in=found_in)
    assert pattern.split("what and why") == ["what", "why"]
    assert pattern.split("what, and why") == ["what,", "why"]
    assert pattern.split("andwhy and") == ["andwhy and"]


def test_a_text_holding_none_of_the_words_is_left_as_it_is():
    pattern = guarded(re.compile(r"\bsupposed\s+to\s+mean\b", re.IGNORECASE))
    assert pattern.words == ("supposed",)
    text = "what does the article say about data?"
    assert pattern.sub(" ", text) is text
    assert pattern.search(text) is None
    assert pattern.split(text) == [text]
    # Not ASCII: the pattern is run, for ignoring case may match letters the look would miss.
    assert pattern.search("what is ſupposed to mean here") is not None
