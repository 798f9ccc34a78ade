"""The abstention rule and the corpus-derived pieces it rests on: acronyms of lower-case
terms, coverage that a two-word name's words apart do not earn, and names the texts
mention only in passing."""

from dataclasses import replace

import pytest

from conftest import make_settings
from bot.search.abstention import AbstentionRule, Evidence, held_apart, listed_only, listed_together, named_as_list, weakest_part
from bot.search.answer_kinds import (
    asked_kind, asked_plainly, asks_of_topic, asks_yes_no, claim_about, countries_named, speaking_words, gives_kind, gives_plainly, names_office_holder,
)
from bot.search.acronyms import AcronymTable

TEXTS = [
    "We should help micro, small and medium-sized enterprises share opportunities.",
    "The World Internet Conference was held in Wuzhen. The World Internet Conference grew.",
    "They should make everyone safer.",
]


def test_a_lower_case_term_is_found_by_its_initials_in_capitals_or_as_a_non_word():
    table = AcronymTable(TEXTS, stopwords=["should", "make", "everyone", "they", "we"])
    assert table.expand("SMEs") == "small and medium-sized enterprises"
    assert table.expand("smes", lower_case=True) == "small and medium-sized enterprises"
    assert table.expand("wic's", lower_case=True) == "World Internet Conference"


def test_a_lower_case_word_is_no_acronym_unless_the_caller_says_it_is_no_word():
    table = AcronymTable(TEXTS, stopwords=["should", "make", "everyone", "they", "we"])
    assert table.expand("smes") is None
    assert table.expand("wic") is None


def test_stop_words_never_make_a_term():
    table = AcronymTable(TEXTS, stopwords=["should", "make", "everyone", "they", "we"])
    assert table.expand("SME", lower_case=True) == "small and medium-sized enterprises"
    assert table.expand("TSMES") is None  # "They should make everyone safer" is no term
    assert AcronymTable(TEXTS).expand("TSMES") is None  # nor is it without being told: "they", "should"


def test_initials_shared_by_two_stretches_are_no_acronym():
    table = AcronymTable(["global internet governance matters", "green industrial growth matters"])
    assert table.expand("GIG") is None


def assert_not_covered_but_twin_quoted(searcher, unanswered: str, answered: str, said: str) -> None:
    """The first question gets "not covered"; its twin, which the texts answer, is quoted
    with ``said`` in its first quote."""
    assert not searcher.search(unanswered).answered
    answer = searcher.search(answered)
    assert answer.answered
    assert said in answer.quotes[0].text


def evidence(dense=0.4, coverage=0.5, maxsim=0.5, weakest=1.0, **flags):
    return Evidence(dense=dense, coverage=coverage, phrase=flags.get("phrase", False), unknown_name=flags.get("unknown_name", False), maxsim=maxsim, weakest=weakest)


def test_more_evidence_of_any_kind_never_lowers_the_confidence():
    rule = AbstentionRule()
    base = rule.confidence(evidence())
    assert rule.confidence(evidence(dense=0.6)) > base
    assert rule.confidence(evidence(coverage=0.9)) > base
    assert rule.confidence(evidence(maxsim=0.7)) > base


def test_the_subject_word_for_word_is_answered_and_an_unknown_name_is_not():
    rule = AbstentionRule()
    assert rule.answers(evidence(dense=0.1, coverage=0.1, maxsim=0.1, phrase=True))
    assert not rule.answers(evidence(dense=0.9, coverage=0.9, maxsim=0.9, unknown_name=True))
    assert rule.answers(evidence(dense=0.9, coverage=0.9, maxsim=0.9))
    # Weak everywhere: no word of the subject is matched well either.
    assert not rule.answers(evidence(dense=0.1, coverage=0.0, maxsim=0.2, weakest=0.2))


def test_a_weaker_weakest_word_or_a_wider_passing_mention_gap_lowers_the_confidence():
    rule = AbstentionRule()
    strong = Evidence(dense=0.6, coverage=0.8, phrase=False, maxsim=0.75, weakest=0.9, aspect_gap=0.0)
    assert rule.confidence(Evidence(**{**strong.__dict__, "weakest": 0.2})) < rule.confidence(strong)
    assert rule.confidence(Evidence(**{**strong.__dict__, "aspect_gap": 0.5})) < rule.confidence(strong)


def test_a_question_asking_when_how_many_or_where_needs_a_time_number_or_place_it_does_not_hold_itself():
    assert asked_kind("When did the Cold War end") == "time"
    assert asked_kind("how many members does it have") == "number"
    assert asked_kind("Where is Baidu based") == "place"
    assert asked_kind("What sits where progress and challenges meet") is None  # "where" not asked
    assert asked_kind("How much money has the bank lent") == "number"
    assert asked_kind("How much importance do they place on cybersecurity") is None  # how highly, not how many
    assert gives_kind("time", "The first conference was held in November 2014.", asked="When was the first conference held")
    assert not gives_kind("time", "All parties should abandon the Cold War mentality.", asked="When did the Cold War end")
    assert gives_kind("number", "Home to one-fourth of the world's Internet users.", asked="How many users")
    # A number the question holds itself answers nothing.
    assert not gives_kind("number", "In 2014 the police cooperated.", asked="How many police in 2014")
    assert gives_kind("place", "It was held in Wuzhen.", asked="Where was it held")
    assert not gives_kind("place", "Companies such as Alibaba, Tencent and Baidu compete.", asked="Where is Baidu based")


def test_a_request_for_a_year_a_number_or_cities_asks_for_them_plainly():
    assert asked_plainly("the year in which China signed the agreement") == ("time", " China signed the agreement")
    assert asked_plainly("the number of countries represented at the conference")[0] == "count"
    assert asked_plainly("any figures for the bank's lending")[0] == "count"
    assert asked_plainly("the host cities of the forum's sessions")[0] == "place"
    assert asked_plainly("Who is heading the Cyberspace Administration")[0] == "office"
    assert asked_plainly("the year's big events") is None


@pytest.mark.parametrize(
    "question",
    [
        "Identify the year in which, according to the 2016 article, China signed its anti-cybercrime agreement with the Shanghai Cooperation Organization.",
        "Kindly indicate the host cities of the China-ASEAN Cyberspace Forum sessions mentioned in the 2016 text.",
        "Who is heading the Cyberspace Administration of China, as per the article?",
    ],
)
def test_a_year_cities_or_a_head_asked_for_by_a_noun_that_no_sentence_gives_is_not_covered(searcher, question):
    """The texts name the agreement, the forum's two sessions and the administration,
    but no year, city or head of them: asked for as a request puts it, it is asked as
    plainly as "when", "which cities" or "who heads"."""
    assert not searcher.search(question).answered


@pytest.mark.parametrize("question", ["who runs the internet society", "who is in charge of the internet socitey"])
def test_who_runs_a_body_the_texts_only_name_is_not_covered(searcher, question):
    """The texts list the Internet Society among organisations and name no one at its head."""
    assert not searcher.search(question).answered


@pytest.mark.parametrize(
    "question, said",
    [
        ("Identify the year in which the China-US cybersecurity panel was initiated.", "in early 2013"),
        ("Please provide the number of countries Chinese public security organs cooperated with in 2014.", "more than 60 countries"),
    ],
)
def test_a_year_or_a_number_asked_for_by_a_noun_is_quoted_where_given(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered
    assert said in answer.quotes[0].text


def test_a_missing_kind_of_answer_lowers_the_confidence():
    rule = AbstentionRule()
    named = Evidence(dense=0.5, coverage=0.7, phrase=False, maxsim=0.65, weakest=0.35)
    assert rule.confidence(Evidence(**{**named.__dict__, "kind_missing": True})) < rule.confidence(named)


def test_a_name_held_while_the_rest_of_the_subject_is_matched_nowhere_is_a_passing_mention():
    # Subject words: "xiaoming" (a rare name), "salary"; two top windows.
    names, rarity = [True, False], [0.9, 1.0]
    about_his_account = [(True, 1.0), (False, 0.2)]
    elsewhere = [(False, 0.3), (False, 0.25)]
    weakest, gap = weakest_part([about_his_account, elsewhere], names=names, rarity=rarity)
    assert weakest == 0.25  # the window that matches the subject best
    assert gap == pytest.approx(0.81 * 0.75)
    # The rest answered by another top window: the name may be who says it.
    weakest, gap = weakest_part([about_his_account, [(False, 0.3), (True, 1.0)]], names=names, rarity=rarity)
    assert gap == 0.0
    # No name held: no passing mention, however weak a word.
    assert weakest_part([elsewhere], names=names, rarity=rarity) == (0.25, 0.0)


def test_words_each_held_by_a_top_window_but_never_together_are_held_apart():
    # Subject words: "apple", "privacy"; (held, match) per top window.
    companies = [(True, 1.0), (False, 0.3)]  # "Google, Facebook, Twitter, Apple …"
    on_privacy = [(False, 0.2), (True, 1.0)]
    assert held_apart([companies, on_privacy])
    # One window holding both answers the two together.
    assert not held_apart([companies, [(True, 1.0), (True, 1.0)], on_privacy])
    # A word no window holds is the weakest word's and the coverage's to weigh, not this.
    assert not held_apart([companies, [(False, 0.2), (False, 0.4)]])
    # A one-word subject is never apart; nor is no window at all.
    assert not held_apart([[(True, 1.0)], [(False, 0.5)]])
    assert not held_apart([])


def test_words_held_only_apart_lower_the_confidence():
    rule = AbstentionRule()
    both = Evidence(dense=0.45, coverage=0.55, phrase=False, maxsim=0.57, weakest=0.3)
    assert rule.confidence(replace(both, apart=True)) < rule.confidence(both)


def test_a_name_only_an_item_of_a_list_of_names_is_listed():
    companies = "Services are provided by Internet companies such as Google, Facebook, Twitter, Apple and Amazon."
    countries = "Conferences were held with countries including the United States, Britain, South Korea, Russia and India."
    assert listed_only("Apple", [companies])
    assert listed_only("korea", [countries, companies.replace("Apple", "South Korea")])
    # Named once outside a list: the texts say something of it.
    assert not listed_only("apple", [companies, "Apple was fined in the EU."])
    assert not listed_only("Apple", ["Apple and Google compete."])  # two names are no list
    assert not listed_only("apple", [])


def test_names_in_items_of_one_list_are_listed_together():
    companies = "Services are provided by Internet companies such as Google, Facebook, Twitter, Apple and Amazon."
    countries = "Conferences were held with countries including the United States, Britain, South Korea, Russia and India."
    assert listed_together(["google", "Amazon"], [companies])
    assert listed_together(["Britain", "India"], [countries])
    assert not listed_together(["South", "Korea"], [countries])  # one item
    assert not listed_together(["Apple", "Britain"], [companies, countries])  # two lists


@pytest.mark.parametrize(
    "question, said",
    [
        ("which companies provide the high quality services like google and facebook", "high-quality services are provided"),
        ("alibaba tencent baidu youku competitive", "Alibaba, Tencent, Baidu"),
    ],
)
def test_a_question_naming_several_items_of_a_list_asks_about_the_list(searcher, question, said):
    """The list is what the texts say of them together: not a name only listed."""
    answer = searcher.search(question)
    assert answer.answered
    assert said in answer.quotes[0].text


def test_a_listed_name_lowers_the_confidence():
    rule = AbstentionRule()
    named = Evidence(dense=0.5, coverage=0.6, phrase=False, maxsim=0.6, weakest=0.4)
    assert rule.confidence(replace(named, listed=True)) < rule.confidence(named)


def test_a_yes_or_no_question_raises_the_confidence():
    rule = AbstentionRule()
    claim = Evidence(dense=0.5, coverage=0.6, phrase=False, maxsim=0.6, weakest=0.35)
    assert rule.confidence(replace(claim, yes_no=True)) > rule.confidence(claim)


def test_a_yes_or_no_question_whose_words_find_nothing_near_is_discounted_less():
    rule = AbstentionRule()
    near = Evidence(dense=0.4, coverage=0.3, phrase=False, maxsim=0.55, weakest=0.25, yes_no=True)
    far = replace(near, maxsim=0.25)
    gain = rule.confidence(near) - rule.confidence(replace(near, yes_no=False))
    assert rule.confidence(far) - rule.confidence(replace(far, yes_no=False)) < gain


@pytest.mark.parametrize(
    "question",
    ["Will quantum computers break today's encryption?", "is it cheating to use chatgpt for homework"],
)
def test_a_yes_or_no_question_about_what_the_texts_never_speak_of_is_not_covered(searcher, question):
    """Asked yes or no, a question about the world the texts never speak of has words no
    passage comes near: it is no claim of theirs in other words."""
    assert not searcher.search(question).answered


@pytest.mark.parametrize(
    "together, each",
    [
        ("What do the texts say about Twitter and privacy?", "What do they say about privacy?"),
        ("What do they say about Twitter and data?", "What do they say about Twitter?"),
    ],
)
def test_a_company_and_a_topic_the_texts_mention_only_apart_are_not_covered_together(searcher, together, each):
    """The texts name Twitter in a list of companies (and an envoy's hacked account) and
    speak of privacy and data elsewhere: nothing they say is about the two together."""
    assert not searcher.search(together).answered
    assert searcher.search(each).answered


@pytest.mark.parametrize(
    "asked_of_it",
    ["What do they say about Amazon and privacy?", "What do they say about India and privacy?", "Who runs Baidu?"],
)
def test_something_asked_of_a_name_the_texts_only_list_is_not_covered(searcher, asked_of_it):
    """Amazon, India and Baidu are items of lists of companies and countries; the list
    is what the texts say of a name alone."""
    assert not searcher.search(asked_of_it).answered
    answer = searcher.search("What do they say about Tencent?")
    assert answer.answered
    assert "Tencent" in answer.quotes[0].text


@pytest.mark.parametrize(
    "question, said",
    [
        ("can used-up trust be renewed?", "Such trust, to some extent, is a nonrenewable strategic resource"),
        ("Does the goal match what the world's people want?", "The goal of building a community with a shared future in cyberspace"),
    ],
)
def test_a_yes_or_no_question_in_the_askers_words_is_quoted(searcher, question, said):
    """"renewed" and "match" are the asker's words for the texts' "nonrenewable" and
    "conforms to": the passage settling the claim is quoted."""
    answer = searcher.search(question)
    assert answer.answered
    assert said in answer.quotes[0].text


@pytest.mark.parametrize(
    "passing, covered",
    [
        ("What was Liu Xiaoming's salary as ambassador?", "Who hacked Liu Xiaoming's Twitter account?"),
        ("When was Wang Yi born?", "What did Wang Yi say about the risks of data security?"),
    ],
)
def test_a_name_mentioned_in_passing_is_not_an_answer_to_what_the_texts_never_say_of_it(searcher, passing, covered):
    """The texts name the man once; they say nothing of his salary or his birth, and so
    the search says so, while what they do say of him is still quoted."""
    assert not searcher.search(passing).answered
    answer = searcher.search(covered)
    assert answer.answered
    assert any(word in answer.quotes[0].text for word in ("Liu Xiaoming", "Wang Yi"))


@pytest.mark.parametrize(
    "unanswered, answered, said",
    [
        ("where is tencent based", "Where was the second World Internet Conference held?", "Wuzhen"),
        ("how many members does APNIC have", "How many principles did Xi put forward at Wuzhen?", "four principles"),
        ("When did the War on Terror end?", "When was the first WIC held?", "November 2014"),
    ],
)
def test_a_when_how_many_or_where_question_is_quoted_only_with_a_time_number_or_place(searcher, unanswered, answered, said):
    """A list of companies names Tencent and says nothing of where it is: "not covered";
    where the conference was held, the texts say, and that is quoted."""
    assert_not_covered_but_twin_quoted(searcher, unanswered, answered, said)


@pytest.mark.parametrize("compound", ["space security?", "What does the text say about open government?", "public health?"])
def test_a_two_word_name_the_texts_only_write_apart_is_not_covered(searcher, compound):
    """The texts use "space" and "security", "open" and "government", "public" and
    "health", but never as one name: a passage holding both words far apart ("public
    opinion" … "adolescent health") does not answer it."""
    assert not searcher.search(compound).answered


@pytest.mark.parametrize("compound", ["internet banking?", "What do the texts say about online education?", "sharing economy"])
def test_a_two_word_name_near_in_meaning_to_passages_holding_its_words_apart_is_not_covered(searcher, compound):
    """A window about the internet and about banking is close to "internet banking" in
    meaning (cosine 0.51) and says nothing of it: its closeness counts only in part."""
    assert not searcher.search(compound).answered


@pytest.mark.parametrize(
    "compound",
    ["the great firewall", "the great firewall of china", "China's great firewall", "What does the text say about internet censorship?", "trust fund", "end to end encryption"],
)
def test_a_two_word_name_whose_head_the_texts_never_use_is_not_covered(searcher, compound):
    """The texts write "great" (great powers), "internet" and "trust" but never
    "firewall", "censorship" or "fund", nor a word close enough to stand for them
    ("security" is only near "firewall"): the name is of something they never mention."""
    assert not searcher.search(compound).answered


@pytest.mark.parametrize("question, said", [("China's responsibilities", "responsibilit"), ("the digital economy of China", "digital economy")])
def test_a_name_the_texts_write_owned_by_china_is_still_quoted(searcher, question, said):
    """Set apart from the texts' name owning it, what is owned is still their thing."""
    answer = searcher.search(question)
    assert answer.answered
    assert any(said in quote.text.lower() for quote in answer.quotes)


@pytest.mark.parametrize("question", ["What does the text say about climate change?", "climate change"])
def test_a_two_word_name_whose_modifier_the_texts_never_use_is_not_covered(searcher, question):
    """The texts write "change" (the world's "turbulence and change") but never
    "climate", nor a word standing for it: the name is of something they never mention."""
    assert not searcher.search(question).answered


@pytest.mark.parametrize("question", ["What do the texts say about the dark web?", "um did they say anything about the wechat ban"])
def test_a_two_word_name_of_words_the_texts_never_use_is_not_covered_by_their_stand_ins_apart(searcher, question):
    """Neither "dark" nor "web" is the texts' word; a window with "Color Revolutions"
    (for "dark") and, further on, "the internet" (for "web") does not write the name."""
    assert not searcher.search(question).answered


@pytest.mark.parametrize("question, said", [("spying software", "spyware"), ("What do they say about scams online?", "fraud")])
def test_a_two_word_name_whose_modifier_is_the_texts_word_in_other_words_is_still_quoted(searcher, question, said):
    """"spying" stands for their "spyware", "scams" for their "fraud"."""
    answer = searcher.search(question)
    assert answer.answered
    assert any(said in quote.text for quote in answer.quotes)


@pytest.mark.parametrize("question", ["encryption?", "what do they say about ransomware", "What do the texts say about botnets?", "the digital yuan"])
def test_a_one_word_subject_the_texts_never_use_is_not_covered_by_a_word_only_near_it(searcher, question):
    """"encryption" is only near their "privacy" (0.54), "ransomware" is a kind of
    malware as their "spyware" is (ransom·ware, spy·ware), "botnets" a tool of their
    "cybercrime" (0.58): none stands for it."""
    assert not searcher.search(question).answered


@pytest.mark.parametrize("question", ["disinformation", "the pandemic", "cyberbullying"])
def test_a_one_word_subject_in_other_words_than_the_texts_is_still_quoted(searcher, question):
    """Their "misinformation", "epidemic" and "online bullying" stand for these."""
    assert searcher.search(question).answered


@pytest.mark.parametrize(
    "question, said",
    [("the Covid-19 pandemic", "epidemic"), ("Cold War mindset", "Cold War mentality"), ("What does the text say about mistrust between major powers?", "distrust between great powers")],
)
def test_a_subject_whose_head_is_the_texts_thing_in_other_words_is_still_quoted(searcher, question, said):
    """"pandemic" is their "epidemic", "mindset" their "mentality" (close synonyms, held
    by the top passage); "mistrust" is one word of a longer subject."""
    answer = searcher.search(question)
    assert answer.answered
    assert any(said in quote.text for quote in answer.quotes)


def test_a_two_word_name_said_in_other_words_is_still_quoted(searcher):
    """"remaining problems" is never written, "the lingering problems" is: the passage's
    closeness in meaning still carries it."""
    answer = searcher.search("remaining problems?")
    assert answer.answered
    assert "lingering problems" in answer.quotes[0].text


@pytest.mark.parametrize(
    "compound, said",
    [
        ("critical infrastructure?", "critical information infrastructure"),
        ("global village?", "global village"),
        # The texts' word for the head, in context: "enterprises" for "businesses".
        ("small businesses?", "small and medium-sized enterprises"),
        # ... less close than a synonym the ranking uses: "infringements" for "violations".
        ("privacy violations?", "infringements of individual privacy"),
        ("what do the texts say about privacy violations", "infringements of individual privacy"),
    ],
)
def test_a_two_word_name_the_texts_write_together_or_nearly_is_quoted(searcher, compound, said):
    answer = searcher.search(compound)
    assert answer.answered
    assert said in answer.quotes[0].text


@pytest.mark.parametrize("question", ["why don't big powers trust each other?", "why don’t big powers trust each other?"])
def test_a_contracted_not_is_glue_not_a_word_the_passage_must_answer(searcher, question):
    """"don't" is "do not": the question is answered as its spelt-out form is."""
    answer = searcher.search(question)
    assert answer.answered
    assert "distrust between great powers" in answer.quotes[0].text


@pytest.mark.parametrize("negation", ["doesn't", "doesn’t", "can't", "cannot"])
def test_a_negation_neither_covers_a_question_nor_counts_against_it(searcher, negation):
    """Coverage weighs the subject's words, and a negation is none of them."""
    every_row = list(range(len(searcher.index.passages)))
    negated, plain = (searcher._lexical.coverage(subject, every_row) for subject in (f"why {negation} cyberspace have borders", "why cyberspace have borders"))
    assert negated == plain > 0.7


@pytest.mark.parametrize("question", ["9/11?", "what does the text say about 9/11"])
def test_a_subject_made_only_of_short_numbers_is_weighed_by_them(searcher, question):
    """A short number beside other words is a detail; alone it is the whole subject,
    and the passage holding it answers: "9/11" is the texts' "Sept. 11 attacks"."""
    answer = searcher.search(question)
    assert answer.answered
    assert "Sept. 11 attacks" in answer.quotes[0].text


def test_how_many_how_long_when_where_and_who_heads_want_a_count_a_duration_a_time_a_place_and_an_office_holder():
    assert asked_plainly("How long was he ambassador") == ("duration", " was he ambassador")
    assert asked_plainly("How much does it cost")[0] == "count"
    assert asked_plainly("How much importance do they place on it") is None  # an amount, not a count
    assert gives_plainly("count", "More than 20 transnational cybercrime cases have been solved.", asked=" cases were solved")
    assert gives_plainly("count", "The country with the largest number of internet users.", asked=" people use the internet")
    assert gives_plainly("count", "Home to one-fourth of the world's Internet users.", asked=" users")
    # A pronoun "one", a day of a month and a year are no count.
    assert not gives_plainly("count", "One was the Sept. 11 attacks.", asked=" people died in the September 11 attacks")
    assert not gives_plainly("count", "The first conference was held in November 2014, on Dec. 16.", asked=" people attended")
    # The last day of a range is a date too, not a count of anything.
    assert not gives_plainly("count", "On Dec. 16-18, the second conference was convened in Wuzhen.", asked=" people attended")
    assert gives_plainly("count", "It has 18 members and met on Dec. 16.", asked=" members does it have")
    # The name asked about is no place of itself; another name is.
    director = "The author is director at the Research Center for Cyberspace Governance of Fudan University."
    assert not gives_plainly("place", director, asked=" fudan university")
    assert gives_plainly("place", director, asked=" the author")
    assert gives_plainly("duration", "He served from 2010 to 2021.", asked=" was he ambassador")
    assert not gives_plainly("duration", "He recently said so in 2021.", asked=" was he ambassador")
    assert gives_plainly("time", "Such a panel was initiated in early 2013.", asked=" was the panel started")
    assert asked_plainly("Where are the data centers")[0] == "place"
    assert asked_plainly("Where are Google and Amazon from") is None  # where from: an origin, a country's adjective will do
    assert asked_plainly("Where have countries reached consensus") is None  # in which fields
    assert asked_plainly("Where is cyberspace heading") is None  # a direction
    assert asked_plainly("Who is the head of the agency")[0] == "office"
    # ... and of a body typed in lower case, known by the noun it ends on.
    assert asked_plainly("who runs the internet society")[0] == "office"
    assert asked_plainly("who is in charge of the cyberspace administration of china")[0] == "office"
    assert asked_plainly("who is responsible for protecting cybersecurity") is None
    assert asked_plainly("Who led the revolutions")[0] == "leader"  # who did something, not who holds an office (test_search_answer_kinds.py)
    assert gives_plainly("office", "Zhang Guoqing is director at the Research Center.", asked=" the research center")
    # An unnamed holder names no one: who the director is, the sentence does not say.
    assert not gives_plainly("office", "The author is director at the Research Center.", asked=" the research center")
    assert not gives_plainly("office", "The administration released a document.", asked=" the administration")


def test_a_plainly_unanswered_kind_is_not_answered_even_word_for_word():
    rule = AbstentionRule()
    strong = Evidence(dense=0.8, coverage=1.0, phrase=True, maxsim=0.9, weakest=1.0)
    assert rule.answers(strong)
    assert not rule.answers(Evidence(**{**strong.__dict__, "kind_unanswered": True}))


@pytest.mark.parametrize(
    "unanswered, answered, said",
    [
        # The texts name him once, as ambassador, with no dates.
        ("How long was Liu Xiaoming China's ambassador to the UK?", "Who hacked Liu Xiaoming's Twitter account?", "Liu Xiaoming"),
        # They date the first conference and give no attendance.
        ("How many people attended the first World Internet Conference?", "When was the first World Internet Conference held?", "November 2014"),
        # They name the attacks in a sentence with no count; "two things" is in the one before.
        ("How many people died in the September 11 attacks?", "How many cross-border cybercrime cases were solved?", "More than 20"),
        # They list the Internet Society among organisations, undated.
        ("When was the Internet Society founded?", "When was the China-US cybersecurity panel started?", "2013"),
        # They say what China has done for data security, and nowhere where its data is kept.
        ("Where are China's data centers?", "where was the 2015 world internet conference held", "Wuzhen"),
        # They name the administration as publishing a document, and none of its officials.
        ("Who is the head of the Cyberspace Administration of China?", "who was the chinese ambassador to the uk whose twitter was hacked", "Liu Xiaoming"),
    ],
)
def test_how_many_how_long_when_where_or_who_holds_an_office_is_answered_only_where_the_subject_is_with_it(searcher, unanswered, answered, said):
    """A passage holding every word of the subject but not the count, duration, time,
    place or office-holder asked for does not answer it: "not covered"; its twin, which
    the texts answer, is quoted."""
    assert_not_covered_but_twin_quoted(searcher, unanswered, answered, said)


def test_an_ordinal_the_texts_never_give_a_name_they_number_is_not_covered(searcher):
    """The texts write of the first and the second World Internet Conference only."""
    assert not searcher.search("What happened at the third World Internet Conference?").answered
    answer = searcher.search("What happened at the second World Internet Conference?")
    assert answer.answered
    assert "second" in " ".join(q.text for q in answer.quotes)


@pytest.mark.parametrize(
    "unwritten, written, said",
    [
        ("What does the World Bank say about internet access?", "What has the Asian Infrastructure Investment Bank done about digital poverty?", "Asian Infrastructure Investment Bank"),
        ("What does China's 2017 Cybersecurity Law require of companies?", "What did the Foreign Ministry and the Cyberspace Administration of China release?", "Foreign Ministry"),
        ("What is China's Personal Information Protection Law?", "What does the Global Initiative on Data Security propose?", "Global Initiative on Data Security"),
        # With a word they never use ("Council"), beside two they never write together.
        ("What does the UN Security Council say about cyberspace?", "What is the China-US Strategic Security Dialogue?", "Strategic Security Dialogue"),
    ],
)
def test_a_capitalised_name_whose_words_the_texts_never_write_together_is_not_covered(searcher, unwritten, written, said):
    """The texts use "World", "Bank", "Cybersecurity", "Law", "Information" and
    "Protection", but never as these names: "not covered"; the names they do write are
    quoted."""
    assert_not_covered_but_twin_quoted(searcher, unwritten, written, said)


@pytest.mark.parametrize(
    "unwritten, written, said",
    [
        ("Paris Call for Trust and Security in Cyberspace", "Internet Hegemony", "hegemony"),
        ("Budapest Convention?", "Defects of Current Rules", "two reasons"),
        # A heading's words in title case are no name the texts never write together.
        ("Tallinn Manual", "Remaining Problems", "problems"),
        # A greeting before a name the texts write alone is no name.
        ("Paris Call?", "Hi Xi what is cyber sovereignty", "sovereignty"),
    ],
)
def test_a_name_opening_the_question_with_a_word_the_texts_never_write_is_not_covered(searcher, unwritten, written, said):
    """The first word's capital may only start the question, but the next word's makes
    a name: one the texts never write. Title-cased words they do write (a heading's)
    are still quoted."""
    assert_not_covered_but_twin_quoted(searcher, unwritten, written, said)


def test_a_name_no_top_passage_holds_is_not_answered_however_strong_the_rest():
    rule = AbstentionRule()
    strong = Evidence(dense=0.9, coverage=0.9, phrase=False, maxsim=0.9)
    assert rule.answers(strong)
    assert not rule.answers(replace(strong, name_unmatched=True))


@pytest.mark.parametrize(
    "unmatched, matched, said",
    [
        ("What is Russia's cyber strategy?", "What did Xi say at Brazil's National Congress?", "National Congress of Brazil"),
        ("What does Britain's internet law say?", "Whose Twitter account was hacked in the UK?", "Twitter account"),
    ],
)
def test_a_name_the_texts_mention_elsewhere_is_not_covered_by_passages_on_the_rest(searcher, unmatched, matched, said):
    """The texts name Russia and Britain, but not where they speak of strategy or law:
    "not covered"; a name with what the question asks of it is quoted."""
    assert_not_covered_but_twin_quoted(searcher, unmatched, matched, said)


def test_a_name_the_texts_know_only_in_part_is_left_to_the_reader(searcher):
    """"Southeast Asian" countries are the texts' ASEAN: "Asian" in no top passage is no
    sign of another subject."""
    answer = searcher.search("Which forum did China host with Southeast Asian countries?")
    assert answer.answered
    assert "China-ASEAN Cyberspace Forum" in answer.quotes[0].text


LAWS = """---
id: laws-2020
title: Notes on internet laws
author: Test Writer
outlet: Test Outlet
date: '2020-01-01'
---

Brazil adopted an internet law that protects the privacy of users.

The internet law requires platforms to delete illegal content quickly.

Lawmakers debated the internet law for many years before it passed.

Courts now apply the internet law to disputes between users and companies.

Members of the Open Data Council attended the final vote on the internet law.

The city council publishes open data every month.

Open data lets citizens check how the council spends money.

The council opened a new office for data and statistics.

Britain hosted a football tournament in the summer.

Kenya built new roads and bridges across the country.

Farmers use mobile phones to check market prices.
"""


@pytest.fixture(scope="module")
def laws_searcher(tmp_path_factory):
    """A searcher over one short made-up document (its index builds in ~25 s)."""
    from bot.search.engine import open_searcher

    tmp = tmp_path_factory.mktemp("laws")
    (tmp / "corpus").mkdir()
    (tmp / "corpus" / "laws.md").write_text(LAWS, encoding="utf-8")
    return open_searcher(make_settings(tmp, TEXTBOT_CORPUS=tmp / "corpus"))


def test_on_any_corpus_a_name_it_mentions_apart_from_the_rest_is_not_covered(laws_searcher):
    """Britain and Kenya are named, but not with an internet law: "not covered"; Brazil's
    law is quoted."""
    assert not laws_searcher.search("What is Britain's internet law?").answered
    assert not laws_searcher.search("What does Kenya's internet law say?").answered
    answer = laws_searcher.search("What does the text say about Brazil's internet law?")
    assert answer.answered
    assert answer.quotes[0].text.startswith("Brazil adopted an internet law")


def test_a_question_opening_with_an_auxiliary_asks_yes_or_no():
    assert asks_yes_no("Did China attend WSIS")
    assert asks_yes_no("is trust a renewable resource")
    assert not asks_yes_no("Who leads the Open Data Council")
    assert not asks_yes_no("the digital divide")


def test_a_yes_or_no_question_puts_its_claim_about_the_word_after_its_auxiliary():
    assert claim_about("are vpns allowed in china") == "vpns"
    assert claim_about("Is the metaverse going to get regulated") == "metaverse"
    assert claim_about("Is there a line against a splinternet") == "line"
    assert claim_about("Do they want a healthier online culture") == "they"
    assert claim_about("um is the metaverse going to get regulated") is None
    assert claim_about("um is the metaverse going to get regulated", opening=False) == "metaverse"
    assert claim_about("the digital divide") is None


def test_a_yes_or_no_claim_about_doing_something_is_about_what_it_is_done_to():
    assert claim_about("is it illegal to use a vpn in china") == "vpn"
    assert claim_about("is using a vpn in china illegal or nah") == "vpn"
    assert claim_about("Is it fair for a country to use its tech muscle") == "it"
    assert claim_about("Is fixing the order online going to be easy") == "order"


@pytest.mark.parametrize(
    "question",
    ["are vpns allowed in china", "Is the metaverse going to replace social media?", "is bitcoin used by criminals?", "is it illegal to use a vpn in china"],
)
def test_a_yes_or_no_claim_about_a_term_the_texts_never_use_is_not_covered(searcher, question):
    """A yes/no question's claim may be in the asker's words; the thing it is about may
    not, when it is a term the texts never use and no passage holds a word for: "vpns",
    "metaverse", "bitcoin" are not the texts' "network", "community" or "bank"."""
    assert not searcher.search(question).answered


@pytest.mark.parametrize(
    "question",
    [
        "the metaverse, it will be a new space for the governance of the net? what they say",
        "Blockchain governance: what does China Daily think should be done?",
        "what do they say about ransomware as a new threat for governance",
        "Does China Daily speak of artificial intelligence?",
        "Is true that China Daily speaks of the intelligence artificial?",
    ],
)
def test_a_topic_set_first_that_the_texts_never_name_is_not_covered(searcher, question):
    """A subject opening on a term the texts never use, set apart before what is asked
    of it, asks of something they never name, however many of its other words they
    write ("new space", "governance", "digital economy")."""
    assert not searcher.search(question).answered


def test_a_greeting_before_a_dash_is_no_unknown_topic(searcher):
    assert searcher.search("Hi textbot - when and where did Xi give his speech in Brazil, according to the 2016 article?").answered


@pytest.mark.parametrize(
    "question, said",
    [
        ("Does Zhi allege backdoors in tech products?", "hidden backdoors"),
        ("Is safety like the foundation you must lay before you can build the house of development?", "Security is a prerequisite for development"),
        ("Is that China-backed investment bank doing anything about poor countries not being online?", "alleviating digital poverty"),
    ],
)
def test_a_yes_or_no_claim_about_the_texts_own_things_in_the_askers_words_is_quoted(searcher, question, said):
    """"allege" is the claim of a writer the question names; "safety" an everyday word
    for the texts' "security"; "China-backed" is made of words the texts use: the claim
    is put in the asker's words, and quoted."""
    answer = searcher.search(question)
    assert answer.answered
    assert said in answer.quotes[0].text


def test_a_yes_or_no_question_whether_a_piece_speaks_of_something_asks_of_a_topic():
    assert asks_of_topic("Does address the online surveillance of ethnic groups")
    assert asks_of_topic("Do any of the pieces say anything about deepfakes")
    assert asks_of_topic("Is it true the piece mentions a new revolution in industry")
    assert not asks_of_topic("Will the transformation of the cyber order be smooth")
    assert not asks_of_topic("Does the writer think any one country can deal with the dangers on the net all by itself")
    assert not asks_of_topic("What do they say about deepfakes")


def test_asking_whether_the_texts_cite_describe_or_give_figures_on_something_asks_of_a_topic():
    assert asks_of_topic("Does any author cite a survey of Chinese netizens")
    assert asks_of_topic("Is there a line describing the old town of Wuzhen")
    assert asks_of_topic("Do the pieces give figures on Tencent's revenue")
    assert asks_of_topic("Does Zhi comment on the Snowden leaks")
    assert asks_of_topic("Is there a description of the town of Wuzhen")
    assert asks_of_topic("Does the Islamic State come up")
    assert not asks_of_topic("Can you confirm it lists Wi-Fi and smartphones as things we can't live without")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Is there a line giving the population of Wuzhen?", None),
        ("Does any author cite a survey of Chinese netizens?", None),
        ("Is there a description of the town of Wuzhen?", None),
        ("Is there a description of the Snowden leaks?", "Snowden"),
        ("Does any author cite the UN Charter?", "UN Charter"),
    ],
)
def test_a_question_whether_the_texts_cite_or_give_a_line_on_something_needs_the_thing_itself(searcher, question, said):
    """Asked whether a line gives Wuzhen's population, the texts need a line on it: one
    naming Wuzhen as the conference's venue puts no claim in its own words that settles
    it. What they do cite is still quoted."""
    answer = searcher.search(question)
    assert answer.answered == (said is not None)
    if said is not None:
        assert said in answer.quotes[0].text


def test_the_words_asking_whether_the_texts_speak_of_a_topic_are_framing():
    assert speaking_words("is the Islamic State mentioned anywhere") == ("mentioned", "anywhere")
    assert speaking_words("Does Zhi say anything about deepfakes") == ("say", "anything", "about")
    assert speaking_words("Will the transformation be smooth") == ()


def test_a_yes_or_no_question_of_a_topic_is_discounted_less_than_one_putting_a_claim():
    rule = AbstentionRule()
    claim = Evidence(dense=0.5, coverage=0.4, phrase=False, maxsim=0.6, weakest=0.3, yes_no=True)
    topic = replace(claim, of_topic=True)
    assert rule.confidence(replace(claim, yes_no=False)) < rule.confidence(topic) < rule.confidence(claim)


@pytest.mark.parametrize(
    "question",
    [
        "Does Zhi address the allegations of Chinese backdoors in telecom equipment?",
        "I work at a chip distributor, and since 2022 export controls have turned our business upside down. "
        "I assumed essays on supply chains and tech hegemony would talk about semiconductors. Do any of them mention chip export restrictions?",
    ],
)
def test_whether_the_texts_speak_of_a_topic_they_never_hold_is_not_covered(searcher, question):
    """Backdoors in telecom equipment and chip export restrictions are nowhere in the
    texts: asked whether they are, there is no claim for a passage to settle in its own
    words, only a topic the texts lack."""
    assert not searcher.search(question).answered


@pytest.mark.parametrize(
    "question, said",
    [
        ("Does Guangming address the protection of marginalised or at-risk users online?", "protection of vulnerable groups"),
        ("Does the Guangming text address the weaponisation of ICT supply chains?", "supply chains"),
    ],
)
def test_whether_the_texts_speak_of_a_topic_they_hold_in_other_words_is_quoted(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered
    assert said in answer.quotes[0].text


@pytest.mark.parametrize(
    "unasked, asked, said",
    [
        ("What are the aims of the China-US Strategic Security Dialogue?", "Which panel was part of the China-US Strategic Security Dialogue?", "cybersecurity panel"),
        ("Who sits on the China-ASEAN Cyberspace Forum?", "Which forum did China host with ASEAN countries?", "China-ASEAN Cyberspace Forum"),
    ],
)
def test_a_name_of_common_words_the_texts_write_once_is_a_passing_mention(searcher, unasked, asked, said):
    """"Strategic", "Security", "Cyberspace" and "Forum" are common words of the texts,
    but each name is written once, in passing: what they never say of it is "not
    covered"; what they do say is quoted."""
    assert_not_covered_but_twin_quoted(searcher, unasked, asked, said)


def test_a_yes_or_no_question_about_a_name_is_answered_by_the_passage_naming_it(searcher):
    answer = searcher.search("Did China take part in the World Summit on the Information Society?")
    assert answer.answered
    assert "World Summit on the Information Society" in answer.quotes[0].text


def test_on_any_corpus_an_unasked_aspect_of_a_name_written_once_is_not_covered(laws_searcher):
    """"open", "data" and "council" are everywhere in the small corpus; the Open Data
    Council once, at the vote: its aims are "not covered", whether it attended is quoted."""
    assert not laws_searcher.search("What are the aims of the Open Data Council?").answered
    answer = laws_searcher.search("Did the Open Data Council attend the final vote?")
    assert answer.answered
    assert answer.quotes[0].text.startswith("Members of the Open Data Council")


def test_countries_are_named_by_the_gazetteer_its_demonyms_and_initials():
    named = countries_named("Talks between the US, Britain's partner South Korea, Chinese officials and Russian hackers.")
    assert [words for _, words in named] == ["US", "South Korea", "Chinese", "Russian"]
    assert len({country for country, _ in countries_named("China and Chinese firms")}) == 1  # one country
    assert countries_named("the UN and IT in general") == []  # initials of no country


def test_which_countries_asks_for_countries_named_or_picked_out():
    assert asked_kind("Which countries are members of ASEAN") == "countries"
    assert asked_kind("which country has the most internet users") == "country"
    assert asked_kind("In which countries did the revolutions take place") == "country place"
    asked = "Which countries held conferences"
    assert gives_kind("countries", "Conferences were held with the United States, Britain and India.", asked=asked)
    assert gives_kind("countries", "Some countries are doing whatever they prefer.", asked=asked)
    assert gives_kind("countries", "China and the US place a high premium on it.", asked=asked)
    # One country, a count, countries in general: none is an answer to "which".
    assert not gives_kind("countries", "China has signed agreements with the organization.", asked=asked)
    assert not gives_kind("countries", "The police worked with more than 60 countries and regions.", asked=asked)
    assert not gives_kind("countries", "Countries urgently need to build trust.", asked=asked)
    # A country the question names is not its answer; "in which countries" wants a name.
    assert not gives_kind("country", "China held them.", asked="Which country did China meet")
    assert gives_kind("country", "China is the country with the most internet users.", asked="Which country has the most users")
    assert not gives_kind("country place", "They were conducted by hegemonic countries.", asked="In which countries did they take place")


def test_which_countries_of_something_named_wants_countries_named_beside_it():
    assert asked_plainly("Which countries are in the Shanghai Cooperation Organization")[0] == "countries"
    assert asked_plainly("which countries do whatever they want online") is None  # of nothing named
    asked = " went through the Color Revolutions"
    assert not gives_plainly("countries", "The so-called Color Revolutions conducted by hegemonic countries spread misinformation.", asked=asked)
    assert gives_plainly("countries", "The Color Revolutions swept Georgia, Ukraine and Kyrgyzstan.", asked=asked)
    assert not gives_plainly("countries", "Georgia, Ukraine and Kyrgyzstan held elections.", asked=asked)  # not beside the name


def test_an_office_holder_answers_only_beside_what_the_office_is_of_and_is_not_the_question_s_own():
    # A President of something else is no answer to who presides over the Internet Society.
    assert not names_office_holder("Chinese President Xi Jinping spoke at the World Internet Conference.", asked=" the Internet Society")
    assert names_office_holder("Chinese President Xi Jinping spoke.", asked=" China")
    # Typed in lower case, every word of what the office is of.
    assert not names_office_holder("President Xi Jinping spoke at the World Internet Conference.", asked=" the internet society")
    # An unnamed holder ("The author is …") names no one.
    assert not names_office_holder("The author is director at the Research Center of Fudan University.", asked=" the research center at fudan university")
    # The office's holder named in the question is no answer to who held it before.
    assert not names_office_holder("Chinese State Councilor and Foreign Minister Wang Yi proposed it.", asked=" before Wang Yi")
    assert names_office_holder("Chinese Ambassador to the UK Liu Xiaoming's account was hacked.", asked=" to the UK")
    assert names_office_holder("Zhang Guoqing is director at the Research Center.", asked=" the research center")
    assert not names_office_holder("The author is director at the Research Center.", asked=" the research center")
    assert asked_plainly("Who was China's foreign minister before Wang Yi")[0] == "office"
    # Which article of a charter asks its number; which article says something asks which piece.
    assert asked_plainly("which article of the UN Charter talk about sovereign equality")[0] == "count"
    assert asked_plainly("which article says the UN Charter matters") is None
    # Who runs a body, or is in charge of it, asks its head; who is responsible for a task does not.
    assert asked_plainly("who was running the National Security Agency when the leaks came")[0] == "office"
    assert asked_plainly("who is responsible for the cyberspace Administration of China")[0] == "office"
    assert asked_plainly("who is responsible for protecting cybersecurity") is None


@pytest.mark.parametrize(
    "unanswered, answered, said",
    [
        # The texts name the organisation beside China's agreements, and none of its members.
        ("Which countries are members of the Shanghai Cooperation Organization?", "Which countries has China held internet conferences with since 2007?", "South Korea"),
        # They say who conducted the revolutions, and nowhere where.
        ("In which countries did the Color Revolutions take place?", "Which country has the most internet users?", "China"),
        # ... nor which countries went through them, nor which belong to the organisation:
        # "hegemonic countries" and China alone name none of them.
        ("Which countries went through the Color Revolutions?", "Which countries do whatever they want online?", "whatever they prefer"),
        ("which countries r in the shanghai cooperation organization", "which countries has china held internet conferences with", "South Korea"),
        # Their President is Xi Jinping, of China, not of the Internet Society.
        ("Who is the president of the Internet Society?", "Who is the Chinese ambassador to the UK?", "Liu Xiaoming"),
        # Their foreign minister is Wang Yi himself.
        ("Who was China's foreign minister before Wang Yi?", "who was the chinese ambassador to the uk whose twitter was hacked", "Liu Xiaoming"),
        # Which article of a charter is its number: the sentence naming the UN Charter gives none.
        ("which article of the UN Charter talk about sovereign equality?", "which article says the UN Charter matters", "sovereign equality"),
        # Who runs a body they name is its head: a sentence naming a scholar "from" it names none.
        ("who runs the institute of american studies at cass", "who is responsible for protecting cybersecurity", "responsibility"),
    ],
)
def test_which_countries_and_who_holds_an_office_want_countries_and_a_holder_not_the_question_s_own(searcher, unanswered, answered, said):
    assert_not_covered_but_twin_quoted(searcher, unanswered, answered, said)


def test_a_time_dates_the_event_asked_only_in_a_sentence_telling_it():
    asked = " was Liu Xiaoming appointed ambassador"
    assert not gives_plainly("time", "Some forces hacked Ambassador Liu Xiaoming's Twitter account recently.", asked=asked)
    assert gives_plainly("time", "Liu Xiaoming was appointed ambassador in 2010.", asked=asked)
    # Another verb of the same event answers; a question naming no event takes any time.
    assert gives_plainly("time", "A cybersecurity panel was initiated in early 2013.", asked=" did they start a cybersecurity panel")
    assert gives_plainly("time", "Since 2007, conferences have been conducted with many countries.", asked=" did they start holding conferences")  # "since": a start
    assert gives_plainly("time", "The first conference was held in November 2014.", asked=" was the first conference")
    # A time or a count beside other names is theirs, not the one asked's.
    assert not gives_plainly("count", "China is the country with the largest number of internet users.", asked=" internet users does the US have")
    assert not gives_plainly("time", "Since 2007 China held conferences with the United States.", asked=" was the first China-Arab States Expo held")
    assert gives_plainly("time", "The China-Arab States Expo was held in 2013.", asked=" was the first China-Arab States Expo held")
    assert gives_plainly("time", "The first conference was held in 2014.", asked=" Was The First Conference Held")  # title case


def test_another_name_of_a_country_the_texts_name_is_no_unknown_name(searcher):
    # The texts write "the US"; "USA" is the same country's (the gazetteer's) code.
    assert searcher.search("what about the USA and the internet").answered


@pytest.mark.parametrize("question", [
    "Snowden PRISM NSA",  # names and acronyms typed side by side as keywords: no one name
    "In Zhi's view, Why Is Cyber Hegemony Bad",  # title case: "Bad" is no name
])
def test_capitals_that_tell_no_unknown_name_are_answered(searcher, question):
    assert searcher.search(question).answered


@pytest.mark.parametrize("question", ["NSA Cyber Command", "the UN Security Council", "What Does The Text Say About Brexit"])
def test_an_acronym_inside_a_longer_name_or_an_unknown_word_in_title_case_is_still_unknown(searcher, question):
    assert not searcher.search(question).answered


def test_when_someone_took_an_office_is_not_answered_by_the_time_of_something_else(searcher):
    assert_not_covered_but_twin_quoted(
        searcher, "When was Liu Xiaoming appointed China's ambassador to the UK?", "When did China and America start a cybersecurity panel?", "2013"
    )


def test_where_someone_went_asks_for_a_place():
    assert asked_plainly("where did edward snowden go after he leaked the documents")[0] == "place"
    assert asked_plainly("where does network sovereignty come from") is None  # an origin, not a place
    assert asked_plainly("where does cybersecurity fit in between progress and challenges") is None


@pytest.mark.parametrize(
    "question, said",
    [
        ("whats the pandora's box thing in zhi about", "Pandora"),
        ("what did wang yi say abt data security risks", "risks of data security"),
    ],
)
def test_a_filler_or_chat_shorthand_is_no_part_of_the_subject(searcher, question, said):
    """"thing", "abt": the texts never write them, and they name nothing asked for —
    neither the weakest word nor a part of the subject coverage misses."""
    answer = searcher.search(question)
    assert answer.answered
    assert any(said in quote.text for quote in answer.quotes)


@pytest.mark.parametrize(
    "question, said",
    [
        # A clause of time before the question: it asks how, not when.
        ("When major cybersecurity incidents occur, how does the Guangming essay want them handled?", "major cybersecurity incidents"),
        # "How much … changed" asks how far: told in words, not a number.
        ("How much has the internet changed how people everywhere live and produce, in Zhi's view?", "radically altered"),
        # The year a piece dates by its own days ("Dec. 16-18") is no year the theme must write.
        ("What was the theme of the second World Internet Conference in December 2015?", "themed"),
    ],
)
def test_a_time_framing_the_question_is_not_what_it_asks_for(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered
    assert said in answer.quotes[0].text


def test_when_a_body_was_set_up_is_not_answered_by_what_it_did_in_a_year(searcher):
    assert not searcher.search("In what year was the Cyberspace Administration of China set up?").answered


def test_a_question_naming_a_piece_in_the_askers_words_is_quoted_from_that_piece(searcher):
    """Read within the named piece alone, "lifts humanity a rung up the ladder" finds
    too few of its words to be answered; the corpus's best windows, the piece's own
    among them, show the texts speak of it, and the quote is the piece's."""
    answer = searcher.search("Does Zhi think China's proposal lifts humanity a rung up the ladder?")
    assert answer.answered
    assert answer.quotes[0].doc_id == "zhi-2016"
    assert "lifts human civilization" in answer.quotes[0].text


@pytest.mark.parametrize(
    "question",
    [
        "Does China Daily ground its self-defense argument in the UN Charter?",
        "Does the China Daily piece cite the UN Charter for self-defense in cyberspace?",
    ],
)
def test_a_name_the_named_piece_never_holds_is_not_covered_by_another_piece_holding_it(searcher, question):
    """Another piece cites the UN Charter; the named one does not: the corpus's windows
    answering the rest of the question do not make the named piece cover it."""
    assert not searcher.search(question).answered


@pytest.mark.parametrize(
    "question",
    ["what is ransomware", "What does the text say about stablecoins?", "Are deepfake videos a problem for elections?"],
)
def test_synonyms_of_a_word_the_texts_lack_do_not_cover_a_question_far_from_every_passage(searcher, question):
    """The texts never say "ransomware", "stablecoins" or "deepfake": the model's
    neighbours of those words are in them, but the passages holding them are about
    something else, and the question is near none of them."""
    assert not searcher.search(question).answered


@pytest.mark.parametrize(
    "question, said",
    [
        ("What do they say about scams online?", "fraud"),
        ("What does the text say about splitting the internet apart?", "dividing the internet"),
    ],
)
def test_synonyms_still_cover_a_question_near_the_passage_they_find(searcher, question, said):
    """Put in other words than the texts' ("scams" for fraud, "splitting" for
    dividing), a question still near the passage is quoted from it."""
    answer = searcher.search(question)
    assert answer.answered
    assert any(said in quote.text.lower() for quote in answer.quotes[:3])


@pytest.mark.parametrize("question", ["what is end-to-end encryption", "What about end-to-end encryption?", "Which Russian hackers attacked the US elections?"])
def test_a_broader_word_than_the_one_asked_does_not_cover_it(searcher, question):
    """The texts never say "encryption" or "hackers": the model's neighbours of those
    words in the texts ("security", "cybercrime") are broader, nearer many other words
    than the one asked, and their passages are about the broad thing, not this one."""
    assert not searcher.search(question).answered


def test_the_items_of_a_list_are_its_listed_words():
    from bot.texts.passages import listed_words

    text = "Life without the Internet, Wi-Fi, smartphones, online shopping or other kinds of products is unimaginable."
    assert listed_words(text) == ["Wi-Fi", "smartphones", "online", "shopping"]
    assert listed_words("China and the US agreed.") == []  # two items are no list
    # The last item too when the sentence ends with it.
    assert listed_words("Xi called to fight violence, pornography, drug deals and gambling.") == ["pornography", "drug", "deals", "gambling"]
    assert listed_words("Such schemes, as piracy, fake news, have been growing and spreading.") == []  # a clause, no list


@pytest.mark.parametrize("question", [
    "what do they say about smartphones and sovereignty",
    "are smartphones used for surveillance?",
    "how many smartphones are there in china?",
    "wi-fi sovereignty?",
    "Did Snowden end up hiding out in Russia?",  # Snowden named beside the list naming Russia
])
def test_a_word_the_texts_only_list_asked_with_what_they_never_say_of_it_is_not_covered(searcher, question):
    """The one sentence naming smartphones lists them among Wi-Fi and online shopping:
    nothing of sovereignty or surveillance."""
    assert not searcher.search(question).answered


@pytest.mark.parametrize(("question", "said"), [
    ("could we live without wifi and smartphones", "smartphones"),  # "live" near "life"
    ("Wi-Fi and smartphones?", "smartphones"),  # the list itself
    ("online gambling and money laundering?", "gambling"),
    ("What did the US accuse Russia of?", "Russia"),
    ("which crimes on the net does the writer want stopped, gambling and drugs and the like?", "gambling"),
])
def test_a_word_the_texts_only_list_asked_with_what_the_list_says_is_quoted(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered and any(said in quote.text for quote in answer.quotes)


@pytest.mark.parametrize(
    "question, said",
    [
        ("the op-ed on data security - what did Wang Yi propose", "Global Initiative on Data Security"),  # "op" of "op-ed"
        ("what is the op-ed getting at with 'multiple standards'", "multiple standards"),  # "getting", as "get" is
    ],
)
def test_the_askers_own_words_are_never_the_weakest_part_of_a_covered_question(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered
    assert said in answer.quotes[0].text


@pytest.mark.parametrize(
    "question",
    ["what does the op-ed say about quantum computing", "I need the exact words on cryptocurrency regulation", "what are they getting at on space debris"],
)
def test_the_askers_own_words_left_aside_leave_an_uncovered_subject_uncovered(searcher, question):
    assert not searcher.search(question).answered


@pytest.mark.parametrize(
    "question, said",
    [
        ("how does the Islamic State come into the story", "Islamic State"),  # "come", as "go" is
        ("the opening verse - why are rules needed", "New rules are needed"),  # where in the piece, as "section" is
    ],
)
def test_a_light_verb_or_a_word_for_where_in_a_piece_is_never_the_weakest_part(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered
    assert said in answer.quotes[0].text


@pytest.mark.parametrize("question", ["where does the blockchain come from", "the opening poem - what does it say about football"])
def test_a_light_verb_or_a_word_for_where_left_aside_leaves_an_uncovered_subject_uncovered(searcher, question):
    assert not searcher.search(question).answered


def test_names_given_as_examples_are_a_list_though_the_last_runs_on_into_the_question():
    assert named_as_list(["russia", "india"], "China has held internet conferences with countries like Russia and India since 2007")
    assert named_as_list(["alibaba", "tencent"], "only a handful of Chinese internet firms like Alibaba and Tencent can compete")
    assert not named_as_list(["youku", "alibaba"], "is Youku owned by Alibaba")


def test_names_typed_in_lower_case_before_etc_are_examples_of_what_is_asked():
    assert named_as_list(["alibaba", "tencent"], "which chinese firms does zhi name, alibaba ten cent etc")
    assert not named_as_list(["youku", "alibaba"], "is youku owned by alibaba")


def test_which_firms_asked_with_examples_typed_in_chat_is_answered_by_their_list(searcher):
    answer = searcher.search("which chinese firms does zhi name, alibaba ten cent etc")
    assert answer.answered
    assert "Alibaba, Tencent, Baidu and Youku" in answer.quotes[0].text


@pytest.mark.parametrize(
    "question, said",
    [
        ("Where's the 'Cold War mentality' jab in the Guangming article?", "Cold War mentality"),
        ("What's the Ali Baba comparison about?", "Ali Baba"),
        ("Color Revolutions - what does the Global Times op-ed mean by that term", "Color Revolutions"),
    ],
)
def test_the_askers_name_for_the_kind_of_passage_is_never_the_weakest_part(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered and said in answer.quotes[0].text


@pytest.mark.parametrize("question", ["what's the metaphor about bitcoin mining", "the jab at tiktok in the 2022 piece"])
def test_the_askers_name_for_the_kind_of_passage_left_aside_leaves_an_uncovered_subject_uncovered(searcher, question):
    assert not searcher.search(question).answered


def test_a_question_asking_of_a_poem_is_held_to_a_named_pieces_threshold():
    """An asker who asks what a poem says has read it, as one naming a piece has: the
    same middling evidence answers them and not a question at large."""
    rule = AbstentionRule()
    middling = next(
        e for e in (Evidence(dense=d / 100, coverage=0.4, phrase=False, maxsim=0.5, weakest=0.3) for d in range(30, 90))
        if rule.named_threshold <= rule.confidence(e) < rule.threshold
    )
    assert not rule.answers(middling)
    assert rule.answers(replace(middling, names_poem=True))
    assert not rule.answers(replace(middling, names_poem=True, unknown_name=True))


@pytest.mark.parametrize(
    "question, said",
    [
        ("in the poem, what happens if nobody keeps the internet in check", "Without adequate control"),
        ("In the opening poem, what's needed to move freely online?", "Limits should first be set"),
    ],
)
def test_what_a_poem_says_in_the_askers_words_is_quoted(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered
    assert said in answer.quotes[0].text


def test_a_shortened_month_dating_what_is_asked_is_no_name_a_passage_must_hold(searcher):
    """"Sept" dates the forum ("in September 2015"); the texts write it only in "Sept. 11"."""
    answer = searcher.search("xi at the china us internet industry form sept 2015")
    assert answer.answered
    assert "China-US Internet Industry Forum in September 2015" in answer.quotes[0].text
