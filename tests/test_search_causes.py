"""A question asking why is answered by the sentence that gives a cause ("Due to floods
every spring, …"), not only by the one that shares its words."""

import pytest

TOWNS = """Rivers divide towns, and bridges join them again. A town without a crossing is two towns.

Many river towns remain poor, small and far behind the cities in trade. Due to floods every spring, their markets are washed away again and again.
"""


@pytest.fixture(scope="module")
def towns(searcher_of):
    return searcher_of(TOWNS)


def test_why_is_answered_with_the_cause(towns):
    assert "Due to floods every spring" in towns.search("Why are river towns poor?").quotes[0].text


@pytest.mark.parametrize(
    "question",
    ["Why are so many poorer countries stuck behind in internet technology?", "Why are developing countries held back?"],
)
def test_why_developing_countries_lag_is_answered_with_the_reasons_the_texts_give(searcher, question):
    quote = searcher.search(question).quotes[0].text
    assert "Due to weak ability in developing and researching the Internet technology" in quote or "bogged down by limitations" in quote


def test_a_claim_carried_on_by_in_other_words_is_quoted_with_it(searcher):
    # "What's the point of …" asks what the rule is for: the sentence after it says.
    quote = searcher.search("What's the point of punishing every online attack the same way?").quotes[0].text
    assert "All online attacks" in quote and "double standards in safeguarding cybersecurity should not be tolerated" in quote


def test_since_when_is_answered_by_the_event_it_dates_from(searcher):
    answer = searcher.search("Since when, and because of what, has cybersecurity loomed so much larger as an issue?")
    assert answer.answered
    assert "since the US PRISM surveillance program was uncovered" in answer.quotes[0].text


def test_what_would_follow_in_the_verse_is_answered_by_the_poem(searcher):
    answer = searcher.search("In the verse, what would follow without adequate control?")
    assert answer.answered
    assert "Negativity will corrupt the Internet’s soul" in answer.quotes[0].text


def test_why_a_writer_believes_a_claim_is_quoted_with_the_sentences_around_it(searcher):
    # The claim closes its paragraph; the reasons are the sentence before it.
    quote = searcher.search("Why does Guangming Online believe the world has entered a new period of turbulence?").quotes[0].text
    assert "The world has entered a new period of turbulence" in quote and "frequent regional conflicts and turmoil erupt" in quote


def test_a_why_question_answered_by_a_cause_is_not_grown(searcher):
    quote = searcher.search("why does the writer say theres hegemony on the internet").quotes[0].text
    assert quote == "But hegemony has simultaneously taken shape because the Internet giants, with no exception, are all American companies."
