"""A question asking for something (who, what, how …) whose best sentence only says its
own words again is answered by the sentence after it: that is where the text tells
what is asked. Asked whether, the sentence itself answers."""

import pytest


@pytest.mark.parametrize(
    "question",
    [
        "Who takes part in sharing and governing the Internet, as Xi suggested?",
        "Who should take part in sharing and governing the internet, as Xi suggested in Zhi's piece?",
    ],
)
def test_a_sentence_echoing_the_question_is_quoted_with_the_one_telling_what_is_asked(searcher, question):
    quote = searcher.search(question).quotes[0].text
    assert quote.startswith("As Xi suggested, the Internet should be shared and governed by all.")
    assert "The participants include governments, international organizations, and Internet companies" in quote


def test_a_yes_no_question_echoed_by_a_sentence_is_answered_by_it_alone(searcher):
    # Asked whether, not who: the sentence saying so is the answer, quoted alone.
    quote = searcher.search("Should the internet be shared and governed by all, as Xi suggested?").quotes[0].text
    assert quote == "As Xi suggested, the Internet should be shared and governed by all."


def test_a_sentence_saying_more_than_the_question_is_not_grown(searcher):
    # Its own words answer "what did Xi call for": most of them are not the question's.
    quote = searcher.search("What did Xi call for at the Wuzhen Summit?").quotes[0].text
    assert quote.startswith("At the Wuzhen Summit, Xi called for coordinated efforts")
    assert quote.endswith("pornography, drug deals, money laundering and gambling.")
