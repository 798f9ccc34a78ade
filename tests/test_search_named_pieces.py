"""A question naming a piece ("according to the Zhang article", "per China Daily") is
answered from a lower confidence than one naming none: its asker knows the piece and
asks what it says, so it is far more often one the texts answer. Off-topic questions
naming a piece are still refused."""

from dataclasses import replace

import pytest

from bot.search.abstention import DEFAULT_RULE, Evidence


def test_the_same_evidence_is_answered_when_the_question_names_a_piece():
    evidence = Evidence(dense=0.45, coverage=0.4, phrase=False, maxsim=0.5, weakest=0.2)  # confidence 0.40
    assert DEFAULT_RULE.named_threshold <= DEFAULT_RULE.confidence(evidence) < DEFAULT_RULE.threshold
    assert not DEFAULT_RULE.answers(evidence)
    assert DEFAULT_RULE.answers(replace(evidence, names_document=True))
    # ... but a name the piece's windows leave out still refuses it, and asked only whether
    # the piece speaks of a topic, the asker vouches for nothing.
    assert not DEFAULT_RULE.answers(replace(evidence, names_document=True, name_unmatched=True))
    assert not DEFAULT_RULE.answers(replace(evidence, names_document=True, of_topic=True))


def test_a_stance_asked_of_a_name_the_piece_mentions_in_passing_gets_no_lower_threshold():
    # A writer's stance asked yes or no of a name a top window holds while the rest of the
    # subject is matched nowhere: the asker of the piece's stance on what it barely names
    # does not vouch that it speaks of it.
    evidence = Evidence(dense=0.5, coverage=0.6, phrase=False, maxsim=0.6, weakest=0.3, names_document=True, stance=True, yes_no=True)
    assert DEFAULT_RULE.answers(evidence)
    passing = replace(evidence, aspect_gap=0.3)
    assert DEFAULT_RULE.named_threshold <= DEFAULT_RULE.confidence(passing) < DEFAULT_RULE.threshold
    assert not DEFAULT_RULE.answers(passing)
    # ... not a stance asked of the texts' everyday names (China, rarity 0.32: a gap of 0.1 at most),
    # nor a question asking what the piece says of the name rather than its stance.
    assert DEFAULT_RULE.answers(replace(evidence, aspect_gap=0.08))
    assert DEFAULT_RULE.named_threshold <= DEFAULT_RULE.confidence(replace(passing, stance=False))
    assert DEFAULT_RULE.answers(replace(passing, stance=False))


@pytest.mark.parametrize(
    "question",
    [
        "is zhi in favour of the shanghai cooperation organization taking in more members",
        "Does Zhi criticise the Interactive Advertising Bureau's rules on online ads?",
        "Is the 2020 article angry at Twitter the company for how it handled the ambassador hack?",
    ],
)
def test_a_stance_on_what_the_named_piece_mentions_in_passing_is_refused(searcher, question):
    assert not searcher.search(question).answered


@pytest.mark.parametrize(
    "question, said",
    [
        ("Does Guangming condemn Cold War thinking?", "Cold War mentality"),
        ("Is Zhi proud of China's results against cross-border cybercrime?", "cybercrime"),
    ],
)
def test_a_stance_on_what_the_named_piece_speaks_of_is_still_quoted(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered
    assert any(said in quote.text for quote in answer.quotes[:3])


@pytest.mark.parametrize(
    "question, said",
    [
        ("How does Zhang read Washington's War on Terror in terms of the international order?", "War on Terror waged by the US"),
        ("What did Xi's opening address lay out, according to the Zhang article?", "put forward five propositions"),
        ("What is Guangming's alternative to closed-door policies?", "Openness is a prerequisite"),
    ],
)
def test_a_covered_question_naming_a_piece_is_quoted_from_it(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered
    assert said in answer.quotes[0].text


@pytest.mark.parametrize(
    "question",
    [
        "According to the Zhang article, what is the capital of Brazil?",
        "What does the Global Times piece say about cryptocurrency?",
        "What does Guangming say about the Paris Call?",
        "What does Zhang say about the Apollo moon landing?",
    ],
)
def test_an_off_topic_question_naming_a_piece_is_still_refused(searcher, question):
    assert not searcher.search(question).answered


@pytest.mark.parametrize(
    "question, said",
    [
        ("What did Xi say at Wuzhen about privacy and IP violations, as quoted by Zhang?", "intellectual property"),
        ("What did Xi call global scourges at Wuzhen, per Zhang?", "scourges"),
    ],
)
def test_a_name_the_named_piece_writes_away_from_its_best_passages_is_no_unknown_name(searcher, question, said):
    """Zhang names Wuzhen where the conference opened, not in his passage on what Xi said
    there: the piece writes the name, so the whole corpus's best passages decide."""
    answer = searcher.search(question)
    assert answer.answered
    assert any(said in quote.text for quote in answer.quotes)


def test_a_name_the_named_piece_never_writes_still_refuses_it(searcher):
    """Only Zhang's piece mentions the Islamic State; Zhi's never does."""
    assert not searcher.search("What does Zhi say about the Islamic State?").answered


ROADS = """Roads carry the trade of the town. Clear roads let carts and people move freely, and the busiest roads are swept each morning.

The council has one complaint. We oppose parking carts on the roads over the bridges.
"""


@pytest.fixture(scope="module")
def roads(searcher_of):
    return searcher_of(ROADS)


def test_a_verb_the_named_piece_writes_stays_in_the_subject(roads):
    # "oppose" is what is asked, not the writer's act of saying: the piece's "We oppose …" answers it.
    answer = roads.search("What does the Daily Post oppose on the roads?")
    assert answer.answered
    assert "We oppose parking carts" in answer.quotes[0].text


@pytest.mark.parametrize(
    "question, subject",
    [
        # The writer's verb gone, its "does" goes too: what is left reads as a phrase.
        ("Which measure does the Daily Post say keeps the roads clear?", "Which measure keeps the roads clear"),
        ("What remedy does the Daily Post prescribe for the busiest roads?", "What remedy for the busiest roads"),
        # ... and a bare "how" with it, as "how does ꙮ describe X" reads as X.
        ("How does the Daily Post justify sweeping the roads?", "sweeping the roads"),
        # ... and an adverb saying how the writer does it ("flatly", "expressly"), with it.
        ("Where does the Daily Post flatly rule out parking on the bridges?", "Where parking on the bridges"),
        # A verb asking for a list stays, for the list to be read: the piece is "it" that lists.
        ("Which complaints does the Daily Post list about the roads?", "Which complaints does it list about the roads"),
    ],
)
def test_a_named_writers_verb_leaves_the_subject_with_its_auxiliary(roads, question, subject):
    assert roads.search(question).subject == subject
