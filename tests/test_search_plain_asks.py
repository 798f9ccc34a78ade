"""Two plain ways students ask: within a section they name by its heading ("under
'Harbour repairs', what …"), and when a state set in ("when did X become such a big
deal?"), which an event it dates from answers as well as a date."""

import pytest

# A piece of two sections. The second's heading words come back in one of its sentences,
# which is not what the section says of the rest of a question; the first section shares
# the question's other words.
HARBOUR = """The town council met in the spring to plan the year's work on the waterfront.

## Harbour repairs

The old harbour wall must be rebuilt before the autumn storms arrive. The town ought to pay for the new wall out of its own budget.

## Market rules

Clear market rules matter more than anything else, the mayor said.

The town ought to build a covered hall where traders can sell in the rain.

Stall rents should be lowered for young traders.
"""

# Fog became a danger since one event; the first paragraph shares the question's words
# ("becoming", "become") and gives no time.
LIGHTHOUSE = """The lighthouse keepers are becoming increasingly worried about fog, and fog has become the main topic of every harbour meeting.

Sailors fear the coast in winter. The fog danger has grown since the tanker ran aground off the point.

The keepers' union was founded in 1990 by three families.
"""


@pytest.fixture(scope="module")
def harbour(searcher_of):
    return searcher_of(HARBOUR)


@pytest.fixture(scope="module")
def lighthouse(searcher_of):
    return searcher_of(LIGHTHOUSE)


@pytest.mark.parametrize(
    "question",
    [
        "In the 'Market rules' section, what ought the town to do?",
        "Under Market rules, what ought the town to do?",
        "what should the town do, according to the market rules section",
        "what does the town need to do, under the market rules heading?",
    ],
)
def test_a_section_named_by_its_heading_is_where_the_answer_is_looked_for(harbour, question):
    # Not the sentence saying the heading's words again ("Clear market rules matter …"),
    # nor the other section's duty of the town.
    answer = harbour.search(question)
    assert answer.answered
    assert answer.quotes[0].text.startswith("The town ought to build a covered hall")


def test_the_heading_words_without_a_pointer_to_a_part_are_only_words(harbour):
    # No "section", "under" or "heading": the question is searched over the whole piece.
    answer = harbour.search("what ought the town to pay for?")
    assert answer.answered
    assert "pay for the new wall" in answer.quotes[0].text


@pytest.mark.parametrize(
    "question",
    [
        "When did fog become a real danger?",
        "From when has the fog become a danger to sailors?",
        "when did fog turn into such a danger for sailors",
    ],
)
def test_when_a_state_set_in_is_answered_by_the_event_it_dates_from(lighthouse, question):
    answer = lighthouse.search(question)
    assert answer.answered
    assert "since the tanker ran aground" in answer.quotes[0].text


def test_when_something_was_done_still_asks_for_a_date(lighthouse):
    answer = lighthouse.search("When was the keepers' union founded?")
    assert answer.answered
    assert "in 1990" in answer.quotes[0].text


def test_onset_of_a_state_in_the_shipped_texts(searcher):
    answer = searcher.search("when did cyber security become such a serious matter?")
    assert answer.answered
    assert "since the US PRISM surveillance program was uncovered" in answer.quotes[0].text


def test_a_named_section_of_the_shipped_texts_is_searched_within(searcher):
    # Not "The balance between freedom and order should be addressed.", which only says
    # the heading's words again.
    answer = searcher.search("In the 'Balancing freedom, order' section, what does the writer think China ought to do?")
    assert answer.answered
    assert "China ought to shoulder more responsibilities" in answer.quotes[0].text



@pytest.mark.parametrize(
    ("question", "listed"),
    [
        # The others beside governments are named with them in one list.
        ("besides governments, who else should have a hand in running the internet?", "international organizations"),
        # "groups" names the kind of answer, as "actors" does: the list need not say it.
        ("which groups should play a role besides goverments", "international organizations"),
        # The sword is one figure of a sentence naming two more.
        ("apart from a sword, what does Zhi compare the internet to?", "Pandora’s Box"),
    ],
)
def test_the_others_besides_one_named_are_found_where_it_is_named_with_them(searcher, question, listed):
    answer = searcher.search(question)
    assert answer.answered
    assert listed in answer.quotes[0].text
