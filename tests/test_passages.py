"""Sentence and paragraph splitting: the cases that break naive splitters."""

from bot.texts.corpus import parse_document
from bot.texts.passages import segment, split_sentences


def doc(body: str):
    return parse_document(f"---\nid: t\ntitle: T\noutlet: O\ndate: 2020-01-01\n---\n\n{body}\n")


def texts(body: str) -> list[str]:
    return [s.text for s in segment(doc(body))[1]]


def test_month_abbreviations_do_not_end_sentences():
    body = "It was convened in Wuzhen on Dec. 16-18. One was the Sept. 11 attacks. Next came more."
    assert texts(body) == [
        "It was convened in Wuzhen on Dec. 16-18.",
        "One was the Sept. 11 attacks.",
        "Next came more.",
    ]


def test_initials_do_not_end_sentences():
    assert texts("The U.S. Congress met. J. Smith spoke. Then the U.K. Parliament did.") == [
        "The U.S. Congress met.",
        "J. Smith spoke.",
        "Then the U.K. Parliament did.",
    ]


def test_curly_closing_quote_stays_with_its_sentence():
    body = "“Cyberspace is the common space of mankind. The future is ours,” Xi said. “Countries should act.”"
    assert texts(body) == [
        "“Cyberspace is the common space of mankind.",
        "The future is ours,” Xi said.",
        "“Countries should act.”",
    ]


def test_a_poem_splits_into_its_sentences_with_verse_breaks_kept(documents):
    _, sentences = segment(documents["zhi-2016"])
    poem = [s.text for s in sentences if s.paragraph == 1]
    assert poem == [
        "Cyberspace is a double-edged sword.",
        "New rules are needed to avoid discord.",
        "Truth and lies,\nThe fools and the wise,\nAre all bound together,\nBy the network’s ties.",
        "Without adequate control,\nNegativity will corrupt the Internet’s soul.",
        "To roam in the cyberspace with freedom\nLimits should first be set in this net kingdom.",
    ]


def test_lines_without_full_stops_are_cut_at_line_breaks_when_too_long():
    items = [f"Item number {i} of a long list without any full stops at all" for i in range(20)]
    assert texts("\n".join(items)) == items


def test_headings_without_full_stops_are_separate_units():
    paragraphs, sentences = segment(doc("## Problems in cyberspace\n\nThe Internet has grown. It is big."))
    assert [s.text for s in sentences] == ["Problems in cyberspace", "The Internet has grown.", "It is big."]
    assert sentences[0].is_heading and paragraphs[0].is_heading
    assert [s.paragraph for s in sentences] == [1, 2, 2]


def test_offsets_are_exact_for_every_sentence_of_the_corpus(documents):
    for document in documents.values():
        paragraphs, sentences = segment(document)
        assert sentences, document.id
        for s in sentences:
            assert document.body[s.start : s.end] == s.text
            assert s.text == s.text.strip()
        for p in paragraphs:
            assert document.body[p.start : p.end].strip() == document.body[p.start : p.end]


def test_question_and_exclamation_marks_end_sentences():
    text = "Is it? Yes! It is."
    assert [text[s:e] for s, e in split_sentences(text)] == ["Is it?", "Yes!", "It is."]


def test_lower_case_after_full_stop_does_not_split():
    assert texts("Some 3.5 billion users, i.e. half the world, are online.") == [
        "Some 3.5 billion users, i.e. half the world, are online."
    ]
