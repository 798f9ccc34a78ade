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


@pytest.mark.parametrize("question", ["What did Wang Yee propose on Sept 8?", "what does Zhan g say about the Snowden leaks"])
def test_a_name_autocorrect_or_english_spelling_broke_is_read_as_the_texts_name(searcher, question):
    # "Yee" is English spelling's "Yi" beside the "Wang" the texts write it with; "Zhan g"
    # is a name with its last letter typed apart.
    answer = searcher.search(question)
    assert answer.answered
    assert "Wang Yi" in (answer.read_as or "") or "Zhang" in (answer.read_as or "")


def test_a_word_and_a_letter_that_spell_no_name_stay_apart(searcher):
    assert searcher.read("what does Plan b say").read == "what does Plan b say"


@pytest.mark.parametrize(("question", "name"), [("what did Xi advocate in the Wu then keynote?", "Wuzhen"), ("which institute is Zhi Zhen fang from?", "Zhenfeng")])
def test_a_names_second_syllable_autocorrect_made_a_word_is_read_as_the_name(searcher, question, name):
    # "Wu" typed as a name and no word of the texts; "then" a letter off its "zhen".
    assert name in searcher.read(question).read


@pytest.mark.parametrize("question", ["Xi then said what?", "what did Zhang then say?"])
def test_a_name_and_a_word_after_it_that_spell_no_name_stay(searcher, question):
    assert searcher.read(question).read == question


def test_a_phrase_autocorrect_changed_beside_a_possessive_name_is_read_as_it(searcher):
    # The texts write "Ali Baba's": "Ali" pairs with "Baba" as with "Baba's".
    answer = searcher.search("Zhi's Ali baby treasure cave metaphor?")
    assert answer.answered and "Ali Baba" in answer.quotes[0].text
