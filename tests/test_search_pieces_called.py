"""A piece called by what sets it apart among the texts, as a reader half remembering it
does: "the long one", "the short essay", "the poem piece", "the one with the little poem",
and an outlet by its initials as a label or after "per" ("CD: …", "…, per CD?")."""

import pytest

from bot.search.asking.documents import Framer
from bot.texts.corpus import Document

POEM = "Rivers rise,\nRivers fall,\nBridges stand,\nOver all."


def _doc(doc_id: str, words: int, *, outlet: str, poem: bool = False) -> Document:
    body = " ".join(["The river council met again."] * (words // 5))
    if poem:
        body = POEM + "\n\n" + body
    return Document(id=doc_id, title=f"On {doc_id}", author=None, outlet=outlet, date="2020-01-01", body=body)


DOCUMENTS = {
    "long": _doc("long", 2000, outlet="Valley Herald"),
    "middle": _doc("middle", 1000, outlet="Town Post", poem=True),
    "short": _doc("short", 300, outlet="River Daily"),
}


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("what does the long essay say about the council?", {"long"}),
        ("in the longest one, when did the council meet", {"long"}),
        ("what does the short one say about bridges?", {"short"}),
        ("What did the poem piece say about the council?", {"middle"}),
        ("the one with the little poem: when did they meet?", {"middle"}),
        ("RD: when did the council meet?", {"short"}),
        ("When did the council meet, per VH?", {"long"}),
    ],
)
def test_a_piece_is_named_by_what_sets_it_apart(question, named):
    assert Framer(DOCUMENTS).frame(question).documents == frozenset(named)


def test_no_piece_is_the_long_one_when_none_stands_out():
    alike = {"a": _doc("a", 1000, outlet="Valley Herald"), "b": _doc("b", 900, outlet="Town Post")}
    assert Framer(alike).frame("what does the long essay say about the council?").documents == frozenset()
    # Initials only in capitals, and only as a name: "rd" and "VH" inside a word are no outlet.
    assert Framer(DOCUMENTS).frame("when did the council meet, per rd?").documents == frozenset()


def test_the_long_one_is_answered_from_it(searcher):
    answer = searcher.search("Near the end of the long one there's a drumbeat of 'We oppose' sentences. What all is the writer against?")
    assert answer.answered
    assert answer.quotes[0].doc_id == "guangming-2022"
    assert searcher.read("CD: how does the shared-future community position each country?").documents == frozenset({"chinadaily-2022"})


@pytest.mark.parametrize(
    "question",
    [
        "what is the first couplet of the poem in the 2016 essay",
        "Locate the closing couplet of the poem about setting limits before roaming freely in cyberspace.",
    ],
)
def test_a_poems_couplet_is_asked_of_the_poem(searcher, question):
    answer = searcher.search(question)
    assert answer.answered
    assert "Cyberspace is a double-edged sword" in answer.quotes[0].text


def _is_word(word: str) -> bool:
    return word in {"the", "river", "daily", "online", "post", "town"}


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # An outlet's initials saying something, as a writer does.
        ("RD says the council met twice?", {"short"}),
        ("Did VH call the bridge a landmark?", {"long"}),
        ("VH 2020 — when did the council meet?", {"long"}),
        # A pinyin name shortened by its syllables' initials ("Guangming": "GM").
        ("GM says the council met twice?", {"pinyin"}),
        ("Does GM say the council met twice?", {"pinyin"}),
        ("the council, per GM?", {"pinyin"}),
    ],
)
def test_an_outlet_is_named_by_its_initials_saying_something(question, named):
    documents = {**DOCUMENTS, "pinyin": _doc("pinyin", 800, outlet="Guangming Online")}
    assert Framer(documents, is_word=_is_word).frame(question).documents == frozenset(named)


def test_initials_inside_a_sentence_say_nothing_of_a_piece():
    documents = {**DOCUMENTS, "pinyin": _doc("pinyin", 800, outlet="Guangming Online")}
    framer = Framer(documents, is_word=_is_word)
    assert framer.frame("what did the GMO debate say about the council?").documents == frozenset()
    assert framer.frame("does the council say anything of rd?").documents == frozenset()


def test_a_claim_put_to_an_outlet_by_its_syllables_initials_is_checked_in_it(searcher):
    answer = searcher.search("GM says protecting cybersecurity is the international community's shared responsibility — confirm")
    assert answer.answered
    assert answer.quotes[0].doc_id == "guangming-2022"
    assert "shared responsibility of the international community" in answer.quotes[0].text
