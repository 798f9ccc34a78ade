"""A Model UN delegate's labels ("Delegate of Nigeria:", "Draft resolution, operative
clause on X —", "Clause on X:") are the asker's, not the subject; a case put to a piece
and then the piece's reply asked for ("What's Zhi's reply?", "How would Zhang answer
him?", "Which Guangming principle does that violate?") is searched as the case."""

import pytest

from bot.search.names import NameCase


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("Delegate of Bangladesh: where does Guangming say everyone's concerns should be reflected more evenly in governance?", "where everyone's concerns should be reflected more evenly in governance"),
        ("Draft resolution, operative clause on the UN — what does Guangming say the United Nations' role should be?", "the United Nations' role should be"),
        # ... a case, and the piece's answer to it asked for.
        # (Who says it is the asker's frame, as a newsroom's "Readers say X" is.)
        ("Someone says you can't govern what you can't physically touch. What's Zhi's reply?", "you can't govern what you can't physically touch"),
        ("My roommate says one superpower should just run the internet. How would Zhang answer him?", "one superpower should just run the internet"),
        ("Say one state breaks into another state's electricity grid. Which Guangming principle does that violate?", "one state breaks into another state's electricity grid"),
    ],
)
def test_the_subject_is_what_the_delegate_or_the_case_asks_of(searcher, question, subject):
    assert searcher.read(question).subject == subject


def test_a_claim_in_the_asker_s_own_essay_is_no_one_else_s_case(searcher):
    claim = "My essay claims the Guangming piece treats connectedness as the very essence of the internet. Which line backs that?"
    assert searcher.read(claim).subject == "connectedness as the very essence of the internet"


def test_one_and_another_are_each_other_not_the_next_item(searcher):
    assert searcher.read("Say one state breaks into another state's electricity grid. Which Guangming principle does that violate?").asks.ordinal is None
    assert searcher.read("What's the other challenge Guangming names?").asks.ordinal == "other"


def test_a_delegation_s_country_is_not_respelt(searcher):
    question = "Delegate of Chad: where does Guangming admit that gaps in connectivity hold poorer nations back?"
    assert searcher.read(question).read == question


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("Draft resolution, operative clause on the UN — what does Guangming say the United Nations' role should be?", "the role of the United Nations as the main channel"),
        ("Clause on CERT-to-CERT collaboration: does Guangming back exchanging threat intelligence quickly between countries?", "share timely information on cyber threats"),
        ("Someone says you can't govern what you can't physically touch. What's Zhi's reply?", "The Internet is not tangible"),
    ],
)
def test_the_delegate_and_the_case_get_the_piece_s_line(searcher, question, quoted):
    answer = searcher.search(question)
    assert answer.answered and any(quoted in q.text for q in answer.quotes[:3])


def test_a_committee_topic_the_texts_never_treat_is_refused(searcher):
    assert not searcher.search("Delegate of Brazil: what does Zhi say about Brexit?").answered


SENTENCES = ["The Belt and Road Initiative links many countries.", "Xi spoke of the Online Silk Road in Wuzhen."]


def test_a_word_written_only_inside_a_name_is_an_everyday_one_after_the():
    names = NameCase(SENTENCES)
    assert names.plain_part("road", "draft rules of the road for cyberspace")
    assert not names.plain_part("road", "what is the belt and road initiative")
    assert not names.plain_part("road", "which silk road does Zhi mention")
