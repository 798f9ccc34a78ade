"""The kinds of answer a question asks for plainly and whether a sentence gives them
(bot/search/answer_kinds.py): an amount, a place by its kind, who led something, a
reaction, a passive event asked why or whether it happened."""

import pytest

from bot.search.answer_kinds import asked_kind, asked_plainly, gives_kind, relation_words, sought_words, gives_plainly, holds_names, later_asks, opens_with_clause, tells_the_verb, without_setting


def test_how_much_of_a_thing_asks_an_amount_not_how_highly():
    assert asked_plainly("how much money has the bank invested in internet projects") == ("count", " the bank invested in internet projects")
    assert asked_plainly("How much capital does the bank have")[0] == "count"
    assert asked_plainly("How much importance do China and the US place on it") is None
    assert asked_plainly("how much of our lives has the internet got into") is None  # a share
    assert asked_plainly("how much progress has china made in online governance") is None  # how far: told in words
    assert asked_plainly("how much trust is there between great powers") is None
    assert not gives_plainly("count", "The bank showed its determination in alleviating digital poverty.", asked=" the bank invested")
    assert gives_plainly("count", "The bank invested 2 billion dollars.", asked=" the bank invested")


def test_which_cities_asks_a_place_a_sentence_names():
    assert asked_plainly("which cities hosted the cyberspace forum")[0] == "place"
    assert asked_plainly("In which city was the forum held")[0] == "place"
    forum = "China also hosted two sessions of the Cyberspace Forum devoted to information security."
    assert not gives_plainly("place", forum, asked=" hosted the cyberspace forum")
    assert gives_plainly("place", "The forum was held in Nanning.", asked=" hosted the cyberspace forum")


def test_how_long_ago_asks_a_time():
    assert asked_plainly("how long ago was the first wuzhen conference")[0] == "time"
    assert asked_plainly("how long has china held internet talks")[0] == "duration"


def test_where_and_when_asks_a_time():
    assert asked_plainly("Where and when was the first Internet Governance Forum held?") == (
        "time", " was the first Internet Governance Forum held?")


def test_which_province_is_answered_by_the_wider_place_written_after_a_place():
    keynote = "In his keynote speech at the conference in Wuzhen, Zhejiang Province, Xi advocated a governed internet."
    assert gives_plainly("place", keynote, asked=" is Wuzhen in")


def test_who_led_asks_whoever_led_it_not_that_it_took_place():
    assert asked_plainly("who led the strategic security dialogue") == ("leader", " the strategic security dialogue")
    assert asked_plainly("Who organised the forum")[0] == "leader"
    assert asked_plainly("who leads global internet governance") is None  # a role now, not who led it
    dialogue = "As an element of the Strategic Security Dialogue, a panel was initiated by China and America."
    assert not gives_plainly("leader", dialogue, asked=" the Strategic Security Dialogue")
    assert gives_plainly("leader", "The Color Revolutions conducted by hegemonic countries changed the region.", asked=" the Color Revolutions")
    assert gives_plainly("leader", "And the War on Terror waged by the US changed the world.", asked=" the War on Terror")
    assert gives_plainly("leader", "Xi proposed building a community with a shared future in cyberspace.",
                         asked=" the push for a community with a shared future in cyberspace")
    assert gives_plainly("leader", "The Strategic Security Dialogue, headed by Yang Jiechi, met twice.", asked=" the Strategic Security Dialogue")


def test_a_reaction_is_told_by_words_of_reaction_beside_no_name():
    for question in (
        "how did other countries react to the data security initiative",
        "How were Xi's proposals received at Wuzhen?",
        "what was brazil's reaction to the speech",
        "how did the us respond to 9/11",
    ):
        assert asked_plainly(question)[0] == "reaction", question
    assert asked_plainly("how did xi propose to respond to threats") is None  # what he proposed
    assert asked_plainly("What did the proposals say") is None
    assert asked_plainly("how can developing countries respond to the digital divide") is None  # what to do
    assert asked_plainly("what is the right response to cyber hegemony") is None
    # "Xi" need not be in the sentence: it tells the reaction to what the one before named.
    assert gives_plainly("reaction", "The proposals were welcomed by the conference attendees.", asked=" Xi's proposals received")
    assert gives_plainly("reaction", "And the War on Terror waged by the US in response changed the world.", asked=" the US respond to 9/11")
    assert not gives_plainly("reaction", "Wang Yi proposed the Global Initiative on Data Security.", asked=" countries react to it")


def test_why_or_whether_a_passive_event_happened_asks_it_told():
    assert asked_plainly("why was Wuzhen chosen to host the world internet conference") == (
        "event", " Wuzhen chosen to host the world internet conference")
    assert asked_plainly("why are developing nations disadvantaged in technology") is None  # no name: a state
    assert asked_plainly("Why was Huawei banned from 5G networks?")[0] == "event"
    assert asked_plainly("was liu xiaoming's twitter account ever recovered")[0] == "event"
    assert asked_plainly("did the nsa ever get hacked")[0] == "event"
    assert asked_plainly("has the account ever been recovered")[0] == "event"
    # A reason for a state is no event; nor a name ending as a participle; nor an active
    # "ever" ("has China ever skipped …" is answered by "was not absent from any session").
    assert asked_plainly("why is preventive self-defense needed") is None
    assert asked_plainly("Why is Wuzhen important") is None
    assert asked_plainly("why were the snowden leaks a turning point") is None
    assert asked_plainly("has china ever skipped the summit") is None
    held = "The first World Internet Conference was held in Wuzhen in November 2014."
    assert not tells_the_verb(held, asked=" wuzhen chosen to host the world internet conference")
    assert tells_the_verb("Wuzhen was chosen for its canals.", asked=" wuzhen chosen to host the conference")
    assert tells_the_verb("The account's recovery took a week.", asked=" the account ever recovered")
    assert tells_the_verb("India's ban on apps came in 2020.", asked=" apps banned in India")  # doubled consonant
    hacked = "Some forces hacked Ambassador Liu Xiaoming's Twitter account recently."
    assert not gives_plainly("event", hacked, asked=" Liu Xiaoming's Twitter account ever recovered")
    assert not gives_plainly("event", hacked, asked=" the NSA ever get hacked")  # hacked, but not the NSA


def test_whether_something_came_of_it_is_told_by_a_word_of_that_outcome():
    assert asked_plainly("did snowden flee to china")[0] == "outcome"
    assert asked_plainly("did the UK police ever catch whoever hacked the account?")[0] == "outcome"
    assert asked_plainly("Has Tencent been punished for gambling?")[0] == "outcome"
    assert asked_plainly("did china go to the wsis and igf sessions") is None  # "not absent from any session" answers
    assert asked_plainly("is the internet fine as it is") is None
    leaked = "Before Edward Snowden, the former contractor of the NSA, leaked the details of the program."
    assert not gives_plainly("outcome", leaked, asked=" Snowden flee to China")
    assert gives_plainly("outcome", "In May Snowden fled from Hawaii towards China.", asked=" Snowden flee to China")
    assert not gives_plainly("outcome", "Snowden fled to Hong Kong in May.", asked=" Snowden flee to China")  # not to China
    assert gives_plainly("outcome", "The hackers were arrested in London.", asked=" the police ever catch whoever hacked it")


def test_what_someone_thinks_is_told_of_them_not_of_a_list_naming_them():
    assert asked_plainly("what does the internet society think about china's proposals")[0] == "view"
    assert asked_plainly("what does the text say about china's proposals") is None  # framing: the reader's
    listing = "China has been coordinating with organizations, such as ICANN, Internet Society and the Interactive Advertising Bureau."
    assert not gives_plainly("view", listing, asked=" the internet society think about China's proposals")
    praised = "Since then, the international community has praised the proposal China put forward."
    assert gives_plainly("view", praised, asked=" the international community think about China's proposal")


def test_a_theme_is_given_by_a_sentence_saying_so_of_the_year_asked():
    assert asked_plainly("what is the theme of the world internet conference in 2014")[0] == "theme"
    assert asked_plainly("What is the aim of the conference") is None  # an aim is told as "aims to …"
    second = "The second World Internet Conference, themed “An Interconnected World”, was convened on Dec. 16-18."
    assert gives_plainly("theme", second, asked="the slogan of the second World Internet Conference")
    assert not gives_plainly("theme", second, asked="the theme of the world internet conference in 2014")
    assert not gives_plainly("theme", "The first World Internet Conference was held in Wuzhen in November 2014.",
                             asked="the theme of the world internet conference in 2014")


def test_what_something_does_is_not_told_by_a_list_naming_it():
    assert asked_plainly("what does the internet society actually do")[0] == "activity"
    # The adverb before "do", after a name of six words.
    assert asked_plainly("what does the Asia Pacific network information Center actually do")[0] == "activity"
    assert asked_plainly("What is the role of the digital economy")[0] == "activity"
    assert gives_plainly("activity", "The digital economy is an engine of growth.", asked=" the digital economy")
    assert asked_plainly("What does the World Internet Conference aim to do?") is None
    assert asked_plainly("What did the Chinese police do in 2014?") is None
    listing = ("China has been coordinating with international online organizations, such as the Internet Corporation for "
               "Assigned Names and Numbers, Internet Society and the Interactive Advertising Bureau.")
    assert not gives_plainly("activity", listing, asked=" the internet society actually do")
    assert not gives_plainly("activity", listing, asked=" the Interactive Advertising Bureau do exactly?")
    assert gives_plainly("activity", "The Internet Society promotes an open internet.", asked=" the internet society do")


def test_a_name_is_held_by_the_place_its_demonym_is_of():
    assert holds_names("In his speech at the National Congress of Brazil in June 2014", asked=" xi speak to the Brazilian National Congress")
    assert not holds_names("In his speech at the National Congress in June 2014", asked=" the Brazilian congress")


@pytest.mark.parametrize("unanswered", [
    "why was wuzhen chosen to host the world internet conference",  # held there; why not said
    "how did other countries react to wang yi's data security initiative",
    "was liu xiaoming's twitter account ever recovered",  # hacked, not recovered
    "who led the china-us strategic security dialogue",  # a panel of it initiated, no leader
    "which cities hosted the china-asean cyberspace forum",
    "how much money has the AIIB invested in internet projects",
    "when was the first internet governance forum held",  # the first World Internet Conference's date
    "Where and when was the first Internet Governance Forum held? I want to verify the date.",
    "how many asean countries signed the cybercrime agreement with china",  # "more than 60 countries" are others
    "did the nsa ever get hacked",  # an ambassador's account was
    "what is the theme of the world internet conference in 2014",  # the second one's is given
    "what does the internet society actually do",  # named in a list of organisations
    "wat does the asia pacific network information center actually do",  # in the same list
    "what is the role of Interactive Advertising Bureau in china, the text explain?",  # in the same list
    "what does icann actually do",  # a name of seven words, in the same list
    "What exactly does the Internet Corporation for Assigned Names and Numbers do?",
    "what does the IAB do for online advertisers?",  # a setting after "do"
    "did snowden flee to china",  # he leaked; fleeing is not told
    "what does the internet society think about china's proposals",  # listed, no view of its own
    "How many people attended the first World Internet Conference?",  # counts people, not conferences
    "where is fudan university",  # the center is of it; where it is, not said
])
def test_an_aspect_the_texts_never_give_of_a_thing_they_name_is_not_covered(searcher, unanswered):
    assert not searcher.search(unanswered).answered


@pytest.mark.parametrize(("question", "said"), [
    ("how were xi's proposals received", "welcomed"),
    ("How were Xi's proposals received at Wuzhen?", "welcomed"),
    ("how did the us respond to 9/11", "in response"),
    ("when did xi speak to the brazilian national congress", "June 2014"),
    ("What was the slogan of the second World Internet Conference?", "themed"),
    ("what does the international community think about china's proposal", "praised"),
    ("what does china think of hegemony", "hegemony"),
    ("What does the section 'Balancing freedom, order' say China should do?", "China"),  # what it should do, no activity
    ("have chinese police arrested cybercriminals abroad", ""),
    # A paraphrase's answer in a window a hair behind the best one's coverage.
    ("How many cross-border online crime cases got solved?", "More than 20"),
    ("how long has china been holding internet talks with other countries", "2007"),
    # The country an event is set in, answered by the place within it.
    ("When was the first big world internet conference held in China?", "November 2014"),
    # A series the documents number counts itself; "since" a year tells a start; the
    # place a name is "of" is where it is.
    ("how many problems does zhang list", ""),
    ("how many basic principles are there", ""),
    ("when did china start holding internet conferences with other countries", "2007"),
    ("where is the research center for cyberspace governance", "Fudan University"),  # "… cases have been solved", in the window  # the texts' own setting: China need not be in the sentence
])
def test_the_same_forms_the_texts_answer_are_quoted(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered and any(said in quote.text for quote in answer.quotes)


def test_a_country_an_event_is_set_in_is_the_setting_not_what_is_asked_of():
    assert without_setting(" was the first world internet conference held in China?") == " was the first world internet conference held "
    assert without_setting(" was it held in the United States") == " was it held "
    assert without_setting(" was it held in Wuzhen") == " was it held in Wuzhen"  # no country
    assert without_setting(" did China start talks with Russia") == " did China start talks with Russia"
    held = "The first World Internet Conference was held in Wuzhen in November 2014."
    assert gives_plainly("time", held, asked=" was the first World Internet Conference held in China")
    # Not a sentence giving no place: China must then be in it.
    assert not gives_plainly("time", "The first World Internet Conference was held in November 2014.", asked=" was the first World Internet Conference held in China")


def test_a_clause_of_time_opening_a_sentence_dates_what_it_tells():
    accused = "Before Edward Snowden leaked the details of the program, the US had continually accused China of posing a threat."
    assert gives_plainly("duration", accused, asked=" has the US been accusing China of hacking")
    assert gives_plainly("time", accused, asked=" did the US start accusing China of hacking") is False  # no start told
    assert not gives_plainly("time", "Once the internet is global, the US will accuse China.", asked=" did the US accuse China")  # a condition


def test_a_place_opening_a_sentence_is_a_place():
    wuzhen = "At the Wuzhen conference, Xi put forward four principles."
    assert gives_plainly("place", wuzhen, asked=" Xi when he proposed the four principles")


def test_in_which_year_asks_a_time_as_plainly_as_in_what_year(searcher):
    assert asked_plainly("In which year was the first World Internet Conference held")[0] == "time"
    # The author's centre is named in the front matter; its founding year is given nowhere.
    assert not searcher.search("In which year the Fudan University Research Center for Cyberspace Governance was founded?").answered


def test_how_much_before_a_verb_of_change_asks_how_far_not_a_number():
    assert asked_plainly("How much has the internet changed the way we live") is None
    assert asked_plainly("how much did the pandemic affect global governance") is None
    assert asked_plainly("How much money has the bank lent")[0] == "count"
    assert asked_plainly("How much has internet use increased")[0] == "count"  # a rise is a figure
    assert asked_plainly("how much have digital and smart technologies spread through the economy") is None


def test_a_clause_of_time_opening_a_question_asks_no_time():
    assert opens_with_clause("When major incidents happen, how does the essay propose they be dealt with?")
    assert opens_with_clause("When the article lists what we oppose, what does it come out against?")
    assert not opens_with_clause("When did the forum open, and who attended?")
    assert not opens_with_clause("When was the first conference held?")


def test_a_theme_is_of_the_edition_named_though_its_year_is_the_pieces_own():
    themed = "On Dec. 16-18, the second World Internet Conference, themed “Shared by All,” was convened in Wuzhen."
    assert gives_plainly("theme", themed, asked="the theme of the second World Internet Conference in December 2015")
    assert not gives_plainly("theme", themed, asked="the theme of the first World Internet Conference")
    assert not gives_plainly("theme", themed, asked="the theme of the World Internet Conference in 2014")


def test_a_demonym_is_held_by_its_place():
    assert holds_names("The Cyberspace Administration of China released a document.", asked="the Chinese document")


def test_a_phrasal_event_asked_the_time_of_is_told_by_its_verb():
    released = "In March 2017, the agency jointly released a document."
    assert not gives_plainly("time", released, asked=" was the agency set up")
    assert gives_plainly("time", "The agency was established in 2014.", asked=" was the agency set up")


def test_every_ask_of_a_question_is_read_not_only_the_first():
    assert later_asks("Who set up the forum, and in what year?") == [("time", "in what year", "in what year")]
    assert [kind for kind, _, _ in later_asks("What is the fund exactly, and which countries have joined it?")] == ["countries"]
    assert [kind for kind, _, _ in later_asks("wat is the fund when was it launched")] == ["time"]
    assert [kind for kind, _, _ in later_asks("Is the forum like a town hall? Who runs it and in which city did it meet?")] == ["place"]
    assert [kind for kind, _, _ in later_asks("what is the platform, who owns it")] == ["owner"]
    assert later_asks("Since when has cybersecurity mattered so much?") == []  # one ask
    assert later_asks("In 2015, when the conference was held, what did Xi say?") == []  # a clause of time
    assert later_asks("Does the writer call the plan 'bold'? Where?") == []  # where in the texts
    assert later_asks("the countries must share threat data? where is it?") == []
    assert later_asks("What did he say, and why?") == []  # a reason, given in the texts' own words


def test_who_owns_something_asks_for_an_owner():
    assert asked_plainly("who owns the video site")[0] == "owner"
    assert gives_plainly("owner", "The video site is owned by a large retailer.", asked=" the video site")
    assert not gives_plainly("owner", "The video site is popular with young people.", asked=" the video site")


@pytest.mark.parametrize("unanswered", [
    "What is Youku, and who owns it?",
    "What is the Online Silk Road, and when was it launched?",
    "Who is Liu Xiaoming, and how long was he ambassador?",
])
def test_a_second_ask_the_passages_do_not_give_leaves_the_question_unanswered(searcher, unanswered):
    assert not searcher.search(unanswered).answered


def test_a_second_ask_the_passage_gives_beside_the_first_is_answered(searcher):
    answer = searcher.search("Where was the first World Internet Conference held, and in what year?")
    assert answer.answered
    assert "Wuzhen in November 2014" in answer.quotes[0].text


def test_a_month_after_in_is_no_place():
    forum = "During the Internet Industry Forum in September 2015, Xi met representatives from both sides."
    assert not gives_plainly("place", forum, asked=" the Internet Industry Forum held")
    assert gives_plainly("place", "The Internet Industry Forum was held in Seattle in September 2015.", asked=" the Internet Industry Forum held")


def test_where_a_gathering_was_held_is_given_by_a_sentence_telling_it_was_held():
    """A place in a sentence that does not tell the gathering took place is where
    something else is: organisations in China, not where the summit met."""
    absent = "Some Internet organizations in China were not absent from any session of the World Summit on the Information Society."
    asked = " was the first World Summit on the Information Society held"
    assert not gives_plainly("place", absent, asked=asked)
    assert gives_plainly("place", "The first World Summit on the Information Society was held in Geneva.", asked=asked)
    assert gives_plainly("place", "The World Summit on the Information Society convened in Tunis.", asked=" did the World Summit on the Information Society meet")
    # Where something is asks of no event: any place beside it.
    assert gives_plainly("place", "He is director at the Research Center of Fudan University.", asked=" is the Research Center")


@pytest.mark.parametrize("question", [
    "Where was the first World Summit on the Information Society held?",
    "Where were held the sessions of the World Summit on the Information Society?",
])
def test_where_a_gathering_the_texts_only_mention_was_held_is_not_answered(searcher, question):
    """The texts say China took part in every session, not where one met; the World
    Internet Conference's "held in Wuzhen" is of another gathering."""
    assert not searcher.search(question).answered


def test_when_and_where_a_gathering_the_texts_place_was_held_is_still_answered(searcher):
    for question, said in (
        ("Where was the first World Internet Conference held?", "Wuzhen"),
        ("Since when has China held internet conferences with other countries?", "2007"),
    ):
        answer = searcher.search(question)
        assert answer.answered and said in answer.quotes[0].text


def test_where_someone_sought_asylum_or_settled_asks_for_a_place():
    assert asked_plainly("where did the whistleblower seek asylum")[0] == "place"
    assert asked_plainly("where did he end up living")[0] == "place"
    assert [kind for kind, _, _ in later_asks("What did the leaker do next, where did he take asylum?")] == ["place"]


@pytest.mark.parametrize(
    "question, listed",
    [
        ("how many kinds of imbalance are there — penetration, infrastructure...?", "penetration, infrastructure construction"),
        ("how many things does the 2022 piece say 'we oppose'?", "We oppose trade protectionism"),
        ("how many Chinese internet firms can actually compete globally", "only a few Chinese Internet companies"),
        ("how many levels of cooperation platforms will be built", "bilateral, regional and international cooperation platforms"),
    ],
)
def test_a_count_of_what_a_text_lists_is_answered_by_the_list(searcher, question, listed):
    answer = searcher.search(question)
    assert answer.answered and listed in answer.quotes[0].text


@pytest.mark.parametrize(
    "subject",
    [
        "Where do the river's gifts and its floods meet",
        "where does the bridge fit in between the two towns",
        "Where does the new bridge fit in the council's bigger plans",
        "Where does the mayor stand on tolls",
        "Where does the council see room for towns to work together",
        # ... asked indirectly, with no auxiliary.
        "where the new bridge fits in the council's bigger plans",
        "where the mayor stands on tolls",
        # ... or where people agree: on what.
        "where have the towns already agreed to cooperate",
        "where do the two mayors agree",
    ],
)
def test_where_asking_of_a_relation_asks_for_no_place(subject):
    # Answered by "At the meeting of the two is …", "the first step in …": no place named.
    assert asked_kind(subject) is None


@pytest.mark.parametrize("subject", ["Where did the two mayors meet", "Where is the bridge", "Where does the mayor work",
                                     "where the mayor is standing for election", "where the museum is",
                                     "where have the two mayors agreed to meet"])
def test_where_asking_of_a_place_still_asks_for_one(subject):
    assert asked_kind(subject) == "place"


def test_why_something_is_well_placed_asks_a_reason_not_an_event():
    # "well placed" is a state, told in other words ("the country with the most users").
    assert asked_plainly("Why is China well placed to lead on a shared future") is None
    assert asked_plainly("Why was Wuzhen chosen to host the conference")[0] == "event"


def test_since_when_asks_from_what_point_a_date_or_an_event():
    kind, rest = asked_plainly("Since when has the river flooded the town")
    assert kind == "since"
    assert gives_plainly(kind, "The river has flooded the town since the dam was built.", asked=rest)
    assert gives_plainly(kind, "The river has flooded the town since 1990.", asked=rest)
    assert not gives_plainly(kind, "The river has flooded the town.", asked=rest)


def test_the_verb_of_a_figurative_where_is_what_it_asks_with():
    assert relation_words("Where does the new bridge fit in the council's bigger plans") == ("fit",)
    assert relation_words("Where is there room for towns to work together") == ("room",)
    assert relation_words("Where did the two mayors meet") == ()
    assert relation_words("where the new bridge fits in the council's plans") == ("fits",)


def test_what_someone_pushes_for_is_what_they_seek_whatever_the_verb():
    assert sought_words("what did the mayor push for in her speech") == ("push",)
    assert sought_words("what is the council pressing for") == ("pressing",)
    assert sought_words("what did the mayor push through") == ()


def test_what_someone_pushed_for_is_answered_by_what_they_advocated(searcher):
    answer = searcher.search("what did Xi push for in his Wuzhen keynote")
    assert answer.answered
    assert "advocated a globally governed cyberspace" in answer.quotes[0].text
    assert not searcher.search("what is the EU pushing for on data").answered


def test_where_a_document_fits_asked_indirectly_is_answered(searcher):
    answer = searcher.search("how does global times describe where the 2017 doc fits in china's overall plan")
    assert answer.answered and answer.quotes[0].doc_id == "globaltimes-2020"


@pytest.mark.parametrize(
    "question",
    [
        "when did information technology start to grow really fast",
        "when did info tech start moving fast",
    ],
)
def test_a_verb_of_beginning_before_another_asks_when_that_one_set_in(searcher, question):
    # "start to grow" asks when the growth began, which a time beside it answers: not
    # when something was started, founded or opened.
    answer = searcher.search(question)
    assert answer.answered, f"{question!r} was not answered"
    assert "The second half of the 20th century witnessed rapid advances" in answer.quotes[0].text


def test_a_beginning_asked_of_is_still_refused_beside_a_time_of_something_else(searcher):
    # The sentence naming the ambassador dates a hack, not when he began his post.
    assert not searcher.search("When did Liu Xiaoming start his job as ambassador?").answered


def test_a_number_of_years_is_no_count_of_anything_else():
    governance = "Over the past few years, it institutionalized online governance on the basis of its own cyberspace sovereignty."
    assert not gives_plainly("count", governance, asked=" netizens were victims of an online fraud last year")
    assert gives_plainly("count", governance, asked=" years has it institutionalized online governance")
    assert gives_plainly("count", "More than 20 transnational cybercrime cases have been solved.", asked=" cybercrime cases were solved")


def test_whether_something_was_done_to_a_name_asks_that_event():
    assert asked_plainly("Is Twitter blocked in China")[0] == "claim"
    hacked = "Some anti-China forces maliciously hacked Chinese Ambassador to the UK Liu Xiaoming's Twitter account recently."
    assert not gives_plainly("claim", hacked, asked=" Twitter blocked in China")
    assert gives_plainly("claim", hacked, asked=" Liu Xiaoming's Twitter account hacked by anti-China forces")
    # Not a state or a view ("Is China concerned about …"), nor done to a kind of thing.
    assert asked_plainly("Is China concerned about hegemony") is None
    assert asked_plainly("are developing countries left behind in technology") is None


@pytest.mark.parametrize("question", ["Is Twitter blocked in China?", "How many netizens were victims of an online fraud last year?"])
def test_a_claim_or_count_the_passage_naming_it_does_not_give_is_not_answered(searcher, question):
    assert not searcher.search(question).answered


def test_how_much_money_asks_an_amount_in_a_learner_s_word_order():
    assert asked_plainly("How much money AIIB lend for digital projects")[0] == "count"
    assert asked_plainly("How much money the bank has lent for internet projects")[0] == "count"
    assert asked_plainly("how much progress has china made in online governance") is None


def test_which_city_of_a_kind_and_where_people_met_ask_a_place():
    assert asked_plainly("In which American city was the Internet Industry Forum held")[0] == "place"
    assert asked_plainly("where did the delegations meet")[0] == "place"
    forum = "During the Internet Industry Forum in September 2015, Xi met representatives from both sides."
    assert not gives_plainly("place", forum, asked=" was the Internet Industry Forum held")


def test_which_members_of_a_named_group_asks_for_countries():
    assert asked_plainly("Which SCO member states signed the cybercrime agreement Zhi mentions")[0] == "countries"
    assert asked_plainly("which ASEAN countries take part in the China-ASEAN Forum")[0] == "countries"
    # A kind of country, not a group named: what the texts say of them answers.
    assert asked_plainly("which developing countries does the AIIB help") is None
    assert asked_plainly("Which United Nations agenda should be implemented") is None  # one body's name


@pytest.mark.parametrize(
    "subject",
    ["Where does the idea of a toll-free bridge come from", "where does the council's love of bridges spring from", "Where does the rule stem from"],
)
def test_where_something_comes_from_asks_its_origin_not_a_place(subject):
    # Answered by "as laid down in the town charter": a source, no place named.
    assert asked_kind(subject) is None


@pytest.mark.parametrize("subject", ["how much these bridges shape the town", "how much they matter to the council"])
def test_how_much_before_a_clause_asks_how_far_not_an_amount(subject):
    assert asked_kind(subject) is None


@pytest.mark.parametrize("subject", ["how much money the council spent", "How much data is kept"])
def test_how_much_before_what_is_counted_still_asks_an_amount(subject):
    assert asked_kind(subject) == "number"


def test_how_far_a_clause_goes_is_answered_in_words(searcher):
    answer = searcher.search("how much those platforms sway public opinion")
    assert answer.answered
    assert "social networks prevail" in answer.quotes[0].text


def test_the_askers_guess_at_the_answer_is_no_time_the_question_holds_itself():
    advances = "The second half of the 20th century witnessed rapid advances in information technology."
    assert gives_plainly("time", advances, asked=" did information technology really take off? was it the second half of the 20th century")
    assert gives_plainly("time", advances, asked=" did information technology advance fastest, which part of which century")
    # Without a guess, what the question holds itself still gives nothing.
    assert not gives_plainly("time", advances, asked=" did information technology of the 20th century advance")


@pytest.mark.parametrize(("question", "said"), [
    ("when did information technology really take off, according to the Zhi piece? was it the second half of the 20th century?", "20th century"),
    ("hey! who proposed the Global Initiative on Data Security and when was it? I think it was in september 2020", "September 8"),
])
def test_a_question_guessing_its_answer_is_answered_where_the_texts_give_it(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered and said in answer.quotes[0].text


def test_a_day_written_without_its_year_is_in_its_pieces_year(searcher):
    """Zhang's piece, dated December 2015, writes "On Dec. 16-18, the second World Internet
    Conference, themed …": that is the 2015 conference's theme; not the 2014 one's."""
    answer = searcher.search("what was the theme of the 2015 wuzhen conference")
    assert answer.answered
    assert any("themed “An Interconnected World" in quote.text for quote in answer.quotes[:3])
    assert not searcher.search("what was the theme of the 2014 wuzhen conference").answered


@pytest.mark.parametrize("question", ["How were Xi's Wuzhen proposals received?", "How were Xi's proposals at Wuzhen received?"])
def test_how_something_was_received_is_answered_first_by_the_reaction(searcher, question):
    answer = searcher.search(question)
    assert answer.answered
    assert "welcomed" in answer.quotes[0].text


def test_a_dates_numbers_are_no_count():
    """"On September 8" or "in 2014" says when, not how many."""
    assert not gives_kind("number", "On September 8, the mayor opened the bridge.", asked="how many towns joined")
    assert not gives_kind("number", "On Dec. 16-18 the council met in Lyon, in 2015.", asked="how many towns joined")
    assert gives_kind("number", "In 2014 the council met with more than 60 towns.", asked="how many towns joined")
    assert gives_kind("number", "The mayor opened four bridges.", asked="how many bridges")


def test_what_someone_put_out_is_what_they_issued_whatever_the_verb():
    assert sought_words("what did the council put out in 2017") == ("put",)
    assert sought_words("what did the mayor come out with") == ("come",)
    assert sought_words("who put the fire out") == ()


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what did chinas foreign ministry put out in 2017", "In March 2017, the Foreign Ministry"),
        ("who put out the statement about the ambassador's account", "Liu Xiaoming"),
    ],
)
def test_what_someone_put_out_is_answered_by_what_they_released(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered and said in " ".join(q.text for q in answer.quotes[:2])


def test_who_started_something_asks_for_who_began_it():
    kind, rest = asked_plainly("who started the river council")
    assert kind == "starter"
    assert gives_plainly(kind, "The river council, initiated by the mayor, met in Lyon.", asked=rest)
    assert gives_plainly(kind, "The mayor set up the river council in 1990.", asked=rest)
    assert not gives_plainly(kind, "The towns took part in every session of the river council.", asked=rest)


def test_who_started_a_body_the_texts_only_mention_is_not_answered(searcher):
    assert not searcher.search("who started the internet governance forum").answered
    answer = searcher.search("who started the asian infrastructure investment bank according to zhi")
    assert answer.answered and "initiated by China" in answer.quotes[0].text


@pytest.mark.parametrize(
    "subject",
    [
        "the countries where the so-called Color Revolutions took place",
        "countries that had color revolutions",
        "Name two countries where the floods struck",
        "list of countries that underwent the reforms",
    ],
)
def test_the_countries_where_something_happened_ask_for_countries_by_name(subject):
    assert asked_plainly(subject)[0] == "countries"


def test_a_passage_naming_no_country_does_not_answer_which_countries_something_happened_in(searcher):
    # "conducted by hegemonic countries" names none of the countries it happened in.
    assert not searcher.search("give me the list of countries that had colour revolutions, per Global Times").answered
