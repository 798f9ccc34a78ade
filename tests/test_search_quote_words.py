"""The quoting reads a window's words once: asked again, in this question or a later one,
it gives the same words, those the lexical index reads in the window's text."""


def test_a_windows_words_are_remembered_and_are_its_texts(searcher):
    quoting = searcher.quoting
    for passage in searcher.index.passages[:50]:
        text = quoting._documents[passage.doc_id].body[passage.start : passage.end]
        first = quoting._words(passage)
        assert first == set(searcher._lexical.tokens(text))
        assert quoting._words(passage) is first
