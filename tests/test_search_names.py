"""Names typed in lower case: a question word the corpus writes only as a name is read
as that name ("russia" as "Russia"), so the name evidence refuses what the texts say of
something else; covered questions typed in lower case stay answered."""

import re

import pytest

from bot.search.names import NameCase, capital_readings, country_forms, country_names, demonyms, longest_first, region_names, venues

SENTENCES = [
    "Conferences were held with Russia and India on cyber security.",
    "In Brazil the law protects privacy, and Russia signed it.",
    "The role of the UN, the United Nations, is central, and the US agreed.",
    "The foreign minister of Brazil spoke; the Foreign Ministry agreed.",
    "Tell us what the law says.",
    "They recalled the Cold War.",
]


def test_a_word_the_corpus_writes_only_capitalised_is_capitalised():
    names = NameCase(SENTENCES)
    assert names.truecased("what cyberattacks has russia carried out") == "what cyberattacks has Russia carried out"
    assert names.truecased("how is india's digital economy doing") == "how is India's digital economy doing"


def test_a_word_the_corpus_also_writes_in_lower_case_stays_as_typed():
    """"foreign" is written both ways: it is no name."""
    assert NameCase(SENTENCES).truecased("foreign policy in brazil") == "foreign policy in Brazil"


def test_an_acronym_typed_in_lower_case_is_left_to_the_acronym_reader():
    """"un" may be a word, and the texts may say "the United Nations" for it."""
    assert NameCase(SENTENCES).truecased("role of the un") == "role of the un"


def test_for_the_name_check_an_acronym_typed_in_lower_case_is_the_texts_acronym():
    """The name check reads "the uk" as the UK the texts name; "us" stays the asker's, and
    "the un", which the texts also spell out, is the acronym reader's."""
    names = NameCase([*SENTENCES, "The ambassador to the UK spoke."], untelling={"us"})
    assert names.truecased("law in the uk and russia", acronyms=True) == "law in the UK and Russia"
    assert names.truecased("tell us about the uk", acronyms=True) == "tell us about the UK"
    assert names.truecased("role of the un", acronyms=True) == "role of the un"
    assert names.truecased("law in the uk") == "law in the uk"


@pytest.mark.parametrize("question", ["how does the uk handle internet regulation", "what is the uk's cyber strategy"])
def test_an_acronym_typed_in_lower_case_that_no_top_passage_holds_is_not_answered(searcher, question):
    assert not searcher.search(question).answered


@pytest.mark.parametrize(
    ("question", "said"),
    [("what did the uk ambassador say", "Ambassador to the UK"), ("what does the un charter say", "UN Charter")],
)
def test_an_acronym_typed_in_lower_case_that_a_passage_holds_is_answered(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered and said in answer.quotes[0].text


def test_only_a_possessive_typed_without_its_apostrophe_is_written_with_it():
    names = NameCase(SENTENCES, is_word=lambda word: word in {"wars", "laws"})
    assert names.with_possessives("russias law in brazil and the wars") == "Russia's law in brazil and the wars"


def test_a_possessive_typed_without_its_apostrophe_of_a_name_listed_in_passing_is_not_answered(searcher):
    """"tencents market share": the texts name Tencent only in a list of competitive firms."""
    assert not searcher.search("whats tencents market share in china according to zhi").answered
    assert not searcher.search("what is Tencent's market share in China according to Zhi").answered


def test_untelling_words_are_never_names():
    assert NameCase(SENTENCES, untelling={"us"}).truecased("tell us about russia") == "tell us about Russia"


def test_a_demonym_the_corpus_never_writes_is_of_the_place_it_names():
    names = NameCase(SENTENCES)
    assert names.place_of("Russian") == "russia"
    assert names.place_of("brazilian") == "brazil"
    assert names.place_of("indian") == "india"
    assert names.place_of("cyber") is None
    assert names.place_of("warn") is None  # "war" makes no demonym so
    assert names.place_of("russians") == "russia"
    assert names.truecased("what do russian hackers do") == "what do Russian hackers do"


def test_a_country_the_corpus_never_names_is_found_however_typed():
    names = NameCase(SENTENCES, places=["nigeria", "japan", "india", "united kingdom", "russian federation", "saudi arabia"])
    assert names.unwritten_places("how big a problem is cybercrime in nigeria") == ["nigeria"]
    assert names.unwritten_places("What do Japanese firms and Saudi Arabia do?") == ["japanese", "saudi arabia"]
    # Named by the corpus, or perhaps named otherwise ("the UK", "Russia"): not unknown.
    assert names.unwritten_places("india, the united kingdom and the russian federation") == []
    assert names.unwritten_places("the nigerians") == ["nigerians"]
    assert demonyms("canada") >= {"canadian", "canadians"}


def test_the_gazetteer_holds_the_countries_by_their_common_names():
    countries = country_names()
    assert {"nigeria", "japan", "south korea", "vietnam", "iran"} <= countries
    assert "korea" in countries  # "Korea, Republic of" without its qualifier


def test_a_region_or_city_the_corpus_never_names_is_found_however_typed():
    """By its words, accents or none, and without demonyms ("budapestian" is no word
    the gazetteer makes)."""
    names = NameCase(SENTENCES, regions=["budapest", "hajdu bihar", "brazil south"])
    assert names.unwritten_places("has china signed the budapest convention on cybercrime") == ["budapest"]
    assert names.unwritten_places("data laws in Hajdú-Bihar") == ["hajdu bihar"]
    assert names.unwritten_places("budapestian") == []
    # A word of it the corpus writes ("brazil"): perhaps the corpus's place, not unknown.
    assert names.unwritten_places("brazil south") == []


def test_the_regions_leave_out_everyday_words():
    """ISO 3166-2 names "Reading", "Lot" and "Central": a question typing them means the words."""
    common = {"reading", "lot", "central", "paris"}.__contains__
    regions = region_names(is_common_word=common)
    assert {"budapest", "tallinn"} <= regions
    assert not {"reading", "lot", "central", "paris"} & regions
    assert region_names(is_common_word=None) == frozenset()


def test_a_name_the_corpus_writes_mostly_by_its_initials_is_read_so():
    """"the United States" once, "the US" twice: the asker's name is their acronym.
    "the United Nations" as often as "the UN": kept, and "Islamic State" / "Internet
    Society" share "IS": neither."""
    names = NameCase([
        "The US and the United States agreed.", "The US spoke.",
        "The United Nations met; the UN voted.",
        "The Islamic State and the Internet Society; IS, IS and IS again.",
    ])
    assert names.abbreviated("What about United States hegemony?") == "What about US hegemony?"
    assert names.abbreviated("did the united states accuse china") == "did the US accuse china"
    assert names.abbreviated("the United Nations") == "the United Nations"
    assert names.abbreviated("the Internet Society") == "the Internet Society"
    assert names.abbreviated("the united statesman") == "the united statesman"


def test_a_country_s_other_names_are_the_ones_the_corpus_writes():
    """The gazetteer knows "United States of America" is "America", whose people are
    "American": a corpus writing "the US" and "American" names it so; "us" in lower
    case is the asker, and a country written one way has no other name."""
    names = NameCase(["The US and American firms.", "Russia spoke."], countries=country_forms())
    assert set(names.same_country("America")) == {"US", "american"}
    assert set(names.same_country("Americans")) == {"US", "american"}
    assert names.same_country("us") == ()
    assert names.same_country("Russia") == ()


def test_a_country_s_word_the_corpus_writes_less_than_its_code_is_weighed_as_the_code():
    """"the US" more often than "America" or "American": the asker's words are weighed as
    the texts write them; "Italy", never written, is not their "IT"."""
    names = NameCase(["The US, the US and the US.", "America and American firms.", "IT matters."], countries=country_forms())
    assert names.abbreviated("Does America dominate?") == "Does US dominate?"
    assert names.abbreviated("big american companies") == "big US companies"
    assert names.abbreviated("Italy and its firms") == "Italy and its firms"


@pytest.mark.parametrize("question", [
    "Does the writer think America having so much say over the net gets in the way of this common future idea?",
    "How does Zhi link American corporate dominance to a hegemonic structure in cyberspace?",
])
def test_a_question_naming_america_is_answered_as_one_naming_the_us(searcher, question):
    assert searcher.search(question).answered


def test_a_capital_city_the_texts_never_write_is_read_as_their_name_for_its_country():
    """GeoNames' capitals: "Washington" is the texts' "US" (written more than "America"),
    "Moscow" their "Russia" (ISO's "Russian Federation"). Not a capital the texts write
    themselves ("Rome"), a city-state's, nor one of a country they name only by a code
    that is another acronym of theirs ("IT")."""
    readings = capital_readings(["The US, the US and America.", "Russia and China spoke in Rome.", "IT matters.", "Singapore agreed."])
    assert readings["Washington"] == "US"
    assert readings["Moscow"] == "Russia"
    assert readings["Beijing"] == "China"
    assert "Rome" not in readings
    assert "Singapore" not in readings
    assert "Tokyo" not in readings


@pytest.mark.parametrize(("question", "read"), [
    ("What does Beijing want the rest of the world to do?", "What does China want the rest of the world to do"),
    ("How did Washington use public attribution against its rivals?", "How did US use public attribution against its rivals"),
    # ... after "in" too when it owns what follows: the government's plans, not a place.
    ("Where does the paper fit in Beijing's bigger plans?", "Where does the paper fit in China's bigger plans"),
])
def test_a_government_named_by_its_capital_is_read_as_its_country(searcher, question, read):
    query = searcher.read(question)
    assert query.subject == read
    assert query.unknown_names == ()


@pytest.mark.parametrize("question", ["What does the text say about the Chinese embassy in Washington?", "What does the Washington Post say?"])
def test_a_capital_where_something_is_or_inside_a_longer_name_stays_a_name(searcher, question):
    assert "Washington" in searcher.read(question).unknown_names
    assert not searcher.search(question).answered


@pytest.mark.parametrize("question", [
    "What happened to the Twitter account of the Chinese ambassador in London?",
    "Need a quote about the hacking of the Chinese ambassador's Twitter in London.",
])
def test_a_place_the_asker_names_otherwise_beside_all_the_rest_is_answered(searcher, question):
    """The texts write "Chinese Ambassador to the UK Liu Xiaoming's Twitter account": a
    window holding the rest of the question names the place their own way, beside what
    the asker says it of."""
    answer = searcher.search(question)
    assert answer.answered
    assert "Ambassador to the UK" in answer.quotes[0].text


@pytest.mark.parametrize("question", [
    "what did Snowden do in Moscow",
    "Why did Liu Xiaoming eventually step down as China's ambassador in London?",
    "Did the Chinese ambassador in London ever get his Twitter back, and what did the hackers actually post?",
])
def test_a_place_the_asker_names_otherwise_is_still_unknown_when_something_else_is_unheld(searcher, question):
    """"Russia" is in the window naming Snowden, but not beside him; the window naming the
    ambassador says nothing of his stepping down or getting his account back."""
    assert not searcher.search(question).answered


def test_a_field_s_adjective_for_what_the_texts_speak_of_is_no_unknown_name(searcher):
    """"Westphalian sovereignty" is the field's word for the traditional state sovereignty
    China Daily derives network sovereignty from; the model places "Westphalian" near no
    word of the texts, as it places "European" near their places."""
    answer = searcher.search("How does China Daily derive network sovereignty from classic Westphalian sovereignty?")
    assert answer.answered
    assert "traditional state sovereignty" in answer.quotes[0].text
    assert not searcher.search("What does the text say about European data protection law?").answered


def test_a_possessive_typed_without_its_apostrophe_is_the_name_s():
    """"britains" is "Britain's" typed quickly; "wars" is a word of English, however the
    corpus writes "War"."""
    names = NameCase(SENTENCES, is_word=lambda w: w in {"wars", "roads"})
    assert names.truecased("russias hackers and brazils law") == "Russia's hackers and Brazil's law"
    assert names.truecased("wars in different regions") == "wars in different regions"
    # Without the model's vocabulary to tell a word from a possessive, left as typed.
    assert NameCase(SENTENCES).truecased("russias hackers") == "russias hackers"


def test_a_word_typed_with_a_capital_is_kept_as_typed():
    assert NameCase(SENTENCES).truecased("What did RUSSIA and Brazil say") == "What did RUSSIA and Brazil say"


@pytest.mark.parametrize(
    "question",
    [
        "what cyberattacks has russia carried out",
        "how big a problem is cybercrime in brazil",
        "does microsoft help other countries with cybersecurity",
        "what cybersecurity problems does south korea have",
        "What do they say about Russian social media?",
        "does japan help other countries with cybersecurity",
        "how is cybercrime fought in nigeria",
        "What do the texts say about foreign investment in China?",
        "britains surveillance program",  # the texts' surveillance program is the US's PRISM
    ],
)
def test_a_name_typed_in_lower_case_that_no_top_passage_holds_is_not_covered(searcher, question):
    """As with "Russia" capitalised: the texts name it, but not where they speak of the rest."""
    assert not searcher.search(question).answered


@pytest.mark.parametrize(
    "question, said",
    [
        ("what did liu xiaoming say about his twitter account", "Twitter"),
        ("what was prism", "PRISM"),
        ("role of the un in cyber governance", "United Nations"),
        ("what did xi say at brazil's national congress", "National Congress of Brazil"),
        ("national congress brazil", "National Congress of Brazil"),  # their words, without their "of"
        # Keywords beside names the texts write alone are no one name never written.
        ("xi wuzhen keynote globally governed cyberspace", "advocated a globally governed cyberspace"),
        ("wsis and internet governance forum china participation", "not absent from any session of the World Summit"),
        ("tell me about the online silk road", "Online Silk Road"),
        ("Which UN agenda should be implemented effectively?", "2030 Agenda"),
        # A name the texts write mostly by its initials ("the US"), however typed.
        ("What does the text say about United States hegemony?", "hegemony"),
        ("what did the united states accuse china of", "accused China"),
        ("What does the text say about the United States PRISM program?", "PRISM"),
        # ... or by its other names: "America", "American".
        ("was american arrogance getting in the way of countries cooperating online?", "arrogance"),
        ("Did America's war on terror reshape how the world is arranged?", "Sept. 11 attacks"),
        # A name of the texts made a kind with a hyphen, a title or greeting beside a writer's name.
        ("Has China been going to the UN-type internet summits?", "international online organizations"),
        ("Thanks Zhang what are the remaining problems", "lingering problems"),
        # A capital opening a further sentence of the question; "e.g." is no name "EG".
        ("Does Zhi say double standards in cybersecurity should not be tolerated? Exact sentence needed.", "double standards"),
        ("What goals does the Guangming piece list for cyberspace, e.g. innovation-driven development?", "innovation-driven"),
    ],
)
def test_a_covered_question_typed_in_lower_case_is_still_quoted(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered
    assert any(said in quote.text for quote in answer.quotes)


def test_a_month_is_a_date_not_an_unknown_name(searcher):
    assert searcher.read("What does the piece of January 2016 say about the poem?").unknown_names == ()
    assert searcher.read("Was the conference held on a Monday?").unknown_names == ()


@pytest.mark.parametrize(
    "question, said",
    [
        ("What did President Xi urge for the first time in his speech to the National Congress of Brazil, according to the 2015 text?", "for the first time, urged"),
        ("Kindly summarise what President Xi put forward at the Wuzhen conference, according to the 2016 text.", "Xi put forward four principles"),
    ],
)
def test_a_title_before_a_name_the_texts_write_is_the_asker_s_address(searcher, question, said):
    """The texts write "Xi" where the asker writes "President Xi": the office is no name they must hold."""
    answer = searcher.search(question)
    assert answer.answered
    assert said in answer.quotes[0].text


def test_a_title_is_kept_before_a_name_the_texts_never_write_or_alone(searcher):
    assert "President Obama" in searcher.read("What did President Obama say about the internet?").subject
    assert "Foreign Minister" in searcher.read("What does the Foreign Minister say about hackers?").subject
    assert "Foreign Ministry" in searcher.read("What did the Foreign Ministry release in 2017?").subject
    assert searcher.read("What did Vice President Xi say about cyberspace?").subject == "What did Xi say about cyberspace"


def test_an_office_typed_in_lower_case_is_no_name():
    """The corpus writes "President" only before a name; "the president" is an office."""
    names = NameCase(["Chinese President Xi Jinping spoke in Russia."])
    assert names.truecased("what did the president say in russia") == "what did the president say in Russia"


@pytest.mark.parametrize("question", [
    "Which crimes on the net did the Chinese president say ought to be fought, at that summit?",
    "Did the president say anything about people's privacy, and about folk copying other people's inventions?",
])
def test_a_question_naming_an_office_in_lower_case_is_answered(searcher, question):
    assert searcher.search(question).answered


@pytest.mark.parametrize("question", [
    "did wang yi speak at wuzhen",  # his proposal in one passage, the Wuzhen conference in others
    "was the wuzhen conference hit by covid",
    "did snowden say anything about wuzhen",
])
def test_two_names_the_texts_hold_only_apart_are_not_answered_together(searcher, question):
    """Each name is in a passage, never with the other: what is asked of the two together
    is told nowhere."""
    assert not searcher.search(question).answered


@pytest.mark.parametrize("question, said", [
    ("When did Wang Yi propose the Global Initiative on Data Security?", "Wang Yi proposed"),
    ("what did xi say at wuzhen", "Wuzhen"),
    # One name typed as one, whichever of its words the texts write elsewhere.
    ("Does the Guangming essay tie cyber governance to the Sustainable Development Goals?", "Sustainable Development"),
])
def test_names_the_texts_hold_together_are_still_answered(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered
    assert any(said in quote.text for quote in answer.quotes)


@pytest.mark.parametrize(
    "question, said",
    [
        ("Does the Global Times piece link internet dominance to Western-backed regime change?", "Color Revolutions"),
        ("How does Guangming describe the diffusion of networked and AI-type technologies through society?", "intelligent technologies"),
    ],
)
def test_a_hyphened_kind_of_everyday_words_is_no_unknown_name(searcher, question, said):
    """"Western-backed" and "AI-type" are everyday English made a kind with a hyphen, which
    the texts word their own way ("hegemonic countries", "intelligent technologies")."""
    answer = searcher.search(question)
    assert answer.answered
    assert said in answer.quotes[0].text


def test_a_hyphened_name_the_texts_never_write_is_still_unknown(searcher):
    assert searcher.read("Is the Huawei-ban mentioned?").unknown_names == ("Huawei-ban",)
    assert not searcher.search("Is the Huawei-ban mentioned?").answered


def test_chats_ok_in_capitals_is_no_name(searcher):
    assert searcher.read("Criticize other countries government form, the article think is OK?").unknown_names == ()


def test_places_trie_matches_as_the_alternation_longest_first_did():
    """The unwritten places' pattern is a trie: at each place it finds what an alternation
    of the same forms sorted longest first finds, the longest form no letter follows."""
    forms = ["guinea", "guinean", "guinea-bissau", "papua new guinea", "niger", "nigeria", "nigerian", "côte d'ivoire"]
    flat = re.compile(r"(?<![A-Za-z])(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?![A-Za-z])")
    trie = re.compile(r"(?<![A-Za-z])(?:" + longest_first(forms) + r")(?![A-Za-z])")
    for text in ("papua new guinean and guinea-bissau", "nigerians in niger, nigeria", "guinea-bissauan",
                 "the côte d'ivoire's guineas", "papua new guinea-bissau", "xniger nigerx niger"):
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_a_place_a_named_gathering_was_held_in_names_the_gathering():
    sentences = [
        "The third Global Water Summit, themed “Rivers for All,” was held in Lyon, France, in May.",
        "The Harbour Forum in September 2019 was small.",
        "Delegates met in Lyon again.",
    ]
    assert venues(sentences) == {"lyon": frozenset({"summit"})}  # a month is no place
    names = NameCase(sentences)
    assert names.gatherings_at("Lyon's") == {"summit"}
    assert names.gatherings_at("france") == frozenset()


def test_a_gathering_asked_of_by_its_place_is_held_by_a_passage_naming_it_otherwise(searcher):
    """The Global Times piece speaks of "the Second World Internet Conference in 2015",
    never of Wuzhen, where it was held."""
    answer = searcher.search("Has China been carrying out the Wuzhen initiatives, according to Global Times?")
    assert answer.answered
    assert "actively implementing these initiatives" in answer.quotes[0].text


def test_a_name_given_as_an_example_of_what_is_asked_is_not_what_it_asks_about(searcher):
    """"platforms like twitter": the texts name Twitter only as the ambassador's account; a
    passage on platforms cooperating answers it."""
    assert searcher.search("should platforms like twitter cooperate").answered
    assert not searcher.search("should companies like Google pay more tax").answered
