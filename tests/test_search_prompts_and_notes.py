"""A question written as a prompt for a general AI assistant ("Act as a librarian and find
…", "Task: … Output: the sentence.", "Do not paraphrase."), one typed from lecture notes
("cmty w/ shared future -> lays foundation for what?", "X + Y") and one put as a
true/false check ("T or F: …"): the role, the template, the symbols and the check read
apart from what is asked."""

import pytest

from bot.search.asking import ChatSpeak
from bot.search.asking.asker import without_asker
from bot.search.asking.prompting import unprompted
from bot.search.asking.syntax import filtered_documents, search_syntax
from bot.texts.corpus import Document

CHAT = ChatSpeak()


@pytest.mark.parametrize(
    ("prompt", "asked"),
    [
        ("Act as a research assistant and find the sentence where Smith talks about tolls.", "find the sentence where Smith talks about tolls."),
        ("I want you to act as a librarian. Find the passage on river tolls.", "Find the passage on river tolls."),
        ("You are an expert on these texts. Question: what is a ferry tax?", "what is a ferry tax?"),
        ("Task: locate the line on river tolls. Output: the sentence.", "locate the line on river tolls."),
        ("Please return only the quote about river tolls, with its source.", "find the quote about river tolls"),
        ("Return the exact wording of the passage on tolls. Do not paraphrase.", "find the exact wording of the passage on tolls."),
        ("Answer in one sentence from the text: what is a ferry tax?", "what is a ferry tax?"),
        ("Step 1: find where Smith talks about tolls. Step 2: cite it.", "find where Smith talks about tolls."),
        ("When was the bridge built? One sentence from the text.", "When was the bridge built?"),
        ("Context: I am writing an essay. Instruction: quote the line on tolls.", "I am writing an essay. quote the line on tolls."),
        ("As a research assistant, find the passage on tolls.", "find the passage on tolls."),
        ("Respond only with the exact quote: what is a ferry tax?", "what is a ferry tax?"),
        ("Search the texts and give me the verbatim sentence about tolls, citing the article.", "find the verbatim sentence about tolls"),
        ("I need you to find the line on tolls. Provide the exact wording.", "find the line on tolls."),
        ("Give the exact sentence (verbatim) in which Smith mentions tolls.", "find the exact sentence in which Smith mentions tolls."),
    ],
)
def test_a_prompt_s_role_template_and_instructions_are_no_part_of_the_question(prompt, asked):
    assert unprompted(prompt) == asked


@pytest.mark.parametrize(
    "question",
    [
        "You are saying the texts oppose tolls?",
        "what does the text say about the role of the council?",
        "Is the council an expert body?",
        "Which output did the mill report?",
        "Do not paraphrase.",
        "As a student, I want to know about tolls.",
        "As a country grows, what happens to tolls?",
    ],
)
def test_a_question_that_only_looks_like_a_prompt_stays_as_it_is(question):
    assert unprompted(question) == question


@pytest.mark.parametrize(
    ("asked", "subject"),
    [
        ("find where Smith talks about river tolls", "Smith talks about river tolls"),
        ("I'm writing an essay on bridges. Find the sentence on river tolls.", "river tolls"),
        ("T or F: the council raised river tolls", "the council raised river tolls"),
        ("Correct or not: the council raised river tolls", "the council raised river tolls"),
        ("Is this right: the council raised river tolls?", "the council raised river tolls"),
        ("Yes or no: does the council mention river tolls?", "does the council mention river tolls"),
        ("find the sentence in the Post where river tolls are discussed", "river tolls"),
        ("find the line in which the council mentions river tolls", "the council mentions river tolls"),
    ],
)
def test_a_request_after_a_preamble_or_a_true_false_check_asks_what_it_names(asked, subject):
    assert without_asker(asked).strip(" .?") == subject


@pytest.mark.parametrize("tag", [" - true or false?", " (T/F)", ", T or F?", ". Correct or not?"])
def test_a_true_false_tag_closing_a_claim_is_no_part_of_it(searcher, tag):
    assert searcher.read(f"Zhang says the Snowden leaks were a turning point{tag}").subject == "the Snowden leaks were a turning point"


def test_find_where_something_happened_still_asks_where():
    assert without_asker("find where the first council was held").startswith("where")


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("river tolls -> council position?", "river tolls, according to council"),
        ("ferry tax => when was the toll set?", "when was the toll set, ferry tax?"),
        ("ferry tax => when was it set?", "when was ferry tax set?"),
        ("Principle: tolls -> where are they set?", "Principle: tolls - where are they set?"),
        ("ferry tax -> tolls", "ferry tax - tolls"),
        ("tolls + taxes on the river", "tolls and taxes on the river"),
        ("cmty w/ devt plans, approx cost", "community with development plans, approximately cost"),
        ("cyber sec aid to dev countries vs dev at home", "cyber security aid to developing countries vs development at home"),
        ("ppl-centred tolls & taxes, sec 3", "people-centred tolls and taxes, section 3"),
    ],
)
def test_a_note_taker_s_arrows_pluses_and_contractions_are_read_as_words(typed, read):
    assert CHAT.plain(typed) == read


def test_a_required_term_keeps_its_plus():
    assert CHAT.plain('tolls +"ferry tax"') == 'tolls +"ferry tax"'


def test_an_in_filter_names_a_piece_by_its_file_name_or_any_front_matter():
    documents = {
        "smith-2015": Document("smith-2015", "On tolls", "Ann Smith", "River Post", "2015-01-02", "Tolls rose."),
        "jones-2016": Document("jones-2016", "On ferries", "Bo Jones", "Delta Times", "2016-03-04", "Ferries ran."),
    }
    syntax = search_syntax('tolls "first time" in:smith-2015')
    assert syntax is not None and syntax.filters == (("any", "smith-2015"),)
    assert filtered_documents(documents, "any", "smith-2015") == {"smith-2015"}
    assert filtered_documents(documents, "any", "deltatimes") == {"jones-2016"}
    assert filtered_documents(documents, "any", "2016") == {"jones-2016"}


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Act as a research assistant and find the exact sentence where Zhang talks about the Snowden leaks.", "watershed moment"),
        ("I want you to act as a librarian. Find the passage on the digital divide.", "digital divide"),
        ("Task: locate the line on the digital divide. Output: the sentence.", "digital divide"),
        ("Step 1: find where Zhang mentions the Snowden leaks. Step 2: cite it.", "Snowden"),
        ("When and where was the first World Internet Conference held? One sentence from the text.", "held in Wuzhen in November 2014"),
        ('brazil "for the first time" in:zhang-2015', "for the first time, urged"),
        ("ICT supply chains -> guangming position?", "supply chains in information and communications technology"),
        ("T or F: Zhang says the Snowden leaks were a turning point", "watershed moment"),
    ],
)
def test_a_prompt_a_note_or_a_check_is_answered_as_a_plain_question(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered
    assert said in answer.quotes[0].text


@pytest.mark.parametrize(
    "question",
    [
        "T/F: the metaverse needs its own governance rules",
        "true or false: blockchain can make internet governance more transparent",
        "china-asean cyberspace forum -> where were the sessions held?",
        "WSIS (world summit on the info society) -> when + where were the summits?",
    ],
)
def test_a_check_or_a_note_the_texts_do_not_answer_is_not_answered(searcher, question):
    assert not searcher.search(question).answered
