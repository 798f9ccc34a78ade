"""Questions by analogy: the picture an asker compares a subject to is theirs, not words
the texts must hold (bot/search/comparison.py, read by the coverage evidence)."""

from bot.search.comparison import tenor


def test_a_picture_of_a_kind_is_left_out_of_the_subject():
    assert tenor("Is trust like a bank account that has gone overdrawn, as the writer says") == "Is trust, as the writer says"
    assert tenor("Are there back doors in software, like a thief keeping a spare key?") == "Are there back doors in software?"


def test_after_a_linking_verb_a_name_or_the_thing_compared_to_is_a_picture():
    assert tenor("Should technology be like Switzerland, neutral and not taking sides") == "Should technology be, neutral and not taking sides"
    assert tenor("Should no nation behave like the neighbourhood bully online?") == "Should no nation behave?"


def test_examples_a_verb_a_hedge_and_a_situation_are_kept():
    for subject in (
        "ransomware attacks like WannaCry",
        "crimes like drug trafficking and gambling",
        "standards bodies like the ITU",
        "would like the line on the digital economy",
        "something like a fourth industrial revolution",
        "stop thinking like in the Cold War",
    ):
        assert tenor(subject) == subject


def assert_quoted(searcher, question: str, said: str) -> None:
    """The question is answered with ``said`` in its first quote."""
    answer = searcher.search(question)
    assert answer.answered
    assert said in answer.quotes[0].text


def test_a_word_of_the_picture_read_as_a_name_does_not_refuse_the_question(searcher):
    # "bank" is a word the texts write only in a name ("Investment Bank").
    assert_quoted(searcher, "Is trust like a bank account that has run dry, in their view?", "overdrawn the basic trust")


def test_a_place_the_texts_never_name_as_the_picture_does_not_refuse_the_question(searcher):
    assert_quoted(searcher, "Should information technology be like Sweden, neutral and taking no sides?", "information technology neutrality")


def test_a_name_given_as_an_example_is_still_one_the_texts_must_know(searcher):
    assert not searcher.search("Do they discuss ransomware attacks like WannaCry?").answered


def test_an_everyday_word_after_a_that_the_texts_write_only_in_a_name_is_no_name(searcher):
    # "road" is written only in a name by the texts; "a bumpy road" is the asker's picture.
    assert_quoted(searcher, "Will it be a bumpy road rather than a smooth ride to fix the cyber order?", "will certainly not be smooth")


def test_the_same_word_typed_as_part_of_a_name_still_needs_a_passage_naming_it(searcher):
    assert not searcher.search("how do hackers get into peoples bank accounts").answered
