"""A worksheet item pasted whole ("3) Who was X, according to the 2015 text? (1 mark)",
a multiple-choice stem with options a)–d)): its numbering, marks, instructions and options
are how the item is set; its stem is the question, and an option the texts answer may
say what the stem asks of."""

import pytest

from bot.search.asking.worksheet import as_item, option_questions


@pytest.mark.parametrize(
    "item, stem",
    [
        ("8) Who was the contractor, according to the 2015 text? (1 mark)", "Who was the contractor, according to the 2015 text?"),
        ("Q4. Why did the talks fail? [2 marks]", "Why did the talks fail?"),
        ("4. Which group is named? - 2 marks", "Which group is named?"),
        ("Question 3: What is the theme? /2", "What is the theme?"),
        ("What is the end aim, according to the editorial? Quote it.", "What is the end aim, according to the editorial?"),
        ("Why are the attacks dangerous? Give two reasons. (2 marks)", "Why are the attacks dangerous?"),
        ("In your own words, what does building trust involve? (3 marks)", "What does building trust involve?"),
        ("According to Text A, what should be abandoned?", "According to the text, what should be abandoned?"),
        # How many answers to give is the answer's size, no words a passage holds.
        ("6) Give two reasons why the plan failed. (2 marks)", "Give reasons why the plan failed."),
    ],
)
def test_the_numbering_marks_and_instructions_leave_the_stem(item, stem):
    assert as_item(item).stem == stem


@pytest.mark.parametrize(
    "question",
    [
        "What are the 4 points of the proposal?",  # a count, no marks
        "What does paragraph (3) say about trade?",
        "2015 was the year of the conference: where was it held?",  # a year, no item number
        "Why does the essay call it a Pandora's box?",
        "What does Article 51 of the UN Charter allow?",  # a charter's article, no worksheet's label
        "3 reasons why the talks failed?",  # a count opening it, no item number
    ],
)
def test_a_question_set_no_worksheet_way_is_left_as_it_is(question):
    assert as_item(question) == as_item(question).__class__(question)


def test_the_options_of_a_multiple_choice_item_are_candidates_not_the_subject():
    item = as_item("Who proposed the initiative? A) the minister B) the president C) the ambassador D) the scholar")
    assert item.stem == "Who proposed the initiative?"
    assert item.options == ("the minister", "the president", "the ambassador", "the scholar")
    assert option_questions("Who proposed it? a) the minister b) the president c) the ambassador")[0] == "Who proposed it: the minister?"


def test_options_numbered_in_roman_numerals_after_choose():
    item = as_item("Which forces are on the rise? Choose: (i) unilateralism (ii) multilateralism (iii) protectionism (iv) openness")
    assert item.stem == "Which forces are on the rise?"
    assert item.options == ("unilateralism", "multilateralism", "protectionism", "openness")


@pytest.mark.parametrize(
    "item",
    [
        "T / F / NG — the plan was dropped.",
        "TRUE / FALSE / NOT GIVEN: the plan was dropped.",
        "Decide true, false or not given: the plan was dropped.",
        "Say whether it is true or false: the plan was dropped.",
        "Reading check (T/F/NG): the plan was dropped.",
    ],
)
def test_a_reading_test_s_statement_is_put_as_true_or_false(item):
    assert as_item(item).stem == "True or false: the plan was dropped."


@pytest.mark.parametrize(
    ("item", "quoted"),
    [
        ("TRUE / FALSE / NOT GIVEN — Guangming claims the world is living through changes bigger than anything seen for roughly a hundred years.", "unseen in a century"),
        ("Decide true, false or not given: Zhang says Xi's speech to Brazil's National Congress took place in July of the previous year.", "Brazil"),
        ("Reading check (T / F / NG): According to Zhi, the Chinese government skipped some sessions of the Internet Governance Forum.", "not absent from any session"),
    ],
)
def test_a_reading_test_s_statement_is_checked_against_its_line(searcher, item, quoted):
    answer = searcher.search(item)
    assert answer.answered and any(quoted.lower() in q.text.lower() for q in answer.quotes[:3])


@pytest.mark.parametrize(
    ("item", "stem"),
    [
        ("Short answer (2 marks): What job had he held?", "What job had he held?"),
        ("Matching: the writer uses two images for the sword.", "the writer uses two images for the sword."),
        ("Q7 (MCQ) Who proposed it? A) the minister B) the president C) the ambassador", "Who proposed it?"),
        ("Reading comprehension — why did the talks fail?", "why did the talks fail?"),
    ],
)
def test_the_kind_of_item_labelled_before_it_leaves_the_stem(item, stem):
    assert as_item(item).stem == stem


@pytest.mark.parametrize("question", ["Review of the law: what does it say?", "Recall that the plan failed. Why?", "Essays on sovereignty: which piece?"])
def test_a_kind_word_opening_a_question_of_its_own_stays(question):
    assert as_item(question).stem == question


def test_options_in_brackets_parted_by_slashes_close_the_item():
    item = as_item("Where did the news come from? (an embassy statement / a BBC report / Twitter itself)")
    assert item.stem == "Where did the news come from?"
    assert item.options == ("an embassy statement", "a BBC report", "Twitter itself")


@pytest.mark.parametrize("question", ["What about TCP/IP (and UDP / QUIC)?", "Is it (this / that) or neither?"])
def test_two_slashed_words_or_brackets_inside_the_question_are_no_options(question):
    assert as_item(question).options == ()


@pytest.mark.parametrize(
    ("item", "quoted"),
    [
        ("Which institute is Zhi Zhenfeng from? (Institute of Law / Institute of American Studies / a Fudan research center)", "Institute of Law"),
        ("In 2014, how many countries and regions did Chinese police work with on enforcement, per Zhi? (more than 20 / more than 60 / more than 100)", "more than 60"),
    ],
)
def test_an_item_with_slashed_options_is_answered_as_its_stem(searcher, item, quoted):
    answer = searcher.search(item)
    assert answer.answered and quoted in answer.quotes[0].text


def test_letters_out_of_order_are_no_options():
    question = "Does plan A) or plan C) come first?"
    assert as_item(question).options == ()


def test_a_numbered_item_with_marks_is_answered_as_its_stem(searcher):
    answer = searcher.search("8) Who was Edward Snowden, according to the 2015 text? (1 mark)")
    assert answer.answered and "former contractor" in answer.quotes[0].text


def test_a_multiple_choice_stem_the_texts_leave_open_is_answered_by_its_option(searcher):
    answer = searcher.search(
        "Which UN plan does the 2022 Guangming article mention? A) the Universal Declaration of Human Rights "
        "B) the 2030 Agenda for Sustainable Development C) the Millennium Development Goals D) the Paris Agreement"
    )
    assert answer.answered and "2030 Agenda" in answer.quotes[0].text


PROBLEMS_STEM = "Which of these does Zhang name as a problem for governing cyberspace globally?"


def test_the_option_a_passage_states_is_quoted_first_when_the_stem_is_answered(searcher):
    # The stem alone is answered by the problems its words rank first (the third, the
    # fourth); the item asks which of its options is one, and the text names one of them.
    item = f"{PROBLEMS_STEM} a) cheap smartphones b) the North-South disparity c) too many engineers d) slow trains"
    stem = searcher.search(PROBLEMS_STEM)
    assert stem.answered and "North-South" not in stem.quotes[0].text
    answer = searcher.search(item)
    assert answer.answered and "North-South disparity" in answer.quotes[0].text
    for quote in answer.quotes:
        assert searcher.documents[quote.doc_id].body[quote.start : quote.end] == quote.text


def test_an_option_stated_lower_among_the_stems_windows_is_put_first(searcher):
    # The stem's words rank a line on the internet's history first; the window saying
    # what the internet is, in the option's words, stands lower.
    answer = searcher.search(
        "According to Zhi, what is the internet for humankind? a) a new realm and homeland b) a battlefield c) a shopping mall d) a library"
    )
    assert answer.answered and "realm and homeland" in answer.quotes[0].text


@pytest.mark.parametrize(
    "options",
    [
        # No option stated in the texts: the stem's answer as it is.
        "a) cheap smartphones b) slow trains c) too many engineers",
        # Asked for the option the texts don't state: the stated ones are wrong answers.
        None,
    ],
)
def test_options_no_passage_states_or_a_negative_stem_leave_the_stems_answer(searcher, options):
    if options is None:
        question = PROBLEMS_STEM.replace("does Zhang name", "does Zhang NOT name")
        item = f"{question} a) cheap smartphones b) the North-South disparity c) too many engineers d) slow trains"
    else:
        question, item = PROBLEMS_STEM, f"{PROBLEMS_STEM} {options}"
    assert searcher.search(item).quotes == searcher.search(question).quotes


def test_a_question_with_two_lettered_parts_is_no_multiple_choice_item(searcher):
    question = "What do the texts say about a) the digital divide and b) cyber sovereignty?"
    assert as_item(question).options == ()
