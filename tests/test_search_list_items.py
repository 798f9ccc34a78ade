"""A sentence announcing a list of titled paragraphs ("… the following basic principles:"),
quoted first, is followed by the list's other items in order, each quoted as the first is."""

import pytest

PRINCIPLES = ["Respect cyber sovereignty.", "Safeguard peace and security.", "Promote openness and cooperation.", "Maintain good order."]


@pytest.mark.parametrize(
    "question",
    [
        "what are the basic principles for building a community with a shared future in cyberspace?",
        "which principles should we adhere to?",
    ],
)
def test_the_announced_list_follows_its_announcement_in_order(searcher, documents, question):
    quotes = searcher.search(question, top_k=4).quotes
    assert quotes[0].text.startswith("To build a community with a shared future in cyberspace, we should adhere to the following basic principles:")
    assert [next(p for p in PRINCIPLES if p in q.text) for q in quotes] == PRINCIPLES
    for quote in quotes:
        assert documents[quote.doc_id].body[quote.start : quote.end] == quote.text
        assert len(quote.text) <= 600


def test_the_next_page_goes_on_with_the_list(searcher):
    first = searcher.search("what are the basic principles for building a community with a shared future in cyberspace?", top_k=3)
    more = searcher.search("what are the basic principles for building a community with a shared future in cyberspace?", top_k=3, offset=3)
    assert PRINCIPLES[3] in more.quotes[0].text
    assert not {q.start for q in first.quotes} & {q.start for q in more.quotes}

