"""A worksheet or homework item pasted whole: its numbering, the marks it is worth, the
instructions for answering it and the options of a multiple-choice item are how the item
is set, not what it asks about; its stem is the question."""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass

from .needs import guarded
from .words import STATEMENT_TEST

logger = logging.getLogger(__name__)

# The item's number opening it, marked as one: "4)", "17.", "Q4.", "Question 3:", "4a)",
# "(b)", "5 -". A number of one to three digits only, so that a year opening a sentence
# ("2015 was …") stays, and marked, so that a count opening a question ("3 reasons why …")
# stays; then a space and the item's first word.
_NUMBERING = re.compile(
    r"^\W{0,2}(?:(?:q|qn|question|item|ex(?:ercise)?|task)\s*\d{1,3}[a-h]?(?:\s*[.):]|\s+[-–—])?"
    r"|\d{1,3}[a-h]?(?:\s*[.):]|\s+[-–—])|\(?[a-h]\))\s+(?=[\"'“‘(]?\w)",
    re.IGNORECASE,
)
# What the item is worth: "(2 marks)", "[1 mark]", "(3 pts)" anywhere; "[4]", "(2)", "/2",
# "- 2 marks" only closing the item, where no question's own words stand ("Xi's 4 points",
# "paragraph (3)" stay).
_MARKS = guarded(re.compile(
    r"\s*[(\[]\s*\d{1,2}\s*(?:marks?|pts?|points?)\s*[)\]]"
    r"|(?<=[?.!:\s])\s*(?:[(\[]\s*\d{1,2}\s*[)\]]|/\s?\d{1,2}|[-–—]?\s*\d{1,2}\s+(?:marks?|pts?))\W*$",
    re.IGNORECASE,
))
# A "Text A", "Passage 2", "Source B", "Extract 1": how a worksheet labels the pieces it
# hands out; the label names no piece the corpus knows, so it is read as "the text". Not
# "Article 51", which a charter numbers.
_LABELLED_PIECE = guarded(re.compile(
    r"\b(?:the\s+)?(?P<noun>text|passage|source|extract|reading)\s+(?-i:[A-H]|\d{1,2})\b(?![\w'’.-])", re.IGNORECASE
))
# The options of a multiple-choice item: "a) …", "A. …", "(b) …", "(ii) …", after the
# stem. Read in order from the first mark; an item offers at least MIN_OPTIONS.
_OPTION_MARK = re.compile(r"(?:^|(?<=\s))\(?(?P<letter>[A-Fa-f]|i{1,3}|iv|vi?|I{1,3}|IV|VI?)[).]\s+(?=\S)")
# The marks in the order an item gives them: letters, or small Roman numerals.
_OPTION_ORDERS = ("abcdef", ("i", "ii", "iii", "iv", "v", "vi"))
# What a stem closes on before its options, telling to choose among them: "Choose:",
# "Options:", "Pick one:", "Select all that apply:".
_CHOOSE = re.compile(r"\s*\b(?:choose|options?|pick|select|circle)\b(?:\s+(?:one|two|three|all\s+that\s+apply|the\s+(?:correct|right|best)\s+(?:one|answer|option)s?))?\s*:?\s*$", re.IGNORECASE)
MIN_OPTIONS = 3
# An instruction sentence after the question, saying how to answer, not what about: it
# opens with an instruction verb and holds none but INSTRUCTION_WORDS ("Quote the line
# that proves your answer.", "Give two reasons.", "Answer in one sentence.", "Explain
# your answer.", "Use evidence from the text.").
_INSTRUCTION_OPENING = re.compile(
    r"^(?:quote|cite|answer|explain|justify|give|name|list|state|use|support|write|underline|highlight|circle|copy|find|identify|refer)\b",
    re.IGNORECASE,
)
INSTRUCTION_WORDS = frozenset(
    """quote quotes cite answer answers explain justify give name list state use using support write underline highlight
    circle copy find identify refer back to your you the a an one two three four five six single short full own words word
    sentence sentences line lines phrase phrases quotation evidence example examples reason reasons way ways part parts
    point points feature features thing things detail details it them its their this that which who proves prove shows show
    supports in from with of for and or as at least most no more than text texts article passage extract piece source
    answer's choice option letter correct right each both""".split()
)
# An instruction leading the question: "In your own words,", "Using the text,", "With
# reference to the article,", "Briefly,": how to answer it.
_INSTRUCTION_LEAD = re.compile(
    r"^(?:(?:in|using)\s+your\s+own\s+words|briefly|in\s+(?:one|a|two)\s+(?:short\s+)?sentences?|with\s+reference\s+to\s+the\s+(?:text|article|passage)s?)\s*[,:]?\s+(?=\w)",
    re.IGNORECASE,
)
# How many answers an instruction asks for ("Give two reasons why …", "Name three things
# …"): the size of the answer expected, not words a passage holds.
_ANSWERS_COUNTED = guarded(re.compile(
    r"^(?P<verb>give|name|list|state|identify|suggest|outline|describe)\s+(?:two|three|four|five|2|3|4|5)\s+(?=\w)", re.IGNORECASE
))
# A stem asking for the option the texts don't state: "NOT", "except", "false", "never".
_AGAINST_OPTIONS = re.compile(r"\b(?:not|except|never|false|untrue|incorrect)\b|n['’]t\b", re.IGNORECASE)
# A reading test's instruction before the statement it tests ("T / F / NG —", "TRUE /
# FALSE / NOT GIVEN:", "Decide true, false or not given:", "Say whether it is true or
# false:", "Reading check (T/F/NG):"): read as the plain "True or false:" the asker knows.
_STATEMENT_TESTED = re.compile(
    r"^\W*(?:(?:[A-Za-z]+\s+){0,2}\(\s*" + STATEMENT_TEST + r"\s*\)"
    r"|(?:(?:decide|say|state|mark|indicate|write|answer)(?:\s+(?:whether|if))?\s+(?:(?:it|this|the\s+(?:statement|sentence|claim))\s+is\s+)?)?"
    + STATEMENT_TEST + r")\s*[:.\-–—]+\s*(?=\S)",
    re.IGNORECASE,
)
TESTED_AS = "True or false: "
# The kind of item, labelled before it ("Short answer:", "Matching:", "(MCQ)", "Reading
# check —", "Bonus question:"): how the item is set, not what it asks about.
_ITEM_KIND = (
    r"(?:short|long|one[- ]word|one[- ]sentence)[- ]answer|matching|sequencing|ordering|multiple[- ]choice|mcq|gap[- ]fill"
    r"|comprehension(?:\s+check)?|reading\s+(?:check|comprehension)|vocab(?:ulary)?(?:\s+check)?|essay|extended\s+response"
    r"|bonus|challenge|warm[- ]up|exit\s+ticket|quick\s+check|recall|review|revision|discussion"
)
_ITEM_KIND_LABEL = re.compile(
    rf"^\W{{0,2}}(?:\((?:{_ITEM_KIND})(?:\s+(?:question|item|task|exercise))?\)\s*[:.\-–—]?|(?:{_ITEM_KIND})(?:\s+(?:question|item|task|exercise))?\s*[:\-–—])\s*(?=\S)",
    re.IGNORECASE,
)
_SENTENCES = re.compile(r"(?<=[.?!])\s+(?=[\"'“‘(]?[A-Z])")


@dataclass(frozen=True)
class Item:
    """A worksheet item: its stem (the question) and the options it offers, if any."""

    stem: str
    options: tuple[str, ...] = ()


# ... or the options in brackets closing the item, parted by slashes: "(decade /
# generation / century)", "(an embassy statement / a BBC report / Twitter itself)".
_SLASHED_OPTIONS = re.compile(r"\s*\((?P<items>[^()/]+(?:\s/\s[^()/]+)+)\)\s*(?P<end>[?.!:]*)\s*$")


def _options(text: str) -> Item:
    """The item's stem and options, when it offers MIN_OPTIONS or more lettered in order
    from "a" after its stem, or in brackets parted by slashes; else the text as its stem."""
    slashed = _SLASHED_OPTIONS.search(text)
    if slashed and slashed.start() > 0:
        items = tuple(item.strip() for item in slashed.group("items").split(" / "))
        if len(items) >= MIN_OPTIONS and all(items):
            return Item(text[: slashed.start()].rstrip() + slashed.group("end"), items)
    marks = list(_OPTION_MARK.finditer(text))
    for start, first in enumerate(marks):
        order = next((o for o in _OPTION_ORDERS if first.group("letter").lower() == o[0]), None)
        if order is None or first.start() == 0:
            continue
        upper = first.group("letter").isupper()
        run = [first]
        for mark in marks[start + 1 :]:
            letter = mark.group("letter")
            if letter.isupper() == upper and len(run) < len(order) and letter.lower() == order[len(run)]:
                run.append(mark)
        if len(run) < MIN_OPTIONS:
            continue
        ends = [m.start() for m in run[1:]] + [len(text)]
        options = tuple(text[m.end() : end].strip(" ;,") for m, end in zip(run, ends))
        return Item(_CHOOSE.sub("", text[: first.start()]).strip(), options)
    return Item(text)


def _without_instructions_after(text: str) -> str:
    """The question without its instruction sentences after it."""
    sentences = _SENTENCES.split(text)
    kept = [sentences[0]] + [
        s for s in sentences[1:]
        if not (_INSTRUCTION_OPENING.match(s) and set(re.findall(r"[a-z']+", s.lower())) <= INSTRUCTION_WORDS)
    ]
    return " ".join(kept)


# Questions whose reading as an item is remembered: the reader and the searcher (its
# options, a stated option) each read a question so; a few per question suffice.
ITEMS_REMEMBERED = 64


@functools.lru_cache(maxsize=ITEMS_REMEMBERED)
def as_item(question: str) -> Item:
    """The question read as a worksheet item: without its numbering, its marks, the
    instructions around it and its options; the question as it is when it has none."""
    text = question.strip()
    text = _NUMBERING.sub("", text, count=1)
    text = _MARKS.sub("", text).strip()
    text = _STATEMENT_TESTED.sub(TESTED_AS, _ITEM_KIND_LABEL.sub("", text, count=1), count=1)
    item = _options(text)
    text = _without_instructions_after(_MARKS.sub("", item.stem).strip())
    unled = _INSTRUCTION_LEAD.sub("", text, count=1)
    if unled != text and text[:1].isupper():
        # The question opened where the instruction did, capitalised as it was.
        unled = unled[:1].upper() + unled[1:]
    text = _ANSWERS_COUNTED.sub(r"\g<verb> ", unled, count=1)
    text = _LABELLED_PIECE.sub(lambda m: f"the {m.group('noun').lower()}", text)
    if not re.search(r"\w", text):
        return Item(question)
    if text != question:
        logger.debug("worksheet item %r read as %r", question, text)
    return Item(text, item.options)


def without_item_frame(question: str) -> str:
    """The question's stem (as_item)."""
    return as_item(question).stem


def option_questions(question: str) -> tuple[str, ...]:
    """A multiple-choice item asked of each of its options in turn ("Which plan does the
    article mention: the 2030 Agenda?"): the stem says what is asked, an option what a
    passage answering it would name. Empty for a question offering no options."""
    item = as_item(question)
    stem = item.stem.rstrip(" ?:.!")
    return tuple(f"{stem}: {option.rstrip(' ?.!')}?" for option in item.options if re.search(r"\w", option))


def asks_against_options(stem: str) -> bool:
    """Whether a multiple-choice stem asks for the option the texts do NOT state ("Which
    is not listed …", "all of these except"): the options a passage states are then the
    wrong answers."""
    return bool(_AGAINST_OPTIONS.search(stem))
