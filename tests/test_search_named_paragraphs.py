"""A question naming a titled paragraph ("under the principle of clear roads") and asking
more of it is answered by the paragraph's sentence that says that more, not by the one
that repeats the title's words; the title's verb need not be asked with it."""

import pytest

RULES = """The town council keeps to the following rules:

Keep the roads clear. Clear roads let carts and people move freely through the town. Every road is swept each morning. We oppose parking carts on the bridges.

Share the water fairly. Every farm draws water from the river in turn. Nobody may dam the river for a single field.

Guard the old walls. The walls have stood for three hundred years. Masons repair them every spring.
"""


@pytest.fixture(scope="module")
def rules(searcher_of):
    return searcher_of(RULES)


@pytest.mark.parametrize(
    "question",
    ["What does the council oppose under the principle of clear roads?", "Under keep the roads clear, what is opposed?"],
)
def test_what_a_named_paragraph_opposes_is_quoted_from_it(rules, question):
    answer = rules.search(question)
    assert answer.answered
    assert "We oppose parking carts on the bridges" in answer.quotes[0].text


def test_several_paragraphs_asked_of_are_not_narrowed_to_one(rules):
    answer = rules.search("What rules does the council keep to?")
    assert answer.answered
    assert "following rules" in answer.quotes[0].text
