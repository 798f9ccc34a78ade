"""How the search reads a message typed in search-engine syntax: "exact phrases", A OR B, -word,
author:/site:/outlet: filters; and that a question in words keeps its quotes and hyphens."""

import pytest

from bot.search.asking.syntax import search_syntax


@pytest.mark.parametrize(
    "question",
    [
        'Which text says "no country should seek cyber hegemony"?',
        'who said "the world has entered a new period of turbulence"',
        "What does the new-generation information technology policy say?",
        "cyberspace - the new frontier",
        "Note: what is the digital divide",
        "Does Zhi AND Zhang say hegemony is bad?",  # capitals for emphasis
        "Is it NOT true that cyberspace has borders?",
    ],
)
def test_a_question_in_words_is_no_search_syntax(question):
    assert search_syntax(question) is None


def test_operators_leave_the_terms_parted_and_phrases_unquoted():
    syntax = search_syntax('"digital divide" OR "2030 Agenda" sustainable development')
    assert syntax.text == "digital divide, 2030 Agenda, sustainable development"
    assert syntax.phrases == ("digital divide", "2030 Agenda")


def test_filters_and_minus_terms_leave_the_words_searched():
    syntax = search_syntax('"Sept. 11" attacks author:"Zhang Guoqing" -snowden site:globaltimes.cn')
    assert syntax.text == "Sept. 11, attacks"
    assert syntax.filters == (("author", "Zhang Guoqing"), ("outlet", "globaltimes.cn"))
    assert syntax.excluded == ("snowden",)


def test_a_phrase_list_is_answered_where_the_words_run_on_as_a_name(searcher):
    # "Xi" and "Chinese view" are two terms, not the name "Xi Chinese view" the texts never write.
    answer = searcher.search('Xi "Chinese view" governance "inclusive global development"')
    assert answer.answered and "inclusive global development" in answer.quotes[0].text


def test_capitalised_keywords_side_by_side_are_separate_terms_not_one_unknown_name(searcher):
    # "Wuzhen Xi" and "China Britain" are two names the texts write, typed next to each other
    # as a search box's terms: no name the texts lack.
    answer = searcher.search('Wuzhen Xi "four principles" "five proposals"')
    assert answer.answered
    assert "four principles" in answer.quotes[0].text
    assert searcher.search('bilateral Internet conferences China Britain "South Korea" Russia India').answered


def test_an_operator_is_no_word_of_the_subject(searcher):
    answer = searcher.search('"digital divide" OR "2030 Agenda" sustainable development')
    assert answer.answered and "digital divide" in answer.quotes[0].text


def test_an_author_filter_keeps_that_author_s_piece(searcher):
    query = searcher.read('"Sept. 11" attacks "concept of security" author:"Zhang Guoqing"')
    assert query.documents == {"zhang-2015"} and "author" not in query.subject
    assert searcher.read("internet penetrated site:guangmingonline").documents == {"guangming-2022"}
    assert searcher.read("cyber sovereignty author:zhi").documents == {"zhi-2016"}


def test_a_filter_matching_no_document_narrows_nothing(searcher):
    assert searcher.read("cyber sovereignty author:Smith").documents == frozenset()


def test_a_minus_before_a_document_s_name_leaves_that_piece_out(searcher):
    query = searcher.read('oppose terrorism obscenity "drug trafficking" gambling cyberspace -zhi')
    assert "zhi-2016" not in query.documents and query.documents and "zhi" not in query.subject
    answer = searcher.search('oppose terrorism obscenity "drug trafficking" gambling cyberspace -zhi')
    assert answer.answered and all(q.doc_id != "zhi-2016" for q in answer.quotes)


def test_a_minus_before_a_word_keeps_passages_with_it_out(searcher):
    answer = searcher.search("digital divide developing countries -infrastructure")
    assert answer.answered and all("infrastructure" not in q.text.lower() for q in answer.quotes)
    assert searcher.read("digital divide developing countries -infrastructure").excluded == ("infrastructure",)


def test_off_topic_keywords_with_a_minus_stay_refused(searcher):
    assert not searcher.search("Starlink satellites Ukraine internet access -Wuzhen").answered


def test_a_keyword_asking_for_a_year_asks_when(searcher):
    assert search_syntax('"World Internet Conference" second session date').text.startswith("when ")
    # The texts hold the phrase, not the year it asks for.
    assert not searcher.search('"Cyberspace Administration of China" director established year site:globaltimes.cn').answered
    assert searcher.search('"World Internet Conference" second session date').answered


def test_a_plus_requires_a_term_as_every_term_is():
    assert search_syntax('hegemony +"cyber sovereignty"').text == "hegemony, cyber sovereignty"


def test_a_quoted_term_the_texts_never_write_is_refused_unless_an_or_offers_another(searcher):
    assert search_syntax('"digital divide" OR "2030 Agenda" "mainstream values"').required == ("mainstream values",)
    # Each word is the texts' ("social", "credit", "system"), never the three together.
    assert not searcher.search('"social credit system" China').answered
    answer = searcher.search('"false news" OR "social credit system" "mainstream values"')
    assert answer.answered and "mainstream values" in answer.quotes[0].text
    # A line remembered in quotes is looked for in other words too.
    assert searcher.search('"negativity will corrupt the soul of the internet"').answered
