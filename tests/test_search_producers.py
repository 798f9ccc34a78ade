"""A producer's requests for a line to use on air, in their shorthand: a label for the
line ("clip:", "one-liner for the cold open:", "China Daily op-ed opener - …"), the line
named after its gist ("X - Zhi line", "X clip please, the Guangming one", "X - is there a
snappy line?") and a piece named loosely, a letter off ("…, Guangmin")."""

import pytest

from bot.search.asking.asker import without_asker
from bot.search.spelling import Speller


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("clip: the river towns that can only be saved by everyone pitching in?", "the river towns that can only be saved by everyone pitching in?"),
        ("one-liner for the cold open: the bridge has become a symbol", "the bridge has become a symbol"),
        ("quick one: the mayor's promise?", "the mayor's promise?"),
        ("Herald op-ed opener - councils cannot ignore the river", "councils cannot ignore the river"),
        ("the flood barrier - Smith line", "the flood barrier"),
        ("flood insurance clip please, the Herald one", "flood insurance, the Herald one"),
        ("freedom vs order - is their a snappy line?", "freedom vs order?"),
        ("scene-setter line re the slow recovery", "the slow recovery"),
        ("need the river-as-lifeline line, Herald", "need the river-as-lifeline, Herald"),
    ],
)
def test_a_producers_request_leaves_the_lines_gist(question, subject):
    assert without_asker(question) == subject


def test_a_line_named_inside_the_question_stays():
    # The line is what is asked about, not the request's frame.
    assert without_asker("what is the closing line of the Zhi piece?") == "what is the closing line of the Zhi piece?"
    assert without_asker("Cyber sovereignty: what does the line mean?") == "Cyber sovereignty: what does the line mean?"
    # A line "on X: Y" is asked of X; a line named in a
    # sentence of its own goes with that sentence, leaving no adjective behind.
    assert without_asker("Give me the line on how the mayor wanted towns to act: talks, deals").startswith("how the mayor wanted towns to act")
    assert without_asker("What does the Herald say the town gets out of this? The payoff line.") == "What does the Herald say the town gets out of this?"


def test_where_a_named_writer_says_it_asks_for_what_they_say(searcher):
    answer = searcher.search("Quote for a quiz: where the Guangming writer says the world has entered an era of upheaval.")
    assert answer.answered
    assert "The world has entered a new period of turbulence and change" in answer.quotes[0].text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("one-liner for the cold open: world has tipped into a turbulent new era", "The world has entered a new period of turbulence and change"),
        ("China Daily op-ed opener - digital governance can't ignore sovereign states", "cannot ignore the important influence of sovereign states"),
        ("freedom vs order - is their a snappy line?", "Freedom is the purpose of order"),
        ("cold war mentality clip please, the Guangming one", "abandon the Cold War mentality"),
    ],
)
def test_a_producer_gets_the_line(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered, f"{question!r} was not answered"
    assert said in answer.quotes[0].text


def test_a_piece_named_a_letter_off_is_read_as_its_name(searcher):
    answer = searcher.search("what does Guangmin say about the digital divide")
    assert answer.read_as == "what does Guangming say about the digital divide"
    assert searcher.read("what does Guangmin say about the digital divide").documents == frozenset({"guangming-2022"})
    assert "bridge the digital divide" in answer.quotes[0].text


def test_only_a_pieces_own_long_name_is_read_so_and_only_when_one_is_near():
    speller = Speller(["The river rose."], headings=["Riverside Chronicle", "Riverside Chronicles Weekly"])
    fixed = {c.original: c.corrected for c in speller.correct("what does Riversid say")}
    assert fixed == {"Riversid": "Riverside"}
    # Two names a letter off: neither is read. A short name is a name of its own.
    assert speller.correct("what does Chronicled say") == []
    assert Speller(["The river rose."], headings=["Daily Post"]).correct("what does Dailey say") == []
