"""Questions as European learners of English ask them, with the real model: their own
language's word order, false friends, capitalised common nouns, the topic put first."""

import pytest

from bot.search.reading import in_english_order
from conftest import first_quote as first


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("What says the author about hegemony?", "What does the author say about hegemony?"),
        ("what said Zhang about the leaks", "what did Zhang say about the leaks"),
        ("How is explained the balance?", "How is the balance explained?"),
        ("When was founded the academy?", "When was the academy founded?"),
        # ... after where it is asked of, set off by a comma, or before it.
        ("In the 2015 article, how is explained the balance?", "In the 2015 article, how is the balance explained?"),
        ("In the piece of 2015, what says the author about trust?", "In the piece of 2015, what does the author say about trust?"),
        ("how is explained the balance in the 2015 article?", "how is the balance explained in the 2015 article?"),
        ("How is explained the role of states in the governance?", "How is the role of states in the governance explained?"),
        ("Which impact, according Guangming?", "Which impact, according to Guangming?"),
        ("From when the issue became significant?", "Since when the issue became significant?"),
        # English's own order stays as it is.
        ("What does the author say about hegemony?", "What does the author say about hegemony?"),
        ("according to Zhang, what is it?", "according to Zhang, what is it?"),
        ("How was it received?", "How was it received?"),
        ("What do we know from when he spoke?", "What do we know from when he spoke?"),
        # A saying verb's form that is a noun, before a modal: no writer follows it.
        ("How states can intervene in the flux of informations?", "How states can intervene in the flux of informations?"),
    ],
)
def test_a_learners_word_order_is_read_as_english_puts_it(typed, read):
    assert in_english_order(typed) == read


def test_a_learners_order_after_naming_the_piece_still_finds_the_subject(searcher):
    question = "In the Guangming article, how is explained the cyber sovereignty?"
    reading = searcher.read(question)
    assert reading.subject == "the cyber sovereignty" and reading.documents == frozenset({"guangming-2022"})
    assert "cyber sovereignty" in first(searcher, question).text.lower()


def test_a_noun_like_a_saying_verb_opening_the_question_is_asked_about_not_a_writer(searcher):
    quote = first(searcher, "How states can intervene in the flux of informations?")
    assert "which can intervene in the generation and flow of information" in quote.text


def test_the_writer_put_after_the_verb_still_frames_the_question(searcher):
    reading = searcher.read("What says the Global Times author about cyber hegemony?")
    assert reading.subject == "cyber hegemony"
    assert reading.documents == frozenset({"globaltimes-2020"})


def test_according_without_to_still_names_the_piece_and_leaves_the_subject(searcher):
    reading = searcher.read("Which opportunities brings the digital economy, according Guangming?")
    assert "according" not in reading.subject
    assert reading.documents == frozenset({"guangming-2022"})


@pytest.mark.parametrize(
    "question",
    [
        "the balance between freedom and order — where is it written?",
        "the balance between freedom and order, is it mentioned?",
        "the balance between freedom and order - is that in the text?",
        # ... the topic called by what it is, and where in the piece.
        "the balance between freedom and order - where is this idea in the article?",
    ],
)
def test_the_topic_put_first_and_then_asked_where_it_is_written_is_the_subject(searcher, question):
    assert searcher.read(question).subject == "the balance between freedom and order"
    assert "balance between freedom and order" in first(searcher, question).text


def test_a_comment_before_asking_where_it_is_written_is_no_part_of_the_subject(searcher):
    question = "the balance between freedom and order — sounds vague, where is it written?"
    assert searcher.read(question).subject == "the balance between freedom and order"


@pytest.mark.parametrize(
    "question",
    ["Should states avoid a race of Weapons in cyberspace?", "Must countries stop the Weapons race and armed conflicts online?"],
)
def test_a_common_noun_capitalised_alone_is_no_name_the_answer_must_hold(searcher, question):
    assert "prevent arms race and armed conflicts" in first(searcher, question).text


def test_a_question_opening_with_although_before_a_capitalised_word_names_nothing_by_it(searcher):
    assert "collectively regulated by sovereign states" in first(searcher, "Although Internet has no borders, who regulates it?").text


def test_capitalised_words_in_a_row_are_a_name_still(searcher):
    # The texts never name the Sustainable Development Goals (only "the 2030 Agenda
    # for Sustainable Development").
    assert not searcher.search("Which Sustainable Development Goals does the Guangming article link to internet development?").answered


def test_a_learners_cognate_is_read_as_the_english_word_and_the_reply_says_so(searcher):
    answer = searcher.search("What impact had the pandemy?")
    assert answer.answered and "Covid-19 epidemic has had a far-reaching impact" in answer.quotes[0].text
    assert "pandemic" in answer.read_as


def test_a_false_friend_is_read_in_the_learners_sense(searcher):
    # "argument" as Italian "argomento": the topic.
    assert "China-ASEAN Cyberspace Forum" in first(searcher, "Which argument was the China-ASEAN forum devoted to?").text


def test_informatic_is_read_as_information(searcher):
    # "informatic security" as Italian "sicurezza informatica": the speller reads it as the corpus word a typo away.
    assert "information security" in searcher.read("What does Zhi say about informatic security?").read


def test_a_word_natives_use_in_its_english_sense_is_no_false_friend(searcher):
    # "actual" is German "aktuell" (current) for a learner, but "the actual story" for a native.
    assert not searcher.search("what's the actual story of pandora's box, where does it come from").answered


def test_one_example_given_and_asked_which_ones_is_answered_by_the_list(searcher):
    quote = first(searcher, "the chinese firms that are competitive, like Tencent — which ones?")
    assert "Alibaba, Tencent, Baidu and Youku" in quote.text


def test_names_closing_the_question_after_a_comma_are_examples_of_what_it_asks(searcher):
    quote = first(searcher, "which companies provide high-quality services, Google, Apple ...?")
    assert "Google, Facebook, Twitter, Microsoft, Apple" in quote.text


def test_one_name_of_a_list_asked_something_of_is_still_refused(searcher):
    assert not searcher.search("Is Youku owned by Alibaba?").answered


def test_a_topic_saying_what_happened_before_a_dash_is_no_label_of_who_asks(searcher):
    # "Twitter" ends as agent nouns do ("founder", "investor"), but the clause says what happened.
    question = "The Twitter of the ambassador was hacked — which forces?"
    assert "hacked" in searcher.read(question).subject
    assert "anti-China forces maliciously hacked" in first(searcher, question).text


def test_a_thing_and_who_acts_side_by_side_are_no_name_the_texts_never_write(searcher):
    # "in which Expo China presented it": "did China present it", not a name "Expo China".
    assert "China-Arab States Expo" in first(searcher, "the Online Silk Road, in which Expo China presented it?").text


def test_the_actor_after_the_place_is_no_part_of_the_places_name(searcher):
    # "In the Brazilian Congress Xi urged …": Xi acted there, no "Congress Xi" is named.
    quote = first(searcher, "In the Brazilian Congress Xi urged for which cyberspace?")
    assert "a peaceful, secure, open and cooperative cyberspace" in quote.text or "peaceful, secure, open and coordinated cyberspace" in quote.text


def test_who_has_given_the_information_asks_where_it_comes_from(searcher):
    question = "Who has given the information that the Twitter of the ambassador was hacked?"
    assert searcher.read(question).subject == "the Twitter of the ambassador was hacked"
    assert "according to a statement issued by the Chinese Embassy" in first(searcher, question).text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # "order" ends as agent nouns do ("investor"), but the question after the dash names
        # nothing itself: the piece talking is no subject, the label before it is.
        ("global internet governance order — what is the article talking about", "global Internet governance"),
        ("cyber hegemony — what is the piece talking about", "cyber hegemony"),
    ],
)
def test_a_topic_put_first_then_asked_what_the_piece_is_talking_about_is_the_subject(searcher, question, said):
    assert said.split()[0] in searcher.read(question).subject
    assert said.lower() in first(searcher, question).text.lower()


# Questions as learners from further afield ask them (Arabic, Russian, Turkish, Persian
# speakers): the verb straight after "where", articles and possessives dropped, a common
# noun capitalised before a name, a person named in full where the texts say the surname.


def test_where_and_the_verb_before_the_author_asks_where_the_author_works(searcher):
    quote = first(searcher, "Where works Zhi Zhenfeng?")
    assert "Institute of Law at the Chinese Academy of Social Sciences" in quote.text


@pytest.mark.parametrize(
    "question",
    ["In which speech Xi first urged a peaceful, secure, open cyberspace?", "when did xi first urge an open and secure cyberspace"],
)
def test_first_said_of_when_someone_did_something_is_no_item_of_a_series(searcher, question):
    assert searcher.read(question).asks.ordinal is None
    assert "for the first time" in first(searcher, question).text


def test_an_ordinal_with_its_article_dropped_still_asks_for_the_item(searcher):
    assert searcher.read("What is the second problem?").asks.ordinal == "2"


def test_a_common_noun_capitalised_before_a_name_the_texts_write_alone_names_nothing_new(searcher):
    assert "common space of mankind" in first(searcher, "Is the cyberspace a common space of the Humanity for Xi?").text


def test_an_everyday_word_after_own_is_no_name_though_the_texts_write_it_only_in_one(searcher):
    # The texts write "road" only in "the Belt and Road" and "the Online Silk Road".
    quote = first(searcher, "Each country can choose own road of network development?")
    assert "choose their own path of network development" in quote.text


def test_the_poem_at_beginning_without_the_is_the_poem_at_the_beginning(searcher):
    reading = searcher.read("The poem at beginning of Zhi article, what first line?")
    assert "beginning" not in reading.subject


def test_the_teacher_called_before_the_question_is_no_part_of_it(searcher):
    assert searcher.read("Teacher, what does the text say about cyber hegemony?").subject == "cyber hegemony"


def test_a_person_named_in_full_is_held_where_the_texts_write_the_surname(searcher):
    # "In his speech at the National Congress of Brazil in June 2014, Xi proposed …"
    quote = first(searcher, "Xi Jinping speech at Brazil National Congress, when it was according to Zhi Zhenfeng?")
    assert "June 2014" in quote.text


def test_names_closed_by_and_others_are_examples_of_what_is_asked(searcher):
    quote = first(searcher, "From what year China holds internet conferences with Russia, India and others?")
    assert "Since as early as 2007" in quote.text


def test_a_name_the_texts_write_put_for_the_one_the_window_writes_is_glossed(searcher):
    # The texts write "Britain" (in a list of countries) and "Ambassador to the UK".
    quote = first(searcher, "Whose Twitter got hacked, of the Chinese ambassador in Britain?")
    assert "Chinese Ambassador to the UK Liu Xiaoming's Twitter account" in quote.text


def test_a_name_the_texts_write_and_no_window_glosses_is_still_left_out(searcher):
    assert not searcher.search("What is Britain's national cyber strategy?").answered


def test_first_said_of_when_something_was_done_is_still_refused_when_the_texts_never_say_it(searcher):
    assert not searcher.search("When did China first connect to the internet?").answered


def test_a_country_named_where_the_texts_write_its_initials_is_held_by_them(searcher):
    # "During the China-US Internet Industry Forum in September 2015, …"
    assert "September 2015" in first(searcher, "When was China-America forum of internet industry?").text


def test_a_first_time_without_its_article_says_when_not_which_item(searcher):
    question = "In which speech Xi urged first time a peaceful, secure, open and cooperative cyberspace?"
    assert searcher.read(question).asks.ordinal is None
    assert "National Congress of Brazil" in first(searcher, question).text
