"""A question counting things ("the four communities") is answered by the one line that
names them all, a section heading listing as many, not by a sentence naming one; one
asking what a section is about, by its heading."""

import pytest

LISTING = "Build a community of development, security, responsibility and shared interests"


@pytest.mark.parametrize(
    "question",
    [
        "What are the four communities in section 2 of the Guangming text?",
        "Which four communities should be built?",
        "the four kinds of community china wants to build in cyberspace",
        # ... or asked for without a count: a plural after "which" or "what", a count in digits.
        "which communities does the 2022 article want to build",
        "what kinds of communities does the guangming piece want to build",
        "what 4 communities does the guangming article want to build",
    ],
)
def test_the_heading_listing_what_is_counted_is_quoted_first(searcher, question):
    answer = searcher.search(question)
    assert answer.answered and LISTING in answer.quotes[0].text


def test_one_thing_asked_for_is_not_answered_with_the_list(searcher):
    assert LISTING not in searcher.search("which community is about security").quotes[0].text


def test_the_heading_is_never_quoted_alone_but_leads_into_the_passage_it_heads(searcher, documents):
    first, *rest = searcher.search("Which four communities should be built?", top_k=5).quotes
    assert first.text.startswith("2. " + LISTING)
    assert first.text.endswith("international internet governance system.")
    assert documents[first.doc_id].body[first.start : first.end] == first.text
    assert all(q.doc_id != first.doc_id or q.end <= first.start or q.start >= first.end for q in rest)


def test_the_next_page_goes_on_after_the_heading(searcher):
    question = "Which four communities should be built?"
    first, more = searcher.search(question, top_k=2), searcher.search(question, top_k=2, offset=2)
    assert LISTING in first.quotes[0].text
    assert all(LISTING not in q.text for q in more.quotes)
    assert not {q.text for q in first.quotes} & {q.text for q in more.quotes}


def test_one_of_the_counted_things_asked_by_its_place_is_not_answered_with_the_list(searcher):
    quote = searcher.search("What is the first of the four communities?").quotes[0].text
    assert quote.startswith("To build a community of development")


def test_a_count_no_heading_lists_leaves_the_sentences(searcher):
    quote = searcher.search("What are the two reasons given under Defects of current rules?").quotes[0].text
    assert "two reasons" in quote


@pytest.mark.parametrize(
    ("question", "heading"),
    [
        ("What does section 3 of the Guangming piece cover?", "Basic principles for building a community with a shared future in cyberspace"),
        ("what is the main argument of the first section of the guangming article", "is an important part of a global community of shared future"),
    ],
)
def test_what_a_section_is_about_is_answered_by_its_heading(searcher, question, heading):
    answer = searcher.search(question)
    assert answer.answered and heading in answer.quotes[0].text


def test_what_a_section_covers_leads_from_its_heading_into_its_first_sentence(searcher, documents):
    answer = searcher.search("What does section 3 of the Guangming piece cover?")
    quote = answer.quotes[0]
    # Never a heading alone: one exact span from the heading into the passage it heads.
    assert quote.text.startswith("3. Basic principles for building a community with a shared future in cyberspace\n")
    assert quote.text.endswith("we should adhere to the following basic principles:")
    assert documents[quote.doc_id].body[quote.start : quote.end] == quote.text


def test_what_a_section_is_called_is_its_heading_alone(searcher):
    answer = searcher.search("what is section 3 of the Guangming article called?")
    assert [q.text for q in answer.quotes] == ["3. Basic principles for building a community with a shared future in cyberspace"]


def test_what_a_section_says_is_answered_by_its_sentences(searcher):
    quote = searcher.search("what does part 1 of the 2022 guangming article say").quotes[0].text
    assert not quote.startswith("1. ")


def test_how_many_is_answered_by_the_heading_listing_them(searcher):
    answer = searcher.search("how many communities does the Guangming piece want built, and which")
    assert answer.answered and LISTING in answer.quotes[0].text


def test_how_many_of_things_a_heading_does_not_list_leaves_the_sentences(searcher):
    # "development" is one of the heading's words, but "sustainable development goals" are not what it lists.
    answer = searcher.search("how many sustainable development goals are in the 2030 agenda")
    assert all(LISTING not in q.text for q in answer.quotes)
