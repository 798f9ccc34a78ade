"""Names as a dictation engine or a hurried typist writes them: a one-word name heard as
two ("woo zhen", "woo jen"), a piece's outlet misspelt ("the guangmin article") — read as the texts'."""

import pytest


def test_a_name_heard_as_two_words_is_read_as_the_texts_name(searcher):
    answer = searcher.search("what happened at the world internet conference in woo zhen")
    assert "Wuzhen" in (answer.read_as or "")
    assert answer.answered and "Wuzhen" in answer.quotes[0].text


def test_a_name_heard_as_english_spells_its_sounds_is_read_as_the_texts_name(searcher):
    # "woo jen" is three letters from "Wuzhen", but the same sounds: "oo" is "u", "j" is "zh".
    answer = searcher.search("what cyber crimes did Xi call for fighting at the woo jen summit")
    assert "Wuzhen" in (answer.read_as or "")
    assert answer.answered and "fight cybercrimes" in answer.quotes[0].text


def test_two_words_near_no_name_of_the_texts_stay_as_typed(searcher):
    # "wu han" is two letters from "Wuzhen" but too short to be read as a name heard apart.
    assert "Wuzhen" not in searcher.read("what happened in wu han").read


@pytest.mark.parametrize(
    "question",
    [
        "what does the guangmin article say about hegemony",
        "what does the gwang ming article say about hegemony",
    ],
)
def test_a_misspelt_piece_is_still_the_piece_asked_about(searcher, question):
    answer = searcher.search(question)
    assert answer.answered and {quote.doc_id for quote in answer.quotes} == {"guangming-2022"}
