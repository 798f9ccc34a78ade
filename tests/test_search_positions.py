"""Where in a part a question asks to be quoted: how a piece, a section (by its heading's
words or its number) or a titled paragraph opens or ends, what it says first or last.
The sentences at that place are quoted first, not the part's other sentences; and a
question in the same words about something the texts never say is still refused."""

import pytest

from bot.search.asking import asks
from conftest import first_text as first

HARBOUR = """The harbour of Eastport is older than the town around it. Fishing boats have used its quays for four centuries. Today it serves ferries, traders and a small fleet of research vessels.

## 1. Harbour repairs

The north quay was rebuilt after the storm of 1998. Engineers replaced the timber piles with concrete ones. The work took three summers and closed the fish market twice. In the end the new quay was opened by the harbour master.

The lighthouse was repainted in red and white bands. Its lamp now runs on solar panels fixed to the gallery. Keepers no longer live in the cottage beside it, which became a museum of old charts.

## 2. Rules for the quays

The harbour board keeps to the following rules:

Keep the slipways clear. Boats may not be left on a slipway overnight. Trailers are parked behind the chandlery. Anyone blocking a slipway pays a fine to the lifeboat fund.

Protect the clean water. No bilge may be pumped inside the breakwater. Oil spills are reported to the board within the hour. Divers check the seabed for rubbish every autumn.

Respect the fishing season. Nets are mended on the east quay in winter. Visiting yachts give way to trawlers leaving at dawn. The season closes with a blessing of the boats in November.

## 3. Looking ahead

On the whole, the harbour has adapted to every century so far. The board expects the ferries to carry twice as many passengers by 2040.

A second breakwater is planned to shelter the new berths. Whatever is built, the old quays will stay open to the public.
"""


@pytest.fixture(scope="module")
def harbour(searcher_of):
    return searcher_of(HARBOUR)


@pytest.mark.parametrize(
    "question, position",
    [
        ("How does the Harbour repairs section end?", "end"),
        ("how does the clean water paragraph finish", "end"),
        ("What does it say at the end of the slipways part?", "end"),
        ("what's the last thing the fishing season rule says", "end"),
        ("How does section 2 begin?", "start"),
        ("What does the Harbour repairs section say first?", "start"),
        ("what's the opening claim of the clean water part", "start"),
        ("what do the rules list at the start of section 2", "start"),
        ("What does the clean water paragraph say at the end about divers?", "end"),
        ("What does the harbour board say about slipways?", None),
        ("At the end, who opened the quay?", None),  # a time in the story, not a place in the text
        ("Where does the author work, as the piece says at the end?", None),  # the byline, not a place
    ],
)
def test_where_in_a_part_a_question_asks(question, position):
    assert asks(question, names_document=False).position == position


@pytest.mark.parametrize(
    "question, quoted",
    [
        # A section by its heading's words: its last paragraph's last sentence, not its first.
        ("How does the Harbour repairs section end?", "which became a museum of old charts"),
        ("What does the Harbour repairs section say first?", "The north quay was rebuilt after the storm of 1998"),
        # A section by its number.
        ("How does section 2 begin?", "The harbour board keeps to the following rules"),
        ("how does section 1 wrap up", "which became a museum of old charts"),
        # A titled paragraph by its title's words, with or without its verb.
        ("how does the clean water paragraph finish", "Divers check the seabed for rubbish every autumn"),
        ("How does the slipways part open?", "Boats may not be left on a slipway overnight"),
        ("how does the fishing season principle end", "The season closes with a blessing of the boats in November"),
    ],
)
def test_the_sentences_at_the_place_asked_are_quoted_first(harbour, question, quoted):
    assert quoted in first(harbour, question)


def test_how_a_piece_ends_is_its_last_sentence_not_a_summing_up_before_it(harbour):
    # "On the whole, …" sums up a paragraph before the closing one: the piece ends later.
    assert "the old quays will stay open to the public" in first(harbour, "How does the piece end?")


def test_how_a_piece_opens_is_its_first_sentence(harbour):
    assert "The harbour of Eastport is older than the town around it" in first(harbour, "What does the piece open with?")


def test_a_place_in_a_part_and_more_asked_finds_the_more_there(harbour):
    quote = first(harbour, "What does the clean water paragraph say at the end about divers?")
    assert "Divers check the seabed" in quote


@pytest.mark.parametrize(
    "question",
    [
        "What was the gist of the mayor's own reaction to the storm?",
        "How does the piece end on the price of ferry tickets in Norway?",
    ],
)
def test_a_place_asked_of_what_the_texts_never_say_is_still_refused(harbour, question):
    assert not harbour.search(question).answered
