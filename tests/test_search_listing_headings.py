"""A question counting things ("the four communities") is answered by the one line that
names them all, a section heading listing as many, not by a sentence naming one."""

import pytest

LISTING = "Build a community of development, security, responsibility and shared interests"


@pytest.mark.parametrize(
    "question",
    [
        "What are the four communities in section 2 of the Guangming text?",
        "Which four communities should be built?",
        "the four kinds of community china wants to build in cyberspace",
    ],
)
def test_the_heading_listing_what_is_counted_is_quoted_first(searcher, question):
    answer = searcher.search(question)
    assert answer.answered and LISTING in answer.quotes[0].text


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
