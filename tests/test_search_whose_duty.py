"""A question asking whose duty something is ("whose job is it to …", "who is responsible
for …") is answered by the sentence naming the duty and who holds it, not by the one that
only shares its words; one asking who someone was, by the sentence introducing them."""

import pytest

HARBOURS = """Keep the harbours open. Open harbours matter for the trade of every coastal town, and a closed harbour hurts them all.

Storms close a harbour for days. Keeping the harbours open is the shared responsibility of all the coastal towns. Each town pays for a lighthouse.

Ships come in from far away. The old harbour master, Ada Brandt, once kept a record of every ship. The Brandt records are still read today.
"""


@pytest.fixture(scope="module")
def harbours(searcher_of):
    return searcher_of(HARBOURS)


@pytest.mark.parametrize(
    "question",
    ["Whose job is it to keep the harbours safe?", "whose duty is keeping harbours open", "Who is responsible for keeping the harbours open?"],
)
def test_whose_job_is_answered_by_the_sentence_naming_the_duty(harbours, question):
    answer = harbours.search(question)
    assert answer.answered
    assert "shared responsibility of all the coastal towns" in answer.quotes[0].text


@pytest.mark.parametrize("question", ["who was Brandt", "Who is Ada Brandt again?"])
def test_who_was_someone_is_answered_where_the_text_introduces_them(harbours, question):
    answer = harbours.search(question)
    assert answer.answered
    assert "The old harbour master, Ada Brandt, once kept a record" in answer.quotes[0].text
