"""A question carrying a premise: the piece it names is the asker's guess ("isn't it the X
piece that talks about Y?", "X's article is the one that covers Y, right?"), or a writer's
place put wrong. The reply quotes the line that shows what the texts say, and says when
that line is another piece's; a premise about something the texts never take up, or with
one detail the texts never give, is still refused."""

import pytest

from bot.search.asking.documents import checks_piece


@pytest.mark.parametrize(
    "question",
    [
        "isn't it the Zhi piece that talks about cyber hegemony?",
        "Is it the Global Times article which mentions the Snowden leaks?",
        "Zhang's essay is the one that discusses the Wuzhen summit, right?",
        "the Guangming op-ed is the one that covers data security, isn't it?",
    ],
)
def test_a_guess_of_which_piece_is_read_as_one(question):
    assert checks_piece(question)


@pytest.mark.parametrize(
    "question",
    [
        "What does Zhang say about PRISM?",
        "Is it true that Zhi talks about hegemony?",
        "Does the Global Times piece mention Snowden?",
    ],
)
def test_other_questions_guess_no_piece(question):
    assert not checks_piece(question)


@pytest.mark.parametrize(
    "question, subject",
    [
        ("isn't it the Zhi piece that talks about the data security initiative?", "the data security initiative"),
        ("Zhang's article is the one that covers the Online Silk Road, right?", "the Online Silk Road"),
    ],
)
def test_the_guess_leaves_the_subject(searcher, question, subject):
    assert searcher.read(question).subject == subject


def test_a_premise_naming_the_wrong_piece_is_answered_from_the_right_one(searcher):
    answer = searcher.search("Zhang's article is the one that covers the Global Initiative on Data Security, right?")
    assert answer.answered
    top = answer.quotes[0]
    assert "Global Initiative on Data Security" in top.text
    assert top.doc_id == "globaltimes-2020"
    # The reply says the named piece is not the one quoted.
    assert answer.note and "Zhang Guoqing" in answer.note and "Global Times" in answer.note


def test_a_premise_naming_the_right_piece_keeps_it(searcher):
    answer = searcher.search("The Global Times piece is the one that covers the Global Initiative on Data Security, right?")
    assert answer.answered and answer.quotes[0].doc_id == "globaltimes-2020"
    assert not answer.note


def test_a_piece_saying_a_term_in_other_words_keeps_the_question(searcher):
    # Zhi writes "hegemony in cyberspace", another piece "cyber hegemony" word for word:
    # the piece named does talk about it, so it is quoted and no note says otherwise.
    answer = searcher.search("isn't it the Zhi piece that talks about cyber hegemony?")
    assert answer.answered and answer.quotes[0].doc_id == "zhi-2016"
    assert "hegemony" in answer.quotes[0].text
    assert not answer.note


def test_a_line_quoted_from_another_piece_is_answered_from_it(searcher):
    # A long subject another piece holds word for word, the named one nowhere.
    answer = searcher.search(
        "the Zhang article is the one that names equal participation, common use and good-faith cooperation as three principles, right?"
    )
    assert answer.answered and answer.quotes[0].doc_id == "chinadaily-2022"
    assert answer.note and "China Daily" in answer.note


@pytest.mark.parametrize(
    "question",
    [
        "Zhi's article is the one that covers the FIFA World Cup, right?",
        "Zhang says the NSA was founded by Canada, right?",
        "Zhi says the Great Firewall keeps China safe, doesn't he?",
        "Guangming says the Eiffel Tower was hacked by Russia, right?",
    ],
)
def test_a_premise_the_texts_never_take_up_is_refused(searcher, question):
    assert not searcher.search(question).answered


@pytest.mark.parametrize(
    "question",
    [
        "Zhang says the double-edged sword comes from Russian proverbs, doesn't he?",
        "Zhi says the Great Wall protects Chinese websites, doesn't he?",
        # A name said to be something does nothing: what it is said to be is the claim.
        "Zhi says Douyin is where most online fraud begins, doesn't he?",
    ],
)
def test_a_claim_of_the_askers_own_around_a_name_stays_refused(searcher, question):
    # Words of the claim the texts never put with it: no detail of theirs is contested.
    assert not searcher.search(question).answered


@pytest.mark.parametrize(
    "question, quoted",
    [
        ("The Global Times writer is from Peking University, isn't he?", "Fudan University"),
        ("Zhang Guoqing is from the Institute of Law, right?", "Institute of American Studies"),
        ("Zhi works at Harvard, doesn't he?", "Institute of Law"),
    ],
)
def test_a_writers_place_put_as_a_premise_is_answered_by_the_byline(searcher, question, quoted):
    answer = searcher.search(question)
    assert answer.answered
    assert quoted in answer.quotes[0].text


def test_someone_elses_place_is_no_writers(searcher):
    assert searcher.read("Snowden is from the CIA, right?").subject != "Where is Snowden from"
