"""A newsroom checking a claim or an attribution: who passed the claim on ("Readers say
X", "Someone on X says Y", "Our reporter paraphrased Zhi: X"), the check asked for
("Verify: X", "X. Confirm", "X. Original?", "Real or made up?", "Source graf?", "Is it
accurate that X") and the outlet by its initials ("GM says …") frame the claim; the
claim is the subject."""

import pytest

from bot.search.asking.message import asked
from tests.conftest import first_quote


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("Readers say the Global Times warned that hacking sows confusion. Is that in the piece?", "hacking sows confusion"),
        ("Someone on X says China Daily wants the internet kept neutral. Real or made up?", "the internet kept neutral"),
        ("Claim online says the GT piece cited a bank that got hacked. Is there one?", "cited a bank that got hacked"),
        ("Verify: Zhang says the leaks were a watershed", "the leaks were a watershed"),
        ("On background: China Daily supposedly says states owe moral duties to one another. Confirm the wording?",
         "states owe moral duties to one another"),
        ("Zhang: America's discourse complicates a common destiny. Confirm", "America's discourse complicates a common destiny"),
        ("Per Zhang, local governments missed the chance to cut costs. Verify", "local governments missed the chance to cut costs"),
        ("Claim: GT says the trust of netizens has been overdrawn. Source graf?", "the trust of netizens has been overdrawn"),
        ("Is it accurate that Guangming criticizes countries trying to decouple?", "countries trying to decouple"),
        ("Is it accurate to say Zhang reports the world praising China's proposal?", "the world praising China's proposal"),
    ],
)
def test_the_claim_checked_is_the_subject(searcher, question, subject):
    read = searcher.read(question).subject
    assert subject in read
    assert not {"confirm", "verify", "source", "graf", "accurate", "real", "readers", "someone", "claim"} & set(read.lower().split())


def test_a_check_asked_alone_after_the_claim_reads_the_claim():
    claim = "Our reporter paraphrased the Herald: towns act as they please. Original?"
    assert "towns act as they please" in asked(claim)
    # A question naming something of its own is still what is asked.
    assert asked("The Herald writes about towns. Which rivers flood the valley every spring?") == "Which rivers flood the valley every spring?"


@pytest.mark.parametrize(
    ("question", "said", "doc_id"),
    [
        ("GM says protecting cybersecurity is the international community's shared responsibility — confirm",
         "shared responsibility of the international community", "guangming-2022"),
        ("Our reporter paraphrased Zhi: certain countries act however they please online while others are left exposed. Original?",
         "some countries are doing whatever they prefer", "zhi-2016"),
        ("Readers say GT warned that breaking into someone's social accounts sows confusion and hurts cyber order. Is that in the piece?",
         "intrusion into other person's social accounts", "globaltimes-2020"),
    ],
)
def test_a_claim_checked_in_newsroom_words_finds_its_passage(searcher, question, said, doc_id):
    quote = first_quote(searcher, question)
    assert quote.doc_id == doc_id
    assert said in quote.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Zhi Zhenfeng's institutional affiliation, per the tagline?", "Institute of Law"),
        ("Zhang Guoqing's affiliation as stated at the end of the piece?", "Institute of American Studies"),
        ("GT byline is blank. Does the piece identify its author's position anywhere?", "The author is director"),
    ],
)
def test_an_authors_affiliation_asked_by_where_the_piece_gives_it_is_its_byline(searcher, question, said):
    assert said in first_quote(searcher, question).text


@pytest.mark.parametrize(
    "question",
    [
        "The Global Times piece has no byline. What does its closing line say about the author's job?",
        "Who is the author of the Global Times piece as per its closing line?",
    ],
)
def test_a_piece_said_to_name_no_author_is_answered_by_its_byline(searcher, question):
    assert "The author is director" in first_quote(searcher, question).text
