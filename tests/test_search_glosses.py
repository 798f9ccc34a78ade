"""How the search reads a foreign term beside its English gloss: pinyin or Chinese characters
the corpus doesn't write are read as the gloss the asker gives ("wangmin (netizens)",
"shuzi honggou, I mean digital divide"), or left out when surely foreign and unglossed."""

import pytest

from bot.search.asking.glosses import ForeignWords, english, is_pinyin

# A small English for the unit tests: what the model's vocabulary would hold.
_ENGLISH = frozenset(
    """what which who how does do did the a an of in about rights netizens article say says
    problem digital divide solve i mean bank show conference asian infrastructure investment
    idea like policies huawei ban network data risks up floodwater against dam piling delete
    deleted guideline guidelines""".split()
)
_STOPWORDS = frozenset("a an the of in about i do does did what which who how he she it".split())
_WORDS = ForeignWords(
    known=lambda word: word.lower() in {"netizens", "digital", "divide", "bank", "data", "xi"},
    is_word=lambda word: word.lower() in _ENGLISH,
    is_common=lambda word: word.lower() in _ENGLISH,
    near_known=lambda word: False,
    stopwords=_STOPWORDS,
)


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        ("Which rights of wangmin (netizens) does the article say?", "Which rights of netizens does the article say?"),
        ("How to solve the shuzi honggou, I mean digital divide problem?", "How to solve the digital divide problem?"),
        ("What did the yatouhang, the Asian Infrastructure Investment Bank, show?", "What did the Asian Infrastructure Investment Bank, show?"),
        ("Why mention the Islamic State (yisilan guo)?", "Why mention the Islamic State?"),
        ("What is the 'Zhongguo fang'an' (Chinese solution)?", "What is the Chinese solution?"),
        ("What does it say about spyware (间谍软件)?", "What does it say about spyware?"),
    ],
)
def test_a_foreign_term_is_read_as_its_gloss(asked, read):
    assert english(asked, _WORDS)[0] == read


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        ("In Chinese we say 'renmin zhongxin'. Which approach does it uphold?", "Which approach does it uphold?"),
        ("They should give up lengzhan siwei. What else?", "They should give up. What else?"),
    ],
)
def test_a_quoted_or_long_foreign_term_without_gloss_is_left_out(asked, read):
    assert english(asked, _WORDS)[0] == read


@pytest.mark.parametrize(
    "asked",
    [
        "huawei 5g ban",  # a name typed in lower case: what is asked about
        "did they ban weibo",
        "Are data risks piling up like floodwater against a dam?",  # English, though spelt as syllables
        "what does xi say about the digital divide",  # a name the corpus writes
    ],
)
def test_a_lone_word_without_gloss_stays_as_typed(asked):
    assert english(asked, _WORDS) == (asked, [])


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        ("What does Zhi call the new norm, like xin changtai?", "What does Zhi call the new norm?"),
        ("What kind of moment were the leaks, like fenshuiling?", "What kind of moment were the leaks?"),
        # Two syllables, as a brand typed in lower case: what is asked about.
        ("did they ban apps like weibo?", "did they ban apps like weibo?"),
        # Not where the clause goes on: the word is part of what is asked.
        ("like fenshuiling and the leaks", "like fenshuiling and the leaks"),
    ],
)
def test_a_long_foreign_example_at_a_clauses_end_is_left_out(asked, read):
    assert english(asked, _WORDS)[0] == read


def test_the_change_says_which_term_was_read_as_which_gloss():
    assert english("the nanbei chaju (North-South disparity) problem", _WORDS)[1] == [("nanbei chaju", "North-South disparity")]


def test_pinyin_is_told_by_its_syllables():
    assert is_pinyin("honggou") and is_pinyin("fang'an") and is_pinyin("xin")
    assert not is_pinyin("denounce") and not is_pinyin("envisage") and not is_pinyin("invoke")


def test_chinese_characters_are_the_corpus_words_when_it_writes_them():
    writing = ForeignWords(**{**_WORDS.__dict__, "han": True})
    assert english("What does it say about spyware (间谍软件)?", writing)[1] == []


def test_a_glossed_pinyin_term_finds_the_sentence_of_its_gloss(searcher):
    answer = searcher.search("Which rights of wangmin (netizens) does the essay respect?")
    assert answer.answered and "rights of netizens" in answer.quotes[0].text


def test_a_pinyin_term_explained_after_i_mean_is_read_as_the_explanation(searcher):
    query = searcher.read("What does the essay say about shuju anquan, I mean data security?")
    assert "shuju" not in query.subject and "data security" in query.subject


def test_an_apposed_gloss_names_what_is_asked(searcher):
    answer = searcher.search("What did the yatouhang, the Asian Infrastructure Investment Bank, show at the conference?")
    assert answer.answered and "Asian Infrastructure Investment Bank" in answer.quotes[0].text


def test_an_off_topic_question_with_a_glossed_term_stays_refused(searcher):
    assert not searcher.search("What are the penalties of the geren xinxi baohu fa (Personal Information Protection Law)?").answered


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        # One run of characters is foreign alone, as a pinyin word is not: the corpus writes none.
        ("斯诺登 Snowden did what job before?", "Snowden did what job before?"),
        ("脱钩 decoupling in cyberspace — what does Guangming write?", "decoupling in cyberspace — what does Guangming write?"),
        # A list joined by the enumeration comma is one term, and a dash it leaves opening the question goes too.
        ("加强沟通、扩大共识 — how does Zhang put this?", "how does Zhang put this?"),
    ],
)
def test_chinese_characters_mixed_into_english_are_left_out(asked, read):
    assert english(asked, _WORDS)[0] == read


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("脱钩 decoupling in cyberspace — what Guangming write about it?", "decouple with others"),
        ("2020 环球时报 article: we are living in what kind of era?", "We live in an era in which social networks prevail"),
        ("潘多拉魔盒 Pandora box — which text uses this metaphor?", "Pandora"),
    ],
)
def test_a_question_with_chinese_terms_in_it_is_answered_from_its_english(searcher, question, quoted):
    answer = searcher.search(question)
    assert answer.answered and quoted in answer.quotes[0].text


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        ("Which are the digital divide (brecha) risks?", "Which are the digital divide risks?"),
        ("Which are the digital divide (la brecha) risks?", "Which are the digital divide risks?"),
        ("What does the article say about data (données)?", "What does the article say about data?"),
        # ... not an English word, a name or an acronym in brackets.
        ("What does the article say about data (risks)?", "What does the article say about data (risks)?"),
        ("What does the article say about the bank (AIIB)?", "What does the article say about the bank (AIIB)?"),
    ],
)
def test_a_word_of_the_askers_language_glossing_the_one_before_leaves(asked, read):
    assert english(asked, _WORDS)[0] == read


def test_the_bracketed_gloss_of_a_known_word_is_read_in_the_shipped_texts(searcher):
    query = searcher.read("Which ones are the global scourges (flagelli) mentioned by Xi in Zhang's article?")
    assert "flagelli" not in query.subject and "scourges" in query.subject
    assert searcher.search("Which ones are the global scourges (flagelli) mentioned by Xi in Zhang's article?").answered


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        ("How has 9/11 changed the thinking of the world about bezpieczeństwo?", "How has 9/11 changed the thinking of the world about?"),
        ("Which barrier between великие державы hinders the bank?", "Which barrier between hinders the bank?"),
        ("Jakie rozwiązania — what kind of solutions people need?", "Jakie — what kind of solutions people need?"),
    ],
)
def test_a_lower_case_word_of_letters_english_never_writes_is_left_out(asked, read):
    assert english(asked, _WORDS)[0] == read


@pytest.mark.parametrize(
    "asked",
    [
        "What did Erdoğan say about the bank?",  # capitalised: perhaps a name, evidence of what is asked
        "Is the naïve idea in the article?",  # marks English keeps in words it borrowed
        "What does the café article say?",
    ],
)
def test_a_name_or_a_borrowed_word_with_marked_letters_stays(asked):
    assert english(asked, _WORDS)[0] == asked


def test_a_marked_letter_is_read_unmarked_by_the_speller():
    from bot.search.spelling import Speller

    speller = Speller(["The Cold War mentality must go."], extra_words=["of", "the"])
    assert [c.corrected for c in speller.correct("the mentalità of the Cold War")] == ["mentality"]
    # ... and no part of a word spelt with letters of other alphabets is respelt.
    assert speller.correct("the Wettrüsten of the Cold War") == []
