"""A question naming a paragraph by its title ("under the principle of openness and
cooperation") is asking what that paragraph says: its next quotes may come from it too,
not only its best window."""


def test_a_named_principle_is_quoted_more_than_once(searcher):
    answer = searcher.search("Which practices does the Guangming article expressly oppose under the principle of openness and cooperation?")
    texts = [quote.text for quote in answer.quotes]
    assert any(text.startswith("We oppose politicizing cybersecurity issues.") for text in texts[:3])
    assert len({quote.paragraph for quote in answer.quotes[:3] if quote.doc_id == "guangming-2022"}) < 3


def test_a_question_naming_no_paragraph_quotes_each_paragraph_once(searcher):
    answer = searcher.search("What does Guangming say about openness and cooperation?", top_k=5)
    places = [(quote.doc_id, quote.paragraph) for quote in answer.quotes]
    assert len(places) == len(set(places))
