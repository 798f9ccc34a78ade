"""A fill-in-the-blank item ("Complete: 'Cyberspace is a ____ space for human activities'",
"Fill in the gap (Zhi, 2016): the internet makes the world a ___"): its instruction and
the quotation marks around its line taken out, its blank written as one (``BLANK``). The
passage holding the words around the blank holds the missing one."""

from __future__ import annotations

import logging
import re

from .needs import guarded

logger = logging.getLogger(__name__)

# The blank as the rest of the reading knows it: a word of the line asked for, which the
# line holding the words beside it fills (answer_kinds.fills_the_blank).
BLANK = "___"
# A blank: a run of underscores, or one written out ("[blank]", "(gap)"), with a hyphen
# joining it to a word ("one-____ of", "____-driven"), which is the blank's, not the word's.
_BLANK = re.compile(r"-?(?:_{2,}|\[\s*(?:blank|gap|\.\.\.|…)\s*\]|\(\s*(?:blank|gap)\s*\))-?", re.IGNORECASE)
# The instruction opening an item, then what it says the words are from, up to its colon
# or dash ("Fill in the gap (Guangming, 2022):", "Complete from the Zhi article:",
# "Gap-fill, Guangming 2022:", "What's the missing word?"): how the item is set. What it
# names (a piece, "the poem's last line") is kept, as where the question asks.
_INSTRUCTION = re.compile(
    r"^\W*(?:(?:fill(?:\s+in)?|complete|finish)(?:\s+(?:in\s+)?the\s+(?:blanks?|gaps?|missing\s+(?:words?|phrase)|sentence|quote|quotation|statement))?"
    r"|gap[-\s]?fill(?:ing)?|cloze"
    r"|(?:what['’]?s|what\s+is|what\s+are|give|name)\s+the\s+missing\s+(?:words?|phrase|term|name|number|year|figure)"
    r"|missing\s+(?:words?|phrase|term)|what\s+(?:word|words|phrase)\s+(?:is|are)\s+missing)\b"
    r"(?P<source>[^:?!\n]{0,80}?)\s*(?:[:?!]|\s[-–—]\s)\s*",
    re.IGNORECASE,
)
# The instruction closing an item instead: "… a ____ — fill in the blank", "(complete it)".
_INSTRUCTION_AFTER = guarded(re.compile(
    r"\s*[-–—(,;.]*\s*(?:fill\s+in\s+the\s+(?:blanks?|gaps?)|complete\s+(?:it|the\s+sentence)|gap[-\s]?fill"
    r"|(?:what['’]?s|what\s+is)\s+the\s+missing\s+(?:words?|phrase|term|number|year))\W*$",
    re.IGNORECASE,
))
# An instruction that says it sets an item whether or not its blank is typed ("fill in
# the gap", "the missing word", "complete the sentence"); "Complete:" or "Fill in:" alone
# do only before a blank or a sentence left unfinished ("… should ...").
_NAMES_THE_GAP = re.compile(r"\b(?:blanks?|gaps?|missing|sentence|quote|quotation|cloze|gap[-\s]?fill)", re.IGNORECASE)
_TRAILING_ELLIPSIS = re.compile(r"(?:\.{3}|…)\W*$")
# What the source names before the piece it quotes: "from the Guangming article", "in".
_FROM = re.compile(r"^\W*(?:from|in|of)\s+", re.IGNORECASE)
# A quotation mark, not an apostrophe within a word: an item with a blank quotes the
# words around it, which no passage holds as quoted once the blank is out ("'Cyberspace is
# a ____ space'"); they are read as words.
_QUOTE_MARK = re.compile(r"(?<!\w)['‘’\"“”]|['‘’\"“”](?!\w)")


def unblanked(question: str) -> str:
    """The question without the instruction to fill its blanks in, its blanks written as
    ``BLANK``; the question as it is when it holds no blank and opens with no such
    instruction."""
    instruction = _INSTRUCTION.match(question)
    marked = _BLANK.sub("\x00", question)
    blank = marked != question or bool(_TRAILING_ELLIPSIS.search(question))
    if instruction is not None and not blank and not _NAMES_THE_GAP.search(instruction.group()):
        instruction = None  # "Complete silence: is …": the verb only, no item
    if instruction is None and not blank:
        return question
    text = marked
    if instruction is not None:
        # What the instruction says the words are from stays, before them, as where the
        # question asks: "the poem's last line: …", "Guangming 2022: …".
        source = _FROM.sub("", re.sub(r"[()]", "", instruction.group("source")).strip(" ,;–—-"))
        rest = _BLANK.sub("\x00", question[instruction.end() :])
        text = f"{source}: {rest}" if re.search(r"\w", source) else rest
    if "\x00" in text:
        text = _QUOTE_MARK.sub("", text)
    text = _INSTRUCTION_AFTER.sub("", text.replace("\x00", f" {BLANK} "))
    text = re.sub(r"\s+([,.;:?!])", r"\1", re.sub(r"\s{2,}", " ", text)).strip()
    if not re.search(r"\w", text):
        return question
    logger.debug("fill-in-the-blank item %r read as %r", question, text)
    return text
