"""Asked by place and order: the sentence straight after a line named by a word or two
of it or by a quotation, an item of a series asked by its number or as the one that
ends it, the sentences in a row opening on the same words read as a series, a titled
item answered by what its paragraph says of it, and the very first line of a piece.
A question in the same words about what the texts never say is still refused."""

import pytest

from bot.search.asking import asks
from conftest import first_text as first

GARDENS = """Green is the city we mean to keep,
Shade for the tired and beds for the young,
Benches for those who would rather sleep,
And parks where the evening songs are sung.

The city's gardens need a plan for the next decade. Parks cover a fifth of the land inside the ring road. Most were laid out before the war.

The council proposes to build three kinds of garden:

Build a garden of shade. Heat has become the summer's worst nuisance on the estates. To build a garden of shade is to plant oaks and limes along the hottest streets. Their canopies cool the pavements by several degrees.

Build a garden of food. Many families have no soil of their own. To build a garden of food is to give allotments to every estate. Schools would tend the beds in term time.

Build a garden of rest. Traffic noise keeps older people indoors. To build a garden of rest is to set benches and quiet lawns away from the main roads. Older residents asked for this in the survey.

Residents who answered the council's survey were clear about what they would not accept. We oppose paving over front lawns. We oppose selling playing fields. We oppose felling street trees for parking. We oppose locking parks at dusk.

The plan will go to a public vote in the spring, after a summer of meetings in every ward of the city. Its authors hope the city will be greener by 2035.
"""


@pytest.fixture(scope="module")
def gardens(searcher_of):
    return searcher_of(GARDENS, titles=("A plan for the city's gardens",))


@pytest.mark.parametrize(
    "question, side",
    [
        ("What comes straight after the allotments sentence?", "after"),
        ("straight after the 'several degrees' line, what does it say?", "after"),
        ("The short line after 'selling playing fields' — what is it?", "after"),
        ("Just before Smith declares the plan will go to a vote, what does she say?", "before"),
        # A quotation alone after "what follows" asks more often for the rest of it.
        ("what follows 'the plan will go to a public vote in...'?", None),
    ],
)
def test_a_line_named_by_its_words_or_a_quotation_has_its_neighbour_asked(question, side):
    assert asks(question, names_document=False).neighbour == side


@pytest.mark.parametrize(
    "question, place, words",
    [
        ("In the lineup of gardens, which is number two?", "2", ("gardens",)),
        ("Which garden rounds out the set?", "last", ("garden",)),
        ("Which kind of garden closes the council's list?", "last", ("kind",)),
        ("Third in that string of objections — what is it?", "3", ("objections",)),
    ],
)
def test_an_item_asked_by_its_number_or_as_the_last_is_read_as_a_place(question, place, words):
    asked = asks(question, names_document=False)
    assert (asked.ordinal, asked.ordinal_words) == (place, words)


@pytest.mark.parametrize(
    "question",
    ["what did the council do first in the spring", "Is tourism number one for the city's economy, in percent?"],
)
def test_an_ordinal_of_time_or_a_share_is_no_place_in_a_series(question):
    assert asks(question, names_document=False).ordinal is None


@pytest.mark.parametrize(
    "question, ending",
    [
        ("How does the food paragraph finish up?", "end"),
        ("The piece signs off with what hope?", "end"),
        ("How does the piece wind up?", "end"),
        ("what's the closing call of the gardens piece", "end"),
        ("Near the end, what does the piece call for?", "end"),
        ("Near the start of the piece, what does it say of parks?", "start"),
        ("What happened toward the end of 2035?", None),  # a year's end, no place in the piece
    ],
)
def test_more_ways_of_asking_how_a_part_ends(question, ending):
    assert asks(question, names_document=False).position == ending


def test_the_sentence_after_a_line_named_by_a_word_of_it_is_quoted_first(gardens):
    quote = first(gardens, "What comes straight after the allotments sentence?")
    assert quote.startswith("Schools would tend the beds")


@pytest.mark.parametrize(
    "question, wanted, not_wanted",
    [
        ("the third 'we oppose'?", "We oppose felling street trees", "selling playing fields"),
        ("The final 'we oppose' — what does it target?", "locking parks at dusk", "paving over"),
    ],
)
def test_sentences_in_a_row_opening_alike_are_a_series_asked_by_place(gardens, question, wanted, not_wanted):
    quote = first(gardens, question)
    assert wanted in quote
    assert not_wanted not in quote


@pytest.mark.parametrize(
    "question, item",
    [("What's the third garden?", "garden of rest"), ("In the lineup of gardens, which is number two?", "garden of food"), ("Which garden rounds out the set?", "garden of rest")],
)
def test_a_titled_item_asked_by_place_is_answered_by_its_paragraph(gardens, question, item):
    assert item in first(gardens, question)


def test_the_very_first_line_of_a_piece_is_its_first_sentence(gardens):
    assert first(gardens, "What's the very first line of the gardens piece?").startswith("The city's gardens need a plan")


@pytest.mark.parametrize(
    "question",
    ["What comes straight after the tram fares sentence?", "In the lineup of tram routes, which is number two?"],
)
def test_a_place_next_to_what_the_texts_never_say_is_refused(gardens, question):
    assert not gardens.search(question).answered


@pytest.mark.parametrize(
    "question, place",
    [("Which ideas does paragraph two of the Daily Post piece raise?", "2"), ("In the fourth paragraph, what would schools do?", "4"), ("what's in para 3", "3")],
)
def test_a_paragraph_asked_by_its_number_is_read_as_a_place(question, place):
    asked = asks(question, names_document=False)
    assert asked.ordinal == place and "para" in asked.ordinal_words[0]


def test_a_paragraph_asked_by_its_number_narrows_what_more_is_asked_to_it(gardens):
    # "the survey" is in the fifth paragraph and the sixth: the number decides.
    assert first(gardens, "In the fifth paragraph, who asked for something in the survey?").startswith("Older residents asked for this")
    assert first(gardens, "In the sixth paragraph, what does it say about the survey?").startswith("Residents who answered")


def test_a_paragraph_asked_for_by_its_number_alone_is_quoted(gardens):
    assert "garden of food" in first(gardens, "what does the fourth paragraph of the gardens piece say")


def test_a_numbered_paragraph_asked_about_what_the_texts_never_say_is_refused(gardens):
    assert not gardens.search("What does the fifth paragraph say about tram fares?").answered


def test_how_a_little_poem_in_front_of_a_piece_signs_off_is_its_last_line(gardens):
    assert "evening songs are sung" in first(gardens, "How does the little poem in front of the piece sign off?")


def test_a_titled_paragraph_named_without_its_verb_is_the_part_asked_for(searcher):
    # "Respect cyber sovereignty." titles the paragraph: "the sovereignty principle" names it.
    quote = first(searcher, "Sovereignty principle, final sentence: what's off-limits for any country?")
    assert "No country should seek cyber hegemony" in quote


@pytest.mark.parametrize(
    "question, wanted",
    [
        ("What's the second sentence of the gardens piece?", "Parks cover a fifth of the land"),
        ("what's the penultimate paragraph of the Daily Post piece about?", "We oppose"),
        ("What's the second-to-last paragraph of the Daily Post piece?", "We oppose"),
    ],
)
def test_a_sentence_or_the_paragraph_before_the_last_asked_by_place_is_quoted(gardens, question, wanted):
    assert wanted in first(gardens, question)


@pytest.mark.parametrize("question", ["What's the penultimate paragraph about?", "what does the last-but-one paragraph say"])
def test_the_place_before_the_last_asks_no_conclusion(question):
    asked = asks(question, names_document=True)
    assert asked.ordinal == "-2" and not asked.conclusion


@pytest.mark.parametrize(
    "question, wanted",
    [
        ("what does the piece say right after the poem?", "The city's gardens need a plan"),
        ("what's the next sentence after the one about allotments?", "Schools would tend the beds"),
        ("and the sentence before that one about allotments?", "Many families have no soil of their own"),
    ],
)
def test_the_neighbour_of_a_poem_or_of_the_one_about_something_is_quoted_first(gardens, question, wanted):
    assert first(gardens, question).startswith(wanted)


def test_what_comes_right_after_a_heading_is_the_first_sentence_under_it(searcher):
    quote = first(searcher, "what comes right after the heading Problems in cyberspace in Zhi?")
    assert quote.startswith("The Internet has greatly enhanced our world")


@pytest.mark.parametrize(
    "question, mention",
    [("Where does Zhi first mention hegemony?", "first"), ("what's the last mention of Wuzhen in Zhang?", "last"), ("the first time Guangming brings up the UN?", "first"),
     ("What's the last thing the Daily Post says about the survey?", "last"), ("Did Xi first propose the idea in 2015?", None)],
)
def test_which_mention_of_something_is_asked_for_is_read(question, mention):
    assert asks(question, names_document=True).mention == mention


@pytest.mark.parametrize(
    "question, wanted",
    [("Where does the Daily Post piece first mention the survey?", "Older residents asked for this in the survey"),
     ("What's the last thing the Daily Post says about the survey?", "Residents who answered the council's survey")],
)
def test_the_first_or_last_mention_asked_for_is_quoted_first(gardens, question, wanted):
    assert first(gardens, question).startswith(wanted)


def test_the_first_mention_of_what_the_texts_never_say_is_refused(gardens):
    assert not gardens.search("Where does the Daily Post piece first mention trams?").answered


@pytest.mark.parametrize(
    "question, ending",
    [
        ("What does the gardens piece say at the end?", "end"),
        ("what does the gardens piece say in the end", "end"),
        ("What does the gardens piece say at the start?", "start"),
        # ... "in the end" of a story is its outcome, no place in the piece.
        ("what came out of the public vote in the end", None),
    ],
)
def test_what_a_piece_says_at_its_end_or_start_asks_its_place(question, ending):
    assert asks(question, names_document=True).position == ending


def test_what_a_piece_says_at_the_end_is_its_closing_paragraph(gardens):
    quote = first(gardens, "What does the gardens piece say at the end?")
    assert "public vote in the spring" in quote or "greener by 2035" in quote
    assert not gardens.search("What does the gardens piece say at the end about bus fares?").answered


def test_the_last_thing_a_piece_says_is_its_end_not_the_last_of_a_series():
    asked = asks("What's the last thing the gardens piece says?", names_document=True)
    assert asked.position == "end" and asked.ordinal is None


@pytest.mark.parametrize("question", ["What does the council lay out for the estates?", "What does the plan set out for the estates?"])
def test_a_proposal_laid_out_is_read_as_proposed(gardens, question):
    subject = gardens.read(question).subject
    assert "propose" in subject and " out " not in f" {subject} "
    assert gardens.search(question).answered
    assert "set out" in gardens.read("What did the council set out to build first?").subject  # an aim, not a proposal
