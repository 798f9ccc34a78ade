"""A respelt question is weighed as typed only when that may mean something: a real word
respelt, or a respelt reading the texts refuse."""

import pytest


@pytest.fixture
def weighed(searcher, monkeypatch):
    """The subjects the searcher weighs, in order, while a test runs."""
    subjects = []
    weigh = searcher.weigh

    def recording(query, **kwargs):
        subjects.append(query.subject)
        return weigh(query, **kwargs)

    monkeypatch.setattr(searcher, "weigh", recording)
    return subjects


def test_a_typo_of_no_word_is_weighed_once_when_the_respelt_question_is_answered(searcher, weighed):
    answer = searcher.search("what does the text say about cyber sovreignty")
    assert answer.answered and "cyber sovereignty" in answer.read_as
    assert "sovereignty" in answer.quotes[0].text.lower()
    assert weighed == ["cyber sovereignty"]


def test_a_respelt_question_the_texts_refuse_is_weighed_as_typed(searcher, weighed):
    # "exposd" is respelt "expo", which leaves the question refused; as typed, the
    # unknown word left aside, the rest is answered.
    answer = searcher.search("what harm comes to teenagers exposd to online bullying and porn")
    assert answer.answered and answer.read_as is None
    assert "online bullying" in answer.quotes[0].text
    assert len(weighed) == 2 and "exposd" in weighed[1]


def test_a_respelt_real_word_is_weighed_as_typed_too(searcher, weighed):
    # "cyber security" is two real words: the question as typed may mean them.
    answer = searcher.search("what do the texts say about cyber security")
    assert answer.answered
    assert len(weighed) == 2 and "cyber security" in weighed[1]
