"""Names in the corpus: the strict notion (capitalised inside sentences nearly always),
which tells a passing mention's name from a common word, and the loose one (capitalised
inside a sentence at least once), which lets a question's capitalised word be a name."""

from bot.texts.names import capitalised_inside, name_words

SENTENCES = [
    "Some forces hacked Ambassador Liu Xiaoming's Twitter account.",
    "Cyberspace is a double-edged sword.",
    "Governance of cyberspace needs Internet companies and the internet's users.",
]


def test_names_are_words_written_with_a_capital_inside_sentences():
    names = name_words(SENTENCES)
    assert {"liu", "xiaoming", "twitter", "ambassador"} <= names
    assert "cyberspace" not in names  # capitalised only where it opens a sentence
    assert "internet" not in names  # written both ways: half the time is not a name
    assert "some" not in names


def test_a_word_capitalised_once_inside_a_sentence_is_a_name_in_the_loose_sense():
    found = {w for s in SENTENCES for w in capitalised_inside(s)}
    assert {"Liu", "Xiaoming", "Twitter", "Ambassador", "Internet"} <= found
    assert "Some" not in found and "Cyberspace" not in found  # they open their sentences
    assert "internet" not in {w.lower() for w in name_words(SENTENCES)}  # but not in the strict one
