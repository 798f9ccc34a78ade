"""Acronyms: the texts' own names and terms found by their initials, and an acronym the
texts never use read as itself, never as a chance stretch of words with its initials."""

import pytest

from bot.search.acronyms import AcronymTable

COMMON_ACRONYMS = "VPN DNS GPU CPU API ISP NATO WTO EU IMF CCP PLA WHO SIM NFT GDPR AWS PII CIA USB GPS FBI OECD".split()


@pytest.mark.parametrize("acronym", COMMON_ACRONYMS)
def test_an_acronym_the_texts_never_use_is_read_as_itself(searcher, acronym):
    query = searcher.read(f"What does the text say about {acronym}?")
    assert query.changes == ()
    assert acronym in query.read


@pytest.mark.parametrize(
    "question, chance_stretch",
    [
        ("SIM card registration?", "shared interests means"),
        ("what about the CCP?", "communication and cooperation to promote"),
        ("does it mention the IMF", "improve the multilateral framework"),
        ("PII?", "profoundly impact international"),
    ],
)
def test_a_stretch_of_words_that_merely_shares_an_acronyms_initials_is_never_quoted_for_it(searcher, question, chance_stretch):
    answer = searcher.search(question)
    assert answer.read_as is None or chance_stretch not in answer.read_as
    assert not any(chance_stretch in quote.text for quote in answer.quotes)


@pytest.mark.parametrize(
    "acronym, name",
    [
        ("ICANN", "Internet Corporation for Assigned Names and Numbers"),
        ("AIIB", "Asian Infrastructure Investment Bank"),
        ("NSA", "National Security Agency"),
        ("UN", "United Nations"),
        ("WIC", "World Internet Conference"),
        ("SCO", "Shanghai Cooperation Organization"),
        ("ICT", "information and communications technology"),
        ("CAC", "Cyberspace Administration of China"),
        ("IGF", "Internet Governance Forum"),
        ("WSIS", "World Summit on the Information Society"),
        ("APNIC", "Asia-Pacific Network Information Center"),
        ("CASS", "Chinese Academy of Social Sciences"),
        ("SMEs", "small and medium-sized enterprises"),
        ("MSMEs", "micro, small and medium-sized enterprises"),
    ],
)
def test_an_acronym_of_the_texts_is_read_as_what_it_stands_for(searcher, acronym, name):
    query = searcher.read(f"What does the text say about the {acronym}?")
    assert dict(query.changes)[acronym] == name
    assert name in query.read


@pytest.mark.parametrize("typed, name", [
    ("wsis", "World Summit on the Information Society"),  # not the plural of "WSI" ("… the Information")
    ("smes", "small and medium-sized enterprises"),  # the plural of "SME"
    ("cass", "Chinese Academy of Social Sciences"),
])
def test_an_acronym_typed_in_lower_case_is_read_as_its_whole_name(searcher, typed, name):
    assert searcher.read(f"what do they say about {typed}").subject == name


STOPWORDS = ["should", "will", "we", "it", "they", "that"]


def table(*texts: str) -> AcronymTable:
    return AcronymTable(texts, stopwords=STOPWORDS)


def test_a_noun_phrase_in_lower_case_is_a_term_and_so_is_one_opened_by_a_list():
    acronyms = table("We should help micro, small and medium-sized enterprises use new tools.")
    assert acronyms.expand("SMEs") == "small and medium-sized enterprises"
    assert acronyms.expand("MSMEs") == "micro, small and medium-sized enterprises"


def test_a_comma_ends_a_term_unless_it_lists_the_single_words_that_open_it():
    acronyms = table("They face rising costs, new tariffs and export controls.", "Ethnic groups, and cultures in cyberspace thrive.")
    assert acronyms.expand("RCNTEC") is None  # "rising costs, new tariffs and …": a list of phrases
    assert acronyms.expand("GCC") is None  # "groups, and cultures in cyberspace": the list opens on "ethnic"


@pytest.mark.parametrize(
    "texts, acronym",
    [
        # starts on a verb: the corpus writes "improve" after "to"
        (["Countries should work together to improve the multilateral framework of governance."], "IMF"),
        # ends on an infinitive
        (["It advocates global communication and cooperation to promote development."], "CCP"),
        # starts on an adverb
        (["Its influence will profoundly impact international relations."], "PII"),
        # a possessive opens a phrase; it is no part of a term
        (["They interfere in other countries’ internal affairs."], "CIA"),
        # ends on a pronoun
        (["The national security of others is in danger."], "NSO"),
        # runs on past a phrase the corpus ends a clause on
        (["A community of shared interests\nBuilding a community of shared interests means putting people first."], "SIM"),
        # starts inside a phrase: "digital" belongs with "economy"
        (["They build the digital economy infrastructure plan."], "EIP"),
    ],
)
def test_a_stretch_that_is_no_noun_phrase_is_no_term(texts, acronym):
    assert table(*texts).expand(acronym) is None


def test_two_capitals_are_a_two_word_term_only_before_the_word_that_follows_it_in_the_texts():
    acronyms = table("Infringements of intellectual property rights occur.", "Some internet platforms grow fast.")
    assert acronyms.expand("IP", following="rights") == "intellectual property"
    assert acronyms.expand("IP", following="addresses") is None
    assert acronyms.expand("IP") is None


def test_an_acronym_of_a_term_the_texts_write_before_the_questions_next_word_is_answered(searcher):
    answer = searcher.search("What did Xi say about privacy and IP rights at the second WIC?")
    assert answer.answered
    assert "intellectual property rights" in answer.quotes[0].text
    assert "intellectual property" in answer.read_as


@pytest.mark.parametrize("question", ["What do the texts say about IP addresses?", "IP address blocking?"])
def test_two_capitals_the_texts_never_write_before_the_next_word_stay_unknown(searcher, question):
    assert not searcher.search(question).answered


def test_a_term_after_a_gerund_is_found_though_a_name_and_a_modals_clause_share_its_initials():
    acronyms = table(
        "We cooperate in protecting critical information infrastructure and data.",
        "The Canada-US Internet Initiative met.",  # a name's words are no lower-case term
        "We cannot ignore the important.",  # opened by a modal: no rival
    )
    assert acronyms.expand("CII") == "critical information infrastructure"


def test_two_capitals_are_a_two_word_term_after_the_content_word_that_precedes_it_in_the_texts():
    acronyms = table("They protect privacy and intellectual property rights.", "Internet penetration is low.")
    assert acronyms.expand("IP", preceding=["privacy", "and"]) == "intellectual property"
    assert acronyms.expand("IP", preceding=["about", "the"]) is None  # nothing the texts put before it


def test_an_outlet_typed_by_its_initials_names_its_document(searcher):
    result = searcher.search("Does GT describe the 2017 document as the first step in a larger international strategy?")
    assert result.answered
    assert result.quotes[0].text.startswith("The document is the first step in a larger international strategy")
    assert searcher.read("Where exactly does GT list piracy and cyber manhunt?").documents == {"globaltimes-2020"}
    assert searcher.read("What is GT's view of the hack of the ambassador's account?").documents == {"globaltimes-2020"}


def test_outlet_initials_that_spell_a_word_stay_a_word(searcher):
    assert not searcher.read("GO through what the texts say about cyber sovereignty").documents


def test_an_acronym_the_texts_never_write_beside_a_name_they_do_is_unknown(searcher):
    """An acronym is a name whole in itself: "the UN GGE" is a group the texts never
    mention, though they write "UN" (a word beside a known name may be part of a name they
    know in part; initials are not)."""
    assert searcher.read("How does China view the consensus report of the UN GGE?").unknown_names == ("GGE",)
    assert not searcher.search("How does China view the consensus report of the UN GGE?").answered
    assert searcher.read("What did the US NSA do?").unknown_names == ()


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("what is the w i c", "World Internet Conference"),
        ("what does i c a n n stand for", "Internet Corporation for Assigned Names and Numbers"),
        ("what r u saying about the n s a", "National Security Agency"),
    ],
)
def test_initials_spoken_letter_by_letter_are_read_as_the_acronym(searcher, question, name):
    answer = searcher.search(question)
    assert answer.answered and name in answer.quotes[0].text
    assert name in (answer.read_as or "")


def test_letters_that_spell_no_initials_of_the_texts_stay_as_typed(searcher):
    query = searcher.read("what r u")
    assert query.subject == "what are you"
    assert searcher.read("what is a w i c").subject.endswith("a World Internet Conference")


@pytest.mark.parametrize(
    "question, read",
    [
        # Late in a long question, the two words just before the capitals decide, as in a short one.
        ("My tutor wants a page on how these writers handle rules online, and I keep wondering "
         "what they say about privacy and IP today", True),
        ("what do they say about privacy and IP", True),
        # "privacy and" earlier in the question, not just before them, says nothing of them.
        ("what do they say about privacy and the IP question", False),
        ("what do they say about IP and privacy", False),
    ],
)
def test_two_capitals_lean_on_the_two_words_just_before_them_wherever_they_stand(searcher, question, read):
    query = searcher.read(question)
    assert (("IP", "intellectual property") in query.changes) is read
