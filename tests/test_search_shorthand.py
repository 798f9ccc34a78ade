"""How the search reads phone typing, clipped names ("the net") and a fact-checker's requests: texting shorthand
("abt", "ppl", "r", "w/"), "e.g.", "Exact wording please.", "the exact wording of … line",
and a lower-case word joined to a name ("UN-type")."""

import pytest

from bot.search.asking.asker import without_asker
from bot.search.reading import unabbreviated


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("what r ppl saying abt govt policy", "what are people saying about government policy"),
        ("a community w shared future", "a community with shared future"),
        ("life w/o wifi, w/ friends", "life without wifi, with friends"),
        ("hard bc of america", "hard because of america"),
        ("intl orgs", "international organizations"),
        ("who founded it n when", "who founded it and when"),
        ("goals, e.g. innovation", "goals, for example innovation"),
    ],
)
def test_texting_shorthand_is_read_as_the_words_it_stands_for(typed, read):
    assert unabbreviated(typed) == read


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("the five point initiative from twenty fifteen", "the five point initiative from 2015"),
        ("the un twenty thirty agenda", "the un 2030 agenda"),
        ("the twenty twenty two piece", "the 2022 piece"),
        ("two thousand and fourteen", "2014"),
        ("twenty one countries, twenty people", "twenty one countries, twenty people"),  # numbers, not years
    ],
)
def test_a_year_said_aloud_is_read_in_digits(said, read):
    assert unabbreviated(said) == read


def test_in_charge_of_is_read_as_responsible_for_not_as_charges(searcher):
    assert unabbreviated("who is in charge of cybersecurity") == "who is responsible for cybersecurity"
    quote = searcher.search("who is in charge of cybersecurity").quotes[0]
    assert "charges" not in quote.text and "responsib" in quote.text


def test_a_dictated_year_finds_what_the_texts_date_to_it(searcher):
    answer = searcher.search("um what was the five point initiative from twenty fifteen")
    assert answer.answered and "five-point" in answer.quotes[0].text.lower()


@pytest.mark.parametrize("typed", ["R&D spending", "the U-turn", "the U.S. and the UN", "Plan B", "the letter N is"])
def test_initials_and_capital_letters_are_no_shorthand(typed):
    assert unabbreviated(typed) == typed


@pytest.mark.parametrize(
    ("question", "left"),
    [
        ("Does Zhi say double standards should not be tolerated? Exact sentence needed.", "Does Zhi say double standards should not be tolerated?"),
        ("Why are developing countries bogged down? Exact reason please.", "Why are developing countries bogged down?"),
        ("Does the piece mention hidden backdoors? Exact wording please.", "Does the piece mention hidden backdoors?"),
        ('I need the exact wording of Zhang\'s "sum of the parts" line.', 'Zhang\'s "sum of the parts".'),
        ("the full quote about cyber sovereignty", "cyber sovereignty"),
    ],
)
def test_a_request_for_the_exact_words_is_no_part_of_the_subject(question, left):
    assert without_asker(question) == left


def test_a_lower_case_word_joined_to_a_name_is_no_unknown_name(searcher):
    query = searcher.read("Has China been going to the UN-type internet summits?")
    assert query.unknown_names == ()


@pytest.mark.parametrize(
    "question",
    [
        "what does the poem say abt setting limits to roam freely",
        "Can you confirm the Zhi article mentions hidden backdoors in software? Exact wording please.",
    ],
)
def test_phone_typing_and_fact_checks_are_answered(searcher, question):
    assert searcher.search(question).answered


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("what are the four communities (for a lesson)", "what are the four communities"),
        ("what does it say china opposes? need the list for my slides", "china opposes"),
        ("Thanks Zhang what are the remaining problems", "what are the remaining problems"),
    ],
)
def test_the_askers_purpose_and_thanks_are_no_part_of_the_subject(searcher, question, subject):
    assert searcher.read(question).subject == subject


def test_a_title_before_a_writers_name_goes_with_the_name(searcher):
    query = searcher.read("What does Professor Zhi Zhenfeng argue about hegemony")
    assert query.subject == "hegemony" and query.unknown_names == ()


def test_a_longer_word_is_not_read_as_a_small_word_it_holds(searcher):
    assert "did" not in searcher.read("didi cybersecurity review").subject.split()


@pytest.mark.parametrize(
    "question", ["compare zhi and zhang on hegemony", "how do the zhi and zhang articles differ on hegemony", "zhi vs zhang on hegemony"]
)
def test_two_documents_compared_on_a_subject_are_asked_about_it(searcher, question):
    query = searcher.read(question)
    assert query.subject == "hegemony" and query.documents == {"zhi-2016", "zhang-2015"}
    answer = searcher.search(question, top_k=3)
    assert {q.doc_id for q in answer.quotes} == {"zhi-2016", "zhang-2015"}



@pytest.mark.parametrize(
    ("question", "left"),
    [
        # A second question typed on without a comma, pointing back, is asked as the first…
        ("who is snowden what did he work as", "who is snowden"),
        # … but after a sentence's end it is asked of what the first names.
        ("How does the piece open? What does it call the vision?", "How does the piece open? What does it call the vision?"),
        # Where the information about X comes from: the passage telling X names its source.
        ("where the information about the hacking of the account is from?", "the hacking of the account"),
        ("where does the news of the hacking come from", "the hacking"),
    ],
)
def test_run_on_and_source_questions_ask_about_what_they_name(question, left):
    assert without_asker(question) == left


@pytest.mark.parametrize(
    ("question", "ordinal"),
    [("Does it back striking first in self-defense?", None), ("put people first", None), ("what's the second problem", "2")],
)
def test_an_ordinal_saying_in_what_order_something_is_done_asks_for_no_part(question, ordinal):
    from bot.search.asking import asks

    assert asks(question, names_document=False).ordinal == ordinal


def _reader(body: str):
    from bot.search.reading import QuestionReader
    from bot.texts.corpus import Document

    document = Document(id="d", title="A piece", author=None, outlet="Outlet", date="2020-01-01", body=body)
    return QuestionReader({"d": document}, stopwords=frozenset({"the", "a", "of", "in"}), known=lambda word: word.lower() in body.lower())


@pytest.mark.parametrize("clipped", ["the net", "the web"])
def test_the_net_is_read_as_the_internet_the_texts_write(clipped):
    assert _reader("The internet changed the world.").read(f"who runs {clipped}?").read == "who runs the internet?"


def test_a_text_writing_the_net_itself_keeps_it():
    assert _reader("The fishermen cast the net. The internet helps them.").read("who cast the net?").read == "who cast the net?"


def test_the_older_word_for_the_internet_finds_what_the_texts_say_of_it(searcher):
    answer = searcher.search("What does the writer say needs weighing up in order to run the net in a balanced way?")
    assert answer.answered
    assert "internet" in searcher.read("does the author think the net is governed well").subject
