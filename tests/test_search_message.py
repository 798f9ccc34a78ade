"""Messages of several sentences: the asker's story before the question counts neither
for nor against; a question pointing back takes what the sentence it points to says."""

import pytest

from bot.search.asking import Framer
from bot.search.asking.message import asked, without_small_talk
from bot.texts.corpus import Document
from conftest import first_quote as first

DOCUMENTS = {
    "daily-2020": Document(
        id="daily-2020",
        title="Rivers need friends",
        author="Ann Lee",
        outlet="Daily Post",
        date="2020-05-01",
        body="The river council met in Lyon in July last year. It works with more than 40 towns.\n",
    ),
}


def _subject(question: str) -> str:
    return Framer(DOCUMENTS).frame(question).subject


def test_the_askers_story_before_a_question_naming_its_subject_is_left_out():
    question = (
        "I'm preparing a short talk for my rowing club on how cities look after water. "
        "The 2020 essay seems to pack it all into one sentence, but I lost track of it. "
        "Which towns does it say the river council works with?"
    )
    assert _subject(question) == "Which towns does it say the river council works with"


def test_what_the_askers_story_reports_is_brought_to_a_question_pointing_back():
    question = (
        "I used to work for a water utility, so floods are my old beat. "
        "Reading a 2020 article, I saw it list flooding among other river problems. "
        "What else is on that list?"
    )
    subject = _subject(question)
    assert "flooding among other river problems" in subject
    assert "utility" not in subject and "beat" not in subject


def test_the_words_the_askers_story_quotes_are_brought_to_a_question_pointing_back():
    question = "I noticed the phrase 'river friends' in a column. In what contexts does the piece use it?"
    assert "river friends" in _subject(question)


def test_a_statement_before_a_short_question_stays_with_it():
    # The writer's name and verb leave with the document's name (documents.py); what
    # the statement says of the council is the subject.
    question = "Lee praises the river council for its reach. Which towns?"
    assert "the river council for its reach" in _subject(question)


def test_a_question_after_someones_report_takes_what_they_report_not_who_told():
    question = (
        "I work with town halls on water projects. "
        "A colleague mentioned the council works with many towns. "
        "How many does it say?"
    )
    subject = _subject(question)
    assert "the council works with many towns" in subject
    assert "colleague" not in subject and "town halls" not in subject


@pytest.mark.parametrize(
    "question",
    [
        "When did the river council meet? I need it for a slide.",
        "When did the river council meet? Relevant for our water-policy footprint.",
    ],
)
def test_the_askers_remark_after_the_question_is_left_out(question):
    assert _subject(question) == "When did the river council meet"


def test_we_inside_a_quote_is_not_the_askers_story():
    question = "Lee lists the goals 'we strive to realize' for rivers. What is the full list?"
    assert "we strive to realize" in _subject(question)


def test_a_claim_then_does_it_is_read_as_the_claim_checked():
    assert _subject("Someone told me the Daily Post says the council met in Lyon. Does it?") == "the council met in Lyon"


def test_an_abbreviation_with_a_stop_does_not_end_the_sentence():
    question = "how many towns did the council reach by Sept. 11 last year?"
    assert asked(question) == question


def test_an_acronym_closing_a_label_ends_its_sentence_and_an_initial_does_not():
    assert asked("River charity CEO. Which towns does the council work with?") == "Which towns does the council work with?"
    subject = _subject("Rowing club PM. Which towns does the Daily Post say the council works with?")
    assert "towns" in subject and "PM" not in subject and "Rowing" not in subject
    question = "Did J. Lee write about the river council? Which towns?"
    assert asked(question) == question


def test_a_pronoun_question_naming_only_its_source_takes_what_the_story_states():
    question = (
        "I'm drawing a map of river towns for my club. The council's partner towns had a long list "
        "and I keep forgetting it. What was it, according to Ann Lee?"
    )
    assert "partner towns" in asked(question)
    # ... and a question naming its own subject beside its source stands alone.
    assert asked("I'm drawing a map for my club. Which towns does the council work with, according to Ann Lee?") == (
        "Which towns does the council work with, according to Ann Lee?"
    )


def test_a_long_message_is_answered_by_what_its_question_asks(searcher):
    question = (
        "My daughter studies law in Leeds and we argue about politics at dinner every Sunday. "
        "I printed one of the Chinese essays for her last week. "
        "What does it say about the right of countries to choose their own path of internet development?"
    )
    assert "choose their own path" in first(searcher, question).text


def test_a_question_naming_nothing_after_a_statement_asks_what_the_statement_says():
    subject = _subject("Lee calls the council's reach 'arrogance'. What's the full charge?")
    # The writer's name and verb leave with the document's name (documents.py).
    assert "the council's reach 'arrogance" in subject and "charge" not in subject


def test_the_askers_first_report_in_a_sentence_is_what_they_bring():
    question = "Someone told me a 2020 essay talks about giving towns a fairer say in floods policy. What does it actually propose?"
    assert "giving towns a fairer say in floods policy" in _subject(question)


def test_what_the_asker_is_asked_about_is_what_a_question_pointing_back_asks():
    question = (
        "I am a teacher in Lyon. My pupils keep asking me about the river council. "
        "What does the essay say about it?"
    )
    subject = _subject(question)
    assert "the river council" in subject
    assert "teacher" not in subject and "pupils" not in subject


@pytest.mark.parametrize("opening", ["I'm trying to find the part where", "I'm looking for the bit about"])
def test_the_part_the_asker_is_looking_for_is_what_a_question_pointing_back_asks(opening):
    question = f"{opening} towns are accused of polluting the river. What risk does that create?"
    subject = _subject(question)
    assert "towns are accused of polluting the river" in subject
    assert "risk" in subject


def test_a_line_the_asker_could_not_find_brings_nothing_but_what_it_is_about():
    question = "I couldn't find the line during the meeting. Which towns does the council work with?"
    assert _subject(question) == "Which towns does the council work with"


@pytest.mark.parametrize(
    "closing",
    ["Many thanks, Dorothy", "Kind regards, Margaret", "Best wishes - Tom", "Cheers, Sam", "Thank you, from a retired schoolteacher"],
)
def test_a_letters_signed_closing_after_the_question_is_left_out(closing):
    assert without_small_talk(f"Which towns does the river council work with? {closing}") == "Which towns does the river council work with?"


def test_a_closing_that_asks_more_stays():
    message = "Which towns does the council work with? Thanks, and what about Lyon"
    assert without_small_talk(message) == message


def test_a_signed_question_is_answered(searcher):
    answer = searcher.search("What does the Guangming piece call the digital economy? Kind regards, Margaret")
    assert answer.answered
    assert "the digital economy as an engine" in answer.quotes[0].text


@pytest.mark.parametrize("greeting", ["Hello dear.", "Dear sir or madam,", "Hello again."])
def test_a_letters_greeting_is_small_talk(greeting):
    assert without_small_talk(f"{greeting} Which towns does the council work with?") == "Which towns does the council work with?"


@pytest.mark.parametrize("request_", ["Kindly revert.", "Please do the needful.", "pls reply asap"])
def test_a_request_to_be_answered_is_small_talk(request_):
    assert without_small_talk(f"Which towns does the council work with? {request_}") == "Which towns does the council work with?"


@pytest.mark.parametrize("rest", ["Who else is on there besides Lyon?", "Which others are listed besides Lyon?"])
def test_the_question_someone_put_is_what_asking_for_the_rest_of_a_list_points_back_to(rest):
    assert "which towns the council works with" in asked(f"My teacher asked which towns the council works with. {rest}")


@pytest.mark.parametrize(
    "message",
    [
        "Lee says towns may write their own river laws. What should they take into account?",
        "Lee says rivers bring both water and floods. What lies where the two meet?",
    ],
)
def test_a_question_after_a_statement_pointing_back_by_duty_or_count_is_read_with_it(message):
    assert asked(message) == message


@pytest.mark.parametrize(
    "message",
    ["Lee writes about rivers. What should farmers take into account when they plant?", "Lee writes about rivers. Why do the two countries quarrel over the delta?"],
)
def test_a_question_naming_its_own_subject_after_a_statement_stands_alone(message):
    assert asked(message) == message.split(". ", 1)[1]


def test_a_worksheet_question_leaning_on_the_statement_before_it_is_answered(searcher):
    answer = searcher.search("Zhang says the Internet brings both progress and challenges. What lies at the point where the two meet?")
    assert answer.answered and "intersection" in answer.quotes[0].text
