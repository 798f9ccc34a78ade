"""A student revising half remembers a line and asks for the rest of it: a blank ("___",
"...") or "what was the third thing?" stands for the words the line leaves out, and
the line is quoted; "the 2022 one", "the zhang one" name a piece as "the 2022 article"
does. A line the texts never wrote, with a blank in it, is still refused."""

import pytest


@pytest.mark.parametrize(
    "question, said",
    [
        # A clause opening the line asks no time: the blank is what is asked for.
        (
            "when they violate internal affairs, they criticize development pathways, forms of government and ...?",
            "forms of government and public policies",
        ),
        # "What was the third thing?" asks for what the placeholder stood for.
        (
            "there was a line about unilateralism, protectionism and something else being on the rise - what was the third thing?",
            "opposition to globalization are on the rise",
        ),
        ("the line with the typo 'pubic policies' - what is it?", "formulate pubic policies"),
        ("which UN agenda is mentioned at the end of the shared interests section?", "2030 Agenda for Sustainable Development"),
        ("remind me of the three principles in the 2022 china daily one?", "principles"),
    ],
)
def test_a_half_remembered_line_is_quoted(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered
    assert any(said in quote.text for quote in answer.quotes[:3])


@pytest.mark.parametrize("pointer", ["the 2022 one", "the 2022 article"])
def test_the_2022_one_names_a_piece_as_the_2022_article_does(searcher, pointer):
    answer = searcher.search(f"what did {pointer} say about covid?")
    assert answer.answered
    assert "Covid-19" in answer.quotes[0].text


def test_one_after_words_naming_no_piece_is_no_piece(searcher):
    assert not searcher.read("what's the main one?").documents
    assert searcher.read("what did the 2022 one say about covid?").subject == "covid"


def test_an_ordinal_of_a_counted_item_still_asks_for_it(searcher):
    answer = searcher.search("what's the third problem zhang lists?")
    assert answer.answered
    assert "third problem" in answer.quotes[0].text


@pytest.mark.parametrize(
    "question",
    [
        "the european union's approach is called ___",
        "stuxnet was the first ___ cyberweapon",
        "wannacry was described as ...?",
    ],
)
def test_a_line_the_texts_never_wrote_is_refused(searcher, question):
    assert not searcher.search(question).answered


@pytest.mark.parametrize(
    "question, subject",
    [
        ("which word does the text use for the gap between countries?", "the gap between countries"),
        ("what term does zhang use to describe the leaks?", "the leaks"),
        (
            "states should assume certain something responsibilities toward other states - what's the word?",
            "states should assume certain ___ responsibilities toward other states",
        ),
    ],
)
def test_the_word_asked_for_is_found_by_what_it_names(searcher, question, subject):
    assert searcher.read(question).subject == subject


def test_the_word_a_text_uses_is_quoted(searcher):
    answer = searcher.search("which word does the text use for the gap between countries?")
    assert answer.answered
    assert "information gap" in answer.quotes[0].text


@pytest.mark.parametrize(
    "question, said",
    [
        # What the line is for, said before the colon, is no word of it ...
        (
            "For a current-events question: the sentence about the Chinese ambassador's Twitter account being hacked.",
            "Twitter account",
        ),
        # ... and the topic it names is what the request's pointer stands for.
        ("For a question on Edward Snowden: the line that identifies who he worked for.", "National Security Agency"),
    ],
)
def test_a_line_asked_for_a_quiz_question_is_quoted(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered
    assert any(said in quote.text for quote in answer.quotes[:3])


def test_the_piece_called_one_after_its_name_leaves_the_subject(searcher):
    named_one = searcher.read("what are the three principles in the 2022 china daily one?")
    named_article = searcher.read("what are the three principles in the 2022 china daily article?")
    assert named_one.documents == named_article.documents
    assert named_one.subject == named_article.subject


def test_a_whole_statement_before_what_was_the_first_one_announces_what_is_asked(searcher):
    # Nothing is left out at its end: the list it announces is what is asked for.
    answer = searcher.search("Zhang says two things have fundamentally changed the world since 2000. What was the first one?")
    assert answer.answered and any("Sept. 11 attacks" in quote.text for quote in answer.quotes[:2])


def test_a_line_broken_off_on_and_still_asks_for_its_end():
    from bot.search.asking.asker import as_completion

    assert as_completion("unilateralism, protectionism and - what was the third thing?").endswith("and ___")
    assert as_completion("two things changed the world. What was the first one?") == "two things changed the world"
