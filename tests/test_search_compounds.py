"""A compound of the corpus ("cyberterrorism", "cyberattacks") answers a question that
says its last word apart ("online terrorism", "online attacks"); it ranks, it does not
vouch for a question the texts never answer ("the space race" is not cyberspace)."""

from bot.search.lexical import LexicalIndex, compound_tails

TEXTS = [
    "Cyberattacks on banks rose sharply.",
    "Cybercrime spreads where law is weak.",
    "Cybersecurity is a shared responsibility.",
    "Combating cyberterrorism needs cooperation.",
    "Terrorism, attacks, crime and security are old words.",
    "Cyber threats grow.",
    "Space is vast; the somewhat curious owls watch what moves.",
]


def test_a_productive_prefix_makes_compounds_a_one_off_does_not():
    vocabulary = {w.strip(".,;").lower() for t in TEXTS for w in t.split()}
    tails = compound_tails(vocabulary)
    assert tails["cyberterrorism"] == "terrorism"
    assert tails["cyberattacks"] == "attacks"
    assert "somewhat" not in tails  # "some" + "what" once is no prefix


def test_a_compound_scores_for_its_last_word_but_does_not_hold_it():
    index = LexicalIndex(TEXTS)
    scores = index.scores("terrorism")
    assert scores[3] > 0 and scores[3] > max(scores[i] for i in (0, 1, 2, 5, 6))
    assert not index.holds(3, index.stem("terrorism"))  # coverage: the word as written


def test_online_attacks_finds_cyberattacks(searcher):
    quotes = searcher.search("what do they say about online attacks", top_k=5).quotes
    assert any("cyberattack" in q.text.lower() for q in quotes)
    assert any("cyberterrorism" in q.text for q in searcher.search("What does the text say about online terrorism?").quotes)


def test_a_compound_does_not_answer_what_the_texts_never_say(searcher):
    assert not searcher.search("What does the text say about the space race?").answered
