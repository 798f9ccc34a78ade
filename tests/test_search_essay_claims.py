"""An essay writer's claim, put in their own words, read as the subject of the line they
want: opened by their draft or what they wrote ("My draft: X", "I wrote that X", "For my
essay I say X") and closed by the request ("Backing?", "Anything to back that?", "Is
anyone quoted saying that?", "Does the China Daily op-ed agree?")."""

import pytest


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("My draft: great-power mistrust online just mirrors mistrust offline. Any quote?", "great-power mistrust online just mirrors mistrust offline"),
        ("I wrote that security problems online can only be solved together. Support?", "security problems online can only be solved together"),
        ("I'm writing that data-security risks are a new headache — is anyone quoted saying that?", "data-security risks are a new headache"),
        ("My opening line: we've entered an age of instability. Anything to back that?", "we've entered an age of instability"),
        ("My essay says the online world can't be beyond the reach of the law. Any text with a line like that?", "the online world can't be beyond the reach of the law"),
        ("Claim: online freedom requires limits first. Is there even a poetic line I could cite?", "online freedom requires limits first"),
        ("Don'ts per Zhi: what surveillance practice by dominant countries does he condemn?", "what surveillance practice by dominant countries does he condemn"),
        ("need a citation for where the Dec 2015 internet conference took place", "where the Dec 2015 internet conference took place"),
        # ... the stance after the claim, the piece named in the request.
        ("Global cyber threats need a global answer, I claim. Which Guangming sentence says that almost word for word?", "Global cyber threats need a global answer"),
        ("Gaps in skills hold poorer countries back — that's my thesis. Which Guangming sentence fits?", "Gaps in skills hold poorer countries back"),
        ("I'd like to show that online abuses are turned into weapons. Is there a Global Times sentence for that?", "online abuses are turned into weapons"),
        ("I'm describing a world that has grown more unstable. Which Guangming line can I drop in?", "a world that has grown more unstable"),
        ("I'm presenting the digital economy as the motor of growth. Anything quotable in Guangming?", "the digital economy as the motor of growth"),
    ],
)
def test_the_claim_is_read_without_the_request_around_it(searcher, question, subject):
    assert searcher.read(question).subject == subject


def test_my_opening_line_is_the_asker_s_not_the_piece_s(searcher):
    assert not searcher.read("My opening line: we've entered an age of instability. Backing?").asks.opening
    assert searcher.read("What is the opening line of the Zhi piece?").asks.opening


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("My draft: great-power mistrust online just mirrors mistrust offline. Any quote?", "distrust between great powers"),
        ("I wrote that every sovereign state deserves a say in cyberspace decisions through the UN. Does the China Daily op-ed agree?", "under the framework of the United Nations"),
        ("Zhang: in Brazil Congress speech Xi urged fostering which cyberspace for first time?", "a peaceful, secure, open and cooperative cyberspace"),
    ],
)
def test_the_line_backing_the_claim_is_quoted(searcher, question, quoted):
    answer = searcher.search(question)
    assert answer.answered and any(quoted in q.text for q in answer.quotes[:3])


def test_a_claim_the_texts_never_make_is_still_refused(searcher):
    assert not searcher.search("My draft: Europe's GDPR became the world's template for data protection. Any quote?").answered
