"""Asked for the kinds, types or examples of something: answered when the texts list what
it heads ("… and other criminal activities"), refused when they name it only as one item
of a list of something else ("harassment" among the schemes spreading in cyberspace)."""

import pytest

from bot.search.answer_kinds import asked_members_of
from bot.texts.passages import item_words


@pytest.mark.parametrize(
    "question, kind",
    [
        ("what sorts of harassment do the writers describe", ("harassment",)),
        ("which types of online crime are there", ("online", "crime")),
        ("list the surveillance programs in the texts", ("surveillance", "programs")),
        ("what measures against spam does zhi list", ("measures",)),
        ("what does zhang say about harassment", ()),
        # One kind asks what it is like, not its members.
        ("what kind of internet access should poor countries get", ()),
    ],
)
def test_the_kind_whose_members_are_asked_for(question, kind):
    assert asked_members_of(question) == kind


def test_the_items_of_a_list_not_its_head():
    text = "Threats such as phishing, spam, malware and identity theft, have been growing."
    items = item_words(text)
    assert {"phishing", "spam", "malware", "identity"} <= items
    assert "threats" not in items
    # "A, B and other X": X is what the list is of.
    assert "scams" not in item_words("They fight fraud, spam, phishing and other scams.")


def test_the_kinds_of_an_item_of_a_list_are_refused(searcher):
    for question in ("what sorts of harassment do the writers describe", "which kinds of obscenity are mentioned"):
        assert not searcher.search(question).answered, question


def test_the_kinds_of_a_lists_head_are_answered(searcher):
    answer = searcher.search("what kinds of criminal activities should countries oppose")
    assert answer.answered
    assert "gambling" in " ".join(q.text for q in answer.quotes[:3])
