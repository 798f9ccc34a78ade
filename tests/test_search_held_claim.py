"""A yes/no question asking whether someone holds a view puts a claim in the asker's words."""

from bot.search.answer_kinds import claim_opening, held_claim


def test_held_claim_is_what_the_writer_is_asked_to_hold():
    assert held_claim("Does the writer think online safety gets turned into a political football?") == "online safety gets turned into a political football?"
    assert claim_opening("this whole idea is what people want") == "whole"


def test_saying_or_mentioning_is_no_held_claim():
    assert held_claim("Does Zhang say where the NSA has its headquarters?") is None
    assert held_claim("Do the texts talk about encryption?") is None
    assert held_claim("What does the writer think about trust?") is None
