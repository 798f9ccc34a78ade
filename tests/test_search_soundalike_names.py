"""Names as a learner hears them: a corpus name written with the sounds of the asker's
own alphabet ("Van Yi" for "Wang Yi") is read as the texts' name beside the word they
write it with, and says so; a name that sounds like none of theirs stays unknown."""

import pytest


@pytest.mark.parametrize("question", ["What Van Yi said about the risks of data?", "What did Vang Yi say about data security?"])
def test_a_name_heard_with_other_sounds_is_read_as_the_texts_name(searcher, question):
    answer = searcher.search(question)
    assert "Wang Yi" in (answer.read_as or "")
    assert answer.answered and "Wang Yi" in answer.quotes[0].text


def test_a_name_that_sounds_like_none_of_the_texts_is_not_answered(searcher):
    # "Huning" sounds like no name the texts write beside "Van": no reading, no answer.
    answer = searcher.search("What did Van Huning say about the risks of data?")
    assert "Wang" not in (answer.read_as or "")
    assert not answer.answered
