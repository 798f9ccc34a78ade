"""A writer's stance asked of ("is Zhi worried about X", "does the piece praise X", "is the
tone towards X hostile") frames X for the abstention rule as "what does Zhi say about X"
does: the stance words leave the subject it weighs, so a thing the texts never speak of
is not answered through the sentences that use "concern" or "worry", and a covered X is
still quoted (the ranking still reads the stance)."""

import pytest

from bot.search.asking.attitude import without_stance


@pytest.mark.parametrize(
    "question, weighed",
    [
        ("Is the Guangming editorial worried about quantum computing?", "quantum computing"),
        ("are any of the writers hopeful about space tourism", "space tourism"),
        ("Is anyone in these articles critical of online gambling?", "online gambling"),
        ("do the writers sound angry about streaming prices", "streaming prices"),
        ("Does Zhi criticise the rules on online advertising?", "the rules on online advertising"),
        ("Is the 2020 article pleased with the new stadium?", "the new stadium"),
        ("Is the tone towards Europe hostile?", "Europe"),
    ],
)
def test_the_stance_leaves_the_subject_weighed(searcher, question, weighed):
    assert without_stance(searcher.read(question).subject) == weighed


@pytest.mark.parametrize(
    "question",
    [
        "Was Brazil angry about the surveillance?",  # Brazil's anger the texts would have to tell
        "Is it ok for one town to shut its gates?",  # whether a thing is right
        "Did people like the proposals?",  # others' stance
        "What does Zhi say about concerns over privacy?",  # no stance asked of
    ],
)
def test_no_writers_stance_no_frame(searcher, question):
    subject = searcher.read(question).subject
    assert without_stance(subject) == subject


def test_a_stance_on_something_the_texts_never_speak_of_is_refused(searcher):
    # "concerned" once found "a common concern for the entire international community".
    assert not searcher.search("are the writers concerned about quantum computing").answered


def test_a_stance_on_what_the_texts_speak_of_is_quoted(searcher):
    answer = searcher.search("Is Zhang's tone towards Washington hostile?")
    assert answer.answered and "US" in answer.quotes[0].text
