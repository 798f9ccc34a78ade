"""Questions asked by their structure rather than their words: who wrote a piece, where
its author works, what it concludes, the second or the other item of a series, what it
lists, what someone should do, a paragraph named by its title."""

import pytest

from bot.search.asking import asks
from bot.search.render import NOT_COVERED, answer_record, answer_text
from bot.texts.corpus import parse_document
from bot.texts.passages import segment
from bot.texts.structure import layout
from conftest import first_quote as first


# -- the author and the document -------------------------------------------------------


def test_what_a_named_author_concludes_is_the_conclusion_not_the_byline(searcher):
    quote = first(searcher, "What does Zhang conclude?")
    assert quote.text.startswith("To sum up, the building of a cyberspace community")


@pytest.mark.parametrize("question", ["How does Zhang's piece end?", "How does the 2015 article wrap up?",
                                      "what is the final point of Zhang's article", "How does Zhang close?"])
def test_how_a_piece_ends_is_its_conclusion(searcher, question):
    quote = first(searcher, question)
    assert quote.doc_id == "zhang-2015" and quote.text.startswith("To sum up, the building of a cyberspace community")


@pytest.mark.parametrize(
    "question, doc_id, opening",
    [
        ("What's the lede of the Global Times piece?", "globaltimes-2020", "We live in an era in which social networks prevail"),
        ("How does the Zhang article open?", "zhang-2015", "The second World Internet Conference, themed"),
        ("What does the China Daily editorial say up top?", "chinadaily-2022", "Global digital governance cannot ignore"),
        # ... its first paragraph of prose, not the poem before it.
        ("What's the first paragraph of the Zhi piece?", "zhi-2016", "In his keynote speech at the second World Internet Conference"),
    ],
)
def test_how_a_piece_opens_is_its_first_paragraph(searcher, question, doc_id, opening):
    quote = first(searcher, question)
    assert quote.doc_id == doc_id and quote.text.startswith(opening)


def test_a_newsrooms_lede_is_read_as_typed_not_respelt(searcher):
    """The reply says what it read only when it read a word otherwise: "lede" is no misspelling of "led"."""
    answer = searcher.search("what's the lede of the Global Times piece")
    assert answer.read_as is None
    assert answer.quotes[0].text.startswith("We live in an era in which social networks prevail")


def test_a_question_asking_what_a_piece_says_of_something_up_top_gets_that_from_its_opening(searcher):
    quote = first(searcher, "What's the one-line vision of where the internet should go, up top in the Guangming essay?")
    assert quote.text.startswith("Sharing and co-governance is the common vision")


def test_a_pieces_closing_line_on_something_is_sought_in_its_conclusion(searcher):
    assert searcher.read("What's Zhang's closing line on what the community will achieve?").asks.conclusion


def test_a_named_author_counts_for_nothing_in_what_the_piece_lists(searcher):
    quote = first(searcher, "Which problems does Zhi list in cyberspace?")
    assert "Cyber-terrorism, online bullying, fraud" in quote.text
    assert quote.doc_id == "zhi-2016"


@pytest.mark.parametrize(
    "question, words",
    [
        ("where does the global times author work", "Fudan University"),
        ("where does the author of the Global Times op-ed work", "Fudan University"),  # "op-ed" is a word for a piece
        ("Where does Zhi Zhenfeng work?", "Institute of Law"),
        ("Who is Zhang Guoqing?", "Institute of American Studies"),
        # The asker's own word order and verbs: a learner's or a chat's.
        ("Where is Zhi Zhenfeng based?", "Institute of Law"),  # the name stays in what is asked
        ("Zhang Guoqing is working at which institute?", "Institute of American Studies"),
        ("Which academy is Zhi Zhenfeng belonging to?", "Institute of Law"),
        ("the global times writer works where? which university?", "Fudan University"),
        # The preposition closing the question is no subject of its own ("which is at").
        ("which institute is Zhang Guoqing working at?", "Institute of American Studies"),
        # The verb before the person, as a learner puts it.
        ("at which Institute is working Zhang Guoqing?", "Institute of American Studies"),
        ("From which Institute comes Zhi Zhenfeng?", "Institute of Law"),
    ],
)
def test_a_byline_answers_where_the_author_works(searcher, question, words):
    assert words in first(searcher, question).text


def test_a_place_of_work_that_is_not_what_is_asked_leaves_the_question_about_the_text():
    assert not asks("According to Zhang, China is working with which countries?", names_document=True).author


@pytest.mark.parametrize("question", ["What position does the writer of the 2020 Global Times piece hold?",
                                      "Which post does the Global Times author hold?"])
def test_the_post_a_writer_holds_is_answered_by_the_byline(searcher, question):
    quote = first(searcher, question)
    assert quote.text.startswith("The author is director at the Research Center for Cyberspace Governance")


def test_an_author_described_as_the_byline_does_names_the_piece_and_the_byline_is_not_the_answer(searcher):
    quote = first(searcher, "what does the fudan university director say about hegemonic countries")
    assert quote.doc_id == "globaltimes-2020"
    assert "director" not in quote.text and "hegemon" in quote.text


def test_who_wrote_a_piece_is_answered_from_its_metadata_then_its_byline(searcher, documents):
    answer = searcher.search("who wrote the Global Times piece")
    assert answer.answered
    assert answer.note == (
        "“Joint efforts urgently needed to advance major cyber governance revolution” (Global Times, 2020-09-15)"
        " does not name its author."
    )
    assert answer.quotes[0].text == "The author is director at the Research Center for Cyberspace Governance of Fudan University."
    assert answer_text(answer, documents).startswith(answer.note)
    assert answer_record(answer, documents)["note"] == answer.note
    assert "is by Zhi Zhenfeng." in searcher.search("Who wrote the 2016 article?").note


def test_who_wrote_a_piece_without_author_or_byline_says_so_rather_than_not_covered(searcher, documents):
    answer = searcher.search("who wrote the China Daily piece?")
    assert not answer.quotes
    rendered = answer_text(answer, documents)
    assert rendered != NOT_COVERED and "China Daily" in rendered and "does not name its author" in rendered


def test_who_wrote_the_texts_names_the_author_of_each(searcher, documents):
    for question in ("who wrote the texts?", "Who are the authors?"):
        note = searcher.search(question).note
        assert note is not None and len(note.splitlines()) == len(documents), question
        assert "is by Zhang Guoqing." in note and "is by Zhi Zhenfeng." in note


def test_the_authors_name_asked_for_a_piece_without_one_says_it_names_none(searcher):
    assert "does not name its author" in searcher.search("What is the author's name in the China Daily piece?").note


def test_a_question_about_the_text_gets_no_note_about_its_author(searcher):
    assert searcher.search("What does Zhang say about hegemony?").note is None
    assert searcher.search("Where does Zhi Zhenfeng work?").note is None


def test_what_a_piece_is_about_gives_its_title_then_its_conclusion(searcher, documents):
    answer = searcher.search("what is the 2020 article about?")
    doc_id, = {q.doc_id for q in answer.quotes}
    assert documents[doc_id].date.startswith("2020")
    assert answer.note == f"“{documents[doc_id].title}” ({documents[doc_id].outlet}, {documents[doc_id].date})."
    assert answer.quotes[0].text.startswith("On the whole, the abuse of cyber freedom")
    assert answer_text(answer, documents).startswith(answer.note)


@pytest.mark.parametrize("question", ["summarise the 2020 article", "give me the gist of the 2020 piece", "sum up the 2020 article"])
def test_a_summary_asked_for_gives_the_title_then_the_conclusion(searcher, documents, question):
    answer = searcher.search(question)
    doc, = [d for d in documents.values() if d.date.startswith("2020")]
    assert answer.note == f"“{doc.title}” ({doc.outlet}, {doc.date})."
    assert answer.quotes[0].text.startswith("On the whole, the abuse of cyber freedom")


def test_what_a_piece_concludes_gets_no_title_line(searcher):
    assert searcher.search("What does the 2020 article conclude?").note is None


@pytest.mark.parametrize("question", ["What are the texts about?", "what texts do you have?", "which articles can I ask about"])
def test_what_the_texts_are_about_lists_every_title(searcher, documents, question):
    note = searcher.search(question).note
    assert note is not None and len(note.splitlines()) == len(documents)
    assert all(f"“{doc.title}”" in note for doc in documents.values())


@pytest.mark.parametrize(
    "question", ["when was the global times article published", "Which outlet published the Nov 2022 piece?",
                 "what newspaper is the 2015 piece from", "When did Zhi's article come out?"],
)
def test_when_and_where_a_piece_came_out_is_answered_from_its_front_matter(searcher, documents, question):
    answer = searcher.search(question)
    [doc] = [d for d in documents.values() if f"“{d.title}”" in (answer.note or "")]
    assert answer.note == f"“{doc.title}” was published by {doc.outlet} on {doc.date}."
    assert answer_text(answer, documents).startswith(answer.note)


def test_when_something_in_a_piece_happened_is_searched_not_its_date(searcher):
    answer = searcher.search("When was the Global Initiative on Data Security proposed?")
    assert answer.note is None and "On September 8" in answer.quotes[0].text


@pytest.mark.parametrize("question", ["who drew the cartoon in Zhi Zhenfeng's article?", "who wrote the poem?"])
def test_who_made_a_poem_or_cartoon_is_the_front_matters_note_not_the_author(searcher, documents, question):
    answer = searcher.search(question)
    [doc] = [d for d in documents.values() if d.notes and "poem" in d.notes]
    assert answer.note == f"About “{doc.title}” ({doc.outlet}, {doc.date}): {doc.notes}"
    assert "is by" not in answer.note


def test_the_heading_of_a_numbered_section_is_named_in_a_line(searcher, documents):
    note = searcher.search("What is the title of section 3 in the Guangming article?").note
    [doc] = [d for d in documents.values() if d.outlet == "Guangming Online"]
    assert note == f"Section 3 of “{doc.title}” ({doc.outlet}, {doc.date}) is headed “3. Basic principles for building a community with a shared future in cyberspace”."
    assert "“Remaining problems”" in searcher.search("What is the heading of section 2?").note
    assert searcher.search("What does section 2 of the Guangming article say about security?").note is None


def test_a_heading_asked_for_as_such_is_quoted(searcher, documents):
    answer = searcher.search("what is section 3 of the Guangming article called?")
    assert answer.answered
    [quote] = answer.quotes
    assert quote.text == "3. Basic principles for building a community with a shared future in cyberspace"
    assert documents[quote.doc_id].body[quote.start : quote.end] == quote.text
    # Searched for anything else, a heading only leads to the passage it heads.
    assert all(q.text != quote.text for q in searcher.search("basic principles for building a community").quotes)


@pytest.mark.parametrize(
    "question, heading",
    [
        ("first heading of the guangming article?", "1. A community with a shared future in cyberspace is an important part of a global community of shared future"),
        ("2nd heading in zhi's article", "Defects of current rules"),
    ],
)
def test_a_heading_asked_for_by_its_own_place_is_quoted(searcher, question, heading):
    answer = searcher.search(question)
    assert answer.answered
    assert [q.text for q in answer.quotes] == [heading]


@pytest.mark.parametrize(
    "question",
    ["what is section 2 of the zhi piece titled", "what is the second section called in zhi's piece", "what is part 2 of Zhi's article entitled"],
)
def test_a_heading_asked_for_in_other_words_is_the_heading_not_a_near_word(searcher, question):
    """ "titled" asks for a heading as "called" does; and "the second section" is never
    read as the "second session" a piece writes of, though the windows alone refuse it."""
    answer = searcher.search(question)
    assert answer.read_as is None
    assert [q.text for q in answer.quotes] == ["Defects of current rules"]


def test_a_subject_asked_about_gets_no_list_of_titles(searcher):
    assert searcher.search("what is cyber sovereignty about?").note is None
    assert searcher.search("What does the 2020 article say about trust?").note is None


# -- series, lists and sections --------------------------------------------------------


@pytest.mark.parametrize(
    "question, opening",
    [
        ("what is the second remaining problem", "The second problem is related to the North-South disparity"),
        ("What's the other challenge according to the 2020 article?", "Another challenge is to find a new way"),
        ("What was the last problem?", "The fourth problem is emerging cybersecurity issues"),
        ("What's the first principle?", "Respect cyber sovereignty."),
        ("What is the last basic principle?", "Maintain good order."),
        # The items don't say "principle"; the sentence announcing them does, and
        # passages that say "principle" don't outrank the item in the place asked for.
        ("what is the fourth principle in the guangming piece", "Maintain good order."),
        ("third principle of the 2022 article?", "Promote openness and cooperation."),
        # A pair counted before it ("two things have fundamentally altered the world. One
        # was … The other …"): "the other" is the second, and the count's words are theirs.
        ("what is the second thing that fundamentally altered the world", "The other major development"),
        ("what's the second reason for the problems in cyberspace", "The other is the ever-broadening information gap"),
        ("what is the other reason for the problems", "The other is the ever-broadening information gap"),
        # A title its paragraph says again with more leads there (test_search_titles.py).
        ("What is the first of the four communities?", "To build a community of development, we should adopt"),
        # A section by its number or place: the text under its heading ("2. Build a community …").
        ("what does part 2 of the guangming article say", "To build a community with a shared future in cyberspace, we should hold"),
        ("what's in the second section of zhi's article", "These problems are attributed to two reasons."),
        # A section and more asked of it: the section narrows, the rest decides.
        ("what communities should be built according to part 2 of the 2022 article", "To build a community of development, we should adopt"),
    ],
)
def test_an_ordinal_meets_the_texts_ordinal_markers(searcher, question, opening):
    assert first(searcher, question).text.startswith(opening)


@pytest.mark.parametrize(
    "question", ["What happened at the third World Internet Conference?", "what is the fifth problem", "the fifth basic principle?"]
)
def test_a_place_the_series_does_not_have_is_not_covered(searcher, question):
    # The texts have a first and a second conference, four problems, four principles.
    assert not searcher.search(question).answered


@pytest.mark.parametrize("question", [
    "How does Zhi compare the second World Internet Conference with the first one?",  # the second is in Zhang's piece
    "china one fourth internet users more responsibilities",  # a share, not a place in a series
])
def test_a_place_another_piece_has_or_a_fraction_is_no_missing_place(searcher, question):
    assert searcher.search(question).answered


def test_what_no_one_should_do_is_what_the_text_says_no_one_should_do(searcher):
    assert first(searcher, "What should no country do according to the principles?").text.startswith(
        "No country should seek cyber hegemony"
    )


@pytest.mark.parametrize(
    "question",
    [
        "What are countries not allowed to do under the principle of respecting cyber sovereignty?",
        "What shouldn't countries do under the principle of respecting cyber sovereignty?",
        # ... asked as a learner does, without putting the verb first.
        "In the principle of respect cyber sovereignty, what no country should do?",
    ],
)
def test_what_one_is_not_allowed_to_do_is_what_no_one_should_do(searcher, question):
    assert "No country should seek cyber hegemony" in first(searcher, question).text


def test_a_paragraph_named_by_its_title_is_answered_by_its_other_sentences(searcher):
    quote = first(searcher, "What is the goal of building a community of development?")
    # The paragraph's sentence that answers, not its title ("Build a community of development.").
    assert "To build a community of development, we should adopt" in quote.text
    assert not quote.text.startswith("Build a community of development.")


# -- the structure of any document -----------------------------------------------------

ARTICLE = """---
id: sample
title: Rivers and bridges
author: Jane Q. Smith
outlet: Daily Post
date: '2021-05-01'
---

Rivers divide towns, and bridges join them again.

Two problems remain for river towns. The first problem is flooding every spring. The second problem is the cost of bridges.

Plan ahead. Towns should plan their bridges a decade ahead.

Share the cost. Neighbouring towns should share what a bridge costs.

Keep them safe. Every bridge should be inspected each year.

In short, a town that plans its bridges keeps its river.

Jane Q. Smith is a professor of civil engineering at the River Institute.
"""


def test_a_new_documents_byline_conclusion_ordinals_and_list_items_are_found():
    document = parse_document(ARTICLE)
    _, sentences = segment(document)
    found = layout(document)
    text = {s.position: s.text for s in sentences}
    assert [text[p] for p in found.bylines] == ["Jane Q. Smith is a professor of civil engineering at the River Institute."]
    summing_up = [text[p] for p, strength in found.conclusions.items() if strength == max(found.conclusions.values())]
    assert summing_up == ["In short, a town that plans its bridges keeps its river."]
    places = {text[p]: o.place for p, o in found.ordinals.items()}
    assert places["The second problem is the cost of bridges."] == "2"
    assert places["Plan ahead."] == "1" and places["Keep them safe."] == "3"
    assert found.ordinals[next(p for p in text if text[p] == "Keep them safe.")].last


def test_the_text_under_each_heading_is_its_sections_place():
    body = "\n\n## 1. Rivers\n\nRivers divide towns.\n\n## Bridges\n\nBridges join them.\n\nThey cost a lot."
    document = parse_document(ARTICLE.split("---\n\n")[0] + "---\n" + body)
    _, sentences = segment(document)
    sections = {sentences[p].text: o for p, o in layout(document).ordinals.items() if o.section}
    assert sections["Rivers divide towns."].place == "1"  # the number the heading opens on
    assert sections["Bridges join them."].place == "2" and sections["Bridges join them."].last  # its order
    assert "They cost a lot." not in sections


def test_items_counted_before_them_are_what_the_count_calls_them():
    document = parse_document(ARTICLE.replace("Rivers divide towns, and bridges join them again.", "Floods in spring have two reasons. One is the rain. The other is melting snow."))
    _, sentences = segment(document)
    found = {sentences[p].text: o for p, o in layout(document).ordinals.items()}
    assert found["One is the rain."].place == "1" and "reasons" in found["One is the rain."].words
    other = found["The other is melting snow."]
    assert other.place == "2" and other.last and "reasons" in other.words


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Who wrote the Daily Post piece?", {"author": True, "only": False}),
        ("What is the main point of the article?", {"conclusion": True}),
        ("How does the Daily Post piece end?", {"conclusion": True}),
        ("How do the texts want to end the Cold War mentality?", {"conclusion": False}),  # ending something
        ("how does zhi think hegemony will end up", {"conclusion": False}),
        ("What's the closing line of the Daily Post piece?", {"conclusion": True}),
        ("which problems are listed", {"enumeration": True}),
        ("What's the lede of the 2020 op-ed?", {"opening": True, "conclusion": False}),
        ("How does the Daily Post piece open — what does it say of X?", {"opening": True}),
        ("What is the top line of the editorial?", {"opening": True}),
        ("How does the essay set the scene?", {"opening": True}),
        ("What did Xi put forward in his opening address?", {"opening": False}),  # a speech's opening
        ("When did the two countries start the panel?", {"opening": False}),  # what began when
        ("I want it for my intro: what is the state of the world?", {"opening": False}),  # the asker's intro
        ("the other challenge?", {"ordinal": "other"}),
        ("What is the 2nd problem?", {"ordinal": "2"}),
        ("what does part 3 say", {"ordinal": "3", "ordinal_words": ("part",)}),
        # "first" between who did it and the verb says when, not which item of a series.
        ("When did China first connect to the internet?", {"ordinal": None}),
        ("What should no country do?", {"actor": ("no", "country"), "modal": "should"}),
        ("what should countries not do", {"actor": ("no", "countries"), "modal": "should"}),
        ("What are the countries not allowed to do?", {"actor": ("no", "countries"), "modal": "should"}),
        # ... reported after what someone says.
        ("What does the Daily Post say no town should do?", {"actor": ("no", "town"), "modal": "should"}),
        ("what did the mayor say towns must not do", {"actor": ("no", "towns"), "modal": "should"}),
        ("What do the texts say about other countries?", {"ordinal": None, "author": False}),
    ],
)
def test_what_a_question_asks_by_its_structure(question, expected):
    found = asks(question, names_document=False)
    for field, value in expected.items():
        assert getattr(found, field) == value, field


@pytest.mark.parametrize(
    "question", ["what don't the texts say about hegemony?", "What does the text not say about hegemony", "what doesn’t Zhang say about hegemony"]
)
def test_what_the_texts_leave_unsaid_is_answered_with_what_they_say_and_says_so(searcher, documents, question):
    answer = searcher.search(question)
    assert answer.answered and "hegemony" in answer.quotes[0].text
    shown = answer_text(answer, documents)
    assert shown.startswith("The texts can be quoted only for what they say, not for what they leave out")
    assert answer_record(answer, documents)["note"] == answer.note


@pytest.mark.parametrize("question", ["why don't big powers trust each other?", "Doesn't the text mention hegemony?", "what do the texts say about hegemony"])
def test_a_negation_outside_the_frame_or_in_a_yes_no_question_gets_no_note(searcher, question):
    answer = searcher.search(question)
    assert answer.answered and answer.note is None


# -- a poem ------------------------------------------------------------------------------


def test_a_block_of_short_hand_broken_lines_is_verse_and_a_list_is_not():
    poem = "Rivers run,\nBridges stand,\nTowns grow\nAcross the land.\n\nRivers divide towns. Bridges join them."
    listing = "Three things:\n- rivers\n- bridges\n- towns\n- roads"
    for body, expected in ((poem, ["Rivers run, Bridges stand, Towns grow Across the land."]), (listing, [])):
        document = parse_document(ARTICLE.split("---\n\n")[0] + "---\n" + body)
        _, sentences = segment(document)
        assert [" ".join(sentences[p].text.split()) for p in sorted(layout(document).verses)] == expected


@pytest.mark.parametrize("question, depth", [("what does the verse say about freedom online", 1), ("What does the poem say about freedom?", 2)])
def test_a_question_about_the_poem_is_answered_by_its_lines(searcher, question, depth):
    quotes = searcher.search(question, top_k=depth).quotes
    assert any("To roam in the cyberspace with freedom" in q.text for q in quotes), [q.text[:60] for q in quotes]


@pytest.mark.parametrize(
    "question", ["what's the poem at the start of zhi's piece about", "in the poem at the start what is cyberspace compared to"]
)
def test_a_poem_asked_for_is_quoted_whole(searcher, question):
    """Not the stanza sharing most words with the question: the poem, from its first line
    to its last, one quote."""
    quote = searcher.search(question).quotes[0]
    assert quote.text.startswith("Cyberspace is a double-edged sword.")
    assert quote.text.endswith("Limits should first be set in this net kingdom.")


def test_a_poems_lines_give_way_to_prose_unless_the_poem_is_asked_for_or_quoted(searcher):
    assert first(searcher, "What do they say about lies spreading online?").text.startswith("Cyber-terrorism, online bullying, fraud, the spread of rumors")
    assert first(searcher, "what do the texts say about truth and lies").text.startswith("Truth and lies,")


@pytest.mark.parametrize(
    "question", ["What are the four communities in the second section of the Guangming article?", "the four communities in part 2 of the 2022 Guangming piece?"]
)
def test_a_count_that_a_section_heading_enumerates_is_answered_by_its_section(searcher, documents, question):
    """"The four communities" of a heading that lists four ("2. Build a community of
    development, security, responsibility and shared interests"): its section answers,
    though none of its sentences writes the number."""
    answer = searcher.search(question)
    assert answer.answered
    body = documents["guangming-2022"].body
    section = body[body.index("## 2.") : body.index("## 3.")]
    assert answer.quotes[0].text in section


def test_a_newsroom_kicker_is_the_conclusion_and_what_it_closes_on_the_subject(searcher):
    question = "What's Zhang's kicker — how does the piece close on the community of shared destiny?"
    assert asks(question, names_document=True).conclusion
    quote = first(searcher, question)
    assert quote.doc_id == "zhang-2015" and quote.text.startswith("To sum up, the building of a cyberspace community")


def test_what_the_writer_names_is_not_the_writers_name():
    assert not asks("Which big American technology companies does the writer name?", names_document=False).author
    assert asks("What is the writer's name?", names_document=False).author


# -- a piece's poem asked for whole ----------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "what does the opening poem say",
        "whats the poem at the start of the zhi article saying? main idea",
        "what is the poem saying",
        "what does the poem at the beginning say",
        "summarise the poem",
        "what's the poem about",
    ],
)
def test_a_poem_asked_for_whole_is_answered_by_its_lines(searcher, question):
    """Asked what the poem says and nothing more of it, the poem's own lines answer, not
    the prose its place words match ("opening" → "openness") nor the piece's conclusion."""
    quote = first(searcher, question)
    assert quote.doc_id == "zhi-2016" and quote.text.startswith("Cyberspace is a double-edged sword.")


def test_how_a_poem_at_the_top_ends_is_still_its_lines_not_the_prose_opening(searcher):
    quote = first(searcher, "how does the poem at the top of the 2016 article end")
    assert quote.doc_id == "zhi-2016" and "double-edged sword" in quote.text


def test_a_poem_asked_about_something_is_still_searched_by_that(searcher):
    quote = first(searcher, "what does the poem say about freedom")
    assert "freedom" in quote.text.lower()
    assert not searcher.search("the opening poem - what does it say about football").answered


def test_what_a_piece_says_no_country_should_do_is_answered_by_its_no_country_should(searcher):
    quote = first(searcher, "What does the Guangming article say no country should do under the principle of respecting sovereignty?")
    assert quote.text.startswith("No country should seek cyber hegemony")


def test_words_asked_as_a_piece_quotes_them_are_the_words_spoken(searcher):
    """"as quoted in" asks for the words in quotation marks, not the sentence reporting
    that Xi urged something with a phrase of his quoted inside it."""
    quote = first(searcher, "What three things did Xi tell countries to do, as quoted in the December 2015 article?")
    assert quote.text.startswith("“Cyberspace is the common space of mankind.")


@pytest.mark.parametrize("question", ["What happens when there is not enough control, tells the small verse at the beginning?", "what does the little poem say"])
def test_a_poem_remembered_by_its_size_is_the_poem(searcher, question):
    answer = searcher.search(question)
    assert answer.answered
    assert "double-edged sword" in answer.quotes[0].text
