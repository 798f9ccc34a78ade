"""A case put to the texts before the question ("Suppose X. What does Y oppose?",
"imagine X - which sentence applies?"): the hypothetical frame goes, the question is read
first and the case with it as what it is about; "would" in "what would Zhi say" is a
modal verb, never a misspelling."""

import pytest

from bot.search.asking.cases import case_last


@pytest.mark.parametrize(
    "message, read",
    [
        ("Suppose a club bans outside members. What does the charter oppose?", "What does the charter oppose, a club bans outside members?"),
        ("imagine one power runs the whole network - what does the essay call that?", "what does the essay call that, one power runs the whole network?"),
        ("In a world where every town wrote its own rules, what would the author say?", "what would the author say, every town wrote its own rules?"),
        ("Say two towns quarrel over a bridge. How should it be settled?", "How should it be settled, two towns quarrel over a bridge?"),
        ("What if a town shuts its gates, what would the piece say?", "what would the piece say, a town shuts its gates?"),
    ],
)
def test_the_question_is_read_first_and_the_case_after_it(message, read):
    assert case_last(message) == read


def test_a_question_asking_which_sentence_applies_asks_for_the_case_alone():
    assert case_last("imagine a town shut its gates and wrote its own laws. which sentence of the text applies?") == (
        "a town shut its gates and wrote its own laws?"
    )


@pytest.mark.parametrize(
    "message",
    [
        "Say what the texts say about hegemony?",  # "say" as a request, no case
        "If cyberspace has no borders, who regulates it?",  # the texts' own condition
        "What does Zhi say about hegemony?",
    ],
)
def test_a_message_putting_no_case_is_left_as_it_is(message):
    assert case_last(message) == message


def test_the_case_is_weighed_with_the_question(searcher):
    # Dropped as a story before the question, the case took with it what "the second
    # cause" is of.
    answer = searcher.search(
        "Suppose poorer regions fall further behind richer ones in access to information. What does Zhi name as the second cause?"
    )
    assert answer.answered and "information gap between countries and regions" in answer.quotes[0].text


def test_a_case_marker_is_no_word_of_the_subject(searcher):
    query = searcher.read("Imagine militaries racing to build cyber weapons. What does the Guangming article say should be prevented?")
    assert "imagine" not in query.subject.lower() and "cyber weapons" in query.subject


def test_would_is_read_as_it_is_typed(searcher):
    query = searcher.read("What would the Global Times piece say about states that apply one standard to themselves and another to others?")
    assert query.changes == () and "world" not in query.subject


def test_an_everyday_word_of_the_case_is_no_name_the_texts_write(searcher):
    # The texts write "foreign" only in "Foreign Minister" and "Foreign Ministry": in the
    # asker's case, "foreign firms" names no minister the passages must hold.
    answer = searcher.search("Suppose a poor country can only buy services made by foreign firms. What position does Zhang say it is in?")
    assert answer.answered and "passive position in accepting the services" in answer.quotes[0].text


@pytest.mark.parametrize(
    "message, read",
    [
        ("Imagine if a town shut its gates. What would the author say?", "What would the author say, a town shut its gates?"),
        ("Consider a town that shuts its gates - according to the essay, is that wise?", "according to the essay, is that wise, a town that shuts its gates?"),
        ("Let's pretend every town wrote its own rules. What does the essay recommend?", "What does the essay recommend, every town wrote its own rules?"),
    ],
)
def test_other_ways_of_putting_a_case(message, read):
    assert case_last(message) == read


def test_consider_before_a_piece_puts_no_case():
    message = "Consider the essay's second part: what does it recommend?"
    assert case_last(message) == message


@pytest.mark.parametrize(
    "message, read",
    [
        ("If a town shuts its gates, what would the author say?", "what would the author say, a town shuts its gates?"),
        ("if someone built a wall around the web, which principle does the essay invoke?", "which principle does the essay invoke, someone built a wall around the web?"),
        ("Two towns quarrel over a bridge. What does the charter say they should do?", "What does the charter say they should do, Two towns quarrel over a bridge?"),
    ],
)
def test_a_case_of_someone_of_a_kind_is_put_by_if_or_told_as_a_story(message, read):
    assert case_last(message) == read


@pytest.mark.parametrize(
    "message",
    [
        "If we ignore the remaining problems, what will happen?",  # the texts' own condition
        "If a company were hit by ransomware, should it pay the ransom?",  # a claim about the case
        "A student I know says the media are unfair. I found Zhi says so too. What does he say?",  # a preamble
        "A poem heads the essay, right?",  # no question after it
    ],
)
def test_an_if_or_a_story_that_puts_no_case_is_left_as_it_is(message):
    assert case_last(message) == message


def test_a_case_put_to_a_named_piece_is_discounted_as_the_askers_words():
    from dataclasses import replace

    from bot.search.abstention import DEFAULT_RULE, Evidence

    told = Evidence(dense=0.35, coverage=0.1, phrase=False, maxsim=0.4, weakest=0.2, names_document=True)
    as_case = replace(told, case=True)
    # Less than a yes/no claim's discount: the case is the asker's example, the ask is still theirs.
    assert DEFAULT_RULE.confidence(told) < DEFAULT_RULE.confidence(as_case) < DEFAULT_RULE.confidence(replace(told, yes_no=True))


@pytest.mark.parametrize(
    "question, said",
    [
        ("A corner shop has no money to get onto the internet. What does the Guangming text say should be done for firms like that?", "small and medium-sized enterprises"),
        ("A town closes itself off from every neighbour online. Why does Guangming think that undermines cooperation?", "Openness is a prerequisite"),
    ],
)
def test_a_story_put_to_a_named_piece_is_answered_by_its_principle(searcher, question, said):
    # Told in everyday words the piece never uses, the case was refused as off-topic.
    answer = searcher.search(question)
    assert answer.answered and said in answer.quotes[0].text
