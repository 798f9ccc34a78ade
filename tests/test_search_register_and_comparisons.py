"""A question in a lawyer's register ("inter alia", "qua", "pursuant to the author",
"Insofar as the text addresses X, …") and one comparing the pieces ("does Zhi say the
same as Zhang about X", "is it Global Times or China Daily that mentions X", "unlike the
2015 essay, …", "X: what do A and B each say?", "A says X; what does B say about Y?"):
the Latin and the comparing frame read apart from what is asked."""

import pytest

from bot.search.asking.register import plain_register


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("What, inter alia, is said about tolls?", "What is said about tolls?"),
        ("How are tolls changing, viz. in size?", "How are tolls changing in size?"),
        ("What is said of the bridge qua landmark?", "What is said of the bridge as landmark?"),
        ("the author's contention vis-à-vis tolls", "the author's contention regarding tolls"),
        ("Pursuant to the author's argument, what is a toll?", "according to the author's argument, what is a toll?"),
        ("In accordance with the writer, who pays?", "according to the writer, who pays?"),
        ("Insofar as the Smith article addresses tolls, what is said thereof?", "In the Smith article, regarding tolls, what is said?"),
        ("Insofar as it addresses tolls, who pays?", "Regarding tolls, who pays?"),
        ("Mutatis mutandis, does this apply to ferries (cf. Smith)?", "does this apply to ferries (Smith)?"),
    ],
)
def test_a_lawyer_s_latin_and_connectives_are_read_as_plain_words(typed, plain):
    assert plain_register(typed) == plain


@pytest.mark.parametrize(
    "question",
    ["inter alia", "viz.", "Tolls are set in accordance with the law.", "What is the quality of the bridge?", "Is the aquarium open?", "What is per capita income?"],
)
def test_words_that_only_look_latin_or_formal_stay(question):
    assert plain_register(question) == question


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("does Zhi say the same as Zhang about sovereignty?", "sovereignty"),
        ("is it Global Times or China Daily that mentions the hacking of the envoy?", "the hacking of the envoy"),
        ("do Guangming and Global Times agree on data security?", "data security"),
        ("what do both Zhi and Zhang say about hegemony", "hegemony"),
        ("unlike the 2015 essay, what does Guangming say on cyber sovereignty", "cyber sovereignty"),
        ("compared with China Daily, what does Zhi say about the digital divide", "the digital divide"),
        ("which one talks about Snowden, Zhang or Zhi?", "Snowden"),
        ("Guangming vs China Daily: what should the community be based on?", "what should the community be based on"),
        ("per Zhang's contention, what is the barrier to cybersecurity?", "what is the barrier to cybersecurity"),
        ("in Zhang's analysis, what is the barrier to cybersecurity?", "what is the barrier to cybersecurity"),
        ("ICANN stands for?", "Internet Corporation for Assigned Names and Numbers"),
        ("freedom and order: what do Guangming and Zhi each say?", "freedom and order"),
        ("right, and what does the 2022 guangming piece say about the cold war mentality?", "the cold war mentality"),
        ("freedom and order: what does Guangming say about it?", "freedom and order"),
        (
            "Zhang talks about the North-South disparity; what imbalances does the Guangming piece say hold back developing countries?",
            "what imbalances hold back developing countries",
        ),
        ("terrorism online: what do Guangming and China Daily each say countries should do about it?", "what countries should do about terrorism online"),
        ("when was Xi's Brazil speech — do Zhi and Zhang agree?", "when was Xi's Brazil speech"),
        ("Where did Xi give his speech to the National Congress of Brazil - do the pieces agree?", "Where did Xi give his speech to the National Congress of Brazil"),
        # (The words pointing to the line next to the one quoted leave the subject too.)
        ("the zhi essay opens with a POEM 😭 what's the line right after 'New rules are needed'?", "what's 'New rules are needed"),
    ],
)
def test_comparing_the_pieces_or_citing_a_writer_s_view_leaves_what_is_asked(searcher, question, subject):
    assert searcher.read(question).subject == subject


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("is it Global Times or China Daily that mentions the hacking of the envoy?", "hacked Chinese Ambassador to the UK"),
        ("What is the writer's submission regarding security qua precondition?", "Security is a prerequisite for development"),
        ("Insofar as the Guangming text addresses the ascendancy of unilateralism and protectionism, what is said thereof?", "unilateralism, protectionism"),
        ("'no borders in cyberspace' — is that China Daily or Guangming?", "no borders in cyberspace"),
        ("@textbot where does it say the snowden leaks were a watershed? 👀", "watershed moment"),
        ("decoupling?? 😬 #techwar", "decouple"),
        ("ICANN stands for? 🤓", "Internet Corporation for Assigned Names and Numbers"),
        ("Zhang talks about the North-South disparity; what imbalances does the Guangming piece say hold back developing countries?", "imbalances in internet penetration"),
        ("Zhang dates the big changes to the 21st century — when does Zhi say information technology took off?", "second half of the 20th century"),
    ],
)
def test_a_formal_or_comparing_question_is_answered_as_a_plain_one(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered
    assert said in answer.quotes[0].text


@pytest.mark.parametrize(
    "question",
    [
        "Zhang says Xi's view of global Internet governance helps with what — is that phrase in Zhi too?",
        "Global Times says this process will not be smooth — which process, and does Guangming sound as worried?",
    ],
)
def test_a_question_leaning_on_the_clause_before_it_is_read_with_it(searcher, question):
    query = searcher.read(question)
    assert len(query.documents) == 2


def test_whether_two_pieces_agree_on_a_topic_they_never_treat_is_not_answered(searcher):
    assert not searcher.search("do Zhi and Guangming agree on blockchain?").answered
    assert searcher.search("do Guangming and Global Times agree on data security?").answered
