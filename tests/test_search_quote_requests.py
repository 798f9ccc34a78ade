"""Questions framed as requests for a quote, the way essay writers ask them: the frame
("… I can quote", "the exact wording about", "evidence for the claim that", "I'm writing
an essay on …, anything useful?") names nothing, and the quote found is the one the
subject alone finds."""

import pytest


@pytest.mark.parametrize(
    "question, subject",
    [
        ("is there a line about cyber sovereignty I can quote", "cyber sovereignty"),
        ("is there a quote I can use in my essay about cyber sovereignty", "cyber sovereignty"),
        ("what's the exact wording about double standards", "double standards"),
        ("give me the exact phrasing on double standards", "double standards"),
        ("i'm writing an essay on cyber hegemony, anything useful?", "cyber hegemony"),
        ("I'm working on a report about cyber hegemony - anything relevant in the texts?", "cyber hegemony"),
        ("can you give me evidence for the claim that the us dominates the internet", "the us dominates the internet"),
        ("support for the idea that the us dominates the internet", "the us dominates the internet"),
        # A debater asking what to quote for their case; a line asked for as a note, no article.
        ("what can I quote to show the us dominates the internet", "the us dominates the internet"),
        ("line calling the snowden leaks a watershed moment", "the snowden leaks a watershed moment"),
        # A producer after a line for the air: how good it must be, and what it is for.
        ("got a punchy line on internet hegemony for the intro?", "internet hegemony"),
        ("anything quotable re the digital divide for the segment", "the digital divide"),
        ("what's the money quote on the Snowden leaks?", "the Snowden leaks"),
        ("need a clip where they say the internet is a global village", "the internet is a global village"),
        ("soundbite on double standards pls", "double standards"),
        # What the line is to do to the subject.
        ("which quote backs up equal participation of all countries?", "equal participation of all countries"),
        ("As a teacher, I need the line on the digital divide.", "the digital divide"),
    ],
)
def test_a_quote_seekers_frame_leaves_the_subject(searcher, question, subject):
    assert searcher.read(question).subject == subject
    framed, plain = searcher.search(question), searcher.search(subject)
    assert framed.answered, f"{question!r} was not answered"
    # Asked for evidence, the quote may run on into the cases after the claim
    # (quoting.Quoter._grow_instances): it still opens on the line the subject finds.
    assert framed.quotes[0].text.startswith(plain.quotes[0].text)


@pytest.mark.parametrize(
    "question, phrase",
    [
        ("is there a line about cyber sovereignty I can quote", "Respect cyber sovereignty"),
        ("i'm writing an essay on cyber hegemony, anything useful?", "No country should seek cyber hegemony"),
    ],
)
def test_the_essay_writer_gets_the_line(searcher, question, phrase):
    answer = searcher.search(question)
    assert answer.answered
    assert phrase in answer.quotes[0].text


def test_asked_whether_there_is_evidence_the_question_stays_whole(searcher):
    # "is there" frames a claim only as a line the asker may quote or a claim named: asked
    # whether there is evidence "for the X scholar, that Y", the question is asked as put.
    question = "Is there evidence, for the scholar, that the global landscape has fundamentally shifted?"
    assert searcher.read(question).subject.startswith("Is there evidence")


def test_the_essay_writers_own_case_leaves_the_claim(searcher):
    # ... and, as in any claim checked, who is said to claim it ("the texts see").
    assert searcher.read("How could I show that the texts see the internet as a double-edged sword?").subject == (
        "the internet as a double-edged sword"
    )
    assert searcher.read("I'm making the case that the internet is a double-edged sword").subject == (
        "the internet is a double-edged sword"
    )


@pytest.mark.parametrize(
    "question",
    ["got a punchy line on ransomware for the intro?", "need a clip where they say Starlink is a threat"],
)
def test_a_producers_frame_finds_nothing_the_texts_do_not_say(searcher, question):
    assert not searcher.search(question).answered


def test_a_line_of_argument_is_not_a_line_asked_for(searcher):
    assert "argument" in searcher.read("what is the line of argument on hegemony").subject


@pytest.mark.parametrize(
    ("question", "subject", "doc_id"),
    [
        # What the line is to do to the subject, the piece between them; the piece to cite named.
        ("which line from Zhi supports equal participation of all countries?", "equal participation of all countries", "zhi-2016"),
        ("what sentence in the Guangming essay backs up the digital divide point?", "the digital divide point", "guangming-2022"),
        ("I want to cite Guangming on bridging the digital gap.", "bridging the digital gap", "guangming-2022"),
        ("I'd like to quote Zhang on hegemony.", "hegemony", "zhang-2015"),
        # Who the asker is, said first; how a piece would answer something.
        ("As the delegate of India, what does Guangming say about the digital divide?", "the digital divide", "guangming-2022"),
        ("How would the Guangming author respond to a country that hacks its neighbour?", "a country that hacks its neighbour", "guangming-2022"),
    ],
)
def test_the_line_wanted_of_a_piece_leaves_the_subject(searcher, question, subject, doc_id):
    query = searcher.read(question)
    assert query.subject == subject and query.documents == {doc_id}
    answer = searcher.search(question)
    assert answer.answered and answer.quotes[0].doc_id == doc_id


@pytest.mark.parametrize("question", ["As a result, what did the US do?", "As a community with a shared future, what should cyberspace be?"])
def test_an_opening_as_clause_that_is_no_asker_stays(searcher, question):
    assert searcher.read(question).subject.startswith("As a ")
