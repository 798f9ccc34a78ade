"""A regular inflection of a word of the language ("spied", "bans") is a real word, not a typo of a corpus word."""

from bot.search.spelling import Speller, _inflected_stems

TEXTS = [
    "The rapid speed at which the Internet develops has enhanced interconnectivity.",
    "Some countries plant spyware in other networks. Double standards should not be tolerated.",
    "The bank lent money. Cyber sovereignty matters.",
    "Sovereign equality is enshrined in the UN Charter. Online shopping grows. Combating crime matters.",
]
SMALL_WORDS = ["a", "on", "the", "what", "does", "say", "about", "in", "another", "if", "of"]
# The model's vocabulary holds the stems, not their inflections ("spy", not "spied").
VOCABULARY = {"spy", "ban", "charge", "snoop", "speed", "bank", "sovereignty", "double", "online", "computing", "compute"}


def speller() -> Speller:
    return Speller(TEXTS, extra_words=SMALL_WORDS, stopwords=SMALL_WORDS)


def test_a_past_tense_of_a_word_of_the_language_is_not_read_as_a_corpus_word():
    real = VOCABULARY.__contains__
    assert speller().correct("if a country spied on another country", real=real) == []
    assert speller().correct("what about bans", real=real) == []


def test_a_typo_is_still_read_as_the_corpus_word():
    real = VOCABULARY.__contains__
    corrected = [c.corrected for c in speller().correct("what does it say about cyber sovreignty", real=real)]
    assert corrected == ["sovereignty"]
    assert [c.corrected for c in speller().correct("the rapid spede of growth", real=real)] == ["speed"]


def test_an_inflection_autocorrect_put_for_a_corpus_word_is_read_as_it_beside_its_pair():
    """ "the UN charger": a real word, but the corpus writes "UN Charter", a letter off."""
    corrected = [c.corrected for c in speller().correct("the UN charger", real=VOCABULARY.__contains__)]
    assert corrected == ["charter"]


def test_an_inflection_is_read_as_a_pair_only_a_slip_of_its_stem_away():
    """ "snooping" is two letters off "shopping", more than its stem "snoop" allows;
    "computing" as far off "combating"."""
    assert speller().correct("online snooping", real=VOCABULARY.__contains__) == []
    assert speller().correct("computing crime", real=VOCABULARY.__contains__) == []


def test_the_stems_an_inflection_is_of_follow_english_spelling():
    assert "spy" in _inflected_stems("spied")
    assert "pot" in _inflected_stems("potted")
    assert "box" in _inflected_stems("boxes")
    assert "charge" in _inflected_stems("charger")
    # "neded" would be "nedded", were it a form of "ned": a slip of "needed".
    assert "ned" not in _inflected_stems("neded")
    assert _inflected_stems("abuot") == []


def test_a_question_with_a_past_tense_the_texts_never_write_is_not_respelt(searcher_of):
    searcher = searcher_of(
        "The rapid speed at which the Internet develops has enhanced the interconnectivity among countries.\n\n"
        "Some countries plant spyware in the networks of other countries to steal their secrets."
    )
    answer = searcher.search("suppose a country spied on another country's networks, what would the article say?")
    assert "speed" not in (answer.read_as or "")
    assert "spyware" in answer.quotes[0].text


def test_an_inflection_of_a_stem_no_vocabulary_holds_is_not_read_as_another_word():
    """ "hijacked", "censored": stems of six letters the model's vocabulary lacks, two
    letters off the corpus's "hacked", "centered" only by the ending's length."""
    texts = ["Accounts were hacked. The plan centered on people. Sovereignty and hegemony matter."]
    speller = Speller(texts, extra_words=SMALL_WORDS, stopwords=SMALL_WORDS)
    real = VOCABULARY.__contains__
    assert speller.correct("were accounts hijacked", real=real) == []
    assert speller.correct("is the press censored", real=real) == []
    # A typo in a long stem, with its ending, is still the corpus word.
    assert [c.corrected for c in speller.correct("was it hegemnoy", real=real)] == ["hegemony"]


def test_real_words_the_vocabulary_lacks_are_kept_in_questions_and_typos_are_not(searcher):
    for question, kept in (
        ("was the ambassador's account hijacked?", "hijacked"),
        ("is the search engine censored in these texts?", "censored"),
        ("how is new technology permeating daily life?", "permeating"),
    ):
        assert kept in searcher.read(question).read
    read = searcher.read("waht do the txts say abuot sovreignty and internet hegemnoy?").read
    assert read == "what do the texts say about sovereignty and internet hegemony?"
    assert "strengthened" in searcher.read("how should cooperation be strenghtened?").read
