"""A question copied out of a scanned or PDF handout: a word broken at a line's end
("foun- dation") joined again, and letters the OCR misread ("re1eased", "rnankind",
"lslamic") put back, when that makes a word and the word as typed is none."""

import pytest

from bot.search.scanning import plain_characters, rescanned

WORDS = {"foundation", "environment", "released", "according", "global", "islamic", "prism", "monitoring", "mankind", "modern", "modem", "cyberspace", "problems", "india"}


def _read(text: str) -> list[tuple[str, str]]:
    known = lambda word: word.lower() in WORDS  # noqa: E731
    return [(c.original, c.corrected) for c in rescanned(text, is_word=known, in_corpus=known)]


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("lays the foun- dation", ("foun- dation", "foundation")),
        ("the online environ-\nment", ("environ-\nment", "environment")),
        ("Cyber-\nspace", ("Cyber-\nspace", "Cyberspace")),
        ("re1eased", ("re1eased", "released")),
        ("accord1ng to", ("accord1ng", "according")),
        ("the lslamic State", ("lslamic", "Islamic")),
        ("the PRlSM program", ("PRlSM", "PRISM")),
        ("global rnonitoring", ("rnonitoring", "monitoring")),
        ("the common space of rnankind", ("rnankind", "mankind")),
        ("GL0BAL", ("GL0BAL", "GLOBAL")),
        ("lndia", ("lndia", "India")),
        ("since 2OO7", ("2OO7", "2007")),
        ("the Covid-l9 epidemic", ("l9", "19")),
    ],
)
def test_a_damaged_word_is_read_as_the_word_it_was(typed, meant):
    assert _read(typed) == [meant]


@pytest.mark.parametrize(
    "typed",
    [
        "a modern state",  # a word as typed keeps its "rn"
        "problems - what is the first one",  # a dash between words
        "cyber- security",  # joined it is no word
        "the G20 and 5G in the 1990s",
        "1st",
        "lO or Oil or I",  # no digit among them: no number
    ],
)
def test_what_is_no_damage_is_left_alone(typed):
    assert _read(typed) == []


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("Which UN agenda should be implernented effectively?", "2030 Agenda"),
        ("since when has cyber security become increasingly significant, the PRlSM program?", "PRISM"),
        ("what should be used to nourish cyberspace and preserve the online environ-\nment", "nourish cyberspace"),
    ],
)
def test_a_question_copied_from_a_scan_is_answered(searcher, question, quoted):
    answer = searcher.search(question)
    assert answer.answered and any(quoted.lower() in q.text.lower() for q in answer.quotes[:3])


def test_the_reply_says_what_was_read(searcher):
    query = searcher.read("the threat from the lslamic State")
    assert ("lslamic", "Islamic") in query.changes


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("why has he gem only taken shape", "hegemony"), ("what does cyber-he gem on ism threaten", "hegemonism"), ("by he gem onic countries", "hegemonic")],
)
def test_a_long_word_autocorrect_broke_into_short_ones_is_joined(searcher, typed, meant):
    assert meant in searcher.read(typed).read.split() or f"cyber-{meant}" in searcher.read(typed).read.split()


@pytest.mark.parametrize("typed", ["he is a gem on its own", "what is in the China Daily article", "he got only one"])
def test_short_words_that_join_to_no_corpus_word_stay_apart(searcher, typed):
    assert searcher.read(typed).read == typed


def test_words_on_either_side_of_a_sentence_end_are_no_pair_to_read_a_word_by(searcher):
    # The texts end a sentence on "international relations" and open the next on "Zhang":
    # "revelations in Zhang" is no misspelt "relations in Zhang".
    assert "revelations" in searcher.read("the Snowden revelations in Zhang?").read


@pytest.mark.parametrize(
    ("pasted", "plain"),
    [
        ("increasingly signi\ufb01cant", "increasingly significant"),
        ("disputes and di\ufb00erences", "disputes and differences"),
        ("the basic na\u00adture of cyber\u00adspace", "the basic nature of cyberspace"),
        ("cyberspace\u200b?", "cyberspace?"),
        ("plain text stays", "plain text stays"),
    ],
)
def test_a_pdfs_ligatures_and_invisible_characters_are_read_as_letters(pasted, plain):
    assert plain_characters(pasted) == plain


def test_a_question_pasted_from_a_pdf_with_soft_hyphens_is_answered(searcher):
    answer = searcher.search("what is the basic na\u00adture of cyber\u00adspace")
    assert answer.answered and "basic nature of cyberspace" in answer.quotes[0].text


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("Guangming on thedigital divide", "the digital divide"), ("what does Zhi say aboutcyber sovereignty", "about cyber sovereignty")],
)
def test_a_small_word_a_lost_space_ran_into_the_next_is_parted(searcher, typed, meant):
    assert meant in searcher.read(typed).read


@pytest.mark.parametrize("typed", ["what about starlink", "what about Thedigital", "what about inspite"])
def test_words_that_part_into_no_small_word_and_corpus_word_stay_whole(searcher, typed):
    assert searcher.read(typed).read == typed
