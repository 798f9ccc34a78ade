"""The words that only ask for a quote backing the asker's claim are no part of its subject."""

import pytest

from bot.search.asking.asker import without_asker


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        # The asker's stance put as a label, or as "I say".
        ("My thesis: the report sees rising tariffs as a threat to growth. Which line supports that?",
         "the report sees rising tariffs as a threat to growth"),
        ("I say the author objects to outsiders judging local customs. Which sentence proves it?",
         "the author objects to outsiders judging local customs"),
        # ... or as what they are looking for, closed by asking for the words.
        ("Looking for the minister's praise that the new bridge unites the region — exact words please.",
         "the minister's praise that the new bridge unites the region"),
        ("Quote hunting: the mayor presenting the budget as good for every district.",
         "the mayor presenting the budget as good for every district."),
        # The request closing the claim, whatever it says the line does, whoever's line it is
        # and whatever it is for.
        ("The song at the top of the report seems to warn that unchecked power corrupts — which line shows that, for my essay?",
         "The song at the top of the report seems to warn that unchecked power corrupts"),
        ("I'm arguing the memo presents the merger as a key step. Which line names it?",
         "the memo presents the merger as a key step"),
        ("I want to show the council presents its plan as focused on ordinary people. Which Herald phrase says so?",
         "the council presents its plan as focused on ordinary people"),
    ],
)
def test_the_request_for_a_backing_line_is_no_part_of_the_claim(question, claim):
    assert without_asker(question).removeprefix("does ") == claim


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("Isn't it true that the mayor ranks roads above schools?", "the mayor ranks roads above schools?"),
        ("Am I remembering right that the memo says the plan is cheap?", "the memo says the plan is cheap?"),
    ],
)
def test_a_claim_checked_negated_or_as_remembered_is_the_subject(question, claim):
    assert without_asker(question) == claim


def test_a_word_true_in_the_subject_asks_no_check():
    assert without_asker("is true love real") == "is true love real"


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        # A passage half remembered, asked for by what it is about or says.
        ("what was that bit about the bridge being a gift to the town", "the bridge being a gift to the town"),
        ("what's the bit about councils going it alone", "councils going it alone"),
        ("is there a bit where they talk about the river drying up", "the river drying up"),
        ("the line saying nobody can stay dry in a flood", "nobody can stay dry in a flood"),
        ("where it says the mayor keeps breaking her promises", "the mayor keeps breaking her promises"),
        # ... asked where it is, or which line says it, of a piece or its poem.
        ("Where's the bit about the bridge being older than the town?", "the bridge being older than the town"),
        ("where is the part about councils going it alone", "councils going it alone"),
        ("where can I find the line about the river drying up", "the river drying up"),
        ("which line says that nobody can stay dry in a flood", "nobody can stay dry in a flood"),
        ("Which line of the poem says the river never sleeps?", "the river never sleeps"),
        # ... or where it is mentioned, in the passive: what is said, not a place.
        ("Where is flood insurance mentioned?", "flood insurance mentioned"),
        ("where are the town's bridges discussed", "the town's bridges discussed"),
        # ... or how it is described, in the passive: what is said of it; where, or by whom, stays.
        ("How is the flood barrier described?", "the flood barrier"),
        ("how are the river towns portrayed in the 2015 article", "the river towns in the 2015 article"),
        ("How was the bridge seen by the mayor?", "the bridge by the mayor"),
        # ... its picture is the passage's, not the asker's: "X being like a Y" recalls "X is a Y".
        ("what was that bit about trust being like a bank you can't refill", "trust being a bank you can't refill"),
        # ... or asked for after the words it remembers.
        ("Floods need shared answers — is that a line in there?", "Floods need shared answers"),
        ("towns turning inward, putting up walls — is that talked about?", "towns turning inward, putting up walls"),
    ],
)
def test_a_half_remembered_passage_is_asked_for_by_what_it_says(question, subject):
    assert without_asker(question).rstrip("?") == subject


def test_how_a_thing_is_done_in_the_passive_is_asked_as_it_is():
    # Only how something is told of is what is said of it; how it was done is asked.
    assert without_asker("How was the bridge built?") == "How was the bridge built?"
    assert without_asker("How is the river described as dangerous and why?") == "How is the river described as dangerous and why?"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("How is cyber sovereignty described?", "cyber sovereignty"),
        ("how are developing countries portrayed in the Guangming article", "developing countries"),
    ],
)
def test_how_something_is_described_finds_what_is_said_of_it(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered and said in answer.quotes[0].text.lower()


def test_how_a_piece_describes_what_it_never_names_is_not_covered(searcher):
    # The 2015 piece never writes "sovereignty": its nearest sentence is no answer.
    assert not searcher.search("how is cyber sovereignty described in the 2015 article?").answered


def test_a_part_played_is_no_passage_asked_for():
    assert without_asker("What part does the council play in the plan?") == "What part does the council play in the plan?"
    assert without_asker("Which part of the town lies below the river?") == "Which part of the town lies below the river?"
    assert without_asker("where is the bridge") == "where is the bridge"
    assert without_asker("where was the bridge built") == "where was the bridge built"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Where's the bit about the whole being more than the sum of its parts?", "the whole is greater than the sum of the parts"),
        ("which line says that cyberspace is the common space of mankind", "common space of mankind"),
        ("Which line of the poem says you have to set limits first if you want freedom online?", "Limits should first be set in this net kingdom"),
        ("Where is Pandora's box mentioned?", "Pandora’s Box"),
        ("Where is spyware mentioned?", "spyware"),
    ],
)
def test_a_line_asked_for_where_or_which_is_found_by_what_it_says(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered and answer.read_as is None  # "line" is never read as "life"
    assert said in answer.quotes[0].text


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        # Who says it, inside the question after what it asks for, or after all of it.
        ("What imbalances does the writer say are holding the poorer towns back?", "What imbalances are holding the poorer towns back?"),
        ("Which of the big firms does the article name?", "Which of the big firms?"),
        ("Who ought to run the river, as the writer sees it?", "Who ought to run the river?"),
        # ... not a question opening on it, which the frames read.
        ("What does the writer hope the river will become?", "What does the writer hope the river will become?"),
    ],
)
def test_who_says_the_answer_inside_a_question_is_framing(question, subject):
    assert without_asker(question) == subject
