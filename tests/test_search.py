"""Quotation search with the real model: exact quotes, citations, abstention."""

import json
from pathlib import Path

import pytest

from bot.errors import QuestionError
from bot.search.document_parts import asks_items
from bot.search.evaluation import is_hit
from bot.texts.passages import is_lead_in, segment

DEV_SET = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev.jsonl"

ON_TOPIC = [
    ("Whose Twitter account was hacked?", "Liu Xiaoming"),
    ("What does the text say about the balance between freedom and order?", "freedom and order"),
    ("When was the first World Internet Conference held?", "November 2014"),
    ("What did Wang Yi propose?", "Global Initiative on Data Security"),
    ("What does the poem say about the Internet's soul?", "Negativity will corrupt the Internet’s soul."),
]
OFF_TOPIC = [
    "What does the text say about baking sourdough bread?",
    "How do I repair a bicycle puncture?",
    "What does the text say about the migration of whales?",
    "Who won the football world cup?",
]


def dev_questions():
    if not DEV_SET.is_file():
        return [q for q, _ in ON_TOPIC]
    return [json.loads(line)["question"] for line in DEV_SET.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("question, expected", ON_TOPIC)
def test_answers_quote_the_passage_that_says_it(searcher, question, expected):
    answer = searcher.search(question)
    assert answer.answered
    assert any(is_hit(q.text, [expected]) for q in answer.quotes[:3]), [q.text for q in answer.quotes]


@pytest.mark.parametrize("question", OFF_TOPIC)
def test_off_topic_questions_are_abstained(searcher, question):
    answer = searcher.search(question)
    assert not answer.answered and answer.quotes == ()


def test_every_quote_is_an_exact_span_of_whole_sentences(searcher, documents):
    sentence_bounds, sentences_of = {}, {}
    for doc in documents.values():
        _, sentences = segment(doc)
        sentences_of[doc.id] = sentences
        sentence_bounds[doc.id] = ({s.start for s in sentences}, {s.end for s in sentences})
    for question in dev_questions():
        for quote in searcher.search(question, top_k=5).quotes:
            body = documents[quote.doc_id].body
            assert body[quote.start : quote.end] == quote.text
            starts, ends = sentence_bounds[quote.doc_id]
            assert quote.start in starts and quote.end in ends, quote.text
            assert len(quote.text) <= 600
            if "\n\n" in quote.text:
                # Only a sentence announcing a list grows past its paragraph, into what it
                # announces; or, asked for a list's items, a paragraph of one sentence, into
                # the next (Quoter._grow_items).
                first_part_end = quote.start + len(quote.text.split("\n\n")[0].rstrip())
                sentences = sentences_of[quote.doc_id]
                positions = [i for i, s in enumerate(sentences) if quote.start <= s.start and s.end <= first_part_end]
                assert positions, quote.text
                one_sentence = len(positions) == 1 and (positions[0] == 0 or sentences[positions[0] - 1].paragraph != sentences[positions[0]].paragraph)
                assert is_lead_in(sentences, positions[-1]) or (asks_items(question) and one_sentence), quote.text


def test_quotes_are_diverse(searcher):
    for question in dev_questions():
        quotes = searcher.search(question, top_k=5).quotes
        paragraphs = [(q.doc_id, q.paragraph) for q in quotes]
        assert len(paragraphs) == len(set(paragraphs)), question


def test_a_quote_grows_into_its_next_sentence_when_that_holds_a_word_asked_for(searcher):
    # "…it institutionalized online governance …" scores best alone; the sentence after it
    # holds what was asked, "achieved" ("Many achievements have been made in …").
    question = "What has China achieved in online governance over the past few years?"
    quote = searcher.search(question, top_k=1).quotes[0].text
    assert "institutionalized online governance" in quote and "Many achievements have been made" in quote
    # The same candidates, without the subject's words to look for, quote the first sentence alone.
    _, ranked = searcher.understand(question)
    alone = searcher.quoting.quote(searcher.quoting.diversify(ranked, 1)[0]).text
    assert "institutionalized online governance" in alone and "achievements" not in alone


def test_top_k_and_offset_page_through_results(searcher):
    first = searcher.search("What does the text say about cyber sovereignty?", top_k=2)
    more = searcher.search("What does the text say about cyber sovereignty?", top_k=2, offset=2)
    assert len(first.quotes) == 2
    assert more.quotes and not {q.start for q in more.quotes} & {q.start for q in first.quotes if q.doc_id == more.quotes[0].doc_id}


def test_citation_and_paragraph(searcher, documents):
    quote = searcher.search("Whose Twitter account was hacked?").quotes[0]
    assert quote.doc_id == "globaltimes-2020"
    assert searcher.cite(quote) == (
        "“Joint efforts urgently needed to advance major cyber governance revolution”, Global Times, "
        f"2020-09-15, para. {quote.paragraph}"
    )
    paragraph = searcher.paragraph_quote(quote.doc_id, quote.paragraph)
    assert quote.text in paragraph.text
    assert documents[quote.doc_id].body[paragraph.start : paragraph.end] == paragraph.text


@pytest.mark.parametrize(
    "question, message",
    [("", "empty"), ("   \n\t ", "empty"), ("\x00\x01\x02", "empty"), ("x" * 10_000, "too long")],
)
def test_unusable_questions_raise_a_clear_error(searcher, question, message):
    with pytest.raises(QuestionError, match=message):
        searcher.search(question)


def test_control_characters_are_ignored(searcher):
    answer = searcher.search("Whose\x00 Twitter\x1b account\x07 was hacked?")
    assert answer.answered and "Liu Xiaoming" in answer.quotes[0].text


def test_markup_in_a_question_is_just_text(searcher):
    plain = searcher.search("What does the text say about sovereignty?")
    marked = searcher.search("<b>What does the text say about & sovereignty?</b>")
    assert marked.answered and marked.quotes[0].doc_id == plain.quotes[0].doc_id


def test_a_repeated_question_is_not_encoded_again(searcher):
    class CountingEncoder:
        def __init__(self, inner):
            self.inner, self.calls = inner, 0

        def encode(self, texts, **kwargs):
            self.calls += len(texts) == 1  # one question; the section headings are encoded once, together
            return self.inner.encode(texts, **kwargs)

    from bot.search.searcher import Searcher

    counting = CountingEncoder(searcher._encoder)
    fresh = Searcher(searcher.documents, searcher.index, counting, cache_size=2)
    first = fresh.search("Whose Twitter account was hacked?")
    assert fresh.search("Whose Twitter account was hacked?", offset=1).quotes != first.quotes
    assert counting.calls == 1
    fresh.search("What is the basic nature of cyberspace?")
    fresh.search("What does the text say about the PRISM program?")
    fresh.search("Whose Twitter account was hacked?")  # pushed out of a cache of two
    assert counting.calls == 4
