"""corpus/bot.yaml: the bot's voice for a corpus, validated, with a neutral default."""

from __future__ import annotations

import pytest

from bot.errors import CorpusError
from bot.texts.voice import MAX_SHORT_DESCRIPTION, Voice, load_voice, parse_voice


def test_no_bot_yaml_means_the_neutral_voice(tmp_path):
    assert load_voice(tmp_path) == Voice()
    assert Voice().examples == ()


def test_the_fields_are_read_and_trimmed(tmp_path):
    (tmp_path / "bot.yaml").write_text(
        "greeting: '  Hello!  '\nexamples:\n  - What about the moon?\n", encoding="utf-8")
    voice = load_voice(tmp_path)
    assert voice.greeting == "Hello!"
    assert voice.examples == ("What about the moon?",)
    assert voice.description == Voice().description  # a field left out keeps its default


@pytest.mark.parametrize("text, message", [
    ("greting: Hello\n", "unknown field(s): greting"),
    ("short_description: " + "x" * (MAX_SHORT_DESCRIPTION + 1) + "\n", "at most 120"),
    ("greeting: ''\n", "greeting must be a non-empty text"),
    ("examples: What about the moon?\n", "examples must be a list"),
    ('examples: ["two\\nlines"]\n', "must be one line"),
    ("examples: [3]\n", "examples[1] must be a non-empty text"),
    ("- a list\n", "must be a mapping"),
    ("greeting: &g Hello\ndescription: *g\n", "aliases (*name) are not allowed in bot.yaml"),
    ("greeting: !!python/object/apply:os.system [echo]\n", "is not allowed in bot.yaml"),
])
def test_a_malformed_bot_yaml_gets_a_one_line_message_naming_the_file(text, message):
    with pytest.raises(CorpusError) as caught:
        parse_voice(text, path="corpus/bot.yaml")
    assert message in str(caught.value)
    assert str(caught.value).startswith("corpus/bot.yaml")
    assert "\n" not in str(caught.value)
