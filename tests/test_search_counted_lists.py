"""Asked for the items of a list, or how many there are: a count of things answered by the
window listing as many, the items the asker offers, a paragraph announcing the items
quoted with the next, a part of a piece pointed to by its name."""

import pytest

from bot.search.answer_kinds import counted_kind_words, counts_listed
from bot.search.document_parts import asks_items, counted_items, points_to_a_part
from conftest import first_quote as first


@pytest.mark.parametrize(
    "question, count",
    [
        ("what three adjectives describe the governance system", 3),
        ("which are the four principles", 4),
        ("tell me the five key proposals", 5),
        ("what is the first of the four principles", None),  # one item of them
        ("name one of the three communities", None),
        ("what happened three years ago", None),  # a span of time, no items
        ("what two things can states do", None),  # two: no comma shows the list
    ],
)
def test_the_count_of_items_asked_for(question, count):
    assert counted_items(question) == count


@pytest.mark.parametrize(
    "asked, offered",
    [
        ("goals does it give? innovation, security, ...", ("innovation", "security")),
        ("steps (dialogue, consultation, …)", ("dialogue", "consultation")),
        ("crimes do they list - fraud, rumors and what else", ("fraud", "rumors")),
        ("people were hurt in the attacks", None),
    ],
)
def test_the_items_the_asker_offers_after_a_question_mark_or_in_brackets(asked, offered):
    assert counts_listed(asked) == offered


def test_the_readings_of_a_list_asked_for():
    assert asks_items("list the problems zhang sees")
    assert asks_items("name the things no country should do")
    assert asks_items("what are the three ways to build it")
    assert not asks_items("what does zhang say about the digital divide")
    assert counted_kind_words("how many times does it say we oppose") == ("times",)
    assert counted_kind_words("how many conferences were held") == ()
    assert points_to_a_part("what does the good order section list")
    assert not points_to_a_part("what does the guangming article list")


@pytest.mark.parametrize(
    "question, said",
    [
        # The count is answered by the three things listed, no number written.
        ("Xi said countries should do three things - what were they?", "step up communication, broaden consensus and deepen cooperation"),
        ("what did xi say about what countries should do, the three things", "step up communication, broaden consensus and deepen cooperation"),
        # ... two, by the pair.
        ("what two things may sovereign states intervene in when it comes to information?", "the generation and flow of information"),
    ],
)
def test_a_count_of_things_is_answered_by_the_list_of_as_many(searcher, question, said):
    assert said in first(searcher, question).text


def test_the_items_offered_after_the_question_mark_answer_a_count(searcher):
    quote = first(searcher, "how many goals does the guangming piece name for cyberspace? innovation, security, ...")
    assert "innovation-driven development, security, order, equality, respect, openness, and shared interests" in quote.text


def test_a_paragraph_announcing_the_items_is_quoted_with_the_next(searcher, documents):
    quote = first(searcher, "list the platforms china provides for internet governance")
    assert quote.text.startswith("China has been striving to provide platforms for Internet governance")
    assert "The first World Internet Conference was held in Wuzhen" in quote.text
    assert documents[quote.doc_id].body[quote.start : quote.end] == quote.text


def test_the_signs_of_a_claim_are_quoted_with_it(searcher):
    quote = first(searcher, "what are the signs that the world has entered a period of turbulence and change")
    assert "The world economic recovery is sluggish" in quote.text


def test_a_part_pointed_to_by_its_name_need_not_repeat_it(searcher):
    # "good order" is the paragraph's title ("Maintain good order."), not its answer's words.
    quote = first(searcher, "in the good order section, which three verbs describe how we treat the internet under the law?")
    assert "manage, run, and use the internet" in quote.text


@pytest.mark.parametrize(
    "question",
    [
        "what three football clubs does Zhi name",
        "what two vaccines does the guangming piece mention",
        "how many times did Xi visit Brazil",
    ],
)
def test_a_count_of_what_the_texts_never_list_is_still_refused(searcher, question):
    assert not searcher.search(question).answered


def test_the_items_of_a_series_answer_a_question_asking_several_of_them(searcher):
    # "Another challenge is …" is one of the challenges asked for, in a series the piece numbers.
    quote = first(searcher, "which challenges does the global times piece see for the cyberspace order?")
    assert quote.text.startswith("Another challenge is to find a new way")
