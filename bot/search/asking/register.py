"""A question in a lawyer's or a scholar's register: its Latin tags ("inter alia", "viz.",
"qua", "mutatis mutandis") and long-winded connectives ("pursuant to the author",
"insofar as the text addresses X, …", "vis-à-vis") put into the plain words they stand
for, as no text writes them and the speller would read them as its nearest words ("alia"
as "ali")."""

from __future__ import annotations

import re

from .needs import guarded
from .words import DOCUMENT_NOUNS

# Tags that say how the asker argues, not what is asked: "What, inter alia, is said …",
# "evolving, viz. in scale", "mutatis mutandis", "(cf. Zhang)", "[sic]", "what is said
# thereof". Their commas go with them: a clause they alone stood in is none.
_TAGS = r"thereof|therein|thereto|hereof|herein|inter\s+alia|viz\.?|videlicet|mutatis\s+mutandis|ceteris\s+paribus|prima\s+facie|per\s+se|cf\.|\[sic\]|\(sic\)|ibid\.?|op\.\s*cit\."
_TAG = guarded(re.compile(rf"(?:\s*,)?\s*(?<![\w-])(?:{_TAGS})(?![\w-])(?:\s*,(?=\s))?", re.IGNORECASE))
# Words for plain ones: "qua" is "as", "vis-à-vis" "regarding"; "pursuant to" and "in
# accordance with" a writer or a piece are "according to" them (not "in accordance with
# the law", which the texts write).
# Each alternative is named by what it is read as.
_PLAIN = {"as": "as", "regarding": "regarding", "according": "according to"}
_PLAIN_WORD = guarded(re.compile(
    r"(?<![\w-])(?:(?P<as>qua)|(?P<regarding>vis[-\s][aà][-\s]vis)|(?P<according>pursuant\s+to))(?![\w-])", re.IGNORECASE
))
_ACCORDING = re.compile(
    rf"\bin\s+accordance\s+with(?=\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{DOCUMENT_NOUNS})\b)",
    re.IGNORECASE,
)
# "Insofar as the Guangming text addresses X, what …": the question is asked about X, in
# the piece it names.
_INSOFAR = guarded(re.compile(
    rf"^\W*in\s*so\s*far\s+as\s+(?:(?P<piece>(?:the\s+|this\s+|that\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{DOCUMENT_NOUNS}))|it|they|he|she)\s+"
    r"(?:address(?:es)?|discuss(?:es)?|treats?|concerns?|deals?\s+with|touch(?:es)?\s+(?:on|upon)|speaks?\s+(?:to|of)|covers?|engages?\s+(?:with)?|considers?|mentions?)\s+",
    re.IGNORECASE,
))


def plain_register(text: str) -> str:
    """The text with its Latin tags left out and its formal connectives in plain words:
    "What, inter alia, is said of security qua precondition?" → "What is said of security
    as precondition?"."""
    plain = _TAG.sub(" ", text)
    plain = _PLAIN_WORD.sub(lambda m: _PLAIN[m.lastgroup], plain)
    plain = _INSOFAR.sub(lambda m: f"In {m.group('piece')}, regarding " if m.group("piece") else "Regarding ", _ACCORDING.sub("according to", plain))
    if plain == text or not re.search(r"\w", plain):
        return text
    plain = re.sub(r"[ \t]+(?=[?.!,;:)])|(?<=\()[ \t]+", "", re.sub(r"[ \t]{2,}", " ", plain))
    return plain.strip()
