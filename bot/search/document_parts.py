"""Questions asked by their structure, not their words (asking.Asks): the part of a
document each asks for — a byline, a conclusion, the item in the place asked for ("the
second problem"), a section, an enumeration, a poem's lines, a paragraph named by its
title, "No country should …" — found from the documents' layout, and what a window
gains (or loses) for being it.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from ..texts.passages import NUMBER_WORDS, Sentence, is_lead_in, list_lengths
from ..texts.structure import ORDINAL_WORDS, SECTION_WORDS, SUMMING_UP, Layout, Ordinal
from .asking import DOCUMENT_NOUNS, MODALS, VERBS
from .asking.structure import PARAGRAPH_NOUNS, SECOND_TO_LAST, SENTENCE_NOUNS, asks_against
from .abstention import names_several
from .answer_kinds import asked_members_of, asked_plainly, dates_from_an_event, gives_plainly
from .candidates import Scored
from .index import Passage
from .lexical import LexicalIndex
from .reading import FRAMING_WORDS, Query
from .stemmed import StemmedWindows

log = logging.getLogger(__name__)

# Questions asked by their structure (asking.Asks): a byline answers who wrote a piece
# and where its author works, and little else; a conclusion, an item in the place asked
# for ("the second problem"), an enumeration, "No country should …" for "What should no
# country do?" gain on passages that merely share the question's words.
# Who a question asks of when it asks of a piece's author by what he is ("the CASS
# scholar", "the Fudan director"): a byline describes him so.
_PERSON_NOUN = re.compile(r"\b(?:author|writer|scholar|researcher|professor|director|academic|expert|analyst|columnist|contributor)s?\b", re.IGNORECASE)
AUTHOR_BONUS = 0.5
BYLINE_PENALTY = 0.2
CONCLUSION_BONUS = 0.3
# ... and an opening (its first paragraph) for a question asking how a piece opens, as a
# conclusion for how it ends.
OPENING_BONUS = CONCLUSION_BONUS
ORDINAL_BONUS = 0.25
# A question asking where in a part to quote (asking.Asks.position: how a piece, a section
# or a titled paragraph opens or ends, what it says first or last) is answered by the
# part's edge: every window of its first (or last) paragraph gains POSITION_BONUS, as an
# opening's did, and the windows holding its very first (or last) sentence EDGE_BONUS
# more — "how does the X paragraph finish" is its last sentence, not its first.
POSITION_BONUS = OPENING_BONUS
EDGE_BONUS = POSITION_BONUS
# ... and a part named by its place or words is asked for by both, the place and the
# part: "what does the clean water rule come out against at the end" asks its last
# sentences (the words name the part, which every window of it shares), more surely than
# "what does the intro say the harbour changed" asks the piece's first paragraph.
NAMED_PART_SCALE = 2.0
# A section or a titled paragraph is named by its heading's or title's words: by this
# share of their IDF when the question points to a part ("the repairs section" for
# "Harbour repairs", "the water paragraph" for "Protect the clean water."), by all of them
# otherwise. Only the best named part (or those tied with it) is read.
MIN_PART_SHARE = 0.4
_PART_NOUNS = "section part paragraph para graf principle bit passage chapter heading"
# A piece's opening asked as its prose ("the first paragraph", "the intro", "the lede"),
# not the poem it may open on (_opening).
_PROSE_ASKED = re.compile(r"\b(?:paragraph|para|graf|ledes?|intro(?:duction)?)\b", re.IGNORECASE)
# Words asking where in a part, not what: once they and the part's own words are gone,
# a question with nothing left asks only for the part's edge (ONLY_STRUCTURE_SCALE).
_POSITION_WORDS = (
    "first opening open opens begin begins start starts off end ends close closes finish finishes wrap conclude last final closing"
    " sign signs little short front atop above poem verse verses rhyme stanza"
    " sentence line say says piece article essay op ed editorial column commentary text"
)
ENUMERATION_BONUS = 0.2
# "Besides governments, who else should take part?", "apart from X, what other …" asks
# for the others named beside X: a sentence enumerating them with X answers, where one
# that shares the question's other words ("take part", "running") tells of X alone or of
# neither. English, not any corpus: what follows the preposition up to the ask.
BESIDES_BONUS = 0.2
_BESIDES = re.compile(
    r"\b(?:besides|apart\s+from|aside\s+from|other\s+than|in\s+addition\s+to)\s+(?P<named>[^,?;:—–]+?)"
    r"(?=\s*(?:[,?;:—–]|$|\b(?:who|what|which|whom|does|do|did|is|are|should|must|can)\b))",
    re.IGNORECASE,
)
# A count of the items asked for ("what three adjectives describe …", "what are the three
# ways …", "the three things") is answered by the window listing that many ("multilateral,
# democratic and transparent"), seldom writing the number: it gains this much. Only lists
# of three or more, which a comma shows (texts.passages.list_lengths); not a count after
# "of" ("the first of the four", "one of the three"), which asks for one item.
COUNTED_LIST_BONUS = 0.1
MIN_COUNTED_LIST = 3
# "How many points did the initiative have?" is answered by the window counting them
# ("a five-point initiative", "four principles"): a number word or figure right before
# the counted noun, or one word before it, gains this much.
COUNT_GIVEN_BONUS = 0.1
COUNT_REACH = 2  # words from the number to the noun it counts ("five key points")
# Asked for several of a thing ("what are the challenges the article names", "list the
# problems"), the items of a series the text numbers by that thing ("Another challenge is
# …", "The first problem is …") gain this much: each is one of the things asked for.
SERIES_ITEM_BONUS = 0.15
# Asked which things of a kind a piece names ("which US internet companies does Zhi
# name?", "list the countries …"), a window naming several by name ("Internet companies
# such as Google, Facebook, Twitter …") that holds the kind's word gains this much over
# one that speaks of the kind ("the Internet giants … are all American companies").
NAMES_LISTED_BONUS = 0.15
# A plural the question asks for: a word ending in one "s", of at least this many letters.
MIN_PLURAL_LETTERS = 4
_PLURAL = re.compile(rf"\b[a-z][a-z-]{{{MIN_PLURAL_LETTERS - 2},}}[^s\W]s\b")
_HOW_MANY = re.compile(r"\bhow\s+many\s+(?:(?:different|distinct|main|key|basic|separate)\s+)?(?P<noun>[a-z][\w-]*)", re.IGNORECASE)
# Nor a span of time ("three years ago", "two decades"), which counts no items.
_TIME_SPANS = "years|months|weeks|days|decades|centuries|hours|minutes|times"
_COUNTED_ITEMS = re.compile(
    rf"(?<!\bof\s)(?<!\bof\sthe\s)\b(?P<count>{'|'.join(NUMBER_WORDS)})\s+(?!(?:{_TIME_SPANS})\b)(?:[a-z][\w-]*\s+)?(?-i:[a-z][\w-]*s)\b",
    re.IGNORECASE,
)
# A poem's lines answer a question naming a poem ("what does the verse say about
# freedom?"); otherwise its figures lose to prose that says it ("lies spreading online").
VERSE_BONUS = 0.25
VERSE_PENALTY = 0.2
ACTOR_BONUS = 0.2
# "Why …?" is answered by a sentence that gives a cause ("Due to weak ability in …"); so
# is a reason asked for in other words ("what explains …", "on what grounds …", "what's
# the point of …", "is there a reason …"). Not "in that": "The event was influential in
# that …" then outranked the cause a "why … hegemony" question asked for.
CAUSE_BONUS = 0.1
# "Since when …", or "when" asking when a state set in ("when did cybersecurity become
# such a big deal"), is answered by what it has been so since — an event as often as a
# date (answer_kinds._WHEN_IT_BECAME): the window saying "since the program was
# uncovered" gains over those that only share the state's words ("becoming", "issue").
SINCE_BONUS = 0.1
# Asked for someone's words as a piece quotes them ("What does Xi urge countries to do, as
# quoted by Zhang?", "Xi's exact words"): a window giving the words spoken gains over one
# reporting them ("It was in such a context that Xi urged the fostering of “…”").
QUOTED_WORDS_BONUS = 0.1
_ASKS_QUOTED_WORDS = re.compile(
    r"\b(?:as\s+quoted|quoted\s+(?:by|in)|(?:his|her|their)\s+(?:own\s+|exact\s+|very\s+)?words|(?:own|exact|very)\s+words|direct(?:ly)?\s+quot\w*|verbatim)\b",
    re.IGNORECASE,
)
# ... words spoken, not a phrase quoted inside a report: a window opening on a quotation
# mark, or closing a quotation on who said it ("… all nations,” Xi said.").
_QUOTED_SPEECH = re.compile(r"^\W*[“\"]|[,.!?][”\"]\s+(?:[\w’'-]+\s+){0,3}?(?:said|says|added|noted|stressed|declared|told|stated)\b")
# "How did people react to X?", "how were X received" is answered by the window telling
# a reaction ("The proposals were welcomed by …"), which seldom repeats what X was: it
# gains over those that only tell X.
REACTION_BONUS = 0.1
_ASKS_WHY = re.compile(
    r"\bwhy\b|\bhow\s+come\b|\bwhat\s+(?:explains|explained|justifies|justified|accounts\s+for|lies\s+behind|caused|causes|drives|drove)\b"
    r"|\b(?:for|on|with)\s+what\s+(?:reasons?|reasoning|grounds|basis|justification)\b"
    r"|\bwhat(?:['’]s|\s+is|\s+are|\s+was|\s+were)\s+the\s+(?:reasons?|causes?|rationale|justification|grounds|point|logic)\b"
    r"|\bis\s+there\s+(?:a|any)\s+reason\b",
    re.IGNORECASE,
)
_GIVES_CAUSE = re.compile(
    r"\b(?:because|due to|owing to|thanks to|as a result|as a consequence|consequently|attributed to|reasons?|caused by|stems? from|results? from|therefore|thus|hence"
    r"|given that)\b",
    re.IGNORECASE,
)

# "Give an example of …", "what evidence does the author give that …", "how does the
# piece illustrate …" ask for the cases behind a claim, which the text mostly gives after
# the sentence stating it ("China has been striving to provide platforms …. The first
# World Internet Conference was held …"). A sentence naming its cases itself ("such as",
# "for example", "including", "among them") gives them already.
# So do the signs of a claim ("give me the signs that the world entered a period of
# turbulence": "The world economic recovery is sluggish, …" before "The world has entered …").
_ASKS_INSTANCES = re.compile(r"\b(?:examples?|evidence|instances?|illustrat(?:e|es|ed|ing|ion)|signs?\s+(?:that|of)|indications?)\b", re.IGNORECASE)
_GIVES_INSTANCES = re.compile(r"\b(?:such as|for example|for instance|including|includes?|among (?:them|these|others))\b|\be\.g\.", re.IGNORECASE)

# "Whose job is it to …?" asks who holds a duty, answered by a sentence that names one
# ("… is the shared responsibility of the international community"), seldom in the
# asker's word: "job", "duty" and "task" stand for one another. So does "who is
# responsible for …". English, not any corpus.
DUTY_BONUS = 0.2
_DUTY_NOUNS = r"jobs?|dut(?:y|ies)|tasks?|responsibilit(?:y|ies)|missions?|obligations?|roles?|business"
_ASKS_DUTY = re.compile(
    rf"\bwhose\s+(?:{_DUTY_NOUNS})\b"
    r"|\bwho(?:['’]s|\s+is|\s+are|\s+was|\s+were|\s+should\s+be|\s+must\s+be)?\s+(?:held\s+)?responsible\b"
    r"|\bwho\s+(?:should|must|has\s+to|have\s+to|needs?\s+to)\s+(?:take|bear|shoulder|assume|carry)\s+(?:the\s+)?responsibility\b",
    re.IGNORECASE,
)
_GIVES_DUTY = re.compile(rf"\b(?:{_DUTY_NOUNS}|responsible|obliged|obligated)\b", re.IGNORECASE)


# What a piece warns against or opposes (asking.structure.asks_against) it says as a
# prohibition or an opposition: "No country should …", "We oppose …", "… must not …",
# "never". English, not any corpus.
AGAINST_BONUS = 0.2
# ... and asked of a named piece alone ("what does the 2022 article warn against?"), its
# warnings gain as its opening does when its opening is asked for.
AGAINST_ONLY_BONUS = OPENING_BONUS
_GIVES_AGAINST = re.compile(
    r"\b(?:no\s+(?:country|countries|state|states|nation|nations|one|party|side)\s+(?:should|must|shall|can|may)"
    r"|(?:should|must|shall|can|may|will)\s*(?:not|n['’]t)|cannot|never|oppose[sd]?|opposition\s+to|guard\s+against|reject(?:s|ed)?"
    r"|not\s+the\s+(?:way|solution|answer)|no\s+(?:way|solution|answer)"
    r"|refrain|avoid(?:s|ed)?|condemn(?:s|ed)?|unacceptable|not\s+acceptable|abandon|give\s+up)\b",
    re.IGNORECASE,
)


def asks_duty(question: str) -> bool:
    """Whether the question asks whose duty something is ("whose job is it to …", "who
    is responsible for …"): a sentence naming a duty answers it."""
    return bool(_ASKS_DUTY.search(question))


# "Who was X?" asks who someone is, answered where the text introduces them: the name
# with an apposition ("Edward Snowden, the former contractor of …") or a copula ("X is
# a …"), not every sentence naming them ("the Snowden leaks …"). English, not any corpus.
IDENTITY_BONUS = 0.15
_ASKS_IDENTITY = re.compile(
    r"^\W*who(?:['’]s|\s+is|\s+was|\s+were|\s+are)\s+(?P<name>[\w.'’-]+(?:\s+[\w.'’-]+){0,3}?)"
    r"(?:\s+(?:again|exactly|anyway|then))?\W*$",
    re.IGNORECASE,
)


def _introduces(name: str) -> re.Pattern[str]:
    """Where a text introduces someone by the last word of their name: an apposition
    after it ("Snowden, the former contractor", "Snowden (NSA), a …"), the name as one
    ("the harbour master, Ada Brandt, …") or a copula ("Brandt was a …")."""
    last = re.escape(name.split()[-1])
    return re.compile(
        rf"\b{last}\b(?:\s*\([^)]*\))?(?:,\s+(?:the|a|an|who)\b|\s+(?:is|was)\s+(?:the|a|an)\b)"
        rf"|\w,\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){{0,3}}{last},",
        re.IGNORECASE,
    )

# "What should it be based on?" asks for what the verb's preposition takes, which the
# answer holds right after the same two words ("… should be based on multilateral …"):
# a window holding them gains on ones that only share the question's other words.
# English, not any corpus.
STRANDED_BONUS = 0.15
_STRANDED = re.compile(
    r"^\W*(?:what|which|who|whom)\b.*\b(?P<verb>[a-z]{3,})\s+(?P<preposition>on|to|of|with|for|from|about|in|by|at|into|upon)\W*$",
    re.IGNORECASE,
)


# "Do some countries criticize how others run theirs?" asks whether the texts say a deed,
# answered by the sentence holding its verb ("… criticizing their development pathways"),
# not by one that merely shares its nouns ("States should assume …"). The verb is the
# word after the subject (one word, after any determiner); a plural ("do developing
# countries get …"), an "-ing" or "-ed" word is still the subject's. A word as common
# as the texts' own topic words tells nothing apart, nor does a light verb ("can countries
# make their own laws?" is answered by "have the right to formulate …") or one of saying
# ("does it call for …"). English, not any corpus.
VERB_BONUS = 0.1
MIN_VERB_RARITY = 0.4
_YES_NO = re.compile(
    r"^\W*(?:do|does|did|should|shall|must|can|could|will|would|may|might)\s+"
    r"(?:(?:some|any|many|most|all|other|certain|the|a|an|this|that|these|those|such|its|their|his|her|our|your|my|[\w-]+['’]s)\s+)*"
    r"[\w.'’-]+\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_NOT_A_VERB = re.compile(rf"(?:[^su]s|ing|ed)$|^(?:{DOCUMENT_NOUNS})$")  # "does the Zhi piece …" names no verb yet
_LIGHT_VERBS = re.compile(rf"^(?:make|take|get|give|have|do|put|go|come|keep|let|use|call|{VERBS})$")


# "What do the new rules demonstrate?" ends on the verb it asks what it takes, answered
# by the sentence holding it ("… the rules demonstrate that …"), as STRANDED_BONUS's.
_ENDS_ON_VERB = re.compile(
    r"^\W*(?:what|which)\s+(?:do|does|did|should|shall|must|can|could|will|would|may|might)\s+"
    r"[\w.'’-]+(?:\s+[\w.'’-]+){0,3}?\s+(?P<verb>[a-z]+)\W*$",
    re.IGNORECASE,
)


def asked_verb(subject: str) -> str | None:
    """The verb a yes/no question asks about ("do some states criticize …" →
    "criticize"), or the one a what-question ends on ("what do the rules
    demonstrate?"), or None."""
    ends = _ENDS_ON_VERB.match(subject)
    if ends:
        verb = ends.group("verb").lower()
        return None if _NOT_A_VERB.search(verb) or _LIGHT_VERBS.match(verb) else verb
    asked = _YES_NO.match(subject)
    if not asked:
        return None
    following = asked.group("rest").split()
    for word in following[:-1]:  # a verb has more after it: its object, its manner
        word = word.lower().strip(".,;:?!")
        if not _NOT_A_VERB.search(word):
            return None if _LIGHT_VERBS.match(word) else word
    return None


def asks_reason(question: str) -> bool:
    """Whether the question asks why, in whatever words ("why …", "what explains …", "on
    what grounds …"): a sentence giving a cause answers it."""
    return bool(_ASKS_WHY.search(question))


def counted_items(question: str) -> int | None:
    """The count of the items a question asks for, three or more (COUNTED_LIST_BONUS):
    3 for "what three adjectives describe …", "what are the three ways …"; None for none,
    for two, or for a count after "of" ("the first of the four principles")."""
    m = _COUNTED_ITEMS.search(question)
    count = NUMBER_WORDS[m.group("count").lower()] if m else 0
    return count if count >= MIN_COUNTED_LIST else None


# Asked for the items of a list: to list, enumerate or name them ("list the remaining
# problems", "which platforms …? list them", "name the things no country should do"), or
# by their count (counted_items). English, not any corpus.
_ASKS_ITEMS = re.compile(
    r"\b(?:list|listed|enumerate|enumerated|name\s+(?:the|all|them|those|these|each|every|some))\b", re.IGNORECASE
)


# ... or by the plural it opens on ("what problems does zhang see", "which platforms has
# China provided", "what are the challenges"), or names after a verb of listing ("list the
# remaining problems"): the plural is the thing asked several of (asked_plurals).
_ASKS_WHICH_ONES = re.compile(
    rf"^\W*(?:what|which)\s+(?:(?:are|were)\s+(?:all\s+)?the\s+)?(?:[a-z][\w-]*\s+)?(?P<noun>{_PLURAL.pattern})", re.IGNORECASE
)
_LISTS_PLURAL = re.compile(
    rf"\b(?:list|name|enumerate)\s+(?:all\s+|some\s+)?(?:the\s+)?(?:[a-z][\w'’-]*\s+){{0,2}}?(?P<noun>{_PLURAL.pattern})", re.IGNORECASE
)


def asked_plurals(question: str) -> list[str]:
    """The plurals a question asks several of (_ASKS_WHICH_ONES, _LISTS_PLURAL), lower
    case: ["challenges"] of "what are the challenges the article names"; none of "give one
    reason for the problems"."""
    return [m.group("noun").lower() for m in (_ASKS_WHICH_ONES.match(question), *_LISTS_PLURAL.finditer(question)) if m]


def asks_items(question: str) -> bool:
    """Whether the question asks for the items of a list (_ASKS_ITEMS, _ASKS_WHICH_ONES, counted_items)."""
    return bool(_ASKS_ITEMS.search(question) or _ASKS_WHICH_ONES.match(question)) or counted_items(question) is not None


def points_to_a_part(question: str) -> bool:
    """Whether the question points to one part of a piece by its name ("the good order
    section", "under the principle of openness", "the openness principle")."""
    return bool(_POINTS_TO_A_PART.search(question))


def asks_instances(question: str) -> bool:
    """Whether the question asks for the examples or evidence behind a claim ("give an
    example of …", "what evidence shows …"): the sentences after the claim give them."""
    return bool(_ASKS_INSTANCES.search(question))


def gives_instances(text: str) -> bool:
    """Whether the text names cases itself ("such as …", "for example …", "including …")."""
    return bool(_GIVES_INSTANCES.search(text))


def gives_cause(text: str) -> bool:
    """Whether the text gives a cause ("due to …", "because …", "therefore …")."""
    return bool(_GIVES_CAUSE.search(text))


# A question asking for nothing but a byline or a conclusion ("What does Smith
# conclude?") has no subject to weigh passages by: the part it asks for decides.
ONLY_STRUCTURE_SCALE = 3.0
# A question naming a paragraph by its title sentence and asking more of it ("What is
# the goal of building a community of development?") is answered by the paragraph's
# other sentences, not its title: they gain as a phrase would, windows opening on the
# title lose as much.
SECTION_BONUS = 0.25
# A paragraph asked for by its number ("the fourth paragraph") narrows as a section does.
NUMBERED_PARAGRAPH_BONUS = SECTION_BONUS
# The first (or last) mention of the subject asked for gains as an item in its place does.
MENTION_BONUS = ORDINAL_BONUS
# ... or by all but one of its words, when the question points to it as a part of the
# piece ("under the principle of good order", "in the openness and cooperation
# section") and no other title is named so: a title's verb ("Maintain", "Promote") is
# seldom repeated by the asker. Asking of one such paragraph, what more the question
# asks decides among its windows: they gain up to SECTION_BONUS more by the share of
# its other words' IDF they hold.
MIN_TITLE_TERMS_LOOSE = 3
# A section named by its heading's words, pointed to as a part ("under 'Remaining
# problems'", "in the Defects of current rules section"), with more asked ("what are the
# four problems listed …", "what does it say China ought to do"): the question asks
# within that section, which its words alone seldom find (the heading's words are in
# many windows of other pieces too, and the one sentence of the section that repeats
# them outranks the one that answers). Every window of the section gains
# HEADED_SECTION_BONUS, and up to as much again by the share of the question's other
# words' IDF it holds, as a named titled paragraph's windows do (_section_bonuses); a
# window saying the heading's words again names the section, as a title names its
# paragraph, and loses as much ("The balance between freedom and order should be
# addressed." under "Balancing freedom, order" is not what the section says China ought
# to do). Not a place in the section ("what opens the X section"), which
# _position_bonuses reads.
HEADED_SECTION_BONUS = SECTION_BONUS
_PART_POINTERS = "under principle section heading headed titled"  # one part: "principles" are several
_POINTS_TO_A_PART = re.compile(rf"\b(?:{'|'.join(_PART_POINTERS.split())})\b", re.IGNORECASE)
# An ordinal after a count is a fraction ("one fourth", "a third", "two-thirds"): a share,
# not a place in a series.
_FRACTION = re.compile(
    r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)[\s-]+(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)s?\b",
    re.IGNORECASE,
)
# Places that may answer for one another: "the other challenge" is "the second", "the last" of two.
NEAR_PLACES = {("2", "other"), ("other", "2"), ("other", "last"), ("last", "other")}


class DocumentParts:
    """The parts of the documents a question may ask for by its structure, over the
    windows (``passages``, by row) of an index."""

    def __init__(
        self,
        passages: list[Passage],
        *,
        lexical: LexicalIndex,
        stemmed: StemmedWindows,
        texts: list[str],
        sentences: dict[str, tuple[Sentence, ...]],
        section_heads: dict[str, dict[int, Sentence]],
        layouts: dict[str, Layout],
        rows_by_start: dict[tuple[str, int], list[int]],
        rows_by_paragraph: dict[tuple[str, int], list[int]],
        lexical_weight: float,
    ):
        self._passages = passages
        self._lexical = lexical
        self._stemmed = stemmed
        self._texts = texts  # each row's window, as the documents write it
        # What a question asks of each candidate window, found on first need (a question
        # looks through every candidate, and the windows never change): whether it gives
        # a cause (CAUSE_BONUS); how many items each of its lists has (COUNTED_LIST_BONUS);
        # the stems a number precedes ("how many": COUNT_GIVEN_BONUS; stemming every word
        # of each candidate again took ~1 ms of the slowest questions); its lexical tokens
        # (BESIDES_BONUS); its text in lower case (IDENTITY_BONUS).
        self._gives_a_cause = _PerWindow(texts, gives_cause)
        self._list_lengths = _PerWindow(texts, lambda text: frozenset(list_lengths(text)))
        self._counted_stems = _PerWindow(texts, self._stems_counted)
        self._tokens_of = _PerWindow(texts, lambda text: frozenset(lexical.tokens(text)))
        self._lowered = _PerWindow(texts, str.lower)
        self._sentences = sentences
        self._section_heads = section_heads
        self._layouts = layouts
        self._rows_by_start = rows_by_start  # (document, first sentence) → the windows opening on it
        self._rows_by_paragraph = rows_by_paragraph  # (document, paragraph) → its windows
        # An item answers the words it is called by as the lexical score would have: at its weight in the fusion.
        self._lexical_weight = lexical_weight
        # Each document's sentences of prose as a reader counts them (no heading, byline or
        # poem), its paragraphs of prose in order, and its first one's sentences.
        self._prose_sentences = {doc_id: _prose_sentences(self._sentences[doc_id], layout_) for doc_id, layout_ in layouts.items()}
        self._prose_paragraphs = {
            doc_id: list(dict.fromkeys(self._sentences[doc_id][p].paragraph for p in prose)) for doc_id, prose in self._prose_sentences.items()
        }
        self._openings = {doc_id: _opening(self._sentences[doc_id], self._prose_paragraphs[doc_id]) for doc_id in layouts}
        # The sentences warning against or opposing something (_GIVES_AGAINST), by document: found on first need.
        self._warning_positions: dict[str, frozenset[int]] = {}
        self._part_pointers = frozenset(self._lexical.tokens(_PART_POINTERS))
        self._part_nouns = frozenset(self._lexical.tokens(_PART_NOUNS))
        # What a question asks of a section besides naming it is not how it asks ("what does
        # the X section argue" asks what the section says, which its heading says).
        self._framing = frozenset(self._lexical.stem_all(sorted(FRAMING_WORDS)))
        self._position_words = frozenset(self._lexical.tokens(_POSITION_WORDS))
        self._titles = [
            (doc_id, position, frozenset(self._lexical.tokens(self._sentences[doc_id][position].text)))
            for doc_id, layout_ in self._layouts.items()
            for position in sorted(layout_.titles)
        ]
        self._named_parts = self._parts_by_name()

    def bonuses(self, query: Query, candidates: set[int]) -> dict[int, float]:
        """Row → what a window gains (or loses) for being the part of its document the
        question asks for by its structure (asking.Asks); rows the words did not find
        join the candidates when they gain."""
        asks = query.asks
        scale = ONLY_STRUCTURE_SCALE if asks.only else 1.0
        bonuses: dict[int, float] = {}
        # The things the question asks several of (SERIES_ITEM_BONUS), as stems.
        plurals = {t for t in self._lexical.stem_all(asked_plurals(query.read)) if not self._lexical.is_stopword(t)}
        if asks.position:
            self._position_bonuses(query, bonuses)
        for doc_id, layout_ in self._layouts.items():
            named = query.concerns(doc_id)
            for position in layout_.bylines:
                gain = scale * AUTHOR_BONUS if asks.author and named else 0.0 if asks.author else -BYLINE_PENALTY
                self._add_bonus(bonuses, doc_id, position, gain, candidates, join=gain > 0)
            if not named:
                continue
            # A place asked for gains its part's edge (_position_bonuses, above), not the
            # whole piece's conclusion or opening.
            if asks.conclusion and not asks.position:
                for position, strength in layout_.conclusions.items():
                    self._add_bonus(bonuses, doc_id, position, scale * CONCLUSION_BONUS * strength, candidates, join=True)
            if asks.opening and not asks.position:
                for position in self._openings[doc_id]:
                    self._add_bonus(bonuses, doc_id, position, scale * OPENING_BONUS, candidates, join=True)
            if asks.against:
                for position in self._warnings(doc_id) - layout_.verses:
                    if not self._sentences[doc_id][position].is_heading:
                        self._add_bonus(bonuses, doc_id, position, scale * AGAINST_ONLY_BONUS, candidates, join=True)
            for position in layout_.verses:
                self._add_bonus(bonuses, doc_id, position, scale * VERSE_BONUS if asks.verse else -VERSE_PENALTY, candidates, join=asks.verse)
            if not asks.ordinal and plurals:
                for position, ordinal in layout_.ordinals.items():
                    if not ordinal.section and plurals & set(self._lexical.stem_all(list(ordinal.words[:2]))):
                        self._add_bonus(bonuses, doc_id, position, SERIES_ITEM_BONUS, candidates, join=False)
            if asks.ordinal:
                items, best = set(), 0.0
                for position, ordinal in layout_.ordinals.items():
                    gain = ORDINAL_BONUS * self._ordinal_match(asks.ordinal, asks.ordinal_words, ordinal)
                    if gain and ordinal.section and self._asks_more_than_a_place(query.subject):
                        # "what communities should be built according to part 2": the
                        # section narrows, its subject decides; every window of it gains.
                        for row in self._section_rows(doc_id, position):
                            bonuses[row] = bonuses.get(row, 0.0) + gain
                        continue
                    self._add_bonus(bonuses, doc_id, position, gain, candidates, join=gain > 0)
                    if gain == ORDINAL_BONUS:
                        items.add(position)
                        for row in self._rows_by_start.get((doc_id, position), ()):
                            credit = self._lexical_weight * self._named_by_item(query.subject, ordinal, row)
                            bonuses[row] += credit
                            best = max(best, gain + credit)
                if items:
                    # One item is asked for, not the sentence announcing them all (which
                    # holds the words the items are called by): a window holding that
                    # sentence and not the item loses what the item gains.
                    sentences = self._sentences[doc_id]
                    announcing = {q - 1 for q in layout_.ordinals if q and q - 1 not in layout_.titles and is_lead_in(sentences, q - 1)}
                    for row in candidates:
                        p = self._passages[row]
                        span = range(p.first, p.last + 1)
                        if p.doc_id == doc_id and not items.intersection(span) and announcing.intersection(span):
                            bonuses[row] = bonuses.get(row, 0.0) - best
        self._section_bonuses(query, bonuses)
        self._numbered_paragraph_bonuses(query, bonuses)
        self._mention_bonuses(query, bonuses)
        self._headed_section_bonuses(query, bonuses)
        if asks.enumeration:
            _reward(bonuses, candidates, self._enumerates, ENUMERATION_BONUS)
        besides = _BESIDES.search(query.read)
        named_too = frozenset(self._lexical.tokens(besides.group("named"))) if besides else frozenset()
        if named_too:
            _reward(
                bonuses, candidates,
                lambda row: self._enumerates(row) and named_too <= self._tokens_of(row), BESIDES_BONUS,
            )
        counted = counted_items(query.read) if not asks.ordinal else None
        if counted:
            _reward(bonuses, candidates, lambda row: counted in self._list_lengths(row), COUNTED_LIST_BONUS)
        how_many = _HOW_MANY.search(query.read)
        if how_many and not self._lexical.is_stopword(how_many.group("noun").lower()):
            noun = self._lexical.stem(how_many.group("noun").lower())
            _reward(bonuses, candidates, lambda row: self._lexical.holds(row, noun) and self._counts_noun(row, noun), COUNT_GIVEN_BONUS)
        members = asked_members_of(query.read)
        kind = self._lexical.stem(members[-1]) if members else None
        if kind and self._lexical.knows(kind):
            _reward(bonuses, candidates, lambda row: self._lexical.holds(row, kind) and names_several(self._texts[row]), NAMES_LISTED_BONUS)
        if asks_reason(query.read):
            _reward(bonuses, candidates, self._gives_a_cause, CAUSE_BONUS)
        plain = asked_plainly(query.subject)
        if plain is not None and plain[0] == "since":
            _reward(bonuses, candidates, lambda row: dates_from_an_event(self._texts[row]), SINCE_BONUS)
        if plain is not None and plain[0] == "reaction":
            _reward(bonuses, candidates, lambda row: gives_plainly("reaction", self._texts[row], asked=plain[1]), REACTION_BONUS)
        if _ASKS_QUOTED_WORDS.search(query.question):
            _reward(bonuses, candidates, lambda row: bool(_QUOTED_SPEECH.search(self._texts[row])), QUOTED_WORDS_BONUS)
        if asks_duty(query.read):
            _reward(bonuses, candidates, lambda row: bool(_GIVES_DUTY.search(self._texts[row])), DUTY_BONUS)
        if asks_against(query.read):
            _reward(bonuses, candidates, self._gives_against, AGAINST_BONUS)
        stranded = _STRANDED.match(query.subject)
        if stranded:
            needle = f" {self._lexical.stem(stranded.group('verb').lower())} {stranded.group('preposition').lower()} "
            if needle in self._stemmed.text:
                _reward(bonuses, candidates, lambda row: needle in self._stemmed.rows[row], STRANDED_BONUS)
        verb = asked_verb(query.subject)
        verb = self._lexical.stem(verb) if verb and not self._lexical.is_stopword(verb) else None
        if verb and self._lexical.knows(verb) and self._lexical.rarity(verb) >= MIN_VERB_RARITY:
            _reward(bonuses, candidates, lambda row: self._lexical.holds(row, verb), VERB_BONUS)
        identity = _ASKS_IDENTITY.match(query.subject)
        if identity:
            introduces = _introduces(identity.group("name"))
            # Every match holds the name's last word: a window without it is passed over
            # before the pattern runs (lower-cased alike only in ASCII, so only then).
            last = identity.group("name").split()[-1]
            held = last.lower() if last.isascii() else ""
            _reward(bonuses, candidates, lambda row: held in self._lowered(row) and bool(introduces.search(self._texts[row])), IDENTITY_BONUS)
        if asks.actor:
            actor = " ".join(self._lexical.stem_all(list(asks.actor)))
            needles = [f" {actor} {self._lexical.stem(m)} " for m, kind in MODALS.items() if kind == asks.modal]
            needles = [n for n in needles if n in self._stemmed.text]
            # "countries should" is not in "no country should".
            if needles:
                _reward(
                    bonuses, candidates,
                    lambda row: any(self._stemmed.rows[row].count(n) > self._stemmed.rows[row].count(f" no{n}") for n in needles),
                    ACTOR_BONUS,
                )
        return bonuses

    def _gives_against(self, row: int) -> bool:
        """Whether the window warns against or opposes something (_GIVES_AGAINST), and does
        not end partway into a run of such sentences that it does not open on: a list of "We
        oppose …" sentences is quoted whole, from its first, not as the tail of the window
        before it."""
        p = self._passages[row]
        warnings = self._warnings(p.doc_id)
        if p.first in warnings:
            return True
        if not any(position in warnings for position in range(p.first + 1, p.last + 1)):
            return False
        sentences = self._sentences[p.doc_id]
        following = p.last + 1
        run_goes_on = p.last in warnings and following in warnings and sentences[following].paragraph == p.paragraph
        return not run_goes_on

    def _warnings(self, doc_id: str) -> frozenset[int]:
        """The positions of a document's sentences that warn against or oppose something (_GIVES_AGAINST)."""
        found = self._warning_positions.get(doc_id)
        if found is None:
            found = self._warning_positions[doc_id] = frozenset(
                s.position for s in self._sentences[doc_id] if _GIVES_AGAINST.search(s.text)
            )
        return found

    def _enumerates(self, row: int) -> bool:
        """Whether one of the window's sentences opens an enumeration of its document's layout."""
        p = self._passages[row]
        return any(first in self._layouts[p.doc_id].enumerations for first in range(p.first, p.last + 1))

    def _counts_noun(self, row: int, noun: str) -> bool:
        """Whether the window writes a number word or figure within COUNT_REACH words
        before ``noun`` (a stem): "a five-point initiative" counts points."""
        return noun in self._counted_stems(row)

    def _stems_counted(self, text: str) -> frozenset[str]:
        """The stems of the text's words that a number word or figure precedes within COUNT_REACH words."""
        tokens = [w.lower() for w in re.findall(r"[^\W_]+", text)]
        return frozenset(
            self._lexical.stem(t) for i, t in enumerate(tokens)
            if any(w in NUMBER_WORDS or w.isdigit() for w in tokens[max(0, i - COUNT_REACH) : i])
        )

    def _parts_by_name(self) -> list[tuple[str, frozenset[str], frozenset[str], tuple[int, ...]]]:
        """Every section (by its heading's words, not its number) and every titled
        paragraph (by its title's words), with the words that name it without a pointer
        (a title's but its first, the verb an asker seldom repeats: "the clean water"
        for "Protect the clean water.") and its sentences of prose in
        order (the title left out: it names the paragraph, the sentences after it open it)."""
        parts = []
        for doc_id, heads in self._section_heads.items():
            for head in dict.fromkeys(heads.values()):
                terms = self.heading_terms(head.text)
                under = self._under_heading(doc_id, head)
                if terms and under:
                    parts.append((doc_id, terms, terms, under))
        for doc_id, position, terms in self._titles:
            sentences = self._sentences[doc_id]
            rest = tuple(s.position for s in sentences if s.paragraph == sentences[position].paragraph and s.position != position)
            core = frozenset(self._lexical.tokens(" ".join(sentences[position].text.split()[1:])))
            if terms and rest:
                parts.append((doc_id, terms, core or terms, rest))
        return parts

    def heading_terms(self, text: str) -> frozenset[str]:
        """The words a heading is named by: its lexical terms, not its number ("2. Build …")."""
        return frozenset(t for t in self._lexical.tokens(text) if not t.isdigit())

    def _under_heading(self, doc_id: str, head: Sentence) -> tuple[int, ...]:
        """The positions of a section's sentences of prose, in order: those of the
        paragraphs its heading heads, headings left out."""
        heads = self._section_heads[doc_id]
        return tuple(s.position for s in self._sentences[doc_id] if not s.is_heading and heads.get(s.paragraph) == head)

    def _position_parts(self, query: Query) -> tuple[list[tuple[str, frozenset[str], tuple[int, ...]]], bool]:
        """The parts whose edge a question asks for (asking.Asks.position), each as its
        document, the words it is named by and its sentences in order, and whether it
        names a part of a piece rather than whole pieces: a poem, a section by its number
        ("how does section 3 begin") or its heading's words, a titled paragraph by its
        title's; else the pieces it concerns."""
        asks = query.asks
        if asks.verse:
            # "how does the poem at the top end": the poem's lines are the part.
            verses = [
                (d, frozenset(), tuple(sorted(layout_.verses))) for d, layout_ in self._layouts.items() if layout_.verses and query.concerns(d)
            ]
            if verses:
                return verses, True
        if asks.ordinal and set(asks.ordinal_words) & set(SECTION_WORDS):
            numbered = []
            for doc_id, layout_ in self._layouts.items():
                for position, ordinal in layout_.ordinals.items():
                    if query.concerns(doc_id) and ordinal.section and self._ordinal_match(asks.ordinal, asks.ordinal_words, ordinal) == 1.0:
                        head = self._section_heads[doc_id][self._sentences[doc_id][position].paragraph]
                        numbered.append((doc_id, frozenset(self._lexical.tokens(head.text)), self._under_heading(doc_id, head)))
            if numbered:
                return numbered, True
        tokens = set(self._lexical.tokens(query.subject))
        pointed = bool(tokens & self._part_nouns)
        tokens -= self._part_nouns  # "part" points to a part, whatever a heading says ("an important part of …")
        shares = []
        for doc_id, terms, core, under in self._named_parts:
            if query.concerns(doc_id):
                # A title's verb is seldom repeated ("the sovereignty principle" for "Respect
                # cyber sovereignty."): its share counts by the words after it too.
                share = max(sum(self._lexical.idf(t) for t in named & tokens) / sum(self._lexical.idf(t) for t in named) for named in (terms, core))
                if share >= MIN_PART_SHARE if pointed else core <= tokens:
                    shares.append((share, doc_id, terms, under))
        if shares:
            best = max(share for share, *_ in shares)
            return [(doc_id, terms, under) for share, doc_id, terms, under in shares if share == best], True
        pieces = []
        for doc_id, layout_ in self._layouts.items():
            if query.concerns(doc_id):
                prose = tuple(s.position for s in self._sentences[doc_id] if not s.is_heading and s.position not in layout_.bylines)
                if prose:
                    pieces.append((doc_id, frozenset(), prose))
        return pieces, False

    def _position_edges(self, query: Query) -> tuple[dict[tuple[str, int], tuple[frozenset[int], int, int]], bool, float]:
        """(document, paragraph) → the edge sentences there and the first and last of the
        part's sentences in it, of each part the question asks the start or the end of
        (_position_parts): its first (or last) paragraph; whether the question asks
        nothing more than that edge; and how much the edge weighs."""
        asks = query.asks
        parts, named = self._position_parts(query)
        if named:
            left = set(self._lexical.tokens(query.subject)) - self._part_nouns - self._position_words
            left -= set().union(*(terms for _, terms, _ in parts))
            only = not any(not t.isdigit() for t in left)
            scale = ONLY_STRUCTURE_SCALE if only else NAMED_PART_SCALE
        else:
            only = asks.only
            scale = ONLY_STRUCTURE_SCALE if only else 1.0
        edges: dict[tuple[str, int], tuple[frozenset[int], int, int]] = {}
        for doc_id, _, under in parts:
            sentences = self._sentences[doc_id]
            if asks.position == "start" and not named and _PROSE_ASKED.search(query.read):
                # "the first paragraph", "the intro": the piece's prose, not a poem before it.
                under = tuple(sorted(self._openings[doc_id])) or under
            edge = under[0] if asks.position == "start" else under[-1]
            paragraph = sentences[edge].paragraph
            inside = [position for position in under if sentences[position].paragraph == paragraph]
            at_edge = {edge}
            if not named and asks.position == "end":
                # A piece whose closing paragraph sums it up ("To sum up, …") ends on that
                # sum, and what follows it in the paragraph (its windows reach on to the last).
                at_edge = {q for q in inside if self._layouts[doc_id].conclusions.get(q) == SUMMING_UP} or at_edge
            if not named and not only:
                # Asked more of a piece's opening or end, what more it asks decides within that paragraph.
                at_edge = set()
            edges[(doc_id, paragraph)] = (frozenset(at_edge), inside[0], inside[-1])
            if asks.position == "start" and not named:
                # A piece opening on a poem opens its prose after it too (_opening): the
                # paragraph gains, its first sentence is no edge of the piece.
                for position in self._openings[doc_id]:
                    edges.setdefault((doc_id, sentences[position].paragraph), (frozenset(), min(self._openings[doc_id]), max(self._openings[doc_id])))
        return edges, only, scale

    def _position_bonuses(self, query: Query, bonuses: dict[int, float]) -> None:
        """POSITION_BONUS for the windows of the edge paragraph of each part the question
        asks the start or the end of (_position_edges), EDGE_BONUS more for those holding
        its edge sentence; times ONLY_STRUCTURE_SCALE when the question asks nothing more
        than that edge. A window holding a sentence outside the part (the title naming a
        titled paragraph: it names the part, it says nothing of it) gains only for its edge."""
        edges, _, scale = self._position_edges(query)
        for (doc_id, paragraph), (at_edge, first, last) in edges.items():
            for row in self._rows_by_paragraph.get((doc_id, paragraph), ()):
                p = self._passages[row]
                holds = any(p.first <= edge <= p.last for edge in at_edge)
                gain = (POSITION_BONUS if first <= p.first and p.last <= last else 0.0) + (EDGE_BONUS if holds else 0.0)
                if gain:
                    bonuses[row] = bonuses.get(row, 0.0) + scale * gain

    def named_paragraphs(self, query: Query) -> frozenset[tuple[str, int]]:
        """The (document, paragraph) of each paragraph the question names by its title
        sentence and asks more of (_section_bonuses)."""
        return frozenset((doc_id, self._sentences[doc_id][position].paragraph) for doc_id, position, _ in self._named_titles(query))

    def _named_titles(self, query: Query) -> list[tuple[str, int, frozenset[str]]]:
        """The title sentences the subject holds, with more: all their words, or all but
        one when the question points to one part (MIN_TITLE_TERMS_LOOSE)."""
        subject = set(self._lexical.tokens(query.subject))
        named, loose = [], []
        for doc_id, position, terms in self._titles:
            if not terms or not query.concerns(doc_id):
                continue
            held = terms & subject
            if held == terms and subject - held:
                named.append((doc_id, position, terms))
            elif len(terms) >= MIN_TITLE_TERMS_LOOSE and len(held) >= len(terms) - 1 and subject - held:
                loose.append((doc_id, position, terms))
        if not named and len(loose) == 1 and _POINTS_TO_A_PART.search(query.subject):
            named = loose
        return named

    def numbered_paragraphs(self, query: Query) -> list[tuple[str, int]]:
        """The (document, paragraph) of the paragraph a question asks for by its number
        ("in the fourth paragraph", "paragraph two of the Global Times", "the penultimate
        paragraph") in each piece it concerns: its prose paragraphs counted, headings, a
        byline and a poem left out."""
        return self._counted(query, PARAGRAPH_NOUNS, self._prose_paragraphs)

    def numbered_sentences(self, query: Query) -> list[tuple[str, int]]:
        """The (document, sentence) of the sentence a question asks for by its number
        ("the third sentence of the China Daily piece") in each piece it concerns, its
        prose sentences counted as its paragraphs are. (Not of a poem: its lines are.)"""
        return [] if query.asks.verse else self._counted(query, SENTENCE_NOUNS, self._prose_sentences)

    def _counted(self, query: Query, nouns: frozenset[str], places: dict[str, list[int]]) -> list[tuple[str, int]]:
        """Each concerned piece's paragraph or sentence (``places``, in a reader's order) in
        the place asked for, when the question names one of ``nouns`` by its place."""
        asks = query.asks
        if not (((asks.ordinal or "").isdigit() or asks.ordinal == SECOND_TO_LAST) and nouns.intersection(asks.ordinal_words[:2])):
            return []
        place = -2 if asks.ordinal == SECOND_TO_LAST else int(asks.ordinal) - 1
        return [(doc_id, counted[place]) for doc_id, counted in places.items() if query.concerns(doc_id) and -len(counted) <= place < len(counted)]

    def mentions(self, query: Query) -> list[tuple[str, int]]:
        """The (document, sentence) of each piece's first (or last) sentence of prose
        holding every word of the subject, when the question asks which of its mentions
        (asking.Asks.mention: "where does Zhi first mention hegemony")."""
        if query.asks.mention is None:
            return []
        terms = frozenset(self._lexical.tokens(query.subject)) - self._framing - self._position_words - self._lexical.stopword_stems
        if not terms:
            return []
        found = []
        for doc_id, positions in self._prose_sentences.items():
            if not query.concerns(doc_id):
                continue
            holding = [p for p in positions if terms <= self._sentence_tokens(doc_id, p)]
            if holding:
                found.append((doc_id, holding[0] if query.asks.mention == "first" else holding[-1]))
        return found

    def _sentence_tokens(self, doc_id: str, position: int) -> frozenset[str]:
        """A sentence's lexical terms, remembered by its one-sentence window (_tokens_of)."""
        row = next((r for r in self._rows_by_start.get((doc_id, position), ()) if self._passages[r].size == 1), None)
        return self._tokens_of(row) if row is not None else frozenset(self._lexical.tokens(self._sentences[doc_id][position].text))

    def _mention_bonuses(self, query: Query, bonuses: dict[int, float]) -> None:
        """MENTION_BONUS for the windows opening on the mention asked for."""
        for key in self.mentions(query):
            for row in self._rows_by_start.get(key, ()):
                bonuses[row] = bonuses.get(row, 0.0) + MENTION_BONUS

    def _numbered_paragraph_bonuses(self, query: Query, bonuses: dict[int, float]) -> None:
        """NUMBERED_PARAGRAPH_BONUS for the windows of the paragraph asked for by its
        number, what more the question asks deciding among them; and for the windows
        opening on the sentence asked for by its number."""
        scale = ONLY_STRUCTURE_SCALE if query.asks.only else 1.0
        rows = [row for key in self.numbered_paragraphs(query) for row in self._rows_by_paragraph.get(key, ())]
        rows += [row for key in self.numbered_sentences(query) for row in self._rows_by_start.get(key, ())]
        for row in rows:
            bonuses[row] = bonuses.get(row, 0.0) + scale * NUMBERED_PARAGRAPH_BONUS

    def _section_bonuses(self, query: Query, bonuses: dict[int, float]) -> None:
        """SECTION_BONUS for the paragraphs whose title sentence the subject holds, with
        more; when it names one paragraph alone, what more it asks decides among its
        windows (their title's words are in most of them)."""
        subject = set(self._lexical.tokens(query.subject))
        named = self._named_titles(query)
        for doc_id, position, terms in named:
            rest = subject - terms - self._part_pointers if len(named) == 1 else set()
            total = sum(self._lexical.idf(t) for t in rest)
            for row in self._rows_by_paragraph[(doc_id, self._sentences[doc_id][position].paragraph)]:
                gain = -SECTION_BONUS if self._passages[row].first == position else SECTION_BONUS
                if total:
                    gain += SECTION_BONUS * sum(self._lexical.idf(t) for t in rest if self._lexical.holds(row, t)) / total
                bonuses[row] = bonuses.get(row, 0.0) + gain

    def _headed_sections(self, query: Query) -> list[tuple[str, frozenset[str], list[int]]]:
        """The sections the question points to by their heading's words (all of them, or
        all but one of three or more) and asks more of: each as its document, its
        heading's terms and its windows (HEADED_SECTION_BONUS)."""
        if query.asks.position or not _POINTS_TO_A_PART.search(query.read):
            return []
        subject = set(self._lexical.tokens(query.subject))
        named = []
        for doc_id, heads in self._section_heads.items():
            if not query.concerns(doc_id):
                continue
            for head in dict.fromkeys(heads.values()):
                terms = self.heading_terms(head.text)
                if not terms or not (subject - terms - self._part_pointers - self._part_nouns - self._framing):
                    continue
                if _names_heading(terms, subject):
                    rows = [row for paragraph, h in heads.items() if h == head for row in self._rows_by_paragraph.get((doc_id, paragraph), ())]
                    named.append((doc_id, terms, rows))
        return named

    def _headed_section_bonuses(self, query: Query, bonuses: dict[int, float]) -> None:
        """HEADED_SECTION_BONUS for the windows of a section named by its heading, and
        what more the question asks deciding among them."""
        subject = set(self._lexical.tokens(query.subject))
        for doc_id, terms, rows in self._headed_sections(query):
            rest = subject - terms - self._part_pointers - self._part_nouns
            total = sum(self._lexical.idf(t) for t in rest)
            for row in rows:
                # The window saying the heading's words again names the section: it loses what the others gain.
                gain = -HEADED_SECTION_BONUS if _names_heading(terms, set(self._lexical.tokens(self._texts[row]))) else HEADED_SECTION_BONUS
                if total:
                    gain += HEADED_SECTION_BONUS * sum(self._lexical.idf(t) for t in rest if self._lexical.holds(row, t)) / total
                bonuses[row] = bonuses.get(row, 0.0) + gain
            log.debug("section %r of %s named by its heading", sorted(terms), doc_id)

    def _add_bonus(self, bonuses: dict[int, float], doc_id: str, position: int, gain: float, candidates: set[int], *, join: bool) -> None:
        """``gain`` for the windows opening on a sentence (candidates only, unless ``join``)."""
        if not gain:
            return
        for row in self._rows_by_start.get((doc_id, position), ()):
            if join or row in candidates:
                bonuses[row] = bonuses.get(row, 0.0) + gain

    def _ordinal_match(self, asked: str, asked_words: tuple[str, ...], ordinal: Ordinal) -> float:
        """How well a sentence's ordinal marker answers the place asked for: the same place
        (or a near one, half) and the same thing ("the second problem" → "The second
        problem"); a marker qualifying nothing ("Secondly, …") counts half."""
        # The last item is "the last"; the second and last, of a pair, is "the other" too.
        answers_last = ordinal.last and (asked == "last" or (asked == "other" and ordinal.place == "2"))
        place, words = (asked if answers_last else ordinal.place), ordinal.words
        if place != asked and (asked, place) not in NEAR_PLACES:
            return 0.0
        if ordinal.section and not any(w in SECTION_WORDS for w in asked_words):
            return 0.0  # "the second problem" is not the second section
        near = 1.0 if place == asked else 0.5
        theirs = {t for t in self._lexical.stem_all(list(words)) if t not in self._lexical.stopword_stems}
        ours = {t for t in self._lexical.stem_all(list(asked_words)) if t not in self._lexical.stopword_stems}
        if not theirs or not ours:
            return near * 0.5
        return near if theirs & ours else 0.0

    def missing_place(self, query: Query) -> str | None:
        """The item a question asks for by a place its series doesn't have ("the third
        World Internet Conference" where the texts have the first and the second; "the
        fifth problem" of four): something they never mention, as an unknown name is."""
        asks = query.asks
        if not (asks.ordinal or "").isdigit() or _FRACTION.search(query.question):
            # "one fourth of the world's internet users" is a share, not a place in a series.
            return None
        found = False
        for doc_id, layout_ in self._layouts.items():
            for ordinal in layout_.ordinals.values():
                if ordinal.section or self._ordinal_match(ordinal.place, asks.ordinal_words, ordinal) < 1.0:
                    continue
                # The place asked for is there in any document: a series one piece names
                # ("the first World Internet Conference") may go on in another ("the
                # second World Internet Conference"), which the texts then mention.
                if self._ordinal_match(asks.ordinal, asks.ordinal_words, ordinal):
                    return None
                found = found or query.concerns(doc_id)
        return " ".join((asks.ordinal, *asks.ordinal_words)) if found else None

    def _section_rows(self, doc_id: str, position: int) -> list[int]:
        """The windows of the section a sentence opens (a section's place is the first
        sentence under its heading: layout's section ordinals)."""
        heads = self._section_heads[doc_id]
        head = heads[self._sentences[doc_id][position].paragraph]
        return [row for paragraph, h in heads.items() if h == head for row in self._rows_by_paragraph.get((doc_id, paragraph), ())]

    def _asks_more_than_a_place(self, subject: str) -> bool:
        """Whether the subject names something beside a place in a document ("part 2",
        "the second section", a number)."""
        pointers = set(self._lexical.stem_all([*ORDINAL_WORDS, *SECTION_WORDS]))
        return any(t not in pointers and not t.isdigit() for t in self._lexical.tokens(subject))

    def _named_by_item(self, subject: str, ordinal: Ordinal, row: int) -> float:
        """The share of the subject's words (by IDF) that an item in the place asked for
        answers by being that item, not by holding them: its place ("fourth") and the
        noun its series is called by ("principle", from "the following basic
        principles:" before the items). Other windows match these words lexically and
        would outrank the item ("The principle of sovereign equality …")."""
        terms = self._lexical.tokens(subject)
        total = sum(self._lexical.idf(t) for t in terms)
        # ... or its number, asked as one ("which is number two"; not "five" in "the
        # five-point initiative" of the second item, nor "one", a pronoun as often: "the
        # first cyber weapon, the one that hit Iran").
        numbered = [w for w, n in NUMBER_WORDS.items() if str(n) == ordinal.place]
        named = set(self._lexical.stem_all([*ORDINAL_WORDS, *numbered, "number", *ordinal.words]))
        found = sum(self._lexical.idf(t) for t in terms if t in named and f" {t} " not in self._stemmed.rows[row])
        return found / total if total else 0.0

    def is_byline(self, passage: Passage) -> bool:
        """Whether the passage opens on a piece's byline (who wrote it, where they work)."""
        return passage.first in self._layouts[passage.doc_id].bylines

    def without_bylines(self, query: Query, ranked: Sequence[Scored], depth: int) -> list[Scored]:
        """The first ``depth`` of ``ranked``, leaving out the bylines that answer nothing
        the question asks. A byline tells who wrote a piece and where its author works:
        it answers a question asking of an author (who wrote it, where its author works,
        a piece or its writer named, "the author", "the CASS scholar") or naming only what
        it names ("Institute of Law?", "fudan cyberspace governance director"), and
        nothing else of the place — "what does the Institute of Law teach", "why did
        Fudan University create its research center" find their names in "Zhi Zhenfeng is
        from the Institute of Law at …", and "what research does the Fudan research center
        do" every word too: what it asks plainly (answer_kinds.asked_plainly) no byline
        gives, but for where a place is."""
        if query.asks.author or query.documents or _PERSON_NOUN.search(query.question):
            return list(itertools.islice(ranked, depth))
        terms = self._lexical.stem_all(self._lexical.content_words(query.subject))
        # (Where a place is, a byline may tell: "the Research Center for Cyberspace
        # Governance of Fudan University". The place's own check decides.)
        asked = asked_plainly(query.subject)
        asks_more = asked is not None and asked[0] != "place"

        def answers(s: Scored) -> bool:
            if s.passage.first not in self._layouts[s.passage.doc_id].bylines:
                return True
            return not asks_more and all(self._lexical.holds(s.row, t) for t in terms)

        return list(itertools.islice(filter(answers, ranked), depth))

    def answers_first(self, query: Query, ranked: Sequence[Scored]) -> bool:
        """Whether the first candidate is what the question asks for by its structure, as
        surely as a phrase: the part of a document a question asks only for ("Who wrote
        …?", "What does Smith conclude?"), or the item in the place asked for ("the last
        problem": "The fourth problem …")."""
        if not ranked:
            return False
        asks, p = query.asks, ranked[0].passage
        layout_ = self._layouts[p.doc_id]
        ordinal = layout_.ordinals.get(p.first)
        if ordinal is None and asks.ordinal:
            # An item a title names is what its paragraph says of it: the title's window
            # leads to the sentences saying it again ("Build a community of
            # responsibility." → "To build a community of responsibility is …").
            ordinal = next((layout_.ordinals.get(t) for t in layout_.titles if self._sentences[p.doc_id][t].paragraph == p.paragraph), None)
        if asks.ordinal and ordinal is not None and self._ordinal_match(asks.ordinal, asks.ordinal_words, ordinal) == 1.0:
            return True
        if asks.position:
            # The edge of the part it asks for, and nothing more ("how does section 3 begin").
            edges, only, _ = self._position_edges(query)
            at_edge = edges.get((p.doc_id, p.paragraph), (frozenset(), 0, 0))[0]
            if only and any(p.first <= edge <= p.last for edge in at_edge):
                return True
        if not asks.only:
            return False
        if (p.doc_id, p.paragraph) in self.numbered_paragraphs(query) or (p.doc_id, p.first) in self.numbered_sentences(query):
            return True  # "what does the third paragraph say": the paragraph asked for
        return (
            (asks.author and p.first in layout_.bylines)
            or (asks.conclusion and p.first in layout_.conclusions)
            or (asks.opening and p.first in self._openings[p.doc_id])
            or (asks.verse and p.first in layout_.verses)
            or (asks.against and p.first not in layout_.verses and p.first in self._warnings(p.doc_id))
        )


def _names_heading(terms: frozenset[str], words: set[str]) -> bool:
    """Whether ``words`` hold a heading's terms: all of them, or all but one of three or
    more (a heading's verb or adjective is seldom repeated: "the defects of the rules")."""
    held = len(terms & words)
    return held == len(terms) or (len(terms) >= MIN_TITLE_TERMS_LOOSE and held >= len(terms) - 1)


_Found = TypeVar("_Found")


class _PerWindow(Generic[_Found]):
    """A function of a window's text, called with its row and remembered by row."""

    def __init__(self, texts: list[str], find: Callable[[str], _Found]):
        self._texts = texts
        self._find = find
        self._found: dict[int, _Found] = {}

    def __call__(self, row: int) -> _Found:
        found = self._found.get(row)
        if found is None:
            found = self._found[row] = self._find(self._texts[row])
        return found


def _reward(bonuses: dict[int, float], candidates: set[int], gives: Callable[[int], bool], bonus: float) -> None:
    """``bonus`` added to each candidate window that ``gives`` what the question asks for."""
    for row in candidates:
        if gives(row):
            bonuses[row] = bonuses.get(row, 0.0) + bonus


def _prose_sentences(sentences: Sequence[Sentence], layout_: Layout) -> list[int]:
    """A document's sentences of prose in order, as a reader counts them: not a heading,
    a byline or a poem's lines."""
    skipped = layout_.bylines | layout_.verses
    return [s.position for s in sentences if not s.is_heading and s.position not in skipped]


def _opening(sentences: Sequence[Sentence], prose_paragraphs: list[int]) -> frozenset[int]:
    """The sentences of a document's first paragraph of prose (``prose_paragraphs``: not a
    heading, a byline or a poem's lines, an epigraph before the piece opens)."""
    first = prose_paragraphs[0] if prose_paragraphs else None
    return frozenset(s.position for s in sentences if s.paragraph == first and not s.is_heading)
